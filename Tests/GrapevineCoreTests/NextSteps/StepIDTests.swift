import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// A step's `id` (the calendar export's UID) through the closing of other steps (SPEC §3: "the
/// step's stable identity"). 2026-12-05 is a Saturday.
@Suite("Step ids")
struct StepIDTests {
    static let pat = F.contact("name: Pat Lee", "added: 2026-11-01")

    /// The ids of the steps of `kind`, by the file and line each step points at.
    static func ids(_ files: [String: String], kind: NextStep.Kind, today: String = "2026-12-05") throws -> [String:
        String]
    {
        let vault = try TemporaryVault.load(files)
        let day = LocalDate(valid: today)
        let steps = NextStep.numbered(NextStepEngine(vault: vault, today: day).steps(), today: day)
        return Dictionary(
            uniqueKeysWithValues: steps.filter { $0.kind == kind }.map { ("\($0.file):\($0.line)", $0.id) })
    }

    static func interviews(_ first: [String], _ second: [String]) -> [String: String] {
        [
            "contacts/pat-lee.md": pat,
            "interviews/2026-11-10-pat.md": "---\ncontact: \"[[Pat Lee]]\"\ndate: 2026-11-10\n"
                + first.map { $0 + "\n" }.joined() + "---\n",
            "interviews/2026-11-20-pat.md": "---\ncontact: \"[[Pat Lee]]\"\ndate: 2026-11-20\n"
                + second.map { $0 + "\n" }.joined() + "---\n",
        ]
    }

    @Test(
        "the steps of two interviews with one person keep their ids when either is closed",
        arguments: [(NextStep.Kind.thankYou, "thank_you: 2026-11-21")])
    func twoInterviews(kind: NextStep.Kind, closing: String) throws {
        let first = "interviews/2026-11-10-pat.md:1"
        let second = "interviews/2026-11-20-pat.md:1"
        let both = try Self.ids(Self.interviews([], []), kind: kind)
        let (firstID, secondID) = (try #require(both[first]), try #require(both[second]))
        #expect(secondID != firstID)
        #expect(try Self.ids(Self.interviews([closing], []), kind: kind) == [second: secondID])
        #expect(try Self.ids(Self.interviews([], [closing]), kind: kind) == [first: firstID])
    }

    @Test("one update a person: the later meeting's step survives with the id it has alone")
    func oneUpdateAPerson() throws {
        let second = "interviews/2026-11-20-pat.md:1"
        var alone = Self.interviews([], [])
        alone["interviews/2026-11-10-pat.md"] = nil
        let id = try #require(try Self.ids(alone, kind: .update)[second])
        #expect(try Self.ids(Self.interviews([], []), kind: .update) == [second: id])
        #expect(try Self.ids(Self.interviews(["update: 2026-11-15"], []), kind: .update) == [second: id])
        #expect(try Self.ids(Self.interviews([], ["update: 2026-12-01"]), kind: .update).isEmpty)
    }

    @Test("a step about a meeting is the hash of the kind, the person and the interview's path")
    func oneInterview() throws {
        var files = Self.interviews([], [])
        files["interviews/2026-11-20-pat.md"] = nil
        let identity = "thank-you\u{1F}contact\u{1F}Pat Lee\u{1F}occasion\u{1F}interviews/2026-11-10-pat.md"
        #expect(try Self.ids(files, kind: .thankYou) == ["interviews/2026-11-10-pat.md:1": FNV1a.hex(identity.utf8)])
    }

    @Test(
        "adding or removing another interview with the person, before, between or after, keeps every other id",
        arguments: [NextStep.Kind.thankYou, .interview, .prepare, .sendResume])
    func interviewsComeAndGo(kind: NextStep.Kind) throws {
        // Three meetings with Cara; the steps are looked at on a day each kind has all three.
        // (Not `update`: one a person, the latest meeting's; `oneUpdateAPerson`.)
        let today = kind == .thankYou || kind == .sendResume ? "2026-11-16" : "2026-11-08"
        let dates =
            kind == .interview || kind == .prepare
            ? ["2026-11-09", "2026-11-10", "2026-11-12"] : ["2026-11-05", "2026-11-07", "2026-11-10"]
        func files(_ which: [Int]) -> [String: String] {
            var files = ["contacts/cara.md": F.contact("name: Cara", "added: 2026-10-01", log: ["2026-10-02 emailed"])]
            for index in which {
                files["interviews/\(dates[index])-cara.md"] = F.interview(
                    "Cara", dates[index] + " 10:00", "resume_requested: true")
            }
            return files
        }
        let all = try Self.ids(files([0, 1, 2]), kind: kind, today: today)
        try #require(Set(all.values).count == 3, "\(all)")
        for left in [[0, 1], [0, 2], [1, 2], [0], [2]] {
            let some = try Self.ids(files(left), kind: kind, today: today)
            #expect(some.allSatisfy { all[$0.key] == $0.value }, "\(left): \(some) in \(all)")
            #expect(some.count == left.count)
        }
    }

    @Test("quiet: a step about the person, not a meeting, keeps the hash of its kind and the person alone")
    func personStepsKeepTheirIDs() throws {
        let files = ["contacts/cara.md": F.contact("name: Cara", "added: 2026-10-01", log: ["2026-10-02 emailed"])]
        let identity = "follow-up\u{1F}contact\u{1F}Cara"
        #expect(Array(try Self.ids(files, kind: .followUp, today: "2026-11-20").values) == [FNV1a.hex(identity.utf8)])
    }

    /// Session 31: the two are one step (`ThankReferrerRule`), the first meeting's: the second
    /// meeting joining it keeps its id; told about the first, the second is a step of its own.
    @Test("telling a referrer about two people they gave you: one step, with the first meeting's id")
    func twoReferrals() throws {
        func files(_ thanked: String?, boMet: Bool = true) -> [String: String] {
            [
                "contacts/ana.md": F.contact("name: Ana Silva"),
                "contacts/pat-lee.md": F.contact("name: Pat Lee", "referred_by: Ana Silva", "added: 2026-11-01"),
                "contacts/bo.md": F.contact("name: Bo Chan", "referred_by: Ana Silva", "added: 2026-11-01"),
                "interviews/2026-11-10-pat.md": F.interview("Pat Lee", "2026-11-10", "thank_you: true"),
            ].merging(
                (boMet ? ["interviews/2026-11-20-bo.md": F.interview("Bo Chan", "2026-11-20", "thank_you: true")] : [:])
                    .merging(thanked.map { ["contacts/ana.md": F.contact("name: Ana Silva", log: [$0])] } ?? [:]) {
                        $1
                    }
            ) { $1 }
        }
        let both = try Self.ids(files(nil), kind: .thankReferrer)
        let pat = "interviews/2026-11-10-pat.md:1"
        #expect(both == (try Self.ids(files(nil, boMet: false), kind: .thankReferrer)) && both.keys.first == pat)
        // A `thanked` entry on Ana dated between the two interviews closes the first only.
        let later = try Self.ids(files("2026-11-12 thanked: told her about Pat"), kind: .thankReferrer)
        let bo = "interviews/2026-11-20-bo.md:1"
        #expect(Array(later.keys) == [bo] && later[bo] != both[pat])
    }

    @Test("telling a referrer: a second meeting with their referral keeps the one step's id, and its closing")
    func referralMetTwice() throws {
        let once = InterviewRuleTests.metTwice().filter { $0.key != "interviews/2026-11-23-impossible-lab.md" }
        let before = try Self.ids(once, kind: .thankReferrer, today: "2026-11-23")
        let after = try Self.ids(InterviewRuleTests.metTwice(), kind: .thankReferrer, today: "2026-11-23")
        #expect(after == before && after.count == 1)
    }

    static func tasks(_ lines: String...) -> [String: String] {
        ["contacts/pat-lee.md": Self.pat + "## To do\n" + lines.map { $0 + "\n" }.joined()]
    }

    @Test(
        "a task written twice: ticking or skipping one, as a person or grapevine does, keeps the other's id",
        arguments: ["- [x] Call back due 2026-12-01", "- [x] Call back due 2026-12-01 (skipped: she called)"])
    func twoTasks(closed: String) throws {
        let open = try Self.ids(
            Self.tasks("- [ ] Call back due 2026-12-01", "- [ ] Call back due 2026-12-10"), kind: .task)
        try #require(open.count == 2)
        let (first, second) = (try #require(open["contacts/pat-lee.md:6"]), try #require(open["contacts/pat-lee.md:7"]))
        #expect(second == first + "-2")
        let closedFirst = try Self.ids(Self.tasks(closed, "- [ ] Call back due 2026-12-10"), kind: .task)
        #expect(closedFirst == ["contacts/pat-lee.md:7": second])
        let closedSecond = try Self.ids(Self.tasks("- [ ] Call back due 2026-12-01", "- [x] Call back"), kind: .task)
        #expect(closedSecond == ["contacts/pat-lee.md:6": first])
    }

    @Test("a lead written twice: ticking one keeps the other's id")
    func twoLeads() throws {
        func files(_ first: String) -> [String: String] {
            [
                "contacts/pat-lee.md": Self.pat,
                "interviews/i.md": F.interview(
                    "Pat Lee", "2026-11-10", "thank_you: true", body: "## Leads\n\(first)\n- QA Chemist\n"),
            ]
        }
        let open = try Self.ids(files("- QA Chemist"), kind: .apply)
        try #require(open.count == 2)
        let second = try #require(open["interviews/i.md:8"])
        #expect(second == (try #require(open["interviews/i.md:7"])) + "-2")
        #expect(try Self.ids(files("- [x] QA Chemist"), kind: .apply) == ["interviews/i.md:8": second])
    }

    @Test("two reminders alike on two days: removing either keeps the other's id")
    func twoReminders() throws {
        func files(_ reminders: String...) -> [String: String] {
            [
                "contacts/pat-lee.md": "---\nname: Pat Lee\nremind:\n" + reminders.map { "  - \"\($0)\"\n" }.joined()
                    + "---\n"
            ]
        }
        let both = try Self.ids(files("2026-12-01 Call Pat", "2026-12-15 Call Pat"), kind: .reminder).values.sorted()
        try #require(Set(both).count == 2)
        let first = try Self.ids(files("2026-12-01 Call Pat"), kind: .reminder).values
        let second = try Self.ids(files("2026-12-15 Call Pat"), kind: .reminder).values
        #expect((Array(first) + Array(second)).sorted() == both)
    }
}
