import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// What a thank-you says about the people the person met suggested: each name, with what came
/// of it, as the `thank-you` step lists them. The `thanked` entry logged after sending it also
/// closes `thank-referrer`, so it must not say "I will mention your name" of someone met.
@Suite("Drafts: the names in a thank-you")
struct ThankYouDraftTests {
    /// Tomás named Karim (met since), Lea (written to since), Marc (written to before) and Ana
    /// (not contacted yet) on 2026-12-01.
    static let files: [String: String] = [
        "contacts/tomas.md": F.contact("name: Tomás Ortega", "added: 2026-11-14", log: ["2026-11-16 emailed"]),
        "contacts/karim.md": F.contact(
            "name: Karim Benali", "referred_by: Tomás Ortega", "added: 2026-12-02",
            log: ["2026-12-02 emailed: mentioned Tomás"]),
        "contacts/lea.md": F.contact("name: Lea Roy", "added: 2026-12-02", log: ["2026-12-02 called"]),
        "contacts/marc.md": F.contact("name: Marc Dubé", "added: 2026-10-28", log: ["2026-10-30 emailed"]),
        "interviews/t.md": F.interview(
            "Tomás Ortega", "2026-12-01",
            body: "## Referrals\n- [[Karim Benali]]\n- [[Lea Roy]]\n- [[Marc Dubé]]\n- Ana Silva, design\n"),
        "interviews/k.md": F.interview("Karim Benali", "2026-12-03"),
    ]

    static func draft(_ files: [String: String], to name: String, today: String) throws -> (String, [String: Any]) {
        let vault = try TemporaryVault.load(files)
        let day = LocalDate(valid: today)
        let composer = DraftComposer(vault: vault, today: day, templates: TemplateLibrary(vaultRoot: vault.root))
        let person = try vault.node(name)
        let index = try #require(vault.lastHeldInterview(with: person, today: day))
        return (
            try composer.draft(.thankYou, to: person, interview: index),
            composer.values(.thankYou, to: person, interview: index)
        )
    }

    @Test("someone met is said to be met, someone written to is not promised a mention, the others are")
    func whatCameOfEachName() throws {
        let (text, values) = try Self.draft(Self.files, to: "Tomás Ortega", today: "2026-12-05")
        #expect(
            text.contains(
                "Thank you also for suggesting I talk to Karim Benali, Lea Roy, Marc Dubé and Ana Silva. "
                    + "I met Karim Benali on Thursday, 3 December. I have already reached out to Lea Roy and "
                    + "Marc Dubé. I will mention your name when I get in touch with Ana Silva.\n"), "\(text)")
        #expect(values["referrals_list"] as? String == "Ana Silva")
        #expect(values["some_contacted"] as? Bool == true)
    }

    @Test("the finding: Karim met two days after Tomás named him is not someone to mention Tomás to")
    func metReferralIsNotPromised() throws {
        var files = Self.files
        files["interviews/t.md"] = F.interview(
            "Tomás Ortega", "2026-12-01", body: "## Referrals\n- [[Karim Benali]]\n")
        let (text, _) = try Self.draft(files, to: "Tomás Ortega", today: "2026-12-05")
        #expect(!text.contains("mention your name"), "\(text)")
        #expect(text.contains("I met Karim Benali on Thursday, 3 December."), "\(text)")
    }

    @Test("before anyone was contacted, the mention is promised for all, in one sentence")
    func noneContactedYet() throws {
        let (text, values) = try Self.draft(Self.files, to: "Tomás Ortega", today: "2026-12-01")
        #expect(
            text.contains(
                "Thank you also for suggesting I talk to Karim Benali, Lea Roy, Marc Dubé and Ana Silva. I have "
                    + "already reached out to Marc Dubé. I will mention your name when I get in touch with Karim "
                    + "Benali, Lea Roy and Ana Silva.\n"), "\(text)")
        #expect(values["met_list"] == nil)
        var fresh = Self.files
        fresh["contacts/marc.md"] = F.contact("name: Marc Dubé")
        let (alone, _) = try Self.draft(fresh, to: "Tomás Ortega", today: "2026-12-01")
        #expect(
            alone.contains(
                "Thank you also for suggesting I talk to Karim Benali, Lea Roy, Marc Dubé and Ana Silva. I will "
                    + "mention your name when I get in touch.\n"), "\(alone)")
    }

    @Test("the draft thanks for the names the thank-you step lists, a name reached before the interview too")
    func sameNamesAsTheStep() throws {
        let step = try #require(try F.details(Self.files, today: "2026-12-05", kind: .thankYou).first)
        #expect(
            step.details.contains(
                "Thank them for the names: Karim Benali (met on 2026-12-03), Lea Roy (reached out on 2026-12-02), "
                    + "Marc Dubé (reached out on 2026-10-30) and Ana Silva."), "\(step.details)")
        let (_, values) = try Self.draft(Self.files, to: "Tomás Ortega", today: "2026-12-05")
        #expect(values["suggested"] as? [String] == ["Karim Benali", "Lea Roy", "Marc Dubé", "Ana Silva"])
    }

    @Test("a meeting later than today, or a met entry, says met; a Log entry after today has not happened")
    func metByTheLogAndNotYet() throws {
        var files = Self.files
        files["interviews/k.md"] = F.interview("Karim Benali", "2026-12-09")
        files["contacts/lea.md"] = F.contact("name: Lea Roy", log: ["2026-12-04 met: coffee", "2026-12-08 emailed"])
        files["contacts/marc.md"] = F.contact("name: Marc Dubé", log: ["2026-12-08 emailed"])
        let (text, _) = try Self.draft(files, to: "Tomás Ortega", today: "2026-12-05")
        #expect(text.contains("I met Lea Roy yesterday. I have already reached out to Karim Benali."), "\(text)")
        #expect(text.contains("I will mention your name when I get in touch with Marc Dubé and Ana Silva."), "\(text)")
    }

    @Test("in a group, each is thanked for the names credited to them")
    func group() throws {
        let files: [String: String] = [
            "contacts/ana.md": F.contact("name: Ana Lee"),
            "contacts/bo.md": F.contact("name: Bo Kim"),
            "contacts/cy.md": F.contact("name: Cy Day", "referred_by: Bo Kim", log: ["2026-12-02 emailed"]),
            "interviews/g.md": F.interview(
                "[Ana Lee, Bo Kim]", "2026-12-01", body: "## Referrals\n- [[Cy Day]]\n- Di Fox\n"),
        ]
        let (ana, _) = try Self.draft(files, to: "Ana Lee", today: "2026-12-03")
        #expect(ana.contains("suggesting I talk to Di Fox. I will mention your name when I get in touch.\n"), "\(ana)")
        let (bo, _) = try Self.draft(files, to: "Bo Kim", today: "2026-12-03")
        #expect(bo.contains("suggesting I talk to Cy Day and Di Fox. I have already reached out to Cy Day."), "\(bo)")
    }

    /// Trial 29: "Thank you also for suggesting I talk to Ahmed El-Sayed. I have already reached
    /// out to Ahmed El-Sayed." Everyone suggested reached already is not named twice.
    @Test("everyone suggested reached already: not named again")
    func allReached() throws {
        let files: [String: String] = [
            "contacts/joost.md": F.contact("name: Joost van der Berg"),
            "contacts/ahmed.md": F.contact(
                "name: Ahmed El-Sayed", "referred_by: Joost van der Berg", log: ["2026-11-20 emailed"]),
            "contacts/lea.md": F.contact("name: Lea Roy", log: ["2026-11-21 emailed"]),
            "interviews/j.md": F.interview(
                "Joost van der Berg", "2026-11-18", body: "## Referrals\n- [[Ahmed El-Sayed]]\n"),
        ]
        let (one, _) = try Self.draft(files, to: "Joost van der Berg", today: "2026-12-07")
        #expect(
            one.contains("Thank you also for suggesting I talk to Ahmed El-Sayed. I have already reached out.\n"),
            "\(one)")
        var two = files
        two["interviews/j.md"] = F.interview(
            "Joost van der Berg", "2026-11-18", body: "## Referrals\n- [[Ahmed El-Sayed]]\n- [[Lea Roy]]\n")
        let (both, _) = try Self.draft(two, to: "Joost van der Berg", today: "2026-12-07")
        #expect(
            both.contains(
                "suggesting I talk to Ahmed El-Sayed and Lea Roy. I have already reached out to each of them.\n"),
            "\(both)")
    }

    @Test("an opening whose deadline has passed is not one the thank-you says you would like to apply for")
    func closedOpening() throws {
        let files: [String: String] = [
            "contacts/maria.md": F.contact("name: Maria Lopez", "added: 2026-11-01", log: ["2026-11-01 emailed"]),
            "interviews/i.md": F.interview(
                "Maria Lopez", "2026-11-03",
                body: "## Leads\n- [ ] Analytics Engineer at Harbor Labs, apply by 2026-11-05\n"
                    + "- [ ] Data Engineer at Harbor Labs, apply by 2026-11-30\n"),
        ]
        for (today, expected) in [
            ("2026-11-04", ["Analytics Engineer at Harbor Labs", "Data Engineer at Harbor Labs"]),
            ("2026-11-05", ["Analytics Engineer at Harbor Labs", "Data Engineer at Harbor Labs"]),
            ("2026-11-09", ["Data Engineer at Harbor Labs"]),
        ] {
            let (text, _) = try Self.draft(files, to: "Maria Lopez", today: today)
            let offersClosed = expected.contains("Analytics Engineer at Harbor Labs")
            #expect(text.contains("Analytics Engineer") == offersClosed, "\(today)")
            #expect(text.contains("Data Engineer at Harbor Labs"), "\(today): \(text)")
            let step = try #require(try F.details(files, today: today, kind: .thankYou).only)
            #expect(
                step.details.contains("Say you would like to apply: \(expected.joined(separator: "; "))."),
                "\(today): \(step.details)")
        }
    }

    @Test("after search_ended, a thank-you asks to apply for no opening, as the step does not")
    func noOpeningAfterTheSearch() throws {
        var files = Self.files
        files["interviews/t.md"] = F.interview(
            "Tomás Ortega", "2026-12-01", body: "## Leads\n- Data Analyst II at Acme, apply by 2026-12-20\n")
        let (open, _) = try Self.draft(files, to: "Tomás Ortega", today: "2026-12-05")
        #expect(open.contains("I would also like to apply for the opening you mentioned: Data Analyst II"), "\(open)")
        files[".grapevine/config.yml"] = "search_ended: 2026-12-04\n"
        let (ended, values) = try Self.draft(files, to: "Tomás Ortega", today: "2026-12-05")
        #expect(!ended.contains("apply"), "\(ended)")
        #expect(values["openings"] == nil)
        #expect(values["search_ended"] as? String == "yesterday")
    }
}
