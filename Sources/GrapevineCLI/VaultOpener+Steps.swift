import GrapevineCore

extension VaultOpener {
    /// The steps `done`, `skip` or `snooze` name: each the number `next` printed for the same
    /// day, or the step's id (with or without `@grapevine`). All are found before anything is
    /// written, since closing one step renumbers the others. Exit 2 when one is not there.
    static func steps(_ texts: [String], in vault: Vault, today: LocalDate) throws(CommandError) -> [NextStep] {
        let steps = NextStep.numbered(NextStepEngine(vault: vault, today: today).steps(), today: today)
        var found: [NextStep] = []
        for text in texts {
            let id = (text.hasSuffix("@grapevine") ? String(text.dropLast("@grapevine".count)) : text).lowercased()
            let step = Int(text).map { number in steps.first { $0.number == number } } ?? steps.first { $0.id == id }
            guard let step else {
                let what = Int(text) == nil ? "no step has the id '\(text)'" : "there is no step \(text)"
                throw CommandError(
                    "error: \(what) as of \(today) (\(steps.count) step\(steps.count == 1 ? "" : "s")).",
                    ["Numbers are those grapevine next prints for the same day; run it again (with the same --today)."],
                    status: .usage)
            }
            if !found.contains(where: { $0.number == step.number }) { found.append(step) }
        }
        return found
    }

    /// What a command that may have changed the steps says: their numbers are the day's order,
    /// and a step closed or added moves those after it.
    static let renumbered = "Steps are numbered afresh now: run grapevine next before closing one by number."

    /// Closes each step in turn (see `close`); once all are tried, throws every failure's
    /// message in one error with the worst status.
    static func close(_ steps: [NextStep], _ action: ClosingRecord.Action, in vault: Vault, _ console: Console) throws {
        var failures: [CommandError] = []
        for step in steps {
            do {
                try close(step, action, in: vault, console)
            } catch {
                failures.append(error)
            }
        }
        if failures.count < steps.count { console.write(renumbered) }
        if let worst = failures.max(by: { $0.status.rawValue < $1.status.rawValue }) {
            throw CommandError(failures.map(\.message).joined(separator: "\n"), status: worst.status)
        }
    }

    /// Writes what closes `step` and says what was written where; exit 2 when the step cannot
    /// be closed that way, 1 when the file could not be written.
    private static func close(_ step: NextStep, _ action: ClosingRecord.Action, in vault: Vault, _ console: Console)
        throws(CommandError)
    {
        let record: ClosingRecord
        do throws(ClosingRecord.Refusal) {
            record = try ClosingRecord(closing: step, action, in: vault)
        } catch {
            throw CommandError(
                "error: step \(step.number) (\(step.kind.rawValue): \(step.title)): \(error.message)",
                error.instead.map { "  " + $0 } + ["Nothing was written."], status: .usage)
        }
        do throws(ClosingRecord.WriteFailure) {
            let written = try record.write(inVault: vault.root)
            console.write("\(written.path):\(written.line): \(written.text)")
        } catch {
            throw CommandError(error.description)
        }
    }
}
