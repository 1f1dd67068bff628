import Testing

@testable import GrapevineCore

/// What each page of a note shows, as `NotePage` values: no HTML, no templates.
@Suite("Note pages: what a page shows, before any HTML")
struct NotePageTests {
    static let files: [String: String] = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "contacts/sam-reyes.md": "---\nname: Sam Reyes\ntitle: Sensory scientist\n---\n",
        "contacts/maria-lopez.md": """
        ---
        name: Maria Lopez
        title: R&D manager
        organization: "[[Acme Foods]]"
        referred_by: "[[Sam Reyes]]"
        aliases: [Mari]
        email: maria@example.com
        tags: [r-and-d]
        remind: 2026-12-01 ask about the spring round
        ---
        Notes about Maria.

        ## Log
        - 2026-10-01 emailed asked [[Sam Reyes]] about https://example.com/jobs.
        - 2026-10-14 met video call

        ## Tasks
        - [ ] send the article due 2026-11-20
        """,
        "contacts/ana-pereira.md": "---\nname: Ana Pereira\nreferred_by: \"[[Maria Lopez]]\"\n---\n",
        "contacts/leo-marsh.md": "---\nname: Leo Marsh\nreferred_by: \"[[Ana Pereira]]\"\n---\n",
        "organizations/acme-foods.md": """
        ---
        name: Acme Foods
        target: true
        motivation: 3
        ---
        ## Research
        Makes snacks; see [[Maria Lopez]].
        """,
        "interviews/2026-10-14-maria-lopez.md": """
        ---
        contact: "[[Maria Lopez]]"
        date: 2026-10-14
        duration: 30
        mode: video
        ---
        ## Agenda
        - [x] How did you start?
        - [ ] What do new hires struggle with?

        ## Referrals
        - [[Ana Pereira]] — product development lead
        - [[Priya Shah]]

        ## Resources
        - [x] The IFT report https://example.com/ift
        """,
    ]

    private static func page(
        _ name: String, isPublic: Bool = false, adding extra: [String: String] = [:]
    ) async throws -> NotePage {
        let folder = try TestFolder()
        try folder.write(files.merging(extra) { $1 })
        let vault = VaultLoader.load(root: folder.root)
        let builder = SiteBuilder(
            vault: vault, today: LocalDate(valid: "2026-11-18"), isPublic: isPublic,
            templates: try SiteTemplates(vaultRoot: folder.root))
        // A note by its file, a placeholder by its name.
        let node = try #require(
            vault.index(ofPath: name).map(Graph.node(ofNote:))
                ?? vault.graph.nodes.indices.first { vault.graph.nodes[$0].name == name })
        let path = try #require(builder.paths.page(of: node))
        return builder.notePage(node, at: path)
    }

    /// Trial of December 6, evening, finding 2: the page's Log is the dossier's, in date order.
    @Test func aContactPageListsTheLogInDateOrder() async throws {
        let page = try await Self.page(
            "Dan Ortiz",
            adding: [
                "contacts/dan-ortiz.md":
                    "---\nname: Dan Ortiz\n---\n## Log\n- 2026-10-29 replied\n- 2026-10-27 emailed\n"
                    + "- 2026-10-30 met\n- 2026-10-27 called\n"
            ])
        guard case .contact(let contact) = page.kind else { Issue.record("not a contact page"); return }
        #expect(
            contact.log.map { "\($0.date?.description ?? "") \($0.word)" }
                == ["2026-10-27 emailed", "2026-10-27 called", "2026-10-29 replied", "2026-10-30 met"])
    }

    /// Trial N, finding 7: a plain dated note showed its first word twice ("coffee coffee
    /// chat"); as `show`, the page puts `·` where the event word goes, and the class `other`.
    @Test(arguments: ["coffee chat at the library meetup", "ran into her at the meetup"])
    func aPlainDatedNoteShowsNoEventWord(text: String) async throws {
        let page = try await Self.page(
            "Dan Ortiz",
            adding: [
                "contacts/dan-ortiz.md": "---\nname: Dan Ortiz\n---\n## Log\n- 2026-11-24 \(text)\n- 2026-11-25 met\n"
            ])
        guard case .contact(let contact) = page.kind else { Issue.record("not a contact page"); return }
        #expect(contact.log.map(\.word) == ["·", "met"])
        #expect(contact.log.map(\.event) == ["other", "met"])
        #expect(contact.log.first?.text == InlineText(pieces: [.text(text)]))
    }

    /// Trial J (session twenty): a line with two links to a person was listed twice.
    /// Trial Q: someone named only in the Referrals of a meeting to come (Sam's, on the 24th)
    /// was shown reached from you ("Alex Kim → Farah Haddad"); until that day there is no chain.
    @Test func aPersonNamedInAMeetingToComeHasNoChainYet() async throws {
        let later = [
            "contacts/farah-haddad.md": "---\nname: Farah Haddad\n---\n",
            "interviews/2026-11-24-sam-reyes.md":
                "---\ncontact: \"[[Sam Reyes]]\"\ndate: 2026-11-24\n---\n\n## Referrals\n- [[Farah Haddad]]\n",
        ]
        let page = try await Self.page("contacts/farah-haddad.md", adding: later)
        guard case .contact(let contact) = page.kind else { Issue.record("not a contact page"); return }
        #expect(contact.chain == nil)
        // Sam, whom nobody referred, still hangs off you.
        let sam = try await Self.page("contacts/sam-reyes.md", adding: later)
        guard case .contact(let his) = sam.kind else { Issue.record("not a contact page"); return }
        #expect(his.chain?.first.map(\.name) == ["Alex Kim", "Sam Reyes"])
    }

    @Test func linkedFromListsEachLineOnce() async throws {
        let page = try await Self.page(
            "contacts/sam-reyes.md",
            adding: [
                "daily/2026-11-24.md":
                    "Coffee with [[Sam Reyes#Log|Sam]], see [[Sam Reyes]].\n\nAgain: [[Sam Reyes]].\n"
            ])
        let lines = page.backlinks.filter { $0.from.name.hasPrefix("2026") }.map(\.line)
        #expect(lines == [1, 3])
        #expect(page.backlinks.contains { $0.from.name == "2026-11-24" }, "a daily note keeps its date as its name")
    }

    @Test func aContactPageHoldsTheCardChainLogTasksAndReminders() async throws {
        let page = try await Self.page("Maria Lopez")
        #expect(page.path == "contacts/maria-lopez.html")
        #expect(page.file == "contacts/maria-lopez.md")
        guard case .contact(let contact) = page.kind else { Issue.record("not a contact page"); return }
        #expect(contact.jobTitle == "R&D manager")
        #expect(contact.aliases == ["Mari"])
        #expect(contact.organization == PageLink(name: "Acme Foods", href: "../organizations/acme-foods.html"))
        #expect(contact.referredBy == [PageLink(name: "Sam Reyes", href: "sam-reyes.html")])
        // You (no page) → Sam → Maria.
        #expect(
            contact.chain
                == NotePage.Chain(
                    first: [
                        PageLink(name: "Alex Kim"), PageLink(name: "Sam Reyes", href: "sam-reyes.html"),
                        PageLink(name: "Maria Lopez", href: "maria-lopez.html"),
                    ], hidden: 0, nearest: nil, last: []))
        // Ana and Priya, whom Maria named in the interview (Ana with what the item says of her),
        // and Leo, whom Ana named, under her.
        let interviewDay = LocalDate(valid: "2026-10-14")
        #expect(
            contact.ledTo
                == [
                    NotePage.LedTo(
                        person: PageLink(name: "Ana Pereira", href: "ana-pereira.html"), date: interviewDay,
                        remark: InlineText(pieces: [.text("product development lead")]),
                        children: [
                            NotePage.LedTo(
                                person: PageLink(name: "Leo Marsh", href: "leo-marsh.html"), date: nil, children: [])
                        ]),
                    NotePage.LedTo(
                        person: PageLink(name: "Priya Shah", href: "../people/priya-shah.html"), date: interviewDay,
                        children: []),
                ])
        #expect(!contact.ledToMore)
        #expect(contact.log.map { $0.date?.description } == ["2026-10-01", "2026-10-14"])
        #expect(contact.log.map(\.word) == ["emailed", "met"])
        #expect(
            contact.log.first?.text
                == InlineText(pieces: [
                    .text("asked "), .link("Sam Reyes", href: "sam-reyes.html"), .text(" about "),
                    .url("https://example.com/jobs", href: "https://example.com/jobs"), .text("."),
                ]))
        #expect(contact.tasks.map(\.text) == [InlineText(pieces: [.text("send the article")])])
        #expect(contact.tasks.first?.due?.description == "2026-11-20")
        #expect(contact.reminders.map(\.text) == ["ask about the spring round"])
        #expect(contact.interviews.count == 1)
        #expect(contact.interviews.first?.href == "../interviews/2026-10-14-maria-lopez.html")
        #expect(contact.interviews.first?.mode == "video")
        #expect(
            page.details.contains(
                NotePage.Detail(label: "Email", value: "maria@example.com", url: "mailto:maria@example.com")))
        #expect(!page.details.contains { $0.label == "Title" }, "the title is on the card")
        #expect(page.tags == [NotePage.Tag(name: "r-and-d", href: "../tags/r-and-d.html")])
        #expect(page.body.joined().contains("Notes about Maria."))
        #expect(!page.body.joined().contains("## Log"), "the Log has its own list")
        #expect(page.backlinks.map(\.from.name).contains("Acme Foods"))
    }

    @Test func anInterviewPageHoldsItsAgendaReferralsAndResources() async throws {
        let page = try await Self.page("interviews/2026-10-14-maria-lopez.md")
        guard case .interview(let interview) = page.kind else { Issue.record("not an interview page"); return }
        #expect(interview.date?.description == "2026-10-14")
        #expect(interview.mode == "video")
        #expect(interview.duration == 30)
        #expect(interview.with.map(\.person.name) == ["Maria Lopez"])
        #expect(interview.with.first?.organization?.name == "Acme Foods")
        #expect(interview.agenda.map(\.asked) == [true, false])
        #expect(interview.agenda.first?.text == InlineText(pieces: [.text("How did you start?")]))
        #expect(interview.referrals.map(\.person.name) == ["Ana Pereira", "Priya Shah"])
        #expect(interview.referrals.first?.comment == InlineText(pieces: [.text("product development lead")]))
        #expect(interview.referrals.last?.comment == nil)
        #expect(interview.resources.map(\.done) == [true])
    }

    /// Session 33: `referrals: "[[Sophie Turner]]"` in an interview's front matter (not read:
    /// `check` warns) was shown on the card as written, brackets and all. Every front matter
    /// value Grapevine does not read is shown as words, a wikilink as its label or name.
    @Test func anUnreadFrontMatterValueShowsItsWikilinksAsWords() async throws {
        let interview = """
            ---
            contact: "[[Sam Reyes]]"
            date: 2026-11-02
            referrals: ["[[Ana Pereira]]", "[[Leo Marsh|Leo]]"]
            mood: good
            ---
            """
        let page = try await Self.page(
            "interviews/2026-11-02-sam.md", adding: ["interviews/2026-11-02-sam.md": interview])
        #expect(
            page.details == [
                NotePage.Detail(label: "Referrals", value: "Ana Pereira, Leo", url: nil),
                NotePage.Detail(label: "Mood", value: "good", url: nil),
            ])
    }

    @Test func nothingWrittenInAnInterviewsSectionsIsLeftOffItsPage() async throws {
        let interview = """
            ---
            contact: Maria Lopez
            date: 2026-11-12
            ---
            ## Agenda
            - [x] How did you start?

            Asked in this order.

            ## Referrals
            - [[Ana Pereira]] — runs QA
            - Sara Lind (Northwind), "tell her I sent you"
            - [Sam](../contacts/sam-reyes.md) at the lab, next week
            - Ask [[Leo Marsh]] about the lab

            | Topic | Notes |
            |---|---|
            | Hiring | freeze until Q1 |

            ## Notes
            Warm.
            """
        let page = try await Self.page("interviews/2026-11-12.md", adding: ["interviews/2026-11-12.md": interview])
        guard case .interview(let value) = page.kind else { Issue.record("not an interview page"); return }
        #expect(
            value.referrals.map(\.item) == [
                InlineText(pieces: [.link("Ana Pereira", href: "../contacts/ana-pereira.html"), .text(" — runs QA")]),
                InlineText(pieces: [
                    .link("Sara Lind", href: "../people/sara-lind.html"),
                    .text(" (Northwind), \"tell her I sent you\""),
                ]),
                InlineText(pieces: [
                    .link("Sam", href: "../contacts/sam-reyes.html"), .text(" at the lab, next week"),
                ]),
                InlineText(pieces: [
                    .text("Ask "), .link("Leo Marsh", href: "../contacts/leo-marsh.html"), .text(" about the lab"),
                ]),
            ])
        // What each says besides the name, as the prep sheet shows it too.
        #expect(
            value.referrals.map { $0.comment?.pieces.map(IntroductionPageTests.plain).joined() } == [
                "runs QA", "(Northwind), \"tell her I sent you\"", "at the lab, next week", "about the lab",
            ])
        // The lists are shown apart; the rest of each section stays, under its heading.
        #expect(
            page.body.map(String.init) == [
                "## Agenda", "Asked in this order.", "## Referrals",
                "| Topic | Notes |\n|---|---|\n| Hiring | freeze until Q1 |", "## Notes\nWarm.",
            ])
    }

    @Test("footnotes written after the Log stay with the text that cites them, without the Log heading")
    func footnotesAfterTheLog() async throws {
        let note = """
            ---
            name: Dana Reyes
            ---
            Met her at the expo.[^1]

            ## Log
            - 2026-11-02 emailed: intro

            [^1]: Through Sam.
              [^2]: Second one.
            """
        let page = try await Self.page("contacts/dana.md", adding: ["contacts/dana.md": note])
        #expect(page.body.map(String.init) == ["Met her at the expo.[^1]", "[^1]: Through Sam.\n  [^2]: Second one."])
        let html = MarkdownHTML.render(page.body.joined(separator: "\n\n"))
        #expect(html.contains("<li id=\"fn-1\">\n<p>Through Sam."), "\(html)")
        // Text beside the footnotes still brings the heading, as before.
        let more = try await Self.page(
            "contacts/dana.md",
            adding: ["contacts/dana.md": note.replacingOccurrences(of: "[^1]: ", with: "Also.\n\n[^1]: ")])
        #expect(
            more.body.map(String.init) == [
                "Met her at the expo.[^1]", "## Log", "Also.\n\n[^1]: Through Sam.\n  [^2]: Second one.",
            ])
    }

    /// Trial of December 5: the first `# heading` was dropped as if it repeated the name, even
    /// when it said something else (a plain note lost its own title). Only a heading that says
    /// the page's title (folded) goes; the note keeps the name SPEC §2.1 gives it.
    @Test(arguments: [
        ("contacts/ann.md", "---\nname: Ann Lee\n---\n# Background and history\n\nLyon.\n", "Ann Lee", true),
        ("contacts/ann.md", "---\nname: Ann Lee\n---\n#   ann  LEE\n\nLyon.\n", "Ann Lee", false),
        ("contacts/ann.md", "---\nname: Ann Lee\n---\nLyon.\n\n# Ann Lee\n", "Ann Lee", true),
        ("notes/fair.md", "# Things I learned at the fair\n\nLots.\n\n# Second\n", "Fair", true),
        ("notes/fair.md", "# Fair\n\nLots.\n", "Fair", false),
        ("organizations/acme.md", "---\nname: Acme\n---\n# Acme\n\nSnacks.\n## Research\nGrew.\n", "Acme", false),
        ("organizations/acme.md", "---\nname: Acme\n---\n# About them\n\nSnacks.\n", "Acme", true),
    ])
    func aTitleHeadingIsLeftOutOnlyWhenItSaysTheName(file: String, text: String, name: String, isShown: Bool)
        async throws
    {
        let page = try await Self.page(file, adding: [file: text])
        #expect(page.name == name)
        let heading = try #require(text.split(separator: "\n").first { $0.hasPrefix("# ") })
        #expect(page.body.joined(separator: "\n\n").contains(heading) == isShown, "\(page.body)")
    }

    @Test func aPublicContactPageHoldsOnlyPublicFields() async throws {
        let page = try await Self.page("contacts/maria-lopez.md", isPublic: true)
        guard case .contact(let contact) = page.kind else { Issue.record("not a contact page"); return }
        #expect(!page.details.contains { $0.label == "Email" })
        #expect(contact.reminders.isEmpty, "reminders are private")
        #expect(contact.jobTitle == "R&D manager", "the title is public")
    }

    @Test func anOrganizationPageHoldsItsTargetPeopleAndResearch() async throws {
        let page = try await Self.page("Acme Foods")
        guard case .organization(let organization) = page.kind else { Issue.record("not an organization page"); return }
        #expect(organization.target == "target · motivation 3 of 3")
        #expect(
            organization.people.map(\.person) == [PageLink(name: "Maria Lopez", href: "../contacts/maria-lopez.html")])
        #expect(organization.interviews.count == 1)
        #expect(organization.research.joined().contains("Makes snacks"))
        #expect(!page.body.joined().contains("Makes snacks"), "the research is not in the body too")
    }

    @Test func aPlaceholderPageSaysHowToStartItsNote() async throws {
        let page = try await Self.page("Priya Shah")
        #expect(page.file == nil && page.note == nil)
        guard case .placeholder(let placeholder) = page.kind else { Issue.record("not a placeholder page"); return }
        #expect(placeholder.command == "grapevine new contact 'Priya Shah'")
    }

    /// Trial N, finding 5: a lead closed by `grapevine log Priya applied "Junior UX Researcher"`
    /// had no done mark on the interview's page, while `next` took it as done.
    @Test("a lead an applied Log entry closes is done on the interview's page, as next takes it")
    func leadClosedByApplied() async throws {
        let files = [
            "contacts/priya.md": "---\nname: Priya Raman\n---\n## Log\n- 2026-10-15 applied: Junior UX Researcher\n",
            "interviews/2026-10-12-priya.md":
                "---\ncontact: \"[[Priya Raman]]\"\ndate: 2026-10-12\n---\n## Leads\n"
                + "- [ ] Junior UX Researcher at Acme Health, apply by 2026-12-08\n- [ ] Senior Designer at Acme\n"
                + "- [x] Intern at Acme\n",
        ]
        let site = try await PublicLeakTests.build(files, isPublic: false).files
        let page = try #require(site["interviews/2026-10-12-priya.html"])
        #expect(page.contains("<li class=\"done\">Junior UX Researcher at Acme Health"))
        #expect(page.contains("<li>Senior Designer at Acme</li>"))
        #expect(page.contains("<li class=\"done\">Intern at Acme</li>"))
    }
}
