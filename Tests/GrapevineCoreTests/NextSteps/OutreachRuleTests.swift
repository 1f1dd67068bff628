import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// The rules about reaching people: contact-referral, reach-out, try-another (3B), follow-up and
/// move-on (7B), schedule, stay-in-touch. 2026-11-18 is a Wednesday.
@Suite("Next steps for reaching people")
struct OutreachRuleTests {
    static func person(_ name: String, _ log: [String], organization: String? = "Northfork Co-op", added: String? = nil)
        -> String
    {
        var lines = ["name: \(name)"]
        if let organization { lines.append("organization: \(organization)") }
        if let added { lines.append("added: \(added)") }
        return "---\n" + lines.map { $0 + "\n" }.joined() + "---\n## Log\n" + log.map { "- \($0)\n" }.joined()
    }

    static let contactReferralCases: [RuleCase] = [
        RuleCase(
            "named in an interview, no note yet", today: "2026-11-18",
            [
                "contacts/jose.md": F.contact("name: José Núñez"),
                "interviews/i.md": F.interview(
                    "José Núñez", "2026-11-05", "thank_you: true",
                    body: "## Referrals\n- Priya Shah, who runs QA at Acme\n"),
            ],
            ["2026-11-08 Priya Shah"]),
        RuleCase(
            "referred_by, dated by added", today: "2026-11-18",
            [
                "contacts/ana.md": F.contact("name: Ana"),
                "contacts/leo.md": F.contact("name: Leo", "referred_by: Ana", "added: 2026-11-10"),
            ],
            ["2026-11-13 Leo"]),
        RuleCase(
            "no date at all", today: "2026-11-18",
            ["contacts/ana.md": F.contact("name: Ana"), "contacts/leo.md": F.contact("name: Leo", "referred_by: Ana")],
            ["- Leo"]),
        RuleCase(
            "emailed after the referral", today: "2026-11-18",
            [
                "contacts/ana.md": F.contact("name: Ana"),
                "contacts/leo.md": F.contact(
                    "name: Leo", "referred_by: Ana", "added: 2026-11-10", log: ["2026-11-11 emailed"]),
            ],
            []),
        RuleCase(
            "emailed before the referral", today: "2026-11-18",
            [
                "contacts/ana.md": F.contact("name: Ana"),
                "contacts/leo.md": F.contact(
                    "name: Leo", "referred_by: Ana", "added: 2026-11-10", log: ["2026-09-01 emailed"]),
            ],
            // SPEC §2.5: you had reached Leo before Ana named him; that is not how you reached him.
            []),
        RuleCase(
            "already met", today: "2026-11-18",
            [
                "contacts/ana.md": F.contact("name: Ana"),
                "contacts/leo.md": F.contact("name: Leo", "referred_by: Ana", "added: 2026-11-10"),
                "interviews/i.md": F.interview("Leo", "2026-11-12", "thank_you: true"),
            ],
            []),
        RuleCase(
            "a referral by you is not one", today: "2026-11-18",
            [
                ".grapevine/config.yml": "owner: Alex Kim\n",
                "contacts/leo.md": F.contact("name: Leo", "referred_by: Alex Kim", "added: 2026-11-10"),
            ],
            []),
    ]

    @Test(arguments: contactReferralCases)
    func contactReferral(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .contactReferral) == row.expected)
    }

    @Test func aReferralWithNoNotePointsAtWhereItWasWritten() throws {
        let files = [
            "contacts/jose.md": F.contact("name: José Núñez"),
            "interviews/i.md": F.interview(
                "José Núñez", "2026-11-05", body: "## Notes\nGreat talk.\n\n## Referrals\n- Priya Shah, QA\n"),
        ]
        let step = try #require(F.details(files, today: "2026-11-18", kind: .contactReferral).only)
        #expect("\(step.file):\(step.line)" == "interviews/i.md:9")
        #expect(step.title == "Contact Priya Shah, referred by José Núñez")
        #expect(step.details.contains("No note yet: grapevine new contact \"Priya Shah\""))
    }

    static let reachOutCases: [RuleCase] = [
        RuleCase(
            "never contacted", today: "2026-11-18", ["contacts/jun.md": person("Jun Park", [], added: "2026-11-16")],
            ["2026-11-16 Jun Park"]),
        // SPEC §2.1: without `added`, a contact is your network, not yet your pipeline.
        RuleCase("no added date", today: "2026-11-18", ["contacts/jun.md": person("Jun Park", [])], []),
        RuleCase(
            "emailed", today: "2026-11-18",
            ["contacts/jun.md": person("Jun Park", ["2026-11-17 emailed"], added: "2026-11-16")], []),
        RuleCase(
            "referred: that is contact-referral", today: "2026-11-18",
            [
                "contacts/ana.md": F.contact("name: Ana", "added: 2026-11-10"),
                "contacts/jun.md": F.contact("name: Jun Park", "referred_by: Ana", "added: 2026-11-12"),
            ],
            ["2026-11-10 Ana"]),
        RuleCase(
            "waiting on someone else there", today: "2026-11-18",
            [
                "contacts/jun.md": person("Jun Park", [], added: "2026-11-16"),
                "contacts/ruth.md": person("Ruth", ["2026-11-13 emailed"]),
            ], []),
        RuleCase(
            "someone else there answered", today: "2026-11-18",
            [
                "contacts/jun.md": person("Jun Park", [], added: "2026-11-16"),
                "contacts/ruth.md": person("Ruth", ["2026-11-13 emailed", "2026-11-14 declined"]),
            ],
            ["2026-11-16 Jun Park"]),
        // Trial 27: Dana ignored two follow-ups, and Ethan, at the same organization, never got a step.
        RuleCase(
            "someone else there was given up on: from the day 3B7 moves on", today: "2026-11-18",
            [
                "contacts/jun.md": person("Jun Park", [], added: "2026-10-16"),
                "contacts/ruth.md": person("Ruth", ["2026-10-19 emailed", "2026-10-28 followed up"]),
            ],
            ["2026-11-06 Jun Park"]),
        RuleCase(
            "someone else there had the last follow-up lately: due when its week and a half is over",
            today: "2026-11-18",
            [
                "contacts/jun.md": person("Jun Park", [], added: "2026-11-02"),
                "contacts/ruth.md": person("Ruth", ["2026-11-02 emailed", "2026-11-12 followed up"]),
            ],
            ["2026-11-23 Jun Park"]),
        RuleCase(
            "given up on before they were added: their added day", today: "2026-11-18",
            [
                "contacts/jun.md": person("Jun Park", [], added: "2026-11-16"),
                "contacts/ruth.md": person("Ruth", ["2026-10-19 emailed", "2026-10-28 followed up"]),
            ],
            ["2026-11-16 Jun Park"]),
        RuleCase(
            "one given up on, another still to follow up", today: "2026-11-18",
            [
                "contacts/jun.md": person("Jun Park", [], added: "2026-10-16"),
                "contacts/ruth.md": person("Ruth", ["2026-10-19 emailed", "2026-10-28 followed up"]),
                "contacts/sol.md": person("Sol", ["2026-11-16 emailed"]),
            ], []),
    ]

    @Test(arguments: reachOutCases)
    func reachOut(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .reachOut) == row.expected)
    }

    @Test(
        "reach-out says how you found them as people say it",
        arguments: [
            ("linkedin", "LinkedIn"), ("Meetup", "a meetup"), ("alumni", "your alumni network"),
            ("Dan's wedding", "Dan's wedding"),
            // The trial's finding: "through former colleague: say so."
            ("former colleague", "a former colleague"), ("alumni network", "your alumni network"),
            ("old classmate", "an old classmate"), ("my sister", "my sister"), ("Config 2026", "Config 2026"),
            ("https://lumen.health/team", "https://lumen.health/team"), ("  former colleague ", "a former colleague"),
        ])
    func reachOutNamesTheSource(source: String, said: String) throws {
        let files = ["contacts/v.md": F.contact("name: Vera Quist", "source: \(source)", "added: 2026-11-10")]
        let step = try #require(try F.details(files, today: "2026-11-18", kind: .reachOut).only)
        #expect(step.details.first == "You found them through \(said) — say so.")
    }

    @Test(
        "reach-out to a LinkedIn connection says to say how you know each other, not that you found them (trial P)",
        arguments: [
            ("source: linkedin", true), ("", true), ("source: LinkedIn ", true), ("source: alumni", false),
        ])
    func reachOutToAConnection(source: String, isConnection: Bool) throws {
        let files = [
            "contacts/priya.md": F.contact("name: Priya Raman", "connected: 2019-03-14", "added: 2026-11-02", source)
        ]
        let step = try #require(try F.details(files, today: "2026-11-18", kind: .reachOut).only)
        #expect(
            (step.details.first == "You are connected on LinkedIn: say how you know each other.") == isConnection,
            "\(step.details)")
        #expect(!step.details.contains { $0.contains("found them through LinkedIn") })
    }

    static let tryAnotherCases: [RuleCase] = [
        RuleCase(
            "from a Friday: Mon, Tue, Wed", today: "2026-11-18",
            ["contacts/ruth.md": person("Ruth", ["2026-11-13 emailed"])], ["2026-11-18 Ruth"]),
        RuleCase(
            "from a Saturday", today: "2026-11-18", ["contacts/ruth.md": person("Ruth", ["2026-11-14 emailed"])],
            ["2026-11-18 Ruth"]),
        RuleCase(
            "from a Sunday", today: "2026-11-18", ["contacts/ruth.md": person("Ruth", ["2026-11-15 emailed"])],
            ["2026-11-18 Ruth"]),
        RuleCase(
            "from a Wednesday", today: "2026-11-18", ["contacts/ruth.md": person("Ruth", ["2026-11-11 emailed"])],
            ["2026-11-16 Ruth"]),
        RuleCase(
            "the first unanswered message counts", today: "2026-11-18",
            ["contacts/ruth.md": person("Ruth", ["2026-11-02 emailed", "2026-11-12 followed up"])], ["2026-11-05 Ruth"]),
        RuleCase(
            "answered", today: "2026-11-18",
            ["contacts/ruth.md": person("Ruth", ["2026-11-13 emailed", "2026-11-16 replied"])], []),
        RuleCase(
            "no organization", today: "2026-11-18",
            ["contacts/ruth.md": person("Ruth", ["2026-11-13 emailed"], organization: nil)], []),
        RuleCase(
            "someone else there contacted since", today: "2026-11-18",
            [
                "contacts/ruth.md": person("Ruth", ["2026-11-13 emailed"]),
                "contacts/felix.md": person("Felix", ["2026-11-16 emailed"]),
            ],
            ["2026-11-19 Felix"]),
        RuleCase(
            "someone else there contacted before", today: "2026-11-18",
            [
                "contacts/ruth.md": person("Ruth", ["2026-11-13 emailed"]),
                "contacts/felix.md": person("Felix", ["2026-10-01 emailed", "2026-10-02 declined"]),
            ],
            ["2026-11-18 Ruth"]),
        RuleCase(
            "try_another_business_days from the config", today: "2026-11-18",
            [
                "contacts/ruth.md": person("Ruth", ["2026-11-13 emailed"]),
                ".grapevine/config.yml": "cadence:\n  try_another_business_days: 5\n",
            ],
            ["2026-11-20 Ruth"]),
    ]

    @Test(arguments: tryAnotherCases)
    func tryAnother(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .tryAnother) == row.expected)
    }

    @Test(
        "try-another names the others there you have not contacted, not those who declined or answered",
        arguments: [
            (["2026-10-02 emailed", "2026-10-05 declined: no time"], "Others there you have not contacted yet: Bo."),
            (
                ["2026-10-05 declined", "2026-10-20 replied: now I have time"],
                "Others there you have not contacted yet: Bo."
            ),
            ([], "Others there you have not contacted yet: Ann and Bo."),
        ])
    func tryAnotherLeavesOutWhoDeclined(annsLog: [String], detail: String) throws {
        let files = [
            "contacts/ann.md": Self.person("Ann", annsLog),
            "contacts/bo.md": Self.person("Bo", []),
            "contacts/cy.md": Self.person("Cy", ["2026-11-10 emailed"]),
        ]
        let step = try #require(try F.details(files, today: "2026-11-18", kind: .tryAnother).only)
        #expect(step.details == [detail])
    }

    /// Acme Foods: Dan, at Bluepeak, referred Sam and you met him; Sam and Lee were written to
    /// and have not answered.
    static let acme = [
        "contacts/dan.md": F.contact(
            "name: Dan Ortiz", "organization: Bluepeak", "added: 2026-10-01",
            log: ["2026-10-02 emailed", "2026-10-03 replied", "2026-10-10 met"]),
        "contacts/sam.md": F.contact(
            "name: Sam Reyes", "organization: Acme Foods", "referred_by: Dan Ortiz", "added: 2026-11-01",
            log: ["2026-11-02 emailed: Dan sent me"]),
        "contacts/lee.md": F.contact(
            "name: Lee Wong", "organization: Acme Foods", "source: linkedin", "added: 2026-11-03",
            log: ["2026-11-04 emailed"]),
    ]

    static let askDan =
        "Ask Dan Ortiz (met on 2026-10-10), who gave you the name, to put in a word with Sam Reyes, "
        + "or wait for an answer."

    @Test(
        "try-another: first who gave you the name and was met; then whom you have not contacted, else say so",
        arguments: [
            (
                "Lee", [:],
                [
                    "You have already contacted everyone else at Acme Foods in your vault (Sam Reyes): "
                        + "find someone new there."
                ]
            ),
            ("Sam", ["contacts/lee.md": F.contact("name: Lee Wong")], [askDan]),
            (
                "Sam", ["contacts/lee.md": F.contact("name: Lee Wong", "organization: Acme Foods")],
                [askDan, "Others there you have not contacted yet: Lee Wong."]
            ),
            (
                // Dan replied but was not met: nobody to ask.
                "Sam",
                [
                    "contacts/lee.md": F.contact("name: Lee Wong"),
                    "contacts/dan.md": F.contact(
                        "name: Dan Ortiz", "organization: Acme Foods",
                        log: ["2026-10-02 emailed", "2026-10-03 replied"]),
                ],
                [
                    "You have already contacted everyone else at Acme Foods in your vault (Dan Ortiz): "
                        + "find someone new there."
                ]
            ),
            (
                // Met in an interview, and a second referrer met too.
                "Sam",
                [
                    "contacts/lee.md": F.contact("name: Lee Wong"),
                    "contacts/dan.md": F.contact("name: Dan Ortiz", "organization: Bluepeak"),
                    "interviews/dan.md": F.interview("Dan Ortiz", "2026-10-09"),
                    "contacts/ivy.md": F.contact("name: Ivy Park", log: ["2026-10-20 met: coffee"]),
                    "contacts/sam.md": F.contact(
                        "name: Sam Reyes", "organization: Acme Foods", "referred_by: [Dan Ortiz, Ivy Park]",
                        "added: 2026-11-01", log: ["2026-11-02 emailed: Dan sent me"]),
                ],
                [
                    "Ask Dan Ortiz (met on 2026-10-09) or Ivy Park (met on 2026-10-20), who gave you the name, to put "
                        + "in a word with Sam Reyes, or wait for an answer."
                ]
            ),
            (
                "Lee",
                [
                    "contacts/ana.md": F.contact("name: Ana", "organization: Acme Foods"),
                    "contacts/bo.md": F.contact("name: Bo", "organization: Acme Foods"),
                    "contacts/cy.md": F.contact("name: Cy", "organization: Acme Foods"),
                    "contacts/di.md": F.contact("name: Di", "organization: Acme Foods"),
                    "contacts/ed.md": F.contact("name: Ed", "organization: Acme Foods"),
                ],
                ["Others there you have not contacted yet: Ana, Bo, Cy and 2 more."]
            ),
        ] as [(String, [String: String], [String])])
    func tryAnotherSuggestsSomeoneNew(unanswered: String, files: [String: String], details: [String]) throws {
        let steps = try F.details(Self.acme.merging(files) { $1 }, today: "2026-11-12", kind: .tryAnother)
        let step = try #require(steps.first { $0.contact?.hasPrefix(unanswered) == true })
        #expect(step.details == details)
    }

    /// Trial P, finding 2: Grace Liu, whom Kofi gave him, had not answered; he had met Priya
    /// and Kofi at Stripe. "Write to someone else at Stripe" would go around the people he knows there.
    @Test(
        "no try-another where you met someone else within stay_in_touch_days before the message",
        arguments: [
            (["2026-11-05 met"], []),
            (["2026-08-16 met"], []),
            (["2026-08-14 met"], ["2026-11-18 Ruth"]),
            (["2026-11-02 emailed", "2026-11-03 replied"], ["2026-11-18 Ruth"]),
            (["2026-11-20 met"], ["2026-11-18 Ruth"]),
            (["2026-11-01 emailed", "2026-11-02 declined"], ["2026-11-18 Ruth"]),
        ] as [([String], [String])])
    func noTryAnotherWithAWayIn(felixLog: [String], expected: [String]) throws {
        let files = [
            "contacts/ruth.md": Self.person("Ruth", ["2026-11-13 emailed"]),
            "contacts/felix.md": Self.person("Felix", felixLog),
        ]
        #expect(try F.steps(files, today: "2026-11-18", kind: .tryAnother) == expected)
    }

    @Test("a held interview with someone else there is a way in; a cancelled or coming one is not")
    func interviewIsAWayIn() throws {
        var files = [
            "contacts/ruth.md": Self.person("Ruth", ["2026-11-13 emailed"]),
            "contacts/felix.md": Self.person("Felix", []),
            "interviews/felix.md": F.interview("Felix", "2026-11-11"),
        ]
        #expect(try F.steps(files, today: "2026-11-18", kind: .tryAnother) == [])
        #expect(try F.steps(files, today: "2026-12-01", kind: .tryAnother) == [])
        files["interviews/felix.md"] = F.interview("Felix", "2026-11-11", "status: cancelled")
        #expect(try F.steps(files, today: "2026-11-18", kind: .tryAnother) == ["2026-11-18 Ruth"])
        files["contacts/ruth.md"] = Self.person("Ruth", ["2026-11-04 emailed"])
        files["interviews/felix.md"] = F.interview("Felix", "2026-11-11")
        // Met after the message: someone there was contacted since, as before.
        #expect(try F.steps(files, today: "2026-11-18", kind: .tryAnother) == [])
    }

    @Test("when everyone else there declined, try-another says to find someone new")
    func tryAnotherWhenEveryoneDeclined() throws {
        let files = [
            "contacts/ann.md": Self.person("Ann", ["2026-10-05 declined"]),
            "contacts/cy.md": Self.person("Cy", ["2026-11-10 emailed"]),
        ]
        let step = try #require(try F.details(files, today: "2026-11-18", kind: .tryAnother).only)
        #expect(step.details == ["Everyone else at Northfork Co-op in your vault has declined: find someone new."])
    }

    static let followUpCases: [RuleCase] = [
        RuleCase(
            "from a Monday", today: "2026-11-18", ["contacts/v.md": person("Victor", ["2026-11-02 emailed"])],
            ["2026-11-11 Victor"]),
        RuleCase(
            "from a Friday", today: "2026-11-18", ["contacts/v.md": person("Victor", ["2026-11-13 emailed"])],
            ["2026-11-24 Victor"]),
        RuleCase(
            "from a Saturday", today: "2026-11-18", ["contacts/v.md": person("Victor", ["2026-11-14 emailed"])],
            ["2026-11-24 Victor"]),
        RuleCase(
            "replied the same day", today: "2026-11-18",
            ["contacts/v.md": person("Victor", ["2026-11-02 emailed", "2026-11-02 replied"])], []),
        RuleCase(
            "a reply after the follow-up", today: "2026-11-18",
            [
                "contacts/v.md": person(
                    "Victor", ["2026-10-01 emailed", "2026-10-12 followed up", "2026-10-14 replied"])
            ], []),
        RuleCase(
            "declined", today: "2026-11-18",
            ["contacts/v.md": person("Victor", ["2026-11-02 emailed", "2026-11-04 declined"])], []),
        RuleCase(
            "an interview since", today: "2026-11-18",
            [
                "contacts/v.md": person("Victor", ["2026-11-02 emailed"]),
                "interviews/i.md": F.interview("Victor", "2026-11-20"),
            ], []),
        RuleCase(
            "the one follow-up sent", today: "2026-11-18",
            ["contacts/v.md": person("Victor", ["2026-10-27 emailed", "2026-11-05 followed up"])], []),
        RuleCase(
            "max_follow_ups: 2", today: "2026-11-18",
            [
                "contacts/v.md": person("Victor", ["2026-10-27 emailed", "2026-11-05 followed up"]),
                ".grapevine/config.yml": "cadence:\n  max_follow_ups: 2\n",
            ],
            ["2026-11-16 Victor"]),
        RuleCase(
            // SPEC §3: a message to someone already in conversation is a touch, not an outreach.
            "writing again after a reply is a touch", today: "2026-11-18",
            [
                "contacts/v.md": person(
                    "Victor",
                    [
                        "2026-10-01 emailed", "2026-10-02 followed up", "2026-10-03 replied",
                        "2026-11-09 emailed: one more question",
                    ])
            ],
            []),
    ]

    @Test(arguments: followUpCases)
    func followUp(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .followUp) == row.expected)
    }

    static let moveOnCases: [RuleCase] = [
        RuleCase(
            "the one follow-up sent", today: "2026-11-18",
            ["contacts/c.md": person("Colin", ["2026-10-27 emailed", "2026-11-05 followed up"])], ["2026-11-16 Colin"]),
        RuleCase(
            "no follow-up yet", today: "2026-11-18", ["contacts/c.md": person("Colin", ["2026-10-27 emailed"])], []),
        RuleCase(
            "max_follow_ups: 0", today: "2026-11-18",
            [
                "contacts/c.md": person("Colin", ["2026-11-02 emailed"]),
                ".grapevine/config.yml": "cadence:\n  max_follow_ups: 0\n",
            ], ["2026-11-11 Colin"]),
        RuleCase(
            "a reply after the follow-up", today: "2026-11-18",
            ["contacts/c.md": person("Colin", ["2026-10-27 emailed", "2026-11-05 followed up", "2026-11-06 replied"])],
            []),
        RuleCase(
            "declined", today: "2026-11-18",
            [
                "contacts/c.md": person(
                    "Colin", ["2026-10-27 emailed", "2026-11-05 followed up", "2026-11-09 declined"])
            ], []),
    ]

    @Test(arguments: moveOnCases)
    func moveOn(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .moveOn) == row.expected)
    }

    @Test(
        "move-on after an introduction given since your first message: write once more saying so, then ask them",
        arguments: [
            (
                ["2026-10-27 emailed", "2026-11-05 followed up"], "2026-11-10",
                "Chen Wei gave you Colin's name on "
                    + "2026-11-10, after your first message: instead of moving on, write once more saying Chen Wei "
                    + "suggested it."
            ),
            (
                ["2026-10-27 emailed", "2026-11-05 followed up", "2026-11-11 emailed: Chen sent me"], "2026-11-10",
                "Stop writing; ask Chen Wei, who gave you the name on 2026-11-10, to put in a word with Colin, or try "
                    + "someone else there."
            ),
            (
                ["2026-10-27 emailed", "2026-11-05 followed up"], "2026-10-20",
                "Stop writing; try someone else there or another referral."
            ),
            // An interview still to come has made no introduction yet.
            (
                ["2026-10-27 emailed", "2026-11-05 followed up"], "2026-12-10",
                "Stop writing; try someone else there or another referral."
            ),
        ] as [([String], String, String)])
    func moveOnAfterAnIntroduction(log: [String], met: String, detail: String) throws {
        let files = [
            "contacts/c.md": Self.person("Colin", log),
            "contacts/chen.md": F.contact("name: Chen Wei"),
            "interviews/chen.md": F.interview(
                "Chen Wei", met, body: "## Referrals\n- [[Colin]] — \"tell him I sent you\"\n"),
        ]
        let step = try #require(try F.details(files, today: "2026-12-01", kind: .moveOn).only)
        #expect(step.details == [detail])
    }

    @Test("move-on and the reach-out it opens name each other's people")
    func moveOnNamesWhoElseIsThere() throws {
        let files = [
            "contacts/dana.md": Self.person("Dana Whitfield", ["2026-10-19 emailed", "2026-10-28 followed up"]),
            "contacts/ethan.md": Self.person("Ethan Brooks", [], added: "2026-10-16"),
        ]
        let moveOn = try #require(try F.details(files, today: "2026-11-18", kind: .moveOn).only)
        #expect(
            moveOn.details == [
                "Stop writing; try someone else there or another referral.",
                "Others there you have not contacted yet: Ethan Brooks.",
            ])
        let reachOut = try #require(try F.details(files, today: "2026-11-18", kind: .reachOut).only)
        #expect(
            reachOut.details.first
                == "Dana Whitfield, also there, has not answered since 2026-10-19, follow-ups included: someone new is the "
                + "way in.")
    }

    static let scheduleCases: [RuleCase] = [
        RuleCase(
            "replied", today: "2026-11-18",
            ["contacts/d.md": person("Derek", ["2026-11-11 emailed", "2026-11-12 replied"])], ["2026-11-14 Derek"]),
        RuleCase(
            "replied, then met", today: "2026-11-18",
            [
                "contacts/d.md": person("Derek", ["2026-11-11 emailed", "2026-11-12 replied"]),
                "interviews/i.md": F.interview("Derek", "2026-11-16", "thank_you: true"),
            ], []),
        RuleCase(
            "replied, meeting set", today: "2026-11-18",
            [
                "contacts/d.md": person("Derek", ["2026-11-11 emailed", "2026-11-12 replied"]),
                "interviews/i.md": F.interview("Derek", "2026-11-30"),
            ], []),
        RuleCase(
            "replied, then the meeting was cancelled", today: "2026-11-18",
            [
                "contacts/d.md": person("Derek", ["2026-11-11 emailed", "2026-11-12 replied"]),
                "interviews/i.md": F.interview("Derek", "2026-11-16", "status: cancelled"),
            ],
            // Counted from the cancelled meeting (2026-11-16 + 2), not the reply.
            ["2026-11-18 Derek"]),
        RuleCase(
            "a no-show before the reply", today: "2026-11-18",
            [
                "contacts/d.md": person(
                    "Derek", ["2026-11-01 emailed", "2026-11-02 replied", "2026-11-11 emailed", "2026-11-12 replied"]),
                "interviews/i.md": F.interview("Derek", "2026-11-10", "status: no-show"),
            ],
            ["2026-11-14 Derek"]),
        RuleCase(
            "declined after replying", today: "2026-11-18",
            ["contacts/d.md": person("Derek", ["2026-11-11 emailed", "2026-11-12 replied", "2026-11-13 declined"])], []),
        RuleCase(
            "met, logged", today: "2026-11-18",
            ["contacts/d.md": person("Derek", ["2026-11-11 emailed", "2026-11-12 replied", "2026-11-14 met: coffee"])],
            []),
        RuleCase(
            // The message after the reply is a touch: the meeting still has to be set.
            "wrote again since the reply", today: "2026-11-18",
            ["contacts/d.md": person("Derek", ["2026-11-01 emailed", "2026-11-02 replied", "2026-11-09 emailed"])],
            ["2026-11-04 Derek"]),
    ]

    @Test(arguments: scheduleCases)
    func schedule(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .schedule) == row.expected)
    }

    @Test(
        "the reply's words are quoted once, even when the Log quotes them",
        arguments: [
            ("replied: happy to talk", "\u{201C}happy to talk\u{201D}"),
            ("replied — \"let's talk\"", "\u{201C}let's talk\u{201D}"),
            ("replied: \u{201C}Thursday works\u{201D}", "\u{201C}Thursday works\u{201D}"),
            ("replied: \"yes\" and \"no\"", "\u{201C}\"yes\" and \"no\"\u{201D}"),
        ])
    func scheduleQuotesTheReplyOnce(entry: String, quoted: String) throws {
        let files = ["contacts/d.md": Self.person("Derek", ["2026-11-01 emailed", "2026-11-02 \(entry)"])]
        let step = try #require(try F.details(files, today: "2026-11-18", kind: .schedule).first)
        #expect(step.details.contains(quoted), "\(step.details)")
    }

    @Test("a message after the reply that went unanswered is named: the next move is a nudge")
    func scheduleNamesTheUnansweredMessage() throws {
        let log = [
            "2026-11-02 emailed", "2026-11-03 replied: send me some times", "2026-11-04 messaged: sent three times",
        ]
        let files = ["contacts/d.md": Self.person("Dana", log)]
        let step = try #require(try F.details(files, today: "2026-11-18", kind: .schedule).first)
        #expect(step.due == LocalDate(valid: "2026-11-05"))
        #expect(
            step.details.contains("Your message of 2026-11-04 has had no answer yet: a short nudge."))
        let answered = ["contacts/d.md": Self.person("Dana", log + ["2026-11-06 replied: none work"])]
        let later = try #require(try F.details(answered, today: "2026-11-18", kind: .schedule).first)
        #expect(!later.details.contains { $0.hasPrefix("Your message of") }, "\(later.details)")
    }

    @Test(
        "a meeting already in a note whose date cannot be read: its date is to be written there, not a second note",
        arguments: [
            (
                "date: TBD",
                "Then: write its date in interviews/i.md as date: YYYY-MM-DD (the date there, 'TBD', cannot be read)."
            ),
            (
                "date: next Tuesday",
                "Then: write its date in interviews/i.md as date: YYYY-MM-DD (the date there, 'next Tuesday', cannot be read)."
            ),
            // `date:` left empty in a copied template: no date yet, nothing that "cannot be read".
            ("date: ", "Then: write its date in interviews/i.md as date: YYYY-MM-DD (it has no date yet)."),
            ("date: ~", "Then: write its date in interviews/i.md as date: YYYY-MM-DD (it has no date yet)."),
            // Called off, or with a date: as with no note (the second is the meeting set, no step).
            ("date: TBD\nstatus: cancelled", #"Then: grapevine new interview "Derek" --date YYYY-MM-DD"#),
        ])
    func scheduleWithAnUndatedInterview(frontMatter: String, then: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/d.md": Self.person("Derek", ["2026-11-11 emailed", "2026-11-12 replied"]),
            "interviews/i.md": "---\ncontact: \"[[Derek]]\"\n\(frontMatter)\n---\n",
            "contacts/e.md": Self.person("Edith", ["2026-11-11 emailed", "2026-11-12 replied"]),
        ])
        let steps = NextStepEngine(vault: vault, today: LocalDate(valid: "2026-11-18")).steps()
            .filter { $0.kind == .schedule }
        #expect(steps.map(\.person).map { $0.map { vault.graph.nodes[$0].name } } == ["Derek", "Edith"])
        #expect(steps.first?.details.last == then)
        #expect(steps.last?.details.last == #"Then: grapevine new interview "Edith" --date YYYY-MM-DD"#)
    }

    @Test(
        "a meeting set on a day that cannot be read is not to be scheduled again: the date is what to fix",
        arguments: ["date: 05.11.2026", "date: 2026-11-5", "date: Nov 5", "date: 11/05/2026 10:00", "date: 20261105"])
    func noScheduleForAMeetingOnAnUnreadableDay(frontMatter: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/d.md": Self.person("Derek", ["2026-11-01 emailed", "2026-11-03 replied"]),
            "interviews/i.md": "---\ncontact: \"[[Derek]]\"\n\(frontMatter)\n---\n## Notes\nGreat talk.\n",
            "contacts/e.md": Self.person("Edith", ["2026-11-01 emailed", "2026-11-03 replied"]),
        ])
        let interview = try #require(vault.notes.first { $0.path == "interviews/i.md" }?.interview)
        #expect(interview.date == nil && interview.isSetOnUnreadableDay)
        let steps = NextStepEngine(vault: vault, today: LocalDate(valid: "2026-11-10")).steps()
        #expect(steps.filter { $0.kind == .schedule }.map(\.contact) == ["Edith"])
    }

    static let stayInTouchCases: [RuleCase] = [
        RuleCase(
            "met, then an update", today: "2026-11-18",
            [
                "contacts/h.md": person("Hannah", ["2026-08-18 updated"]),
                "interviews/i.md": F.interview("Hannah", "2026-07-21", "thank_you: 2026-07-22"),
            ],
            ["2026-11-16 Hannah"]),
        RuleCase(
            "the thank-you date is a touch", today: "2026-11-18",
            [
                "contacts/h.md": person("Hannah", []),
                "interviews/i.md": F.interview("Hannah", "2026-07-21", "thank_you: 2026-07-23"),
            ], ["2026-10-21 Hannah"]),
        RuleCase(
            "met, in the Log", today: "2026-11-18",
            ["contacts/h.md": person("Hannah", ["2026-11-12 met: at the expo"])], ["2027-02-10 Hannah"]),
        RuleCase(
            "a plain dated note after the meeting is a touch, one before any contact is not", today: "2026-11-18",
            [
                "contacts/h.md": person(
                    "Hannah", ["2026-06-01 Saw her talk", "2026-08-01 met: coffee", "2026-08-20 lunch with her team"])
            ],
            ["2026-11-18 Hannah"]),
        RuleCase(
            "never met", today: "2026-11-18",
            ["contacts/h.md": person("Hannah", ["2026-07-01 emailed", "2026-07-02 replied"])], []),
        RuleCase(
            "a meeting coming up", today: "2026-11-18",
            [
                "contacts/h.md": person("Hannah", []),
                "interviews/a.md": F.interview("Hannah", "2026-07-21", "thank_you: true"),
                "interviews/b.md": F.interview("Hannah", "2026-11-30"),
            ],
            []),
    ]

    @Test(arguments: stayInTouchCases)
    func stayInTouch(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .stayInTouch) == row.expected)
    }
}
