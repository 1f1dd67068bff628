import ArgumentParser
import GrapevineCore

/// `grapevine report`: where the search stands, in numbers.
struct ReportCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Show how the search is going: the funnel, response rate, connectors, targets, weekly activity.",
        discussion: """
            Counts what your notes record, as of today (or --today):

              funnel               contacts, reached out, replied, met, referrals, leads
              response rate        replied / reached out
              days to reply        median, from your first message to their first answer
              interviews/week      interviews held in the last 28 days, divided by 4
              referrals/interview  names given in held interviews, per held interview
              top connectors       who gave you the most names, and everyone they led to
              targets              target: true organizations by motivation: the people you
                                   know there, how many you met, whether a job is posted
              weeks                outreach, replies, interviews, new names, week by week

            A contact counts as reached out with any outreach, follow-up, reply, met or \
            declined entry in their Log, or any interview; as replied with a reply, met or \
            declined entry, or any interview; as met with a held interview or a met entry. \
            Log entries dated after today are not counted yet.

            --since D counts only events dated on or after D: Log entries, interviews and \
            referrals (a referral is dated by its interview, else by the person's added date; \
            undated ones are left out). It changes the funnel (all but contacts), response \
            rate, days to reply (for first messages sent from D on), referrals per \
            interview, top connectors and the weeks. Contacts, targets and interviews per week \
            (always the last 28 days) stay as they are.

            Files with errors are left out where they cannot be read; the report ends with a \
            line saying how many there are (grapevine check shows them). Every definition, and \
            what --since changes: docs/report.md.

            Examples:
              grapevine report
              grapevine report --since 2026-11-01
              grapevine report --today 2026-11-18 --json
              grapevine report --json | jq .funnel
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        name: .long,
        help: ArgumentHelp("Count only events on or after this date (YYYY-MM-DD).", valueName: "date"),
        transform: CommandLineDate.day)
    var since: LocalDate?

    @Flag(
        name: .long,
        help:
            "Print the report as one JSON object (as_of, funnel, response_rate, median_days_to_reply, interviews_per_week, referrals_per_interview, top_connectors, targets, weeks)."
    )
    var json = false

    mutating func execute(_ console: Console) async throws {
        let today = global.date
        if let since, since > today {
            throw CommandError(
                "error: --since \(since) is after today (\(today)): there is nothing to count yet.", status: .usage)
        }
        let vault = try VaultOpener.open(global, console)
        let report = Report(vault: vault, period: ReportPeriod(asOf: today, since: since))
        if json {
            console.write(try JSONOutput.encode(report))
        } else {
            console.write(ReportText(report, style: global.style(console)).text)
        }
        VaultOpener.warnAboutProblems(in: vault, console)
    }
}
