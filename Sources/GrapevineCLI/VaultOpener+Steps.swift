import GrapevineCore

extension VaultOpener {
    /// The steps a `done`, `skip` or `snooze` names, with every step of the day.
    struct NamedSteps {
        /// The steps named, in the order named, each once.
        var found: [NextStep]
        /// Every step of the day, numbered as the user saw them: by the list `next` showed
        /// when it holds (0 for a step it did not show), else as `next` numbers them now.
        var all: [NextStep]
        /// Whether the numbers are those of the list `next` showed.
        var numbersAreShown: Bool
    }

    /// The steps `done`, `skip` or `snooze` name: each a number `next` printed, or a step's id
    /// (with or without `@grapevine`). A number is one of the list `next` showed last for this
    /// vault and day when there is one (`ShownSteps`): the step shown with it is found by its
    /// id, wherever closing others or an edit moved it, and refused once it is gone. Without
    /// that list, numbers are the day's, as `next` numbers the steps now. All are found before
    /// anything is written, since closing one step renumbers the others. Exit 2 when one is not there.
    static func steps(_ texts: [String], in vault: Vault, _ options: GlobalOptions, _ console: Console)
        throws(CommandError) -> NamedSteps
    {
        let today = options.date
        var all = NextStep.numbered(NextStepEngine(vault: vault, today: today).steps(), today: today)
        let shown = shownSteps(for: vault, options, console)
        if let shown {
            let numbers = shown.numbers
            for index in all.indices { all[index].number = numbers[all[index].id] ?? 0 }
        }
        var found: [NextStep] = []
        for text in texts {
            let step = try step(text, in: all, shown: shown, today: today)
            if !found.contains(where: { $0.id == step.id }) { found.append(step) }
        }
        return NamedSteps(found: found, all: all, numbersAreShown: shown != nil)
    }

    /// The list `next` showed last for this vault, when it is the one numbers mean now: for
    /// the same `--today`, shown today.
    static func shownSteps(for vault: Vault, _ options: GlobalOptions, _ console: Console) -> ShownSteps? {
        ShownSteps.load(forVault: vault.root, environment: console.environment).flatMap {
            $0.hold(forVault: vault.root, today: options.date, now: GlobalOptions.systemDate) ? $0 : nil
        }
    }

    /// The step `text` names among `all`.
    private static func step(_ text: String, in all: [NextStep], shown: ShownSteps?, today: LocalDate)
        throws(CommandError) -> NextStep
    {
        guard let number = Int(text) else {
            let id = (text.hasSuffix("@grapevine") ? String(text.dropLast("@grapevine".count)) : text).lowercased()
            if let step = all.first(where: { $0.id == id }) { return step }
            throw notThere("no step has the id '\(text)' as of \(today) (\(counted(all.count)))", shown: shown)
        }
        guard let shown else {
            if let step = all.first(where: { $0.number == number }) { return step }
            throw notThere("there is no step \(text) as of \(today) (\(counted(all.count)))", shown: nil)
        }
        guard let entry = shown.entry(numbered: number) else {
            let what =
                shown.entries.isEmpty
                ? "grapevine next showed no steps for \(today), so there is no step \(text)"
                : "there is no step \(text) in the list grapevine next showed for \(today) (\(shown.numbersInWords))"
            throw notThere(what, shown: shown)
        }
        guard let step = all.first(where: { $0.id == entry.id }) else {
            throw notThere(
                "step \(number) (\(entry.shownTitle)) is no longer open: it was closed, or it changed, since grapevine "
                    + "next showed it. Nothing was written", shown: shown)
        }
        return step
    }

    private static func notThere(_ what: String, shown: ShownSteps?) -> CommandError {
        CommandError(
            "error: \(what).",
            [
                shown == nil
                    ? "Numbers are those grapevine next prints for the same day; run it again (with the same --today)."
                    : "Numbers are those grapevine next showed last; run it again to see the steps as they are now."
            ], status: .usage)
    }

    private static func counted(_ count: Int) -> String {
        "\(count) step\(count == 1 ? "" : "s")"
    }

    /// What a command that may have changed the steps says about the numbers `next` showed.
    static func renumbered(numbersAreShown: Bool) -> String {
        numbersAreShown
            ? "The numbers grapevine next showed still name the steps you saw; run it again to see what is left."
            : "Steps are numbered afresh now: run grapevine next before closing one by number."
    }

    /// Closes each step named in turn (see `close`); once all are tried, throws every
    /// failure's message in one error with the worst status.
    static func close(_ named: NamedSteps, _ action: ClosingRecord.Action, in vault: Vault, _ console: Console) throws {
        let closing = Set(named.found.map(\.id))
        let leavingOpen = named.all.filter { !closing.contains($0.id) }
        // Each record is written only while its note reads as the steps were worked out from;
        // a note already written by this command then reads as it left it.
        var texts: [String: String] = [:]
        var failures: [CommandError] = []
        for step in named.found {
            do {
                try close(step, action, in: vault, leavingOpen: leavingOpen, texts: &texts, console)
            } catch {
                failures.append(error)
            }
        }
        if failures.count < named.found.count { console.write(renumbered(numbersAreShown: named.numbersAreShown)) }
        if let worst = failures.max(by: { $0.status.rawValue < $1.status.rawValue }) {
            throw CommandError(failures.map(\.message).joined(separator: "\n"), status: worst.status)
        }
    }

    /// Writes what closes `step` and says what was written where; exit 2 when the step cannot
    /// be closed that way, 1 when the file could not be written.
    private static func close(
        _ step: NextStep, _ action: ClosingRecord.Action, in vault: Vault, leavingOpen: [NextStep],
        texts: inout [String: String], _ console: Console
    ) throws(CommandError) {
        let record: ClosingRecord
        do throws(ClosingRecord.Refusal) {
            record = try ClosingRecord(closing: step, action, in: vault, leavingOpen: leavingOpen)
        } catch {
            throw CommandError(
                "error: step \(step.argument) (\(step.kind.rawValue): \(step.title)): \(error.message)",
                error.instead.map { "  " + $0 } + ["Nothing was written."], status: .usage)
        }
        guard let text = texts[record.path] ?? vault.note(atPath: record.path)?.text else {
            throw CommandError("\(record.path): error: the note is no longer in the vault; nothing was written.")
        }
        do throws(ClosingRecord.WriteFailure) {
            let (written, after) = try record.write(inVault: vault.root, over: text)
            texts[record.path] = after
            console.write("\(written.path):\(written.line): \(written.text)")
            if case .itemEdit = record, case .snooze(_, _, let reason) = action, !reason.isEmpty {
                // A task's or a lead's snooze is its due date moved: the line has no place for why.
                console.writeError(
                    "note: the reason is not written: snoozing \(step.kind == .apply ? "a lead" : "a task") moves its "
                        + "due date; add the reason to the item in \(written.path):\(written.line) if you want it kept")
            }
        } catch {
            throw CommandError(error.description)
        }
    }
}
