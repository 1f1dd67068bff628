import ArgumentParser
import GrapevineCore

/// `grapevine new contact|interview|org NAME`: a new note from a template.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a note for a contact, an interview or an organization.",
        discussion: """
            Writes a new Markdown file from a template, with the front matter filled in, and \
            prints its path. Templates are the files in .grapevine/templates/ (contact.md, \
            interview.md, organization.md) when you have them, else the built-in ones. An \
            existing file is never replaced.

            Examples:
              grapevine new contact "Priya Shah" --referred-by "Sam Reyes"
              grapevine new interview "Sam Reyes" --date "2026-11-25 14:00"
              grapevine new org "Brightfield Foods"
            """,
        subcommands: [NewContactCommand.self, NewInterviewCommand.self, NewOrganizationCommand.self])
}

extension NewCommand {
    /// A name fit for a note: trimmed, not empty, on one line. `label` starts lowercase:
    /// ArgumentParser lowers the first letter of a `ValidationError` ("nAME is empty").
    static func checkedName(_ name: String, label: String = "the name") throws -> String {
        let trimmed = String(name.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard !trimmed.isEmpty else { throw ValidationError("\(label) is empty; give a name, e.g. \"Sam Reyes\".") }
        guard !trimmed.contains(where: \.isNewline) else { throw ValidationError("\(label) must be on one line.") }
        return trimmed
    }

    /// Refuses a name a contact's or an organization's note already answers to. A placeholder
    /// (someone named in your notes who has no note yet) is what `new` is for, so it passes; so
    /// does an interview, the pitch or a plain note named after them (`interviews/Maria
    /// Lopez.md`): it is not their note, and no field resolves to it (SPEC §2.4).
    static func refuseExisting(_ name: String, kind: NoteKind, in vault: Vault) throws(CommandError) {
        switch vault.lookup(name, preferring: kind) {
        case .found(let node):
            guard let note = vault.note(for: node), note.kind.isSomeone else { return }
            let known = note.name == name ? "" : " (\(note.name))"
            throw CommandError(
                "error: '\(name)' already has a note: \(note.path.escapingControlCharacters)\(known). "
                    + "Nothing was created.",
                ["Add to that note instead, or pick a name no note has."])
        case .ambiguous(let paths):
            throw CommandError(
                "error: '\(name)' already names \(paths.count) notes; nothing was created:",
                paths.map { "  " + $0.escapingControlCharacters })
        case .notFound:
            return
        }
    }

    /// The name of the note `name` finds, if it is of `kind`, or, for an organization, of the
    /// one organization note it looks like (`Anthropic, Inc.` for Anthropic): either said on
    /// standard error when it is not the name as typed. Else `name` as typed, with a warning
    /// when it looks like a typo of a name in the vault. (A name with no note is fine: it
    /// becomes a placeholder, and `next` says to create it.)
    static func knownName(_ name: String, kind: NoteKind, option: String, in vault: Vault, _ console: Console)
        -> String
    {
        switch vault.lookup(name, preferring: kind) {
        case .found(let node):
            guard let note = vault.note(for: node), note.kind == kind else { return name }
            return linked(note, for: name, option: option, console)
        case .ambiguous:
            return name
        case .notFound(let suggestions):
            let same = kind == .organization ? vault.organizations(lookingLike: name) : []
            if same.count == 1 { return linked(same[0], for: name, option: option, console) }
            if !suggestions.isEmpty {
                console.writeError(
                    "warning: \(option) '\(name)': no note has that name; did you mean "
                        + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "? Written as you typed it.")
            }
            return name
        }
    }

    /// The name of `note`, found for `name`: said on standard error when it is not as typed.
    private static func linked(_ note: Note, for name: String, option: String, _ console: Console) -> String {
        if note.name != name {
            console.writeError(
                "note: \(option) '\(name)': linked the existing \(note.kind.rawValue) note '\(note.name)' "
                    + "(\(note.path.escapingControlCharacters)).")
        }
        return note.name
    }

    /// The name to write for a `--referred-by` that finds no note: the one person whose name it
    /// is probably a typo of (said on standard error), or the name as typed when it is like no
    /// one's (someone with no note yet). When it is like several people, or like names that are
    /// not close enough to pick one, a `CommandError` with the candidates (exit status 2): a
    /// typo would make a second, made-up referrer.
    static func referrerName(_ name: String, in vault: Vault, _ console: Console) throws -> String {
        guard case .notFound(let suggestions) = vault.lookup(name, preferring: .contact) else {
            return knownName(name, kind: .contact, option: "--referred-by", in: vault, console)
        }
        let close = vault.people(closeTo: name)
        if close.count == 1 {
            console.writeError("note: --referred-by: using '\(close[0])' for '\(name)'.")
            return close[0]
        }
        let candidates = close.isEmpty ? suggestions : close
        guard !candidates.isEmpty else { return name }
        throw CommandError(
            "error: --referred-by '\(name)': no note has that name, and it could be "
                + candidates.map { "'\($0)'" }.joined(separator: " or ") + ". Nothing was created.",
            [
                "Write the name as its note has it; for someone else, create their note first:",
                "  grapevine new contact \(Shell.argument(name))",
            ], status: .usage)
    }

    /// Renders and writes a note of `kind`, then prints its path and `details` in aligned rows;
    /// the path.
    @discardableResult
    static func create(
        _ kind: NoteKind, _ render: () throws(NewNote.Failure) -> NewNote, in vault: Vault,
        details: [(String, String)], _ console: Console
    ) throws -> String {
        let path: String
        do throws(NewNote.Failure) {
            let note = try render()
            try note.write(inVault: vault.root)
            console.write("Created \(note.path.escapingControlCharacters)")
            path = note.path
        } catch {
            // A template's error names its place, as diagnostics do; the others need the `error:`.
            if case .template(let problem) = error { throw CommandError(problem.description) }
            // A plain note (no `type:`) where the new one goes: making it theirs is the fix, as
            // `log` says; the note is not rewritten. It is named by its file, the name in the way:
            // its own name may be its `title:`, a contact's job ("'Data Scientist' is …").
            if case .write(let failure) = error, failure.kind == .exists,
                let plain = vault.notes.first(where: { $0.path == failure.path && $0.kind == .note })
            {
                throw VaultOpener.notSomeone(
                    plain.stem, plain, wanted: kind.withArticle, as: kind, hints: ["Nothing was created."])
            }
            throw CommandError("error: \(error.description)")
        }
        let width = details.map(\.0.count).max() ?? 0
        for (label, value) in details {
            console.write("  " + label + String(repeating: " ", count: width - label.count) + "  " + value)
        }
        return path
    }
}
