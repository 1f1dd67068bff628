import ArgumentParser
import GrapevineCore

/// `grapevine next`: what to do today.
struct NextCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "List what to do next: thank-yous, follow-ups, referrals to contact, updates, prep.",
        discussion: """
            Works out every next step from your notes and the date, following the method (the \
            cadences are settings in .grapevine/config.yml; these are the defaults): \
            thank people within a day, follow up after 7 business days without a reply (and \
            write to someone else at the organization after 3), contact every referral quickly \
            and tell the referrer, send an update a month later, prepare before each interview, \
            and stay in touch. Open tasks and remind: dates are included.

            Steps are grouped as Overdue, Today, This week, Later and Anytime. Each shows its \
            number, the action, what you need to do it (whom to mention, what to attach), the \
            file and line to edit, and how to close it: grapevine done N, skip N or snooze N \
            --until DATE, or what to record instead. By default you see what is overdue, due \
            within 7 days, and undated steps.

            Numbers belong to the day: the plain list is numbered 1, 2, 3 … in order, and steps \
            only --all or a longer --within shows come after it, so --kind and --within never \
            change a step's number. The steps shown are remembered (in your cache folder, \
            $XDG_CACHE_HOME/grapevine or ~/.cache/grapevine), so that done 2 closes the step 2 \
            you saw, even after closing another or editing a note moved it, for the rest of the \
            day; the next grapevine next numbers them afresh. --json adds each step's id, which \
            never changes.

            Kinds: \(NextStep.Kind.allCases.map(\.rawValue).joined(separator: ", ")).

            Examples:
              grapevine next
              grapevine next --within 14
              grapevine next --all --kind follow-up --kind move-on
              grapevine next --today 2026-11-18 --json
              grapevine done 3
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Show steps due within this many days.", valueName: "days"))
    var within = NextStepAgenda.defaultWithin

    @Flag(name: .long, help: "Show every step, however far off.")
    var all = false

    @Option(name: .long, help: ArgumentHelp("Show only this kind of step (repeatable).", valueName: "kind"))
    var kind: [NextStep.Kind] = []

    @Flag(
        name: .long,
        help:
            "Print the steps as a JSON array (number, id, kind, due, overdue, contact, organization, title, detail, file, line)."
    )
    var json = false

    func validate() throws {
        guard within >= 0 else { throw ValidationError("--within must be 0 or more days.") }
    }

    mutating func execute(_ console: Console) async throws {
        let vault = try VaultOpener.open(global, console)
        let engine = NextStepEngine(vault: vault, today: global.date, now: global.minutesNow)
        console.keepUntilExit(engine)
        let agenda = NextStepAgenda(
            steps: NextStep.numbered(engine.steps(), today: global.date), today: global.date, within: within, all: all,
            kinds: Set(kind))
        console.keepUntilExit(agenda)
        // What `done 2` means from now on today: the step shown as 2 (VaultOpener.steps). Kept
        // while the list is written: a big vault shows tens of thousands of steps.
        let (root, today, environment) = (vault.root, global.date, console.environment)
        async let remembered: Void = ShownSteps(
            vault: root, today: today, shownOn: GlobalOptions.systemDate, steps: agenda.steps
        ).save(environment: environment)
        async let warning = VaultOpener.problemWarning(in: vault)
        if json {
            console.write(try JSONOutput.encode(agenda.records))
        } else {
            if let notice = vault.config.searchEndedNotice(asOf: global.date) { console.write(notice + "\n\n") }
            let graph = vault.graph
            let text = NextStepText(
                agenda, style: global.style(console), hasUnreadNotes: vault.filesWithErrors > 0,
                hasPeople: graph.nodes.indices.contains { $0 != Graph.owner && graph.nodes[$0].isPerson })
            console.write(utf8: text.utf8)
        }
        await remembered
        if let warning = await warning { console.writeError(warning) }
    }
}

extension NextStep.Kind: ExpressibleByArgument {}
