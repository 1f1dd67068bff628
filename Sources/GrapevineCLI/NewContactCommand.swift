import ArgumentParser
import GrapevineCore

/// `grapevine new contact NAME`: a note for a person.
struct NewContactCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact",
        abstract: "Create a note for a person you want to talk to.",
        discussion: """
            Creates contacts/<name>.md from the contact template, with today's date as 'added' \
            and whatever you pass as options. Someone your notes mention but who has no note yet \
            (a referral) is exactly who this is for.

            A contact note without 'added' (someone of your network, imported or written by \
            hand) is put on your list instead: 'added: <today>' is inserted in that note, with \
            the options' fields it does not have yet; nothing it has is changed. Only then does \
            'grapevine next' suggest reaching out to them. A contact note that has 'added' \
            already, or an organization's note with that name, is refused. An interview file or \
            a plain note named after them is not their note and does not stop this.

            --org is written as the name of the organization's note it finds, or looks like \
            (Anthropic, Inc. beside the note of Anthropic), and standard error says so when \
            that is not the name typed; a name no note has is written as typed.

            Without --org, where a referral in your notes says they work (Lena Ortiz at \
            Brightfield, Omar Said (Zephyr), when an organization is called so) is written as \
            their organization, and the output says which line says it.

            --referred-by is written as the name of the note it finds. A name no note has that \
            is one person's name mistyped (Maria Lopes for Maria Lopez, or Dr. Maria López) is \
            written as that person's name, and the output says so; a name like several people's \
            is refused with their names. A name like nobody's is written as typed: someone who \
            has no note yet.

            Examples:
              grapevine new contact "Sam Reyes"
              grapevine new contact "Sam Reyes" --org "Brightfield Foods" --title Chemist
              grapevine new contact "Priya Shah" --referred-by "Sam Reyes"
              grapevine new contact "Dana Fox" --source linkedin --email dana@example.com
              grapevine new contact "Jun Park"      (Jun's imported note gets added: today)
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Their name, as you want to read it: \"Sam Reyes\".")
    var name: String

    @Option(name: .customLong("org"), help: ArgumentHelp("Where they work.", valueName: "organization"))
    var organization: String?

    @Option(name: .long, help: ArgumentHelp("Their role.", valueName: "title"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("Their email address.", valueName: "address"))
    var email: String?

    @Option(name: .long, help: ArgumentHelp("Who gave you their name (repeatable).", valueName: "name"))
    var referredBy: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("How you found them when nobody referred you: linkedin, alumni, …", valueName: "source"))
    var source: String?

    mutating func validate() throws {
        name = try NewCommand.checkedName(name)
        organization = try organization.map { try NewCommand.checkedName($0, label: "--org") }
        title = try title.map { try NewCommand.checkedName($0, label: "--title") }
        email = try email.map { try NewCommand.checkedName($0, label: "--email") }
        source = try source.map { try NewCommand.checkedName($0, label: "--source") }
        referredBy = try referredBy.map { try NewCommand.checkedName($0, label: "--referred-by") }
        if let own = referredBy.first(where: { NewNote.isSelf($0, contact: name) }) {
            throw ValidationError(
                "--referred-by '\(own)' is \(name), the contact this note is for: someone cannot have referred "
                    + "themselves. Name who gave you their name, or say how you found them with --source "
                    + "(linkedin, alumni, …). Nothing was created.")
        }
    }

    mutating func execute(_ console: Console) async throws {
        let vault = try VaultOpener.open(global, console)
        if let note = try networkContact(in: vault) {
            try putOnList(note, fields: contactFields(in: vault, console), in: vault, console)
            return
        }
        try NewCommand.refuseExisting(name, kind: .contact, in: vault)
        var fields = try contactFields(in: vault, console)
        var details: [(String, String)] = []
        if fields.organization == nil, let place = referredWorkplace(in: vault, console) {
            fields.organization = place.organization
            details.append(
                ("organization", "\(place.organization)  (the referral says so: \(place.said); --org to change it)"))
        } else if let organization = fields.organization {
            details.append(("organization", organization))
        }
        if let title { details.append(("title", title)) }
        if !fields.referredBy.isEmpty { details.append(("referred by", fields.referredBy.joined(separator: ", "))) }
        let (name, today) = (name, global.date)
        let placement = NewNote.Placement(for: .contact, among: vault.notes)
        var made: NewNote?
        _ = try NewCommand.create(
            .contact,
            { () throws(NewNote.Failure) in
                let note = try NewNote.contact(
                    named: name, fields: fields, today: today, templates: TemplateLibrary(vaultRoot: vault.root),
                    in: placement)
                made = note
                return note
            }, in: vault, details: details, console)
        // `Sean O'Brien` beside the note of Seán O'Brien: two notes for one person split their steps.
        for same in vault.contacts(lookingLike: name) {
            guard let made else { break }
            console.writeError(
                "warning: \(same.name) (\(same.path.escapingControlCharacters)) has the same name but for accents, "
                    + "case or punctuation. "
                    + "If it is the same person, \(vault.mergeAdvice(same.path, made))")
        }
        // `Wei Chen` beside the note of Chen Wei at the same organization: one name, written two ways.
        for same in vault.contacts(withNameSwapped: name, at: fields.organization) {
            guard let made else { break }
            console.writeError(
                "warning: \(same.name) (\(same.path.escapingControlCharacters)), also at "
                    + "\(fields.organization ?? ""), has the same names in "
                    + "the other order. If it is the same person, \(vault.mergeAdvice(same.path, made))")
        }
    }

    /// Where the referral that named them says they work (`Lena Ortiz at Brightfield`), when no
    /// `--org` is given: one organization, and where that is written. Several are named, not
    /// chosen from.
    private func referredWorkplace(in vault: Vault, _ console: Console) -> (organization: String, said: String)? {
        let places = vault.referredWorkplaces(of: name)
        let said = places.map { "\($0.source.file.escapingControlCharacters):\($0.source.line)" }
        guard places.count == 1 else {
            if places.count > 1 {
                console.writeError(
                    "note: 'organization' is left empty: the referrals place \(name) at "
                        + zip(places, said).map { "\($0.0.organization) (\($0.1))" }.joined(separator: " and ")
                        + "; pass --org to write one.")
            }
            return nil
        }
        return (places[0].organization, said[0])
    }

    /// The options as a new note's fields: names written as the notes they find are named.
    private func contactFields(in vault: Vault, _ console: Console) throws -> NewNote.ContactFields {
        NewNote.ContactFields(
            organization: organization.map {
                NewCommand.knownName($0, kind: .organization, option: "--org", in: vault, console)
            },
            title: title, email: email,
            referredBy: try referredBy.map { try NewCommand.referrerName($0, in: vault, console) },
            source: source)
    }

    /// The contact note NAME finds when it has no `added`: someone of your network, not yet on
    /// your list.
    /// A note whose `added` is written but is no date (`added: soon`) is neither: it is refused,
    /// where it says so, rather than said to be put on the list while nothing is written.
    private func networkContact(in vault: Vault) throws(CommandError) -> Note? {
        guard case .found(let node) = vault.lookup(name, preferring: .contact), let note = vault.note(for: node),
            let contact = note.contact, contact.added == nil
        else { return nil }
        if let added = note.frontMatter["added"], !added.isNull, added.scalar?.isEmpty != true {
            let written = added.scalar.map { " ('\($0)')" } ?? ""
            throw CommandError(
                "\(note.path.escapingControlCharacters):\(added.position.line):\(added.position.column): error: "
                    + "\(note.name)'s 'added'\(written) "
                    + "is not a date grapevine can read; write the day you put them on your list (YYYY-MM-DD). "
                    + "Nothing was written.")
        }
        return note
    }

    /// Inserts `added: <today>` and the fields the note lacks, one line each, in one write.
    private func putOnList(_ note: Note, fields: NewNote.ContactFields, in vault: Vault, _ console: Console) throws {
        let wanted = fields.frontMatter(added: global.date)
        let inserted: FrontMatterInsertion.Inserted
        do throws(FrontMatterInsertion.Failure) {
            inserted = try FrontMatterInsertion(path: note.path, fields: wanted).write(
                inVault: vault.root, leavingOutWritten: true)
        } catch {
            throw CommandError(error.description)
        }
        console.write("Put \(note.name) on your list: \(note.path.escapingControlCharacters):\(inserted.line)")
        for line in inserted.lines { console.write("  " + line) }
        for field in wanted where !inserted.fields.contains(field) {
            console.write("  \(field.key): left as the note has it")
        }
        console.write(
            "\(note.name) was part of your network (a note without 'added'); now 'grapevine next' counts them "
                + "among the people to reach.")
    }
}
