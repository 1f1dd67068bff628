import Foundation
import Testing

/// `report` on `Fixtures/report-vault`, a vault written for it whose every figure was worked out
/// by hand from SPEC §2.5 and §4; `Fixtures/report-vault/EXPECTED.md` has the arithmetic.
@Suite("grapevine report")
struct ReportCommandTests {
    static let vault = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/report-vault").path
    static let today = "2026-11-18"

    static func json(_ arguments: String..., vault: String = vault, today: String = today) async throws
        -> [String: Any]
    {
        let run = await CommandRun(["report", "--vault", vault, "--today", today, "--json"] + arguments)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    }

    static func array(_ report: [String: Any], _ key: String) throws -> [[String: Any]] {
        try #require(report[key] as? [[String: Any]])
    }

    static func number(_ value: Any?) -> Double? {
        (value as? NSNumber)?.doubleValue
    }

    // MARK: Each figure (EXPECTED.md)

    @Test("the funnel: contacts, reached out, replied, met, referrals, leads")
    func funnel() async throws {
        let funnel = try #require(try await Self.json()["funnel"] as? [String: Int])
        #expect(
            funnel == ["contacts": 15, "reached_out": 11, "replied": 9, "met": 5, "referrals": 9, "leads": 3])
    }

    @Test("response rate, median days to reply, interviews per week, referrals per interview")
    func rates() async throws {
        let report = try await Self.json()
        #expect(report["as_of"] as? String == "2026-11-18")
        // JSONSerialization may read the last digit of 0.8181818181818182 one unit off.
        #expect(abs(try #require(Self.number(report["response_rate"])) - 9.0 / 11.0) < 1e-12)
        let text = await CommandRun(["report", "--vault", Self.vault, "--today", Self.today, "--json"]).output
        #expect(text.contains("\"response_rate\" : 0.8181818181818182,"))
        #expect(Self.number(report["median_days_to_reply"]) == 2)
        #expect(Self.number(report["interviews_per_week"]) == 0.5)
        #expect(Self.number(report["referrals_per_interview"]) == 2.25)
    }

    @Test("top connectors: by people referred, then name; led_to only through how you reached people")
    func connectors() async throws {
        let connectors = try Self.array(try await Self.json(), "top_connectors")
        let rows = connectors.map { "\($0["name"] as? String ?? "?") \($0["referrals"] ?? "?") \($0["led_to"] ?? "?")" }
        #expect(rows == ["Ann Archer 4 5", "Gia Grant 3 2", "Hal Hart 2 1", "Ben Baker 1 1", "Quinn Quade 1 1"])
    }

    @Test("targets: by motivation, none last, then name; contacts, met and posting")
    func targets() async throws {
        let targets = try Self.array(try await Self.json(), "targets")
        let rows = targets.map { target in
            let motivation = target["motivation"] is NSNull ? "null" : "\(target["motivation"] ?? "?")"
            return "\(target["organization"] as? String ?? "?") \(motivation) \(target["contacts"] ?? "?") "
                + "\(target["met"] ?? "?") \(target["posting"] as? Bool ?? false)"
        }
        #expect(
            rows == [
                "Acme Foods 3 4 3 true", "Delta Dairy 3 2 1 false", "Birch Labs 2 3 0 false", "Cedar Co null 2 0 true",
            ])
    }

    /// Trial E, finding 2: `posting:` is true or a URL (SPEC §2.3); `none`, `N/A`, `TBD` are
    /// not an opening, and `check` says so.
    @Test(
        "posting words that say there is none are no posting, and an error; a URL with or without https is one",
        arguments: [
            ("none", false, true), ("N/A", false, true), ("TBD", false, true), ("see careers page", false, true),
            ("no", false, false), ("\"false\"", false, false), ("off", false, false), ("true", true, false),
            ("yes", true, false), ("https://jobs.acme.example/4471", true, false),
            ("jobs.acme.example/4471", true, false), ("acme.com", true, false),
        ])
    func postingIsTrueOrAURL(value: String, posting: Bool, isError: Bool) async throws {
        let folder = try TemporaryFolder()
        try folder.write(["organizations/o.md": "---\nname: Org\ntarget: true\nposting: \(value)\n---\n"])
        let run = await CommandRun(["report", "--vault", folder.path, "--today", Self.today, "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(try Self.array(report, "targets").first?["posting"] as? Bool == posting, "\(value)")
        let check = await CommandRun(["check", "--vault", folder.path])
        #expect(check.status == (isError ? 1 : 0), "\(value)")
        if isError {
            #expect(check.output.contains("organizations/o.md:4:10: error: 'posting' should be true, false or"))
            #expect(check.output.contains("'posting: false' (or nothing) when there is none"))
        }
    }

    /// Trial 29: CareBridge listed two openings under `## Openings` (and `next` said to apply to
    /// one), but the report's targets said "posting: no". An opening listed that has not closed
    /// is a posting; one whose closing date has passed, or a crossed-out one, is not.
    @Test(
        "an opening listed under Openings that has not closed makes the target's posting true",
        arguments: [
            ("- [ ] Product Analyst (contract)", true), ("- [ ] APM, closes 2026-12-18", true),
            ("- [x] APM, closes 2026-11-17", false), ("- [ ] APM, closes 2026-11-18", true),
            ("- ~~Lab Tech~~ filled", false),
            ("- Data role, apply by 2026-11-20", true), ("- Data role, apply by 2026-11-17", false), ("", false),
        ])
    func openingIsAPosting(openings: String, posting: Bool) async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "organizations/o.md": "---\nname: Org\ntarget: true\n---\n## Openings\n\(openings)\n"
        ])
        let report = try await Self.json(vault: folder.path)
        #expect(try Self.array(report, "targets").first?["posting"] as? Bool == posting, "\(openings)")
    }

    /// Trial E, finding 4: a meeting that did not happen gave no names and no openings (SPEC
    /// §2.2), so nothing comes of its Referrals and Leads: no step, no count, no "suggested".
    @Test("a called-off interview's Referrals and Leads count nowhere", arguments: ["cancelled", "no-show"])
    func calledOffInterviewGivesNothing(status: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/c.md":
                "---\nname: Cy Cancel\nadded: 2026-12-20\nsource: alumni\n---\n## Log\n- 2027-01-02 emailed\n",
            "interviews/2027-01-06-cy.md":
                "---\ncontact: Cy Cancel\ndate: 2027-01-06\nstatus: \(status)\n---\n## Referrals\n- Ghost Person\n"
                + "- [[Wiki Ghost]]\n## Leads\n- [ ] A lead from a cancelled meeting\n",
            // Held: its referral and lead count.
            "contacts/h.md": "---\nname: Hal Held\nadded: 2026-12-20\nsource: alumni\n---\n",
            "interviews/2027-01-07-hal.md":
                "---\ncontact: Hal Held\ndate: 2027-01-07\n---\n## Referrals\n- Real Person\n## Leads\n- [ ] Analyst\n",
        ])
        let today = ["--vault", folder.path, "--today", "2027-01-10"]
        let report = try await Self.json(vault: folder.path, today: "2027-01-10")
        let funnel = try #require(report["funnel"] as? [String: Int])
        #expect(funnel["referrals"] == 1)
        #expect(funnel["leads"] == 1)
        let connectors = try Self.array(report, "top_connectors").compactMap { $0["name"] as? String }
        #expect(connectors == ["Hal Held"])
        let next = await CommandRun(["next", "--all"] + today)
        #expect(next.output.contains("Contact Real Person, referred by Hal Held"))
        #expect(!next.output.contains("Ghost"))
        let draft = await CommandRun(["draft", "outreach", "Ghost Person"] + today)
        #expect(!draft.output.contains("suggested"))
    }

    /// Trial E, finding 5: as of a past day, the Leads of interviews after it have not come up yet.
    @Test("a report as of a past day counts the Leads of interviews held by then, not later ones")
    func leadsOfLaterInterviewsAreNotCountedYet() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/a.md": "---\nname: Ann\nadded: 2026-10-01\nsource: alumni\n---\n",
            "interviews/2026-10-28-ann.md": "---\ncontact: Ann\ndate: 2026-10-28\n---\n## Leads\n- [ ] One\n",
            "interviews/2026-11-20-ann.md": "---\ncontact: Ann\ndate: 2026-11-20\n---\n## Leads\n- [ ] Two\n- Three\n",
        ])
        for (day, leads) in [("2026-10-27", 0), ("2026-11-01", 1), ("2026-11-20", 3)] {
            let report = try await Self.json(vault: folder.path, today: day)
            #expect((report["funnel"] as? [String: Int])?["leads"] == leads, "\(day)")
        }
        let since = try await Self.json("--since", "2026-11-01", vault: folder.path, today: "2026-11-20")
        #expect((since["funnel"] as? [String: Int])?["leads"] == 2)
    }

    /// Trial E, finding 12: columns line up by display width; a CJK character takes two.
    @Test("report tables line up names of wide characters, and cut a long one to the column")
    func wideNamesLineUp() async throws {
        let folder = try TemporaryFolder()
        let long = String(repeating: "王", count: 20)
        try folder.write([
            "contacts/a.md": "---\nname: Tom Tran\n---\n", "contacts/b.md": "---\nname: 王芳\n---\n",
            "contacts/c.md": "---\nname: \(long)\n---\n",
            "contacts/x.md": "---\nname: Xi\nreferred_by: Tom Tran\nadded: 2026-11-01\n---\n",
            "contacts/y.md": "---\nname: Yu\nreferred_by: 王芳\nadded: 2026-11-01\n---\n",
            "contacts/z.md": "---\nname: Zo\nreferred_by: \(long)\nadded: 2026-11-01\n---\n",
            "organizations/o.md": "---\nname: 東京食品\ntarget: true\n---\n",
            "organizations/p.md": "---\nname: Acme\ntarget: true\n---\n",
        ])
        let run = await CommandRun(["report", "--vault", folder.path, "--today", Self.today])
        let lines = run.output.split(separator: "\n").map(String.init)
        func column(of line: String, from word: String) -> Int {
            TerminalWidthProbe.width(String(line[..<line.range(of: word, options: .backwards)!.lowerBound]))
        }
        let connectors = lines.filter { $0.hasPrefix("  Tom Tran") || $0.hasPrefix("  王") }
        #expect(connectors.count == 3)
        #expect(Set(connectors.map { column(of: $0, from: "1") }).count == 1, "\(connectors)")
        #expect(connectors.contains { $0.contains("…") })
        #expect(connectors.allSatisfy { TerminalWidthProbe.width($0) <= 80 })
        let targets = lines.filter { $0.hasPrefix("  東京食品") || $0.hasPrefix("  Acme") }
        #expect(targets.count == 2)
        #expect(Set(targets.map { column(of: $0, from: "–") }).count == 1, "\(targets)")
    }

    static let weeks = [
        "2026-W37 0 0 0 0", "2026-W38 1 0 0 0", "2026-W39 0 0 0 0", "2026-W40 1 1 0 0", "2026-W41 1 0 1 2",
        "2026-W42 1 2 0 0", "2026-W43 1 0 2 2", "2026-W44 0 0 0 0", "2026-W45 2 1 0 1", "2026-W46 3 1 0 0",
        "2026-W47 0 0 1 3",
    ]

    static func weekRows(_ report: [String: Any]) throws -> [String] {
        try array(report, "weeks").map { week in
            ["week", "outreach", "replies", "interviews", "referrals"].map { "\(week[$0] ?? "?")" }
                .joined(separator: " ")
        }
    }

    @Test("weeks: every ISO week from the first dated event to as_of, with outreach, replies, interviews, referrals")
    func weeks() async throws {
        #expect(try Self.weekRows(try await Self.json()) == Self.weeks)
    }

    // MARK: --since

    @Test("--since counts only events on or after the date; contacts, targets and interviews per week stay")
    func since() async throws {
        let report = try await Self.json("--since", "2026-11-01")
        let funnel = try #require(report["funnel"] as? [String: Int])
        #expect(funnel == ["contacts": 15, "reached_out": 7, "replied": 7, "met": 3, "referrals": 4, "leads": 2])
        #expect(Self.number(report["response_rate"]) == 1)
        #expect(Self.number(report["median_days_to_reply"]) == 1.5)
        #expect(Self.number(report["interviews_per_week"]) == 0.5)
        #expect(Self.number(report["referrals_per_interview"]) == 5)
        let connectors = try Self.array(report, "top_connectors").map {
            "\($0["name"] as? String ?? "?") \($0["referrals"] ?? "?") \($0["led_to"] ?? "?")"
        }
        #expect(connectors == ["Gia Grant 3 2", "Hal Hart 2 1", "Quinn Quade 1 1"])
        let whole = try await Self.json()
        #expect(
            (report["targets"] as? NSArray)?.isEqual(whole["targets"] as? NSArray) == true,
            "targets are a state, not events")
        #expect(try Self.weekRows(report) == Array(Self.weeks.suffix(3)))
    }

    @Test("--since after today is bad usage")
    func sinceAfterToday() async {
        let run = await CommandRun(["report", "--vault", Self.vault, "--today", Self.today, "--since", "2026-11-19"])
        #expect(run.status == 2)
        #expect(run.errors.contains("--since 2026-11-19 is after today (2026-11-18)"))
    }

    @Test("--since takes only a date")
    func sinceNotADate() async {
        let run = await CommandRun(["report", "--vault", Self.vault, "--since", "last week"])
        #expect(run.status == 2)
        #expect(run.errors.contains("'last week' is not a date; write it as YYYY-MM-DD."))
    }

    @Test(
        "every date option names the ISO form of a date written another way",
        arguments: [
            ["report", "--since", "11/01/2026"], ["next", "--today", "11/01/2026"],
            ["log", "Sam Reyes", "met", "--date", "11/01/2026"], ["done", "1", "--date", "11/01/2026"],
            ["snooze", "1", "--until", "11/01/2026"], ["new", "interview", "Sam Reyes", "--date", "11/01/2026"],
        ])
    func dateOptionsSayWhatToWrite(arguments: [String]) async {
        let run = await CommandRun(arguments + ["--vault", Self.vault])
        #expect(run.status == 2)
        #expect(
            run.errors.contains(
                "'11/01/2026' is not a date; write the date as YYYY-MM-DD: '2026-11-01' (or '2026-01-11' if the day comes first)."
            ), "\(run.errors)")
    }

    // MARK: The ends of the calendar

    /// The week of 9999-12-31 has no week after it: counting weeks up to a date in it once
    /// never ended. Run as a subprocess, killed if it hangs.
    @Test(
        "report and site finish on the last and first days there are, with events in that week",
        arguments: [
            ("9999-12-31", "9999-12-28"), ("9999-12-30", "9999-12-30"), ("9999-12-27", "9999-12-27"),
            ("9999-12-31", "2026-11-02"), ("0001-01-01", "0001-01-01"),
        ])
    func endsOfTheCalendar(today: String, event: String) throws {
        let vault = try TemporaryFolder()
        try vault.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\n## Log\n- \(event) emailed about the role\n",
        ])
        let report = try HostileVaultFilesTests.run(
            ["report", "--vault", vault.path, "--today", today, "--json"], seconds: 30)
        #expect(!report.timedOut)
        #expect(report.status == 0, "\(report.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])
        let weeks = try Self.array(json, "weeks")
        #expect(weeks.last?["week"] as? String == (today.hasPrefix("9999") ? "9999-W52" : "0001-W01"))
        #expect(weeks.reduce(0) { $0 + ($1["outreach"] as? Int ?? 0) } == 1)
        let site = try HostileVaultFilesTests.run(
            ["site", "--vault", vault.path, "--today", today, "--out", vault.path + "/site"], seconds: 30)
        #expect(!site.timedOut)
        #expect(site.status == 0, "\(site.errors)")
    }

    // MARK: The JSON's shape

    @Test("--json is exactly SPEC §4's object: its keys, nesting and types")
    func shape() async throws {
        let report = try await Self.json()
        #expect(
            Set(report.keys) == [
                "as_of", "funnel", "response_rate", "median_days_to_reply", "interviews_per_week",
                "referrals_per_interview", "top_connectors", "targets", "weeks",
            ])
        let funnel = try #require(report["funnel"] as? [String: Any])
        #expect(Set(funnel.keys) == ["contacts", "reached_out", "replied", "met", "referrals", "leads"])
        for connector in try Self.array(report, "top_connectors") {
            #expect(Set(connector.keys) == ["name", "referrals", "led_to"])
        }
        for target in try Self.array(report, "targets") {
            #expect(Set(target.keys) == ["organization", "motivation", "contacts", "met", "posting"])
            #expect(target["posting"] is Bool)
        }
        for week in try Self.array(report, "weeks") {
            #expect(Set(week.keys) == ["week", "outreach", "replies", "interviews", "referrals"])
            let name = try #require(week["week"] as? String)
            #expect(name.wholeMatch(of: /\d{4}-W\d{2}/) != nil)
        }
        let asOf = try #require(report["as_of"] as? String)
        #expect(asOf.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil)
    }

    @Test("after search_ended, the report says so under its heading and --json has search_ended; before that day, neither")
    func searchEnded() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "search_ended: 2026-12-04\n",
            "contacts/ann.md": "---\nname: Ann Lee\nadded: 2026-11-20\n---\n\n## Log\n- 2026-11-21 emailed: hello\n",
        ])
        let text = await CommandRun(["report", "--vault", folder.path, "--today", "2026-12-07"])
        #expect(
            text.output.hasPrefix(
                "Report as of 2026-12-07\nYour search ended on 2026-12-04 (search_ended in .grapevine/config.yml).\n\n"),
            "\(text.output)")
        let after = try await Self.json(vault: folder.path, today: "2026-12-07")
        #expect(after["search_ended"] as? String == "2026-12-04")
        #expect((after["funnel"] as? [String: Int])?["reached_out"] == 1)
        let before = try await Self.json(vault: folder.path, today: "2026-12-03")
        #expect(before["search_ended"] == nil)
        let beforeText = await CommandRun(["report", "--vault", folder.path, "--today", "2026-12-03"])
        #expect(!beforeText.output.contains("search ended"))
    }

    @Test("an empty vault: zeros, empty lists, and null for every rate with nothing to divide by")
    func emptyVault() async throws {
        let folder = try TemporaryFolder()
        try folder.write([".grapevine/config.yml": "owner: Robin Vale\n"])
        let report = try await Self.json(vault: folder.path)
        let funnel = try #require(report["funnel"] as? [String: Int])
        #expect(funnel == ["contacts": 0, "reached_out": 0, "replied": 0, "met": 0, "referrals": 0, "leads": 0])
        #expect(report["response_rate"] is NSNull)
        #expect(report["median_days_to_reply"] is NSNull)
        #expect(report["referrals_per_interview"] is NSNull)
        #expect(Self.number(report["interviews_per_week"]) == 0)
        for key in ["top_connectors", "targets", "weeks"] { #expect(try Self.array(report, key).isEmpty) }

        let text = await CommandRun(["report", "--vault", folder.path, "--today", Self.today])
        #expect(text.status == 0)
        #expect(text.output.contains("  Response rate            –  nobody reached out to yet"))
        #expect(text.output.contains("Nobody has given you a name yet."))
        #expect(text.output.contains("No organization has target: true yet."))
        #expect(text.output.contains("Nothing dated yet."))
    }

    @Test("a vault with broken files still reports, and ends with how many files have errors")
    func brokenFiles() async throws {
        for arguments in [[], ["--json"]] {
            let run = await CommandRun(
                ["report", "--vault", Repository.brokenVault, "--today", Self.today] + arguments)
            #expect(run.status == 0)
            #expect(!run.output.isEmpty)
            let lines = run.errors.split(separator: "\n")
            #expect(lines.count == 1)
            #expect(lines.last?.hasPrefix("warning: 8 files have errors; run 'grapevine check' to see them.") == true)
        }
    }

    // MARK: Text

    /// Trial E, finding 13: the documented report of Vault-Example is what `report` prints.
    @Test("docs/report.md's example is what report prints on Vault-Example")
    func documentedExample() async throws {
        let docs = try String(
            contentsOf: Repository.root.appendingPathComponent("docs/report.md"), encoding: .utf8)
        let start = try #require(docs.range(of: "```\nReport as of 2026-11-18\n"))
        let end = try #require(docs[start.upperBound...].range(of: "```"))
        let run = await CommandRun(["report", "--vault", Repository.example, "--today", "2026-11-18"])
        #expect("Report as of 2026-11-18\n" + docs[start.upperBound..<end.lowerBound] == run.output)
    }

    @Test("the text report: the whole of it, on the report vault")
    func text() async throws {
        let run = await CommandRun(["report", "--vault", Self.vault, "--today", Self.today])
        #expect(run.status == 0)
        #expect(run.output == (try Repository.expectedOutput("report-report-vault.txt")))
    }

    @Test(
        "the text report's key lines",
        arguments: [
            "Report as of 2026-11-18",
            "  contacts     15  ████████████████████████████████",
            "  reached out  11  ███████████████████████▌          73% of contacts",
            "  met           5  ██████████▋                       56% of replied",
            "  Response rate             82%  9 of 11 people reached out to replied",
            "  Median days to a reply      2  first message to first answer, 7 people",
            "  Interviews per week       0.5  2 held in the 28 days to 2026-11-18",
            "  Referrals per interview  2.25  9 referrals from 4 held interviews",
            "  Ann Archer        4       5",
            "  Acme Foods          ●●●              4    3  yes",
            "  Cedar Co            –                2    0  yes",
            "  2026-W43  Oct 19         1        0           2          2  █▒▒░░",
        ])
    func keyLines(line: String) async {
        let run = await CommandRun(["report", "--vault", Self.vault, "--today", Self.today])
        #expect(run.output.split(separator: "\n").contains { $0 == line })
    }

    @Test("--since is said in the heading, and the weeks start from it")
    func sinceText() async {
        let run = await CommandRun(["report", "--vault", Self.vault, "--today", Self.today, "--since", "2026-11-01"])
        #expect(run.output.hasPrefix("Report as of 2026-11-18, counting events from 2026-11-01 on\n"))
        #expect(!run.output.contains("2026-W44"))
        #expect(run.output.contains("  2026-W45  Nov 2          2        1           0          1  ██▓░"))
    }

    @Test("only the last 12 weeks are listed; the earlier ones are added up in one row")
    func earlierWeeks() async {
        let run = await CommandRun(["report", "--vault", Repository.example, "--today", Self.today])
        #expect(run.status == 0)
        #expect(run.output.contains("  earlier   8 wks          1        1           1          1"))
        #expect(run.output.split(separator: "\n").count { $0.hasPrefix("  2026-W") } == 12)
    }

    @Test("colour only on a terminal, and not with NO_COLOR")
    func colour() async {
        let arguments = ["report", "--vault", Self.vault, "--today", Self.today]
        #expect(!(await CommandRun(arguments).output.contains("\u{1B}[")))
        #expect(await CommandRun(arguments, isTerminal: true).output.contains("\u{1B}[36m█"))
        #expect(
            !(await CommandRun(arguments, isTerminal: true, environment: ["NO_COLOR": "1"]).output.contains("\u{1B}[")))
        #expect(await CommandRun(arguments + ["--color", "always"]).output.contains("\u{1B}[1mFunnel"))
    }

    @Test("no line is wider than 80 columns")
    func width() async {
        for vault in [Self.vault, Repository.example] {
            let run = await CommandRun(["report", "--vault", vault, "--today", Self.today])
            for line in run.output.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        }
    }
}

/// Display columns, counted here as a terminal does for the text these tests print: two for
/// CJK ideographs and kana, one for the rest.
enum TerminalWidthProbe {
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            sum + ((0x3040...0x9FFF).contains(scalar.value) ? 2 : 1)
        }
    }
}
