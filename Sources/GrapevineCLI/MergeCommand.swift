import ArgumentParser
import GrapevineCore

/// `grapevine merge A B [--dry-run]`: folds note B into note A and removes B.
struct MergeCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Fold one note into another: two notes about one person, or one organization.",
        discussion: """
            B is folded into A, and removed. A keeps everything it has: it gains the front \
            matter fields it lacks (as B wrote them, one line each), the items of B's tags, \
            referred_by and remind lists it lacks, and B's name and aliases as aliases, so that \
            everything that named B finds A. B's Log entries go into A's Log in date order (a \
            Log section is added if A has none). The rest of B's body goes under a heading \
            '## From <B's file>' at the end of A, with B's fields whose values differ from A's, \
            as written.

            Every reference to B in the vault is rewritten to A: [[B]], [[B|label]] (the label \
            stays), Markdown links to B's file, and B in contact:, referred_by: and \
            organization:, so interviews with B are with A. Every new text is read back and \
            checked first; then each file is replaced in one step, only if it still holds what \
            was read, and B is removed last. If anything fails, the files already written are \
            put back and B stays.

            grapevine check names the notes that may be one (the same email or LinkedIn \
            profile, or names alike) with the merge to run. Use --dry-run to see the plan.

            Examples:
              grapevine merge "Maria Lopez" "M. Lopez" --dry-run
              grapevine merge contacts/maria-lopez.md contacts/maria-lopez-2.md
              grapevine merge "Brightfield Foods" "Brightfield"
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "A, the note that stays: a name, alias, file name or path.")
    var keep: String

    @Argument(help: "B, the note folded into A and removed.")
    var fold: String

    @Flag(name: .long, help: "Print what would change, and write nothing.")
    var dryRun = false

    mutating func execute(_ console: Console) async throws {
        let vault = try VaultOpener.open(global, console)
        let a = try VaultOpener.node(named: keep, in: vault, command: "merge")
        let b = try VaultOpener.node(named: fold, in: vault, command: "merge", preferring: vault.note(for: a)?.kind)
        let merge: Merge
        do throws(Merge.Refusal) {
            merge = try Merge(folding: b, into: a, in: vault)
        } catch {
            throw CommandError("error: " + error.message, error.hints, status: error.isUsage ? .usage : .failure)
        }
        console.write(plan(merge))
        guard !dryRun else {
            console.write("Nothing was written (--dry-run).")
            return
        }
        do throws(Merge.WriteFailure) {
            try merge.write(inVault: vault.root)
        } catch {
            throw CommandError(error.description)
        }
        let others = merge.changes.count - 1
        console.write(
            "Merged \(merge.fold.path.escapingControlCharacters) into \(merge.keep.path.escapingControlCharacters)"
                + (others > 0 ? ", \(others) other note\(others == 1 ? "" : "s") rewritten" : "")
                + "; \(merge.fold.path.escapingControlCharacters) is removed.")
    }

    private func plan(_ merge: Merge) -> String {
        var lines = [
            "Fold \(merge.fold.path.escapingControlCharacters) (\(merge.fold.name)) into "
                + "\(merge.keep.path.escapingControlCharacters) (\(merge.keep.name)):"
        ]
        for change in merge.changes {
            if change.path == merge.keep.path {
                lines.append("  \(change.path.escapingControlCharacters)")
                lines += change.lines.map { "    " + $0 }
            } else {
                lines += change.lines.map { "  " + $0 }
            }
        }
        lines.append("  - \(merge.fold.path.escapingControlCharacters) (removed)")
        return lines.joined(separator: "\n")
    }
}
