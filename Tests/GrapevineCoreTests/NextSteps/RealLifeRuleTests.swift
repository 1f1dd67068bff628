import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// The rules of SPEC §3 marked *(new)* for vaults people write by hand: 3B7 only for reaching
/// someone new, meetings that fell through, a lead's own due date, future Log dates, holidays,
/// and `skipped` / `snoozed` Log entries. 2026-11-18 is a Wednesday.
@Suite("Next steps on real-life vaults")
struct RealLifeRuleTests {
    static func person(_ log: [String], added: String? = nil) -> String {
        var lines = ["name: Vera Quist", "organization: Northfork Co-op"]
        if let added { lines.append("added: \(added)") }
        return "---\n" + lines.map { $0 + "\n" }.joined() + "---\n## Log\n" + log.map { "- \($0)\n" }.joined()
    }

    static func vera(_ log: [String], _ more: [String: String] = [:]) -> [String: String] {
        more.merging(["contacts/vera.md": person(log)]) { a, _ in a }
    }

    // MARK: 3B7 is for reaching someone new

    static let followUpCases: [RuleCase] = [
        RuleCase(
            "a message before any reply", today: "2026-11-18", vera(["2026-11-02 emailed"]), ["2026-11-11 Vera Quist"]),
        RuleCase(
            "a message after a reply is a touch", today: "2026-11-18",
            vera(["2026-10-01 emailed", "2026-10-02 replied", "2026-11-02 emailed: one more question"]), []),
        RuleCase(
            "a message after a meeting is a touch", today: "2026-11-18",
            vera(["2026-11-02 emailed: thanks again"], ["interviews/i.md": F.interview("Vera Quist", "2026-10-20")]),
            []),
        RuleCase(
            "a message after a met entry is a touch", today: "2026-11-18",
            vera(["2026-10-05 met: at the meetup", "2026-11-02 emailed"]), []),
        RuleCase(
            "a message after she declined starts nothing", today: "2026-11-18",
            vera(["2026-10-05 emailed", "2026-10-06 declined", "2026-11-02 emailed"]), []),
        RuleCase(
            "a meeting to come answers the messages before it", today: "2026-11-18",
            vera(["2026-11-02 emailed"], ["interviews/i.md": F.interview("Vera Quist", "2026-11-25")]), []),
        RuleCase(
            "a reply dated after today does not count yet", today: "2026-11-18",
            vera(["2026-11-02 emailed", "2026-11-20 replied"]), ["2026-11-11 Vera Quist"]),
        RuleCase(
            "a message dated after today is not sent yet", today: "2026-11-18", vera(["2026-11-20 emailed"]), []),
        RuleCase(
            "'wrote back' is her reply", today: "2026-11-18",
            vera(["2026-11-02 emailed: asked for 20 minutes", "2026-11-04 wrote back: happy to talk next week"]), []),
        RuleCase(
            "'called back' is her reply", today: "2026-11-18", vera(["2026-11-02 emailed", "2026-11-04 called back"]),
            []),
    ]

    @Test(arguments: followUpCases)
    func followUp(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .followUp) == row.expected)
    }

    @Test func followUpNamesTheFirstUnansweredMessage() throws {
        var files = Self.vera(["2026-10-26 emailed", "2026-11-02 messaged"])
        files[".grapevine/config.yml"] = "cadence:\n  max_follow_ups: 2\n"
        let step = try #require(try F.details(files, today: "2026-11-18", kind: .followUp).only)
        #expect(step.title == "Follow up with Vera Quist (Northfork Co-op): no reply since 2026-10-26")
        #expect(step.due == LocalDate(valid: "2026-11-11"))  // 7 business days after the last message
        #expect(step.details == ["One short, friendly note; your last one went out on 2026-11-02."])
    }

    static let tryAnotherCases: [RuleCase] = [
        RuleCase(
            "unanswered, nobody else there", today: "2026-11-18", vera(["2026-11-02 emailed"]),
            ["2026-11-05 Vera Quist"]),
        RuleCase(
            "a message after a reply is a touch", today: "2026-11-18",
            vera(["2026-10-01 emailed", "2026-10-02 replied", "2026-11-02 emailed"]), []),
    ]

    @Test(arguments: tryAnotherCases)
    func tryAnother(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .tryAnother) == row.expected)
    }

    @Test func aTouchResetsStayInTouch() throws {
        let files = Self.vera(
            ["2026-09-01 emailed: an article for you"], ["interviews/i.md": F.interview("Vera Quist", "2026-08-03")])
        #expect(try F.steps(files, today: "2026-11-18", kind: .stayInTouch) == ["2026-11-30 Vera Quist"])
    }

    // MARK: Meetings that fell through

    static let scheduleCases: [RuleCase] = [
        RuleCase(
            "'wrote back' is a reply to schedule from", today: "2026-11-18",
            vera(["2026-11-02 emailed", "2026-11-04 wrote back: happy to talk next week"]), ["2026-11-06 Vera Quist"]),
        RuleCase(
            "cancelled, no reply logged", today: "2026-11-18",
            vera(
                ["2026-11-02 emailed"],
                ["interviews/i.md": F.interview("Vera Quist", "2026-11-12", "status: cancelled")]),
            ["2026-11-14 Vera Quist"]),
        RuleCase(
            "a no-show after the reply", today: "2026-11-18",
            vera(
                ["2026-11-02 emailed", "2026-11-03 replied"],
                ["interviews/i.md": F.interview("Vera Quist", "2026-11-10", "status: no-show")]),
            ["2026-11-12 Vera Quist"]),
        RuleCase(
            "cancelled, then set again", today: "2026-11-18",
            vera(
                ["2026-11-02 emailed", "2026-11-03 replied"],
                [
                    "interviews/i.md": F.interview("Vera Quist", "2026-11-10", "status: cancelled"),
                    "interviews/j.md": F.interview("Vera Quist", "2026-11-24"),
                ]),
            []),
        RuleCase(
            "a meeting to come, called off: from today", today: "2026-11-18",
            vera(
                ["2026-11-03 replied"],
                ["interviews/i.md": F.interview("Vera Quist", "2026-11-30", "status: cancelled")]),
            ["2026-11-20 Vera Quist"]),
        RuleCase(
            "called off, then met", today: "2026-11-18",
            vera(
                ["2026-11-03 replied", "2026-11-16 met: coffee after all"],
                ["interviews/i.md": F.interview("Vera Quist", "2026-11-10", "status: cancelled")]),
            []),
    ]

    @Test(arguments: scheduleCases)
    func schedule(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .schedule) == row.expected)
    }

    @Test func aMeetingThatFellThroughIsNamed() throws {
        let files = Self.vera(
            ["2026-11-03 replied: Tuesday works"],
            ["interviews/i.md": F.interview("Vera Quist", "2026-11-10", "status: no-show")])
        let step = try #require(try F.details(files, today: "2026-11-18", kind: .schedule).only)
        #expect(
            step.title == "Find a new time to meet Vera Quist (Northfork Co-op): the meeting on 2026-11-10 fell through"
        )
        #expect(step.details.contains("The meeting on 2026-11-10 was a no-show."))
    }

    // MARK: A lead's due date

    static let applyCases: [RuleCase] = [
        RuleCase(
            "no due date: the day after the interview", today: "2026-11-18",
            ["interviews/i.md": F.interview("Vera Quist", "2026-11-10", body: "## Leads\n- Data analyst opening\n")],
            ["2026-11-11 Vera Quist"]),
        RuleCase(
            "due, like a task", today: "2026-11-18",
            [
                "interviews/i.md": F.interview(
                    "Vera Quist", "2026-11-10", body: "## Leads\n- Data analyst opening due 2026-12-01\n")
            ],
            ["2026-12-01 Vera Quist"]),
        RuleCase(
            "due: and the calendar emoji", today: "2026-11-18",
            [
                "interviews/i.md": F.interview(
                    "Vera Quist", "2026-11-10",
                    body:
                        "## Leads\n- [ ] Analyst, due: 2026-11-30\n- [ ] Intern 📅 2026-12-05\n- [x] Done due 2026-11-12\n"
                )
            ],
            ["2026-11-30 Vera Quist", "2026-12-05 Vera Quist"]),
    ]

    @Test(arguments: applyCases)
    func apply(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .apply).sorted() == row.expected)
    }

    @Test("a lead of an interview whose person is ambiguous says where you heard of it, not 'You told you'")
    func leadOfAnAmbiguousPerson() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Lena Park\n---\n", "contacts/b.md": "---\nname: Lena Park\n---\n",
            "interviews/i.md": "---\ncontact: Lena Park\ndate: 2026-12-01\n---\n## Leads\n- Ops analyst\n",
        ])
        let steps = NextStepEngine(vault: vault, today: LocalDate(valid: "2026-12-05")).steps().filter {
            $0.kind == .apply
        }
        #expect(steps.map(\.details) == [["You heard about it in the interview on 2026-12-01."]])
    }

    @Test func theLeadsTitleLeavesTheDueDateOut() throws {
        let files = [
            "interviews/i.md": F.interview("Vera Quist", "2026-11-10", body: "## Leads\n- Analyst due 2026-12-01\n")
        ]
        #expect(try F.details(files, today: "2026-11-18", kind: .apply).map(\.title) == ["Apply: Analyst"])
    }

    @Test("a lead's or a resource's due date is for you: the thank-you, its draft and the update leave it out")
    func messagesLeaveTheDueDateOut() throws {
        let body = """
            ## Resources
            - [ ] The HACCP course due 2026-11-30
            ## Leads
            - [ ] Data analyst, req 7 📅 2026-12-01
            - [x] Intern due: 2026-11-20

            """
        let files = Self.vera([], ["interviews/i.md": F.interview("\"[[Vera Quist]]\"", "2026-11-17", body: body)])
        let thankYou = try #require(try F.details(files, today: "2026-11-18", kind: .thankYou).only)
        #expect(thankYou.details.contains("Mention what they recommended: The HACCP course."))
        #expect(thankYou.details.contains("Say you would like to apply: Data analyst, req 7."))
        let vault = try TemporaryVault.load(files)
        let composer = DraftComposer(
            vault: vault, today: LocalDate(valid: "2026-11-18"), templates: TemplateLibrary(vaultRoot: vault.root))
        let vera = try vault.node("Vera Quist")
        let interview = try #require(vault.notes.firstIndex { $0.path == "interviews/i.md" })
        for kind in [DraftKind.thankYou, .update] {
            let text = try composer.draft(kind, to: vera, interview: interview)
            #expect(
                !text.contains("2026-12-01") && !text.contains("2026-11-30") && !text.contains("due"),
                "\(kind): \(text)")
        }
    }

    // MARK: Holidays

    @Test(arguments: [
        // Fri 11-20 + 7 bd = Tue 12-01; Thu 11-26 and Fri 11-27 off: Thu 12-03.
        (["2026-11-26", "2026-11-27"], NextStep.Kind.followUp, "2026-11-20", "2026-12-03"),
        // A holiday on a Saturday changes nothing.
        (["2026-11-28"], .followUp, "2026-11-20", "2026-12-01"),
        // Wed 11-25 + 3 bd = Mon 11-30; with Thu and Fri off: Wed 12-02.
        (["2026-11-27", "2026-11-26"], .tryAnother, "2026-11-25", "2026-12-02"),
        // A holiday that the extra days reach: Mon 11-30 pushes to Tue 12-01, which is off too.
        (["2026-11-26", "2026-11-27", "2026-12-01"], .tryAnother, "2026-11-25", "2026-12-03"),
        // A holiday on the day the message went out does not count.
        (["2026-11-25"], .tryAnother, "2026-11-25", "2026-11-30"),
    ])
    func businessDaysSkipHolidays(holidays: [String], kind: NextStep.Kind, sent: String, due: String) throws {
        var files = Self.vera(["\(sent) emailed"])
        files[".grapevine/config.yml"] = "holidays: [\(holidays.joined(separator: ", "))]\n"
        #expect(try F.details(files, today: "2026-12-20", kind: kind).map(\.due) == [LocalDate(valid: due)])
    }

    @Test func aHolidayThatIsNotADateIsAnError() throws {
        let vault = try TemporaryVault.load([".grapevine/config.yml": "holidays:\n  - 2026-11-26\n  - Thanksgiving\n"])
        let problem = try #require(vault.diagnostics(.invalidDate).only)
        #expect(problem.located == "error .grapevine/config.yml:3:5")
        #expect(vault.config.cadence.holidays == [LocalDate(valid: "2026-11-26")])
    }

    // MARK: Referrals credited to the right person

    /// Kofi and Sara met you together on 2026-11-10 and named Maya; you met Maya on 2026-11-16.
    static func group(maya: [String], log: [String] = [], metMaya: Bool = true) -> [String: String] {
        var files = [
            "contacts/kofi.md": F.contact("name: Kofi Mensah"),
            "contacts/sara.md": F.contact("name: Sara Lindqvist"),
            "contacts/ana.md": F.contact("name: Ana Lima"),
            "contacts/maya.md": "---\nname: Maya Singh\n" + maya.map { $0 + "\n" }.joined() + "---\n"
                + (log.isEmpty ? "" : "## Log\n" + log.map { "- \($0)\n" }.joined()),
            "interviews/kofi-sara.md": F.interview(
                "[Kofi Mensah, Sara Lindqvist]", "2026-11-10", "thank_you: true", "update: 2026-11-11",
                body: "## Referrals\n- [[Maya Singh]] — runs the analytics team\n"),
        ]
        if metMaya { files["interviews/maya.md"] = F.interview("Maya Singh", "2026-11-16", "thank_you: true") }
        return files
    }

    static let referrerCases: [(String, [String], [String], [String])] = [
        ("nobody says who: everyone present", [], [], ["2026-11-23 Kofi Mensah", "2026-11-23 Sara Lindqvist"]),
        ("referred_by names one of those present", ["referred_by: Sara Lindqvist"], [], ["2026-11-23 Sara Lindqvist"]),
        (
            "referred_by names both", ["referred_by: [Kofi Mensah, Sara Lindqvist]"], [],
            ["2026-11-23 Kofi Mensah", "2026-11-23 Sara Lindqvist"]
        ),
        (
            "referred_by names someone else only", ["referred_by: Ana Lima", "added: 2026-11-09"], [],
            ["2026-11-23 Ana Lima", "2026-11-23 Kofi Mensah", "2026-11-23 Sara Lindqvist"]
        ),
        (
            "you had written to her before the referral", [], ["2026-11-02 emailed", "2026-11-03 replied"],
            []
        ),
        ("you had found her yourself before", ["source: linkedin", "added: 2026-11-01"], [], []),
        (
            "you wrote to her after the referral", [], ["2026-11-11 emailed", "2026-11-12 replied"],
            ["2026-11-23 Kofi Mensah", "2026-11-23 Sara Lindqvist"]
        ),
        (
            "added with a source after the referral", ["source: linkedin", "added: 2026-11-12"], [],
            ["2026-11-23 Kofi Mensah", "2026-11-23 Sara Lindqvist"]
        ),
    ]

    @Test(arguments: referrerCases)
    func thankReferrer(_ row: (String, [String], [String], [String])) throws {
        let steps = try F.steps(Self.group(maya: row.1, log: row.2), today: "2026-11-18", kind: .thankReferrer)
        #expect(steps.sorted() == row.3, "\(row.0)")
    }

    @Test func contactReferralNamesOnlyThoseCredited() throws {
        let steps = try F.details(
            Self.group(maya: ["referred_by: Sara Lindqvist"], metMaya: false), today: "2026-11-18",
            kind: .contactReferral)
        #expect(steps.map(\.title) == ["Contact Maya Singh, referred by Sara Lindqvist"])
    }

    @Test("in a group, each update and each person's page speak of what that person did")
    func groupUpdatesAndThankYousArePerPerson() throws {
        var files = Self.group(maya: ["referred_by: Sara Lindqvist"], log: ["2026-11-12 emailed"], metMaya: false)
        files["interviews/kofi-sara.md"] = F.interview(
            "[Kofi Mensah, Sara Lindqvist]", "2026-11-10",
            body: "## Referrals\n- [[Maya Singh]] — runs the analytics team\n")
        files["contacts/kofi.md"] = F.contact("name: Kofi Mensah", log: ["2026-11-10 thanked"])
        let updates = try F.details(files, today: "2026-12-14", kind: .update)
        let kofi = try #require(updates.first { $0.contact == "Kofi Mensah" })
        let sara = try #require(updates.first { $0.contact == "Sara Lindqvist" })
        #expect(!kofi.details.joined().contains("Maya"), "\(kofi.details)")
        #expect(sara.details.contains("You contacted the people they suggested: Maya Singh."), "\(sara.details)")
        // Kofi was thanked, Sara was not: each one's page says so.
        let vault = try TemporaryVault.load(files)
        let builder = DossierBuilder(vault: vault, today: LocalDate(valid: "2026-12-14"))
        #expect(builder.dossier(for: try vault.node("Kofi Mensah")).interviews.map(\.thankYou) == ["2026-11-10"])
        #expect(builder.dossier(for: try vault.node("Sara Lindqvist")).interviews.map(\.thankYou) == [nil])
        #expect(try F.steps(files, today: "2026-12-14", kind: .thankYou) == ["2026-11-11 Sara Lindqvist"])
    }

    @Test func aReferralAfterYouReachedThemIsRecordedButMakesNoChainOrStep() throws {
        let vault = try TemporaryVault.load(Self.group(maya: [], log: ["2026-11-02 emailed"], metMaya: false))
        let maya = try vault.node("Maya Singh")
        let edges = vault.graph.edges.filter { $0.kind == .referred && $0.to == maya }
        #expect(edges.count == 2 && edges.allSatisfy(\.cameAfterContact))
        #expect(vault.graph.referralChain(to: maya) == [Graph.owner, maya])
        #expect(vault.graph.referrers(of: maya).isEmpty)
        let steps = NextStepEngine(vault: vault, today: LocalDate(valid: "2026-11-18")).steps()
        #expect(!steps.contains { $0.kind == .contactReferral })
        #expect(steps.contains { $0.kind == .followUp && $0.contact == "Maya Singh" })
    }

    // MARK: Today's and this week's interviews

    static let interviews: [String: String] = [
        "contacts/vera.md": person([]),
        "interviews/today.md": F.interview("Vera Quist", "2026-11-18 15:00", "mode: video", "duration: 30"),
        "interviews/friday.md": F.interview("Vera Quist", "2026-11-20"),
        "interviews/off.md": F.interview("Vera Quist", "2026-11-19 09:00", "status: cancelled"),
        "interviews/past.md": F.interview("Vera Quist", "2026-11-10", "thank_you: true"),
    ]

    /// The interview and thank-you steps on 2026-11-18 at `now` (minutes after midnight).
    static func steps(now: Int?) -> [String] {
        let vault = try! TemporaryVault.load(interviews)
        return NextStepEngine(vault: vault, today: LocalDate(valid: "2026-11-18"), now: now).steps()
            .filter { $0.kind == .interview || $0.kind == .thankYou }
            .map { "\($0.kind.rawValue) \($0.due!) \($0.file)" }
    }

    @Test func anInterviewLaterTodayIsStillToCome() {
        #expect(
            Self.steps(now: 10 * 60) == [
                "interview 2026-11-18 interviews/today.md", "interview 2026-11-20 interviews/friday.md",
            ])
    }

    @Test func anInterviewEarlierTodayHasTakenPlace() {
        #expect(
            Self.steps(now: 16 * 60) == [
                "thank-you 2026-11-19 interviews/today.md", "interview 2026-11-20 interviews/friday.md",
            ])
    }

    @Test func aDayGivenWithTodayIsTakenAsAWhole() {
        // SPEC §2.2: dated today or before is held; §3: interviews from today on are listed.
        #expect(
            Self.steps(now: nil) == [
                "interview 2026-11-18 interviews/today.md", "thank-you 2026-11-19 interviews/today.md",
                "interview 2026-11-20 interviews/friday.md",
            ])
    }

    @Test("an interview today without a time is listed, and thanked, whether the time now is known or not")
    func anInterviewTodayWithoutATime() throws {
        let files = [
            "contacts/vera.md": Self.person([]), "interviews/today.md": F.interview("Vera Quist", "2026-11-18"),
        ]
        let vault = try TemporaryVault.load(files)
        for now in [nil, 0, 10 * 60, 23 * 60 + 59] {
            let kinds = NextStepEngine(vault: vault, today: LocalDate(valid: "2026-11-18"), now: now).steps().map(
                \.kind)
            #expect(kinds.contains(.interview) && kinds.contains(.thankYou), "now \(String(describing: now))")
        }
    }

    @Test("an interview later today is too late to prepare for, whether the time now is known or not")
    func noPreparingForLaterToday() throws {
        let vault = try TemporaryVault.load(Self.interviews)
        for now in [nil, 9 * 60] {
            let prepared = NextStepEngine(vault: vault, today: LocalDate(valid: "2026-11-18"), now: now).steps()
                .filter { $0.kind == .prepare }.map(\.file)
            #expect(prepared == ["interviews/friday.md"], "now \(String(describing: now))")
        }
    }

    @Test func theInterviewStepSaysWhenWithWhomHowAndHowToPrepare() throws {
        let vault = try TemporaryVault.load(Self.interviews)
        let step = try #require(
            NextStepEngine(vault: vault, today: LocalDate(valid: "2026-11-18"), now: 9 * 60).steps().first {
                $0.kind == .interview
            })
        #expect(step.title == "Interview with Vera Quist (Northfork Co-op) on 2026-11-18 at 15:00")
        #expect(step.details == ["By video call, 30 minutes.", "Prepare: grapevine prep \"Vera Quist\""])
        #expect(step.contact == "Vera Quist")
    }

    // MARK: The end of the search

    /// Trial 27: an offer accepted on 2026-12-04, and `next` still said to reach out, follow up,
    /// contact referrals, schedule, prepare and apply. Every kind of step has a case here.
    static let searchFiles: [String: String] = [
        "pitch.md": "---\ntype: pitch\n---\nI taught chemistry.\n",
        "organizations/acme.md": "---\nname: Acme\ntarget: true\n---\n",
        "contacts/ann.md": F.contact("name: Ann Lee", "organization: Acme", "added: 2026-11-20"),
        "contacts/bo.md": F.contact("name: Bo Chen", "organization: Initech", log: ["2026-11-16 emailed"]),
        "contacts/cy.md": F.contact(
            "name: Cy Diaz", "organization: Globex", log: ["2026-11-02 emailed", "2026-11-12 followed up"]),
        "contacts/di.md": F.contact("name: Di Fox", log: ["2026-11-25 emailed", "2026-11-26 replied: sure"]),
        "contacts/ed.md": F.contact("name: Ed Gray", "referred_by: Fay Hill", "added: 2026-11-27"),
        "interviews/ed.md": F.interview("Ed Gray", "2026-12-02"),
        "contacts/hal.md": F.contact("name: Hal Ives", "referred_by: Fay Hill", "added: 2026-12-01"),
        "organizations/hooli.md": "---\nname: Hooli\ntarget: true\n---\n",
        "contacts/fay.md": F.contact("name: Fay Hill", log: ["2026-10-01 emailed", "2026-10-02 replied"]),
        "interviews/fay.md": F.interview(
            "Fay Hill", "2026-11-30", "resume_requested: true",
            body: "## Leads\n- [ ] Analyst at Initech\n\n## Next steps\n- [ ] Read her paper\n"),
        "interviews/gil.md": F.interview("Gil Ito", "2026-12-09"),
        ".grapevine/config.yml": "search_ended: 2026-12-04\n",
    ]

    @Test(
        "after search_ended, next leaves out finding people and openings, and keeps thanking and updating",
        arguments: ["2026-12-07", "2026-12-03"])
    func searchEnded(today: String) throws {
        let vault = try TemporaryVault.load(Self.searchFiles)
        let kinds = Set(NextStepEngine(vault: vault, today: LocalDate(valid: today)).steps().map(\.kind))
        let finding: Set<NextStep.Kind> = [
            .sendResume, .apply, .contactReferral, .reachOut, .tryAnother, .followUp, .moveOn, .schedule, .prepare,
            .findContacts,
        ]
        let kept: Set<NextStep.Kind> = [.thankYou, .update, .thankReferrer, .interview, .stayInTouch, .task]
        // The day before, the search was still on: every kind is there, so none is missing by accident.
        let ended = today >= "2026-12-04"
        #expect(kinds == (ended ? kept : kept.union(finding)), "\(kinds)")
    }

    @Test("after search_ended, the update says to tell them, and the interview to come may be called off")
    func searchEndedDetails() throws {
        let vault = try TemporaryVault.load(Self.searchFiles)
        let steps = NextStepEngine(vault: vault, today: LocalDate(valid: "2027-01-05")).steps()
        let update = try #require(steps.first { $0.kind == .update && $0.contact == "Fay Hill" })
        #expect(
            update.details.contains(
                "Your search ended on 2026-12-04: tell them how, and thank them for their part in it."))
        let interview = try #require(
            NextStepEngine(vault: vault, today: LocalDate(valid: "2026-12-07")).steps().first { $0.kind == .interview })
        #expect(
            interview.details.last
                == "Your search ended on 2026-12-04: keep it as a conversation, or call it off (status: cancelled in the note)."
        )
        let thankYou = try #require(
            NextStepEngine(vault: vault, today: LocalDate(valid: "2026-12-07")).steps().first { $0.kind == .thankYou })
        #expect(!thankYou.details.contains { $0.contains("apply") }, "\(thankYou.details)")
    }

    // MARK: Log entries that say an event without its word

    @Test(
        "a step names the Log line that may have done it in other words, and stays open",
        arguments: [
            (
                "2026-11-30 sent him an update: the Harbor talks", NextStep.Kind.update,
                "contacts/vera.md:8 says 'sent him an update', which is no Log event word, so it is not counted: "
                    + "if you sent them an update, write '- 2026-11-30 updated: the Harbor talks'."
            ),
            (
                "2026-10-21 sent thanks on LinkedIn", .thankYou,
                "contacts/vera.md:8 says 'sent thanks', which is no Log event word, so it is not counted: "
                    + "if you thanked them, write '- 2026-10-21 thanked: on LinkedIn'."
            ),
        ])
    func unreadLogLineUnderTheStep(entry: String, kind: NextStep.Kind, advice: String) throws {
        // Trial 27: Yusuf's update step said "Nothing recorded since" under a Log that said it was sent.
        let files = Self.vera(
            ["2026-10-01 emailed", "2026-10-02 replied", entry],
            ["interviews/i.md": F.interview("Vera Quist", "2026-10-20")])
        let step = try #require(F.details(files, today: "2026-12-07", kind: kind).only)
        #expect(step.details.last == advice)
    }

    @Test(
        "a Log line in other words before the step began, or saying another event, is not named",
        arguments: ["2026-10-19 sent thanks: for the intro", "2026-11-30 sent him an update", "2026-11-30 lunch"])
    func unreadLogLineOfAnotherStep(entry: String) throws {
        let files = Self.vera(
            ["2026-10-01 emailed", "2026-10-02 replied", entry],
            ["interviews/i.md": F.interview("Vera Quist", "2026-10-20")])
        let step = try #require(F.details(files, today: "2026-12-07", kind: .thankYou).only)
        #expect(!step.details.contains { $0.contains("no Log event word") }, "\(step.details)")
    }

    @Test(
        "a step names the Log line left out for its date that would have done it, and stays open",
        arguments: [
            (
                "10/21/2026 thanked: sent a card", NextStep.Kind.thankYou,
                "contacts/vera.md:8 says 'thanked' on '10/21/2026', a date the Log cannot read, so it is not counted: "
                    + "write '- 2026-10-21 thanked: sent a card'."
            ),
            (
                "Nov 2, updated", .update,
                "contacts/vera.md:8 says 'updated' on 'Nov 2', a date the Log cannot read, so it is not counted: "
                    + "write '- 2026-11-02 updated'."
            ),
            (
                "11/02/2026 updated", .update,
                "contacts/vera.md:8 says 'updated' on '11/02/2026', a date the Log cannot read, so it is not counted: "
                    + "write '- 2026-11-02 updated'."
            ),
            ("10/19/2026 thanked", .thankYou, nil),  // before the meeting
            ("11/30/2026 updated", .thankYou, nil),  // another event
            ("12/30/2026 thanked", .thankYou, nil),  // after today: not yet
        ] as [(String, NextStep.Kind, String?)])
    func leftOutLogLineUnderTheStep(entry: String, kind: NextStep.Kind, advice: String?) throws {
        // Trial 28: `- 11/18/2026 thanked` is an error in `check`; the thank-you step stayed open
        // without a word about it, the closing summary naming only the line.
        let vault = try TemporaryVault.load(
            Self.vera(
                ["2026-10-01 emailed", "2026-10-02 replied", entry],
                ["interviews/i.md": F.interview("Vera Quist", "2026-10-20")]))
        let steps = NextStepEngine(vault: vault, today: LocalDate(valid: "2026-12-07")).steps()
        let step = try #require(steps.filter { $0.kind == kind }.only)
        #expect(step.details.filter { $0.contains("a date the Log cannot read") } == (advice.map { [$0] } ?? []))
    }

    @Test("the stay-in-touch step names a later Log line left out for its date, whatever its event")
    func leftOutLogLineUnderStayInTouch() throws {
        // Trial 32: `- 20/09/2026 updated` a month after the coffee left "Get back in touch with
        // Hannah Price, last in touch on 2026-08-21" without a word about the update.
        let files = Self.vera([
            "2026-08-14 emailed", "2026-08-15 replied", "2026-08-20 met: coffee", "2026-08-21 thanked",
            "20/09/2026 updated: told her I started the certificate",
        ])
        let steps = NextStepEngine(vault: try TemporaryVault.load(files), today: LocalDate(valid: "2026-12-07")).steps()
        let step = try #require(steps.filter { $0.kind == .stayInTouch }.only)
        #expect(step.due == LocalDate(valid: "2026-11-19"))
        #expect(
            step.details.last
                == "contacts/vera.md:10 says 'updated' on '20/09/2026', a date the Log cannot read, so it is not "
                + "counted: write '- 2026-09-20 updated: told her I started the certificate'.")
    }

    @Test("a meeting logged on a day without its year, the Log's first line, is named under the reach-out")
    func leftOutFirstLineUnderTheReachOut() throws {
        // Trial 30: `- Dec 4 met: coffee` under a contact added on 2026-12-01 left "Reach out to
        // Kevin O'Neill" without a word, though `check` knew the day (2026-12-04).
        let files = [
            "contacts/kevin.md": F.contact(
                "name: Kevin O'Neill", "source: meetup", "added: 2026-12-01",
                log: ["Dec 4 met: coffee at the Happy Goat"])
        ]
        // `check` has its error; `next` runs on what it reads.
        let vault = try TemporaryVault.load(files)
        let steps = NextStepEngine(vault: vault, today: LocalDate(valid: "2026-12-07")).steps()
        let step = try #require(steps.filter { $0.kind == .reachOut }.only)
        #expect(
            step.details.last
                == "contacts/kevin.md:7 says 'met' on 'Dec 4', a date the Log cannot read, so it is not counted: "
                + "write '- 2026-12-04 met: coffee at the Happy Goat'.")
        let kevin = DossierBuilder(vault: vault, today: LocalDate(valid: "2026-12-07")).dossier(
            for: try vault.node("Kevin O'Neill"))
        #expect(kevin.logLeftOut.map(\.readings) == [[LocalDate(valid: "2026-12-04")]])
    }

    @Test("a Log line dated without its year in a Log that gives none gets check's day in show and next")
    func leftOutLineWithoutAnyYear() throws {
        // `- Dec 6 emailed her`, no entry above it, no `added`: `check` said '2026-12-06', while
        // `show` said "not a date" and the contact-referral step said nothing of the line.
        let files = [
            "contacts/jane.md": F.contact("name: Jane Doe", log: ["Dec 6 emailed her"]),
            "contacts/maria.md": F.contact("name: Maria Lopez", "added: 2026-11-01"),
            "interviews/maria.md": F.interview("Maria Lopez", "2026-11-20", body: "## Referrals\n- [[Jane Doe]]\n"),
        ]
        let vault = try TemporaryVault.load(files)
        let today = LocalDate(valid: "2026-12-07")
        let hint = try #require(
            CheckReport(vault: vault, strict: false, today: today).diagnostics.first { $0.code == .invalidLogDate }?
                .hint)
        #expect(hint == "write the date as YYYY-MM-DD: '2026-12-06'")
        let step = try #require(
            NextStepEngine(vault: vault, today: today).steps().first { $0.kind == .contactReferral })
        #expect(
            step.details.last
                == "contacts/jane.md:5 says 'emailed' on 'Dec 6', a date the Log cannot read, so it is not counted: "
                + "write '- 2026-12-06 emailed: her'.")
        let jane = DossierBuilder(vault: vault, today: today).dossier(for: try vault.node("Jane Doe"))
        #expect(jane.logLeftOut.map(\.notCounted) == ["line 5, not counted: date not read; write 2026-12-06"])
        // Seen on 2026-12-01, the last Dec 6 was a year before: the day it was written after.
        let earlier = DossierBuilder(vault: vault, today: LocalDate(valid: "2026-12-01")).dossier(
            for: try vault.node("Jane Doe"))
        #expect(earlier.logLeftOut.map(\.readings) == [[LocalDate(valid: "2025-12-06")]])
    }
}

/// A thank-you or update recorded in the Log shows as sent in `show` (and the site, which
/// draws the same dossier) exactly when `next` counts it as sent.
@Suite("Log and interview agree")
struct LogAndInterviewAgreeTests {
    @Test(arguments: [
        ([String](), nil as String?, nil as String?),
        (["2026-11-11 thanked: for the names"], "2026-11-11", nil),
        (["2026-11-09 thanked"], nil, nil),  // before the interview: not for it
        (["2026-11-11 thanked", "2026-12-05 updated"], "2026-11-11", "2026-12-05"),
        (["2026-11-10 updated"], nil, nil),  // an update is after the interview day
        (["2026-11-30 thanked"], nil, nil),  // after today: not yet
    ])
    func sentInTheLog(log: [String], thanked: String?, updated: String?) throws {
        let files = [
            "contacts/vera.md": RealLifeRuleTests.person(log),
            "interviews/i.md": NextStepFixture.interview("Vera Quist", "2026-11-10"),
        ]
        let vault = try TemporaryVault.load(files)
        let today = LocalDate(valid: updated == nil ? "2026-11-18" : "2026-12-20")
        let dossier = DossierBuilder(vault: vault, today: today).dossier(for: try vault.node("Vera Quist"))
        let meeting = try #require(dossier.interviews.only)
        #expect(meeting.thankYou == thanked)
        #expect(meeting.update == updated)
        let kinds = NextStepEngine(vault: vault, today: today).steps().map(\.kind)
        #expect(kinds.contains(.thankYou) == (thanked == nil))
        #expect(kinds.contains(.update) == (updated == nil))
    }
}
