import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// The rules triggered by interviews: thank-you, send-resume, apply, update, thank-referrer, prepare.
@Suite("Next steps after and before interviews")
struct InterviewRuleTests {
    static let nadia = ["contacts/nadia.md": F.contact("name: Nadia Rahman")]

    static func vault(_ interview: String, contact: String = F.contact("name: Nadia Rahman")) -> [String: String] {
        ["contacts/nadia.md": contact, "interviews/i.md": interview]
    }

    static let thankYouCases: [RuleCase] = [
        RuleCase(
            "held yesterday", today: "2026-11-18", vault(F.interview("Nadia Rahman", "2026-11-17")),
            ["2026-11-18 Nadia Rahman"]),
        RuleCase(
            "held earlier today", today: "2026-11-18", vault(F.interview("Nadia Rahman", "2026-11-18 09:00")),
            ["2026-11-19 Nadia Rahman"]),
        RuleCase("still to come", today: "2026-11-18", vault(F.interview("Nadia Rahman", "2026-11-19")), []),
        RuleCase(
            "thank_you date", today: "2026-11-18",
            vault(F.interview("Nadia Rahman", "2026-11-17", "thank_you: 2026-11-17")), []),
        RuleCase(
            "thank_you: true", today: "2026-11-18", vault(F.interview("Nadia Rahman", "2026-11-17", "thank_you: true")),
            []),
        RuleCase(
            "thanked only in the Log", today: "2026-11-18",
            vault(
                F.interview("Nadia Rahman", "2026-11-17"),
                contact: F.contact("name: Nadia Rahman", log: ["2026-11-17 thanked: by email"])),
            []),
        RuleCase(
            "thanked before the interview does not count", today: "2026-11-18",
            vault(
                F.interview("Nadia Rahman", "2026-11-17"),
                contact: F.contact("name: Nadia Rahman", log: ["2026-11-01 thanked: for replying"])),
            ["2026-11-18 Nadia Rahman"]),
        RuleCase(
            "cancelled", today: "2026-11-18", vault(F.interview("Nadia Rahman", "2026-11-17", "status: cancelled")), []),
        RuleCase(
            "no-show", today: "2026-11-18", vault(F.interview("Nadia Rahman", "2026-11-17", "status: no-show")), []),
        RuleCase(
            "postponed: not held", today: "2026-11-18",
            vault(F.interview("Nadia Rahman", "2026-11-17", "status: Postponed")), []),
        RuleCase(
            "rescheduled: not held", today: "2026-11-18",
            vault(F.interview("Nadia Rahman", "2026-11-17", "status: rescheduled")), []),
        // Session 33: a status with a remark after it was unknown, and the meeting held.
        RuleCase(
            "cancelled, with a remark: not held", today: "2026-11-18",
            vault(F.interview("Nadia Rahman", "2026-11-17", "status: Cancelled - rescheduled to Dec 10")), []),
        RuleCase(
            "no show, with a remark: not held", today: "2026-11-18",
            vault(F.interview("Nadia Rahman", "2026-11-17", "status: no show, she forgot")), []),
        RuleCase(
            "held, with a remark", today: "2026-11-18",
            vault(F.interview("Nadia Rahman", "2026-11-17", "status: held (great chat)")), ["2026-11-18 Nadia Rahman"]),
        RuleCase(
            "a group: one per person not yet thanked", today: "2026-11-18",
            [
                "contacts/ana.md": F.contact("name: Ana Pereira", log: ["2026-11-17 thanked"]),
                "contacts/leo.md": F.contact("name: Leo Marsh"),
                "interviews/i.md": F.interview("[Ana Pereira, Leo Marsh]", "2026-11-16"),
            ],
            ["2026-11-17 Leo Marsh"]),
        RuleCase(
            "thank_you_days from the config", today: "2026-11-18",
            vault(F.interview("Nadia Rahman", "2026-11-17")).merging([
                ".grapevine/config.yml": "cadence:\n  thank_you_days: 2\n"
            ]) { a, _ in a },
            ["2026-11-19 Nadia Rahman"]),
        RuleCase(
            "a person with no note yet", today: "2026-11-18",
            ["interviews/i.md": F.interview("Walt Pruitt", "2026-11-17")],
            ["2026-11-18 Walt Pruitt"]),
        RuleCase(
            "a name written in decomposed Unicode", today: "2026-11-18",
            [
                "contacts/jose.md": F.contact("name: José Núñez"),
                "interviews/i.md": F.interview("\"Jose\u{301} Nu\u{301}n\u{303}ez\"", "2026-11-05"),
            ],
            ["2026-11-06 José Núñez"]),
        RuleCase(
            "decomposed name, thanked in the Log", today: "2026-11-18",
            [
                "contacts/jose.md": F.contact("name: José Núñez", log: ["2026-11-05 thanked"]),
                "interviews/i.md": F.interview("\"Jose\u{301} Nu\u{301}n\u{303}ez\"", "2026-11-05"),
            ],
            []),
    ]

    @Test(arguments: thankYouCases)
    func thankYou(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .thankYou) == row.expected)
    }

    static let sendResumeCases: [RuleCase] = [
        RuleCase(
            "asked, not sent", today: "2026-11-18",
            vault(F.interview("Nadia Rahman", "2026-11-17", "resume_requested: true")), ["2026-11-18 Nadia Rahman"]),
        RuleCase("not asked", today: "2026-11-18", vault(F.interview("Nadia Rahman", "2026-11-17")), []),
        RuleCase(
            "resume_sent", today: "2026-11-18",
            vault(F.interview("Nadia Rahman", "2026-11-17", "resume_requested: true", "resume_sent: 2026-11-17")), []),
        RuleCase(
            "sent resume in the Log", today: "2026-11-18",
            vault(
                F.interview("Nadia Rahman", "2026-11-17", "resume_requested: true"),
                contact: F.contact("name: Nadia Rahman", log: ["2026-11-18 sent resume"])),
            []),
        RuleCase(
            "sent before the interview", today: "2026-11-18",
            vault(
                F.interview("Nadia Rahman", "2026-11-17", "resume_requested: true"),
                contact: F.contact("name: Nadia Rahman", log: ["2026-10-01 sent resume"])),
            ["2026-11-18 Nadia Rahman"]),
        RuleCase(
            "cancelled", today: "2026-11-18",
            vault(F.interview("Nadia Rahman", "2026-11-17", "resume_requested: true", "status: cancelled")), []),
    ]

    @Test(arguments: sendResumeCases)
    func sendResume(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .sendResume) == row.expected)
    }

    static let leads =
        "## Leads\n- [ ] Food scientist, req 4471\n- Intern (spring), not posted yet\n- [x] Panel technician\n"

    @Test func applyForEachOpenLead() throws {
        let steps = try F.details(
            Self.vault(F.interview("Nadia Rahman", "2026-11-17", body: Self.leads)), today: "2026-11-18", kind: .apply)
        #expect(steps.map(\.title) == ["Apply: Food scientist, req 4471", "Apply: Intern (spring), not posted yet"])
        #expect(
            steps.map { "\($0.due!) \($0.file):\($0.line)" } == [
                "2026-11-18 interviews/i.md:6", "2026-11-18 interviews/i.md:7",
            ])
    }

    @Test("items nested under a lead are its details, not leads: one apply step, one opening in the thank-you")
    func nestedItemsAreALeadsDetails() throws {
        let body =
            "## Leads\n- Data Analyst, req 123\n  - posted on their site, closes Dec 15\n  - [ ] ask [[Bo Chen]]\n"
            + "    - he knows the manager\n- [x] QA Lead\n  - applied 2026-11-10\n"
        let files = Self.vault(F.interview("Nadia Rahman", "2026-11-17", body: body))
        let step = try #require(try F.details(files, today: "2026-11-18", kind: .apply).only)
        #expect(step.title == "Apply: Data Analyst, req 123")
        #expect(
            step.details == [
                "Nadia Rahman told you about it on 2026-11-17.",
                "posted on their site, closes Dec 15; ask Bo Chen; he knows the manager",
            ])
        let thanks = try #require(try F.details(files, today: "2026-11-18", kind: .thankYou).only)
        #expect(thanks.details.contains("Say you would like to apply: Data Analyst, req 123."), "\(thanks.details)")
        let vault = try TemporaryVault.load(files)
        #expect(vault.notes.first { $0.path == "interviews/i.md" }?.interview?.leads.count == 2)
        // Nor are they tasks: the Leads section holds none.
        #expect(try F.details(files, today: "2026-11-18", kind: .task).isEmpty)
    }

    @Test("a lead whose due date followed 'closes': the step, the thank-you and done read it without the word")
    func aLeadThatCloses() throws {
        let body = "## Leads\n- [ ] Associate product developer posting, closes 📅 2026-11-20\n"
        let files = Self.vault(F.interview("Nadia Rahman", "2026-11-17", body: body))
        let step = try #require(try F.details(files, today: "2026-11-18", kind: .apply).only)
        #expect(step.title == "Apply: Associate product developer posting")
        #expect(step.due == LocalDate("2026-11-20"))
        let thanks = try #require(try F.details(files, today: "2026-11-18", kind: .thankYou).only)
        #expect(thanks.details.contains("Say you would like to apply: Associate product developer posting."))
        // `done` finds the item by the text the title shows, and ticks it.
        let note = "---\ncontact: Nadia Rahman\ndate: 2026-11-17\n---\n" + body
        let (_, line) = try ItemEdit(closing: step, .done(LocalDateTime(date: LocalDate(valid: "2026-11-18")))).edited(
            Array(note.utf8))
        #expect(line == "- [x] Associate product developer posting, closes 📅 2026-11-20")
    }

    @Test("a lead without nested items has no more details")
    func aLeadWithoutDetails() throws {
        let body = "## Leads\n- Data Analyst\n\n## Notes\n- a note\n  - nested in the note\n"
        let files = Self.vault(F.interview("Nadia Rahman", "2026-11-17", body: body))
        let step = try #require(try F.details(files, today: "2026-11-18", kind: .apply).only)
        #expect(step.details == ["Nadia Rahman told you about it on 2026-11-17."])
    }

    @Test("a lead that says 'apply' itself is its own title; the thank-you names the opening without the verb")
    func aLeadThatSaysApply() throws {
        let body = "## Leads\n- [ ] Apply to the QA Chemist opening\n- [ ] apply for: Intern\n- [ ] Applying, maybe\n"
        let files = Self.vault(F.interview("Nadia Rahman", "2026-11-17", body: body))
        let steps = try F.details(files, today: "2026-11-18", kind: .apply)
        #expect(
            steps.map(\.title) == [
                "Apply to the QA Chemist opening", "apply for: Intern", "Apply: Applying, maybe",
            ])
        let thanks = try #require(try F.details(files, today: "2026-11-18", kind: .thankYou).only)
        #expect(
            thanks.details.contains("Say you would like to apply: the QA Chemist opening; Intern; Applying, maybe."),
            "\(thanks.details)")
    }

    static let applyCases: [RuleCase] = [
        RuleCase(
            "still to come", today: "2026-11-18", vault(F.interview("Nadia Rahman", "2026-11-20", body: leads)), []),
        RuleCase(
            "cancelled", today: "2026-11-18",
            vault(F.interview("Nadia Rahman", "2026-11-17", "status: cancelled", body: leads)), []),
        RuleCase(
            "only checked leads", today: "2026-11-18",
            vault(F.interview("Nadia Rahman", "2026-11-17", body: "## Leads\n- [x] Done\n")), []),
    ]

    @Test(arguments: applyCases)
    func apply(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .apply) == row.expected)
    }

    static let updateCases: [RuleCase] = [
        RuleCase(
            "a month after", today: "2026-11-18", vault(F.interview("Nadia Rahman", "2026-10-14")),
            ["2026-11-13 Nadia Rahman"]),
        RuleCase(
            "update date", today: "2026-11-18", vault(F.interview("Nadia Rahman", "2026-10-14", "update: 2026-11-10")),
            []),
        RuleCase(
            "updated the same day does not count", today: "2026-11-18",
            vault(
                F.interview("Nadia Rahman", "2026-10-14"),
                contact: F.contact("name: Nadia Rahman", log: ["2026-10-14 updated"])),
            ["2026-11-13 Nadia Rahman"]),
        RuleCase(
            "updated after", today: "2026-11-18",
            vault(
                F.interview("Nadia Rahman", "2026-10-14"),
                contact: F.contact("name: Nadia Rahman", log: ["2026-11-12 updated: told her about Sam"])),
            []),
        RuleCase(
            "update_days from the config", today: "2026-11-18",
            vault(F.interview("Nadia Rahman", "2026-10-14")).merging([
                ".grapevine/config.yml": "cadence: {update_days: 21}\n"
            ]) { a, _ in a },
            ["2026-11-04 Nadia Rahman"]),
        RuleCase(
            "no-show", today: "2026-11-18", vault(F.interview("Nadia Rahman", "2026-10-14", "status: no-show")), []),
        // One update a person: a later meeting held supersedes an earlier one's step.
        RuleCase(
            "a later meeting supersedes", today: "2026-12-05",
            later(F.interview("Nadia Rahman", "2026-12-03")), ["2027-01-02 Nadia Rahman"]),
        RuleCase(
            "a later meeting the same day supersedes by path", today: "2026-12-05",
            later(F.interview("Nadia Rahman", "2026-11-20 17:00")), ["2026-12-20 Nadia Rahman"]),
        RuleCase(
            "the later meeting's update covers the earlier one", today: "2026-12-05",
            later(F.interview("Nadia Rahman", "2026-12-03", "update: 2026-12-04")), []),
        RuleCase(
            "the earlier meeting's update leaves the later one's", today: "2026-12-05",
            later(
                F.interview("Nadia Rahman", "2026-12-03"),
                first: F.interview("Nadia Rahman", "2026-11-20", "update: 2026-11-30")), ["2027-01-02 Nadia Rahman"]),
        RuleCase(
            "a later meeting cancelled supersedes nothing", today: "2026-12-05",
            later(F.interview("Nadia Rahman", "2026-12-03", "status: cancelled")), ["2026-12-20 Nadia Rahman"]),
        RuleCase(
            "a later meeting still to come supersedes nothing yet", today: "2026-12-02",
            later(F.interview("Nadia Rahman", "2026-12-03")), ["2026-12-20 Nadia Rahman"]),
        RuleCase(
            "a later group meeting supersedes for the person met again only", today: "2026-12-05",
            later(
                F.interview("[Nadia Rahman, Bo Kim]", "2026-12-03"),
                first: F.interview("[Nadia Rahman, Ana Pereira]", "2026-11-20")),
            ["2026-12-20 Ana Pereira", "2027-01-02 Nadia Rahman", "2027-01-02 Bo Kim"]),
    ]

    /// Nadia met in `first` (by default on 2026-11-20 at 16:00), then in `second`.
    static func later(_ second: String, first: String = F.interview("Nadia Rahman", "2026-11-20 16:00")) -> [String:
        String]
    {
        vault(first).merging(["interviews/j.md": second]) { a, _ in a }
    }

    @Test(arguments: updateCases)
    func update(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .update) == row.expected)
    }

    @Test func updateSaysWhatYouDidSince() throws {
        let files = [
            "contacts/maria.md": F.contact("name: Maria Lopez"),
            "contacts/sam.md": F.contact("name: Sam Reyes", log: ["2026-10-16 emailed"]),
            "interviews/a.md": F.interview(
                "Maria Lopez", "2026-10-14",
                body:
                    "## Referrals\n- [[Sam Reyes]]\n- Priya Shah at Acme\n## Resources\n- [x] The Flavor Book\n- [ ] A course\n"
            ),
            "interviews/b.md": F.interview("Sam Reyes", "2026-10-23", "thank_you: true", "update: 2026-11-01"),
            "contacts/zed.md": F.contact("name: Zed Ames"),
            "interviews/c.md": F.interview("Zed Ames", "2026-10-30", "thank_you: true", "update: 2026-11-01"),
        ]
        let step = try #require(
            F.details(files, today: "2026-11-18", kind: .update).first { $0.contact == "Maria Lopez" })
        #expect(
            step.details == [
                "You contacted the people they suggested: Sam Reyes (met on 2026-10-23).",
                "Not contacted yet: Priya Shah.", "You followed up on: The Flavor Book.",
            ])
    }

    /// Trial finding: the draft named Jess Moreno once since session 28, but the step still said
    /// "You contacted the people they suggested: Jess Moreno and Omar Haddad." and then "Thanks
    /// to them you have since talked to Jess Moreno and Kim Ro on 2026-10-20."
    @Test("the update step names someone they suggested whom you met since once, with the day")
    func updateStepNamesAMetReferralOnce() throws {
        let files = [
            "contacts/noah.md": F.contact("name: Noah Bell", "source: alumni", "added: 2026-10-01"),
            "contacts/jess.md": F.contact(
                "name: Jess Moreno", "referred_by: Noah Bell", "added: 2026-10-11", log: ["2026-10-12 emailed"]),
            "contacts/omar.md": F.contact(
                "name: Omar Haddad", "referred_by: Noah Bell", "added: 2026-10-11", log: ["2026-10-12 emailed"]),
            "contacts/kim.md": F.contact("name: Kim Ro", "source: meetup", "added: 2026-10-11"),
            "contacts/lee.md": F.contact(
                "name: Lee Park", "referred_by: Noah Bell", "added: 2026-10-11", log: ["2026-10-12 emailed"]),
            "interviews/n.md": F.interview("Noah Bell", "2026-10-10"),
            "interviews/j.md": F.interview("[\"[[Jess Moreno]]\", \"[[Kim Ro]]\"]", "2026-10-20"),
            "interviews/l1.md": F.interview("Lee Park", "2026-10-22"),
            "interviews/l2.md": F.interview("Lee Park", "2026-10-29"),
        ]
        let step = try #require(
            F.details(files, today: "2026-11-18", kind: .update).first { $0.contact == "Noah Bell" })
        #expect(
            step.details == [
                "You contacted the people they suggested: Jess Moreno (met on 2026-10-20), Lee Park (met on "
                    + "2026-10-22) and Omar Haddad.",
                "Thanks to them you have since talked to Kim Ro on 2026-10-20.",
            ])
    }

    @Test("one update for two meetings tells what you did since the first, in the step and in the draft")
    func updateCoversEarlierMeetings() throws {
        let files = [
            "contacts/amara.md": F.contact("name: Amara Okafor"),
            "contacts/karim.md": F.contact("name: Karim Benali"),
            "contacts/sarah.md": F.contact("name: Sarah Dunn", log: ["2026-11-24 emailed"]),
            "interviews/a.md": F.interview(
                "Amara Okafor", "2026-11-20", body: "## Referrals\n- [[Sarah Dunn]]\n## Resources\n- [x] A report\n"),
            "interviews/s.md": F.interview("Sarah Dunn", "2026-11-28"),
            "interviews/p.md": F.interview(
                "[Amara Okafor, Karim Benali]", "2026-12-03", body: "## Referrals\n- Nadia Sayed\n"),
        ]
        let steps = try F.details(files, today: "2026-12-05", kind: .update).filter { $0.contact == "Amara Okafor" }
        #expect(steps.map(\.file) == ["interviews/p.md"])
        #expect(
            steps.first?.details == [
                "One update for your meetings on 2026-11-20 and 2026-12-03.",
                "You contacted the people they suggested: Sarah Dunn (met on 2026-11-28).",
                "Not contacted yet: Nadia Sayed.", "You followed up on: A report.",
            ])
        let vault = try TemporaryVault.load(files)
        let today = LocalDate(valid: "2026-12-05")
        let amara = try vault.node("Amara Okafor")
        let latest = try #require(vault.lastHeldInterview(with: amara, today: today))
        let draft = try DraftComposer(vault: vault, today: today, templates: TemplateLibrary(vaultRoot: vault.root))
            .draft(.update, to: amara, interview: latest)
        #expect(
            draft.contains("I got in touch with Sarah Dunn (we met on Saturday, 28 November), as you suggested."),
            "\(draft)")
        // Trial 29: the draft said "When we talked on Thursday, 3 December" and then told of a
        // meeting on 28 November "since we talked"; it names both days, as the step does.
        #expect(
            draft.contains("When we talked on Friday, 20 November and on Thursday, 3 December, you gave"), "\(draft)")
        #expect(!draft.contains("Since we talked I have met"), "\(draft)")
    }

    static let referrals = [
        "contacts/ana.md": F.contact("name: Ana Pereira"),
        "contacts/nadia.md": F.contact("name: Nadia Rahman", "referred_by: Ana Pereira"),
    ]

    /// Ana referred Nadia, plus `files`.
    static func referred(_ files: [String: String]) -> [String: String] {
        referrals.merging(files) { _, new in new }
    }

    static let thankReferrerCases: [RuleCase] = [
        RuleCase(
            "met the referral", today: "2026-11-18",
            referred(["interviews/i.md": F.interview("Nadia Rahman", "2026-11-17")]),
            ["2026-11-24 Ana Pereira"]),
        RuleCase(
            "not met yet", today: "2026-11-18",
            referred(["interviews/i.md": F.interview("Nadia Rahman", "2026-11-20")]), []),
        RuleCase(
            "referrer thanked on the day", today: "2026-11-18",
            referred([
                "interviews/i.md": F.interview("Nadia Rahman", "2026-11-17"),
                "contacts/ana.md": F.contact("name: Ana Pereira", log: ["2026-11-17 thanked: told her I met Nadia"]),
            ]),
            []),
        RuleCase(
            "referrer updated after", today: "2026-11-25",
            referred([
                "interviews/i.md": F.interview("Nadia Rahman", "2026-11-17"),
                "contacts/ana.md": F.contact("name: Ana Pereira", log: ["2026-11-20 updated"]),
            ]),
            []),
        RuleCase(
            "referrer thanked before the interview", today: "2026-11-18",
            referred([
                "interviews/i.md": F.interview("Nadia Rahman", "2026-11-17"),
                "contacts/ana.md": F.contact("name: Ana Pereira", log: ["2026-11-01 thanked: for the name"]),
            ]),
            ["2026-11-24 Ana Pereira"]),
        RuleCase(
            "a referral from a Referrals section", today: "2026-11-18",
            [
                "contacts/ana.md": F.contact("name: Ana Pereira"),
                "contacts/nadia.md": F.contact("name: Nadia Rahman"),
                "interviews/a.md": F.interview(
                    "Ana Pereira", "2026-10-21", "thank_you: true", body: "## Referrals\n- [[Nadia Rahman]]\n"),
                "interviews/n.md": F.interview("Nadia Rahman", "2026-11-17"),
            ],
            ["2026-11-24 Ana Pereira"]),
        RuleCase(
            "a referrer with no note yet", today: "2026-11-18",
            [
                "contacts/nadia.md": F.contact("name: Nadia Rahman", "referred_by: Dana Fox"),
                "interviews/i.md": F.interview("Nadia Rahman", "2026-11-17"),
            ],
            ["2026-11-24 Dana Fox"]),
        RuleCase(
            "you found them yourself", today: "2026-11-18",
            [
                ".grapevine/config.yml": "owner: Alex Kim\n",
                "contacts/nadia.md": F.contact("name: Nadia Rahman", "referred_by: Alex Kim"),
                "interviews/i.md": F.interview("Nadia Rahman", "2026-11-17"),
            ],
            []),
    ]

    @Test(arguments: thankReferrerCases)
    func thankReferrer(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .thankReferrer) == row.expected)
    }

    /// Priya referred Tom, met on the 20th alone and on the 23rd with Kai Lee, plus `files`.
    static func metTwice(_ files: [String: String] = [:]) -> [String: String] {
        [
            "contacts/priya.md": F.contact("name: Priya Shah"),
            "contacts/tom.md": F.contact("name: Tom Baker", "referred_by: Priya Shah", "added: 2026-11-05"),
            "contacts/kai.md": F.contact("name: Kai Lee", "added: 2026-11-05"),
            "interviews/tom-call.md": F.interview("Tom Baker", "2026-11-20"),
            "interviews/2026-11-23-impossible-lab.md": F.interview("[Kai Lee, Tom Baker]", "2026-11-23"),
        ].merging(files) { $1 }
    }

    static let thankReferrerOnceCases: [RuleCase] = [
        RuleCase(
            "met the referral twice: told once, from the first meeting", today: "2026-11-23", metTwice(),
            ["2026-11-27 Priya Shah"]),
        RuleCase(
            "told between the two meetings: the second does not bring it back", today: "2026-11-23",
            metTwice([
                "contacts/priya.md": F.contact("name: Priya Shah", log: ["2026-11-21 thanked: told her about Tom"])
            ]),
            []),
        RuleCase(
            "skipped after the first meeting: the second does not bring it back", today: "2026-11-30",
            metTwice(["contacts/priya.md": F.contact("name: Priya Shah", log: ["2026-11-21 skipped thank-referrer"])]),
            []),
        RuleCase(
            "the first meeting called off: told from the one held", today: "2026-11-23",
            metTwice(["interviews/tom-call.md": F.interview("Tom Baker", "2026-11-20", "status: cancelled")]),
            ["2026-11-30 Priya Shah"]),
        RuleCase(
            "the referrer was at the first meeting: nothing to tell after a later one", today: "2026-11-23",
            metTwice(["interviews/tom-call.md": F.interview("[Tom Baker, Priya Shah]", "2026-11-20")]),
            []),
    ]

    @Test(arguments: thankReferrerOnceCases)
    func thankReferrerOnce(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .thankReferrer) == row.expected)
    }

    /// Session 31: Priya gave you Tom and Kai, met on the 20th and on the 23rd (or together):
    /// `next` said twice to tell Priya, once a name. It is one step, as `contact-referral` is
    /// one a person: the earliest meeting's (its due date, file and id), naming both; a
    /// `thanked` entry between the meetings leaves only the later one to tell.
    @Test(
        "two referrals of one person met: one step to tell them, naming both",
        arguments: [
            (
                "2026-11-23", "2026-11-23", [String](), "Tom Baker and Kai Lee",
                "on 2026-11-20 and Kai Lee on 2026-11-23"
            ),
            (
                "2026-11-20", "2026-11-20", [], "Kai Lee and Tom Baker",
                "Kai Lee on 2026-11-20 and Tom Baker on 2026-11-20"
            ),
            (
                "2026-11-23", "2026-11-23", ["2026-11-21 thanked: told her about Tom"], "Kai Lee",
                "you met on 2026-11-23"
            ),
        ])
    func thankReferrerForTwo(kaiMet: String, today: String, log: [String], named: String, said: String) throws {
        let files = [
            "contacts/priya.md": F.contact("name: Priya Shah", log: log),
            "contacts/tom.md": F.contact("name: Tom Baker", "referred_by: Priya Shah", "added: 2026-11-05"),
            "contacts/kai.md": F.contact("name: Kai Lee", "referred_by: Priya Shah", "added: 2026-11-05"),
            "interviews/tom-call.md": F.interview("Tom Baker", "2026-11-20"),
            "interviews/kai-call.md": F.interview("Kai Lee", kaiMet),
        ]
        let steps = try F.details(files, today: today, kind: .thankReferrer)
        try #require(steps.count == 1, "\(steps.map(\.title))")
        #expect(steps[0].title == "Tell Priya Shah that you met \(named)")
        #expect(steps[0].details.first?.contains(said) == true, "\(steps[0].details)")
        let first = log.isEmpty && kaiMet == "2026-11-23" ? "interviews/tom-call.md" : nil
        if let first {
            #expect(steps[0].file == first && steps[0].due == LocalDate(valid: "2026-11-27"))
            #expect(steps[0].since == LocalDate(valid: "2026-11-23"))
        }
    }

    @Test("a referrer without a note: the step says to create it first; once thanked there, no reach-out")
    func thankReferrerWithoutANote() throws {
        let files = [
            "contacts/mary.md": F.contact(
                "name: Mary OBrien", "referred_by: Carla Díaz", "added: 2026-11-10",
                log: ["2026-11-11 emailed", "2026-11-12 replied"]),
            "interviews/i.md": F.interview("Mary OBrien", "2026-11-20", "thank_you: 2026-11-20"),
        ]
        var vault = try TemporaryVault.load(files)
        let step = try #require(
            NextStepEngine(vault: vault, today: LocalDate(valid: "2026-12-05")).steps().first {
                $0.kind == .thankReferrer
            })
        #expect(step.details.contains(#"No note yet: grapevine new contact "Carla Díaz""#))
        #expect(step.howToClose.hasPrefix("close: create the note (above), then grapevine done"))
        vault = try TemporaryVault.load(
            files.merging([
                "contacts/carla-diaz.md": F.contact(
                    "name: Carla Díaz", "added: 2026-12-05", log: ["2026-12-05 thanked"])
            ]) { $1 })
        let kinds = NextStepEngine(vault: vault, today: LocalDate(valid: "2026-12-05")).steps().map(\.kind)
        #expect(!kinds.contains(.thankReferrer) && !kinds.contains(.reachOut), "\(kinds)")
    }

    @Test("a thank-you or update dated before the interview is a warning, and closes nothing")
    func sentBeforeTheMeeting() throws {
        // Trial 27: Jess's note was copied from Noah's and kept his `thank_you: 2026-11-06`; she
        // was never thanked and `next` said nothing. SPEC §3: a thank-you on or after the interview.
        let files = [
            "contacts/nadia.md": F.contact("name: Nadia Rahman"),
            "interviews/i.md": F.interview(
                "Nadia Rahman", "2026-11-20", "thank_you: 2026-10-21", "update: 2026-11-20"),
        ]
        let vault = try TemporaryVault.load(files)
        #expect(
            vault.diagnostics.map { "\($0.severity) \($0.line): \($0.message)" } == [
                "warning 4: 'thank_you' is dated 2026-10-21, before the interview on 2026-11-20, so it is not counted as sent"
            ])
        let step = try #require(F.details(files, today: "2026-12-05", kind: .thankYou).only)
        #expect(step.due == LocalDate(valid: "2026-11-21"))
        #expect(
            step.details.contains(
                "'thank_you: 2026-10-21' in the note is before the meeting, so it is not counted: if you did thank "
                    + "them, write the day you did; if it came from a copied note, remove it."))
        // The same day is on or after it: the update is sent.
        #expect(try F.steps(files, today: "2026-12-25", kind: .update) == [])
    }

    @Test("a thank_you or update written in a form not read keeps its step open, and the step says what to write")
    func sentNotRead() throws {
        // A tired user's `thank_you: 12/3`: the step was "4 days late" with nothing said of it.
        let files = [
            "contacts/nadia.md": F.contact("name: Nadia Rahman"),
            "interviews/i.md": F.interview("Nadia Rahman", "2026-12-02", "thank_you: 12/3", "update: Jan 5"),
        ]
        // `check` has the errors: the fixture's helpers, which want none, are not used.
        let vault = try TemporaryVault.load(files)
        func steps(_ today: String, _ kind: NextStep.Kind) -> [NextStep] {
            NextStepEngine(vault: vault, today: LocalDate(valid: today)).steps().filter { $0.kind == kind }
        }
        let thanks = try #require(steps("2026-12-07", .thankYou).only)
        #expect(
            thanks.details.contains(
                "'thank_you: 12/3' in the note is not read, so it does not close this step: write it as "
                    + "'2026-12-03' (or '2027-03-12' if the day comes first)."), "\(thanks.details)")
        let update = try #require(steps("2027-01-10", .update).only)
        #expect(
            update.details.contains {
                $0.hasPrefix(
                    "'update: Jan 5' in the note is not read, so it does not close this step: write it as '2027-01-05'")
            },
            "\(update.details)")
        let resumeFiles = files.merging([
            "interviews/i.md": F.interview(
                "Nadia Rahman", "2026-12-02", "thank_you: 2026-12-03", "resume_requested: true", "resume_sent: 12/4")
        ]) { $1 }
        let resume = try #require(
            NextStepEngine(vault: try TemporaryVault.load(resumeFiles), today: LocalDate(valid: "2026-12-07")).steps()
                .first { $0.kind == .sendResume })
        #expect(
            resume.details.contains {
                $0.hasPrefix(
                    "'resume_sent: 12/4' in the note is not read, so it does not close this step: write it as '2026-12-04'"
                )
            }, "\(resume.details)")
        // Read, it closes the step and nothing is said.
        let fixed = ["interviews/i.md": F.interview("Nadia Rahman", "2026-12-02", "thank_you: 2026-12-03")]
        #expect(try F.steps(files.merging(fixed) { $1 }, today: "2026-12-07", kind: .thankYou) == [])
    }

    @Test(
        "an update dated before the interview is asked for again, saying why",
        arguments: [("update: 2026-11-05", true), ("update: 2026-11-21", false), ("update: true", false)])
    func updateSentBeforeTheMeeting(field: String, asked: Bool) throws {
        let files = Self.vault(F.interview("Nadia Rahman", "2026-11-20", "thank_you: 2026-11-20", field))
        let steps = try F.details(files, today: "2026-12-25", kind: .update)
        #expect(steps.map(\.contact) == (asked ? ["Nadia Rahman"] : []))
        #expect(
            steps.allSatisfy {
                $0.details.last?.hasPrefix("'update: 2026-11-05' in the note is before the meeting") == true
            })
    }

    @Test("show does not call a meeting thanked by a thank_you dated before it")
    func dossierLeavesOutAThankYouBeforeTheMeeting() throws {
        let files = Self.vault(F.interview("Nadia Rahman", "2026-11-19", "thank_you: 2026-11-06"))
        let vault = try TemporaryVault.load(files)
        let dossier = DossierBuilder(vault: vault, today: LocalDate(valid: "2026-12-07"))
            .dossier(for: try vault.node("Nadia Rahman"))
        #expect(dossier.interviews.map(\.thankYou) == [nil])
    }

    @Test("a lead, task or referral crossed out or saying there is none makes no step")
    func noneAndCrossedOut() throws {
        let files = [
            "contacts/hal.md": F.contact("name: Hal Host"),
            "interviews/i.md": F.interview(
                "Hal Host", "2026-11-20", "thank_you: 2026-11-20",
                body: "## Referrals\n- None\n\n## Leads\n- None yet\n- n/a\n- ~~Data Engineer~~ (filled)\n"
                    + "- QA Chemist\n\n## Next steps\n- [ ] ~~Call the recruiter~~ not needed\n- [ ] Send the deck\n"),
        ]
        #expect(try F.details(files, today: "2026-12-05", kind: .apply).map(\.title) == ["Apply: QA Chemist"])
        #expect(try F.details(files, today: "2026-12-05", kind: .task).map(\.title) == ["Send the deck"])
        #expect(try F.details(files, today: "2026-12-05", kind: .contactReferral).isEmpty)
    }

    static let agenda = "## Agenda\n- [ ] How did you start?\n- [ ] A typical day?\n- [ ] Who else?\n"
    static let prepared = [
        "pitch.md": "---\ntype: pitch\n---\nI taught chemistry for nine years.\n",
        "organizations/acme.md": "---\nname: Acme\n---\n## Research\nMakes cereal.\n",
        "contacts/nadia.md": F.contact("name: Nadia Rahman", "organization: Acme"),
    ]

    static func prepareVault(_ interview: String, without: String? = nil, _ more: [String: String] = [:]) -> [String:
        String]
    {
        var files = prepared.merging(more) { _, b in b }
        files["interviews/i.md"] = interview
        if let without { files[without] = nil }
        return files
    }

    static let prepareCases: [RuleCase] = [
        RuleCase(
            "fully prepared", today: "2026-11-18",
            prepareVault(F.interview("Nadia Rahman", "2026-11-20", body: agenda)), []),
        RuleCase(
            "two questions", today: "2026-11-18",
            prepareVault(F.interview("Nadia Rahman", "2026-11-20", body: "## Agenda\n- [ ] A?\n- [ ] B?\n")),
            ["2026-11-19 Nadia Rahman"]),
        RuleCase(
            "no pitch", today: "2026-11-18",
            prepareVault(F.interview("Nadia Rahman", "2026-11-20", body: agenda), without: "pitch.md"),
            ["2026-11-19 Nadia Rahman"]),
        RuleCase(
            "empty Research", today: "2026-11-18",
            prepareVault(
                F.interview("Nadia Rahman", "2026-11-25", body: agenda),
                ["organizations/acme.md": "---\nname: Acme\n---\n## Research\n"]),
            ["2026-11-24 Nadia Rahman"]),
        RuleCase(
            "more than 7 days ahead", today: "2026-11-18", prepareVault(F.interview("Nadia Rahman", "2026-11-26")), []),
        RuleCase(
            "exactly 7 days ahead", today: "2026-11-18", prepareVault(F.interview("Nadia Rahman", "2026-11-25")),
            ["2026-11-24 Nadia Rahman"]),
        RuleCase(
            "today is too late", today: "2026-11-18", prepareVault(F.interview("Nadia Rahman", "2026-11-18 16:00")), []),
        RuleCase(
            "cancelled", today: "2026-11-18",
            prepareVault(F.interview("Nadia Rahman", "2026-11-20", "status: cancelled")), []),
    ]

    @Test(arguments: prepareCases)
    func prepare(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .prepare) == row.expected)
    }

    /// Trial E, finding 7: the day's step says where to be and how to join, as `export ics` does.
    @Test(
        "an interview step says where it is and the link to join",
        arguments: [
            (["location: Acme HQ lobby"], "", ["Where: Acme HQ lobby"]),
            (["link: https://zoom.us/j/123456"], "", ["Join: https://zoom.us/j/123456"]),
            (["location: https://zoom.us/j/1"], "", ["Join: https://zoom.us/j/1"]),
            (
                ["location: Room 4", "url: https://meet.google.com/abc"], "",
                ["Where: Room 4", "Join: https://meet.google.com/abc"]
            ),
            ([], "Join at <https://us02web.zoom.us/j/9>.\n", ["Join: https://us02web.zoom.us/j/9"]),
            ([], "", []),
        ] as [([String], String, [String])])
    func interviewStepSaysWhereAndHowToJoin(frontMatter: [String], body: String, expected: [String]) throws {
        var interview = "---\ncontact: Nadia Rahman\ndate: 2026-11-20 10:00\nmode: video\n"
        interview += frontMatter.map { $0 + "\n" }.joined() + "---\n" + body
        let step = try #require(
            try F.details(Self.vault(interview), today: "2026-11-18", kind: .interview).only)
        #expect(step.details.filter { $0.hasPrefix("Where: ") || $0.hasPrefix("Join: ") } == expected)
    }

    /// Session 33: `organization: ACME` beside the note of Acme Corp, which has research, gave
    /// "Missing: research on ACME", and the prep sheet "No research yet".
    @Test func prepareNamesTheLookAlikeOrganization() throws {
        let files = Self.prepareVault(
            F.interview("Nadia Rahman", "2026-11-20", body: Self.agenda),
            [
                "contacts/nadia.md": F.contact("name: Nadia Rahman", "organization: ACME Inc"),
                "organizations/acme.md": "---\nname: Acme Corp\n---\n## Research\nMakes cereal.\n",
            ])
        let step = try #require(F.details(files, today: "2026-11-18", kind: .prepare).only)
        #expect(
            step.details.first
                == "Missing: research on ACME Inc (no note of that name; if it is Acme Corp, organizations/acme.md, "
                + "write 'Acme Corp' as the organization, or add 'ACME Inc' to its aliases).")
    }

    @Test func prepareSaysWhatIsMissing() throws {
        let files = Self.prepareVault(
            F.interview("Nadia Rahman", "2026-11-20", body: "## Agenda\n- [ ] A?\n"), without: "pitch.md",
            ["organizations/acme.md": "---\nname: Acme\n---\n"])
        let step = try #require(F.details(files, today: "2026-11-18", kind: .prepare).only)
        #expect(
            step.details.first
                == "Missing: an agenda of 3 or more questions (you have 1); research on Acme; your pitch (a note with type: pitch)."
        )
    }
}
