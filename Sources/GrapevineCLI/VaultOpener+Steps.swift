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
            throw notThere(
                "no step has the id '\(text.escapingControlCharacters)' as of \(today) (\(counted(all.count)))",
                shown: shown)
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

    /// Closes the steps named: works out every record first (`ClosingRecord`, then each made on
    /// its note, `ClosingRecords`), and writes them only when every step can be closed, so a
    /// step that cannot be refuses them all, and the user can name the others again; then says
    /// what was written where. Exit 2 when a step cannot be closed that way (asking the
    /// impossible, as `merge` does), 1 when a note could not be written.
    static func close(_ named: NamedSteps, _ action: ClosingRecord.Action, in vault: Vault, _ console: Console) throws {
        let closing = Set(named.found.map(\.id))
        let leavingOpen = named.all.filter { !closing.contains($0.id) }
        var records: [(step: Int, record: ClosingRecord)] = []
        var problems: [(step: Int, message: String, status: CommandError.Status)] = []
        for (index, step) in named.found.enumerated() {
            do throws(ClosingRecord.Refusal) {
                records.append((index, try ClosingRecord(closing: step, action, in: vault, leavingOpen: leavingOpen)))
            } catch {
                let message =
                    (["error: step \(step.argument) (\(step.kind.rawValue): \(step.title)): \(error.message)"]
                    + error.instead.map { "  " + $0 }).joined(separator: "\n")
                problems.append((index, message, .usage))
            }
        }
        // Made on their notes even when a step is refused, so that every problem is said at once.
        let planned: ClosingRecords?
        do throws(ClosingRecords.Failures) {
            planned = try ClosingRecords(records.map(\.record), in: vault)
        } catch {
            planned = nil
            problems += error.failures.map { (records[$0.record].step, $0.failure.description, .failure) }
        }
        guard let planned, problems.isEmpty else { throw notClosed(named.found, problems) }
        do throws(ClosingRecord.WriteFailure) {
            try planned.write(inVault: vault.root)
        } catch {
            throw CommandError(error.description)
        }
        var said: Set<String> = []
        for (step, written) in zip(named.found, planned.written) {
            // One line that closes several steps is said once.
            let line = "\(written.path.escapingControlCharacters):\(written.line): \(written.text)"
            if said.insert(line).inserted { console.write(line) }
            guard step.kind == .task || step.kind == .apply, case .snooze(_, let until, let reason) = action else {
                continue
            }
            if let deadline = ItemEdit.deadlineInProse(ofLine: written.text), deadline < until {
                // The posting's date is kept as written; a step put off past it may be too late.
                console.writeError(
                    "warning: \(written.path.escapingControlCharacters):\(written.line): \(until) is after "
                        + "\(deadline), the deadline the item "
                        + "gives in words, which is kept as written; snooze to an earlier day if it still holds")
            }
            if !reason.isEmpty {
                // A task's or a lead's snooze is its due date moved: the line has no place for why.
                console.writeError(
                    "note: the reason is not written: snoozing \(step.kind == .apply ? "a lead" : "a task") moves its "
                        + "due date; add the reason to the item in "
                        + "\(written.path.escapingControlCharacters):\(written.line) if you want it kept"
                )
            }
        }
        console.write(renumbered(numbersAreShown: named.numbersAreShown))
    }

    /// Why none of `steps` was closed: each problem, in the order the steps were named, then
    /// which steps could have been, with the worst status.
    private static func notClosed(
        _ steps: [NextStep], _ problems: [(step: Int, message: String, status: CommandError.Status)]
    ) -> CommandError {
        let problems = problems.sorted { $0.step < $1.step }
        let status = problems.contains { $0.status == .usage } ? CommandError.Status.usage : .failure
        let failing = Set(problems.map(\.step))
        let (fine, left) = (
            steps.indices.filter { !failing.contains($0) }.map { steps[$0].argument },
            steps.indices.filter { failing.contains($0) }.map { steps[$0].argument }
        )
        // Steps closed in one note that cannot be written share its one message.
        var messages: [String] = []
        for problem in problems where !messages.contains(problem.message) { messages.append(problem.message) }
        // One step's refusal says it; a note that could not be written has said "nothing was written".
        guard steps.count > 1 || status == .usage else { return CommandError(messages[0], status: status) }
        guard !fine.isEmpty else {
            return CommandError(messages.joined(separator: "\n"), ["Nothing was written."], status: status)
        }
        return CommandError(
            messages.joined(separator: "\n"),
            [
                "Nothing was written. \(fine.count == 1 ? "Step" : "Steps") \(listed(fine)) can be closed: name "
                    + "\(fine.count == 1 ? "it" : "them") again without \(listed(left))."
            ], status: status)
    }

    /// "3", "3 and 5", "2, 3 and 5".
    private static func listed(_ arguments: [String]) -> String {
        arguments.count < 2
            ? arguments.joined() : arguments.dropLast().joined(separator: ", ") + " and " + arguments.last!
    }
}
