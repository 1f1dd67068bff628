import Foundation
import Testing

@testable import GrapevineCore

/// What `show` reads off the graph: a contact's status as of a day, and the dossier.
@Suite("Graph dossiers and contact status")
struct GraphDossierTests {
    static let today = LocalDate(valid: "2026-10-20")

    private static func contact(_ log: [String]) -> String {
        "---\ntitle: Engineer\n---\n## Log\n" + log.map { "- \($0)\n" }.joined()
    }

    private static func interview(_ person: String, _ date: String, status: String? = nil) -> String {
        "---\ncontact: \(person)\ndate: \(date)\n" + (status.map { "status: \($0)\n" } ?? "") + "---\n"
    }

    static let statusVault: [String: String] = [
        "contacts/nora.md": contact([]),
        "contacts/ava.md": contact(["2026-10-01 emailed: intro"]),
        "contacts/finn.md": contact(["2026-10-01 emailed: intro", "2026-10-12 followed up"]),
        "contacts/rita.md": contact(["2026-10-01 emailed", "2026-10-03 replied: happy to talk"]),
        "contacts/dora.md": contact(["2026-10-01 emailed", "2026-10-04 declined: too busy"]),
        "contacts/otto.md": contact(["2026-10-01 emailed", "2026-10-02 replied", "2026-10-10 emailed: one more thing"]),
        "contacts/sky.md": contact(["2026-10-01 emailed", "2026-10-02 replied"]),
        "interviews/2026-10-27-sky.md": interview("Sky", "2026-10-27 15:00"),
        "contacts/mel.md": contact(["2026-10-01 emailed", "2026-10-02 replied"]),
        "interviews/2026-10-14-mel.md": interview("Mel", "2026-10-14"),
        "contacts/cole.md": contact(["2026-10-05 met: coffee at the conference"]),
        "contacts/cara.md": contact(["2026-10-01 emailed", "2026-10-02 replied"]),
        "interviews/2026-10-27-cara.md": interview("Cara", "2026-10-27", status: "cancelled"),
        // Emailed, then a meeting was set and called off, with no reply in the Log.
        "contacts/cy.md": contact(["2026-10-02 emailed"]),
        "interviews/2026-10-06-cy.md": interview("Cy", "2026-10-06", status: "cancelled"),
        "contacts/noah.md": contact(["2026-10-02 emailed"]),
        "interviews/2026-10-06-noah.md": interview("Noah", "2026-10-06", status: "no-show"),
        // A reply after the meeting fell through is the latest word.
        "contacts/rhea.md": contact(["2026-10-02 emailed", "2026-10-08 replied: sorry, next week?"]),
        "interviews/2026-10-06-rhea.md": interview("Rhea", "2026-10-06", status: "no-show"),
        // Nothing in the Log, only an interview called off: arranged with them all the same.
        "contacts/ida.md": contact([]),
        "interviews/2026-10-06-ida.md": interview("Ida", "2026-10-06", status: "cancelled"),
    ]

    @Test(arguments: [
        ("Nora", ContactStatus.notContacted),
        ("Ava", .awaitingReply(since: LocalDate(valid: "2026-10-01"), followUps: 0)),
        ("Finn", .awaitingReply(since: LocalDate(valid: "2026-10-01"), followUps: 1)),
        ("Rita", .replied(on: LocalDate(valid: "2026-10-03"))),
        ("Dora", .declined(on: LocalDate(valid: "2026-10-04"))),
        // The message after the reply is a touch (SPEC §3): still replied, not waiting.
        ("Otto", .replied(on: LocalDate(valid: "2026-10-02"))),
        ("Sky", .scheduled(LocalDateTime("2026-10-27 15:00")!)),
        ("Mel", .met(on: LocalDate(valid: "2026-10-14"))),
        ("Cole", .met(on: LocalDate(valid: "2026-10-05"))),
        // The meeting set after the reply fell through: that is the latest word (`next` says
        // to find a new time).
        ("Cara", .fellThrough(on: LocalDate(valid: "2026-10-27"), noShow: false)),
        ("Cy", .fellThrough(on: LocalDate(valid: "2026-10-06"), noShow: false)),
        ("Noah", .fellThrough(on: LocalDate(valid: "2026-10-06"), noShow: true)),
        ("Rhea", .replied(on: LocalDate(valid: "2026-10-08"))),
        ("Ida", .fellThrough(on: LocalDate(valid: "2026-10-06"), noShow: false)),
    ])
    func statusAsOfToday(name: String, expected: ContactStatus) throws {
        let vault = try TemporaryVault.load(Self.statusVault)
        let node = try vault.node(name)
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: node)
        #expect(dossier.status == expected)
        let contact = try #require(vault.note(for: node)?.contact)
        let interviews = vault.graph.interviews(with: node).compactMap { vault.note(for: $0)?.interview }
        #expect(ContactStatus(log: contact.log, interviews: interviews, today: Self.today) == expected)
    }

    @Test(arguments: [("2026-10-13", "scheduled"), ("2026-10-14", "met"), ("2026-11-30", "met")])
    func anInterviewIsScheduledUntilItsDay(today: String, code: String) throws {
        let vault = try TemporaryVault.load(Self.statusVault)
        let dossier = DossierBuilder(vault: vault, today: LocalDate(valid: today)).dossier(for: try vault.node("Mel"))
        #expect(dossier.status?.code == code)
        #expect(dossier.interviews.map(\.status) == [code == "met" ? .held : .scheduled])
    }

    @Test func statusesWorkedOutBeforehandAreTheSameAsOnTheirOwn() throws {
        let vault = try TemporaryVault.load(Self.statusVault.merging(GraphTests.files) { first, _ in first })
        let statuses = ContactStatuses(vault: vault, today: Self.today)
        var contacts = 0
        for index in vault.notes.indices {
            let alone = ContactStatuses.entry(ofNote: index, in: vault, today: Self.today)
            #expect(statuses[note: index] == alone, "\(vault.notes[index].path)")
            #expect((alone != nil) == (vault.notes[index].contact != nil), "\(vault.notes[index].path)")
            if alone != nil { contacts += 1 }
        }
        #expect(contacts >= 12)
        #expect(statuses[note: vault.notes.firstIndex { $0.path == "contacts/mel.md" }!]?.status.code == "met")
        // A dossier reads the same from them: contacts, organizations (their people's statuses),
        // placeholders and you.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for node in vault.graph.nodes.indices {
            var builder = DossierBuilder(vault: vault, today: Self.today)
            let alone = builder.dossier(for: node)
            builder.statuses = statuses
            #expect(try encoder.encode(builder.dossier(for: node)) == encoder.encode(alone), "\(node)")
        }
    }

    @Test func statusCodesAreTheDocumentedWords() {
        let date = LocalDate(valid: "2026-10-01")
        let codes = [
            ContactStatus.notContacted, .awaitingReply(since: date, followUps: 0), .replied(on: date),
            .scheduled(LocalDateTime(date: date)), .met(on: date), .declined(on: date),
        ].map(\.code)
        #expect(codes == ["not-contacted", "awaiting-reply", "replied", "scheduled", "met", "declined"])
    }

    /// `Dossier` and `Member` encode themselves (a status is two strings, or "no note yet"):
    /// the JSON still names every property that has a value.
    @Test func jsonNamesEveryPropertyAndAStatusInWordsAndAsACode() throws {
        let vault = try TemporaryVault.load(Self.statusVault)
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: try vault.node("Mel"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(dossier)) as? [String: Any])
        let properties = Mirror(reflecting: dossier).children.compactMap { child -> String? in
            let value = Mirror(reflecting: child.value)
            return value.displayStyle == .optional && value.children.isEmpty ? nil : child.label
        }
        #expect(Set(json.keys) == Set(properties + ["statusCode"]))
        #expect(json["status"] as? String == "met on 2026-10-14")
        #expect(json["statusCode"] as? String == "met")

        let person = Dossier.PersonOrOrganization(name: "Kim Park", file: nil, node: 1)
        let members = [
            Dossier.Member(person: person, title: "Chef", status: .met(on: LocalDate(valid: "2026-10-14"))),
            Dossier.Member(person: person, title: nil, status: nil),
        ]
        let encoded = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(members)) as? [[String: Any]])
        #expect(encoded.map { $0["status"] as? String } == ["met on 2026-10-14", "no note yet"])
        #expect(encoded.map { $0["title"] as? String } == ["Chef", nil])
        #expect(encoded.map { Set($0.keys) } == [["person", "title", "status"], ["person", "status"]])
    }

    // MARK: Dossier

    @Test func contactDossierShowsChainReferrersOrganizationAndBacklinks() throws {
        let vault = try TemporaryVault.load(GraphTests.files)
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: try vault.node("Sam Reyes"))
        #expect(dossier.kind == .contact)
        #expect(dossier.file == "contacts/sam-reyes.md")
        #expect(dossier.referralChain.map(\.name) == ["Alex Kim", "Dan Moore", "Maria Lopez", "Sam Reyes"])
        #expect(
            dossier.referralChain.map(\.file) == [
                nil, "contacts/dan-moore.md", "contacts/maria-lopez.md", "contacts/sam-reyes.md",
            ])
        #expect(dossier.referredBy.map(\.name) == ["Maria Lopez"])
        #expect(dossier.organization == nil)
        #expect(dossier.status == .notContacted)
        #expect(dossier.details.map(\.label) == ["Added"])
        let ideas = try #require(dossier.backlinks.first { $0.from.file == "ideas.md" })
        #expect(ideas.line == 3)
    }

    @Test func ledToShowsWhoGaveEachName() throws {
        let vault = try TemporaryVault.load(GraphTests.files)
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: try vault.node("Dan Moore"))
        let maria = try #require(dossier.ledTo.first { $0.person.name == "Maria Lopez" })
        #expect(maria.via == nil)
        #expect(maria.date == LocalDate(valid: "2026-09-10"))
        let sam = try #require(dossier.ledTo.first { $0.person.name == "Sam Reyes" })
        #expect(sam.via?.name == "Maria Lopez")
        #expect(sam.date == LocalDate(valid: "2026-10-14"))
        #expect(dossier.ledTo.count == 7)
        #expect(dossier.organization?.name == "Acme Foods")
    }

    @Test func ledToViaIsSomeoneTheSubjectLedTo() throws {
        // Sam was referred by Zed (unrelated to Dan) and by Maria (whom Dan referred).
        let vault = try TemporaryVault.load([
            "contacts/dan.md": "---\nname: Dan Moore\n---\n",
            "contacts/maria.md": "---\nname: Maria Lopez\nreferred_by: Dan Moore\n---\n",
            "contacts/sam.md": "---\nname: Sam Reyes\nreferred_by: [Zed Quay, Maria Lopez]\n---\n",
            "contacts/zed.md": "---\nname: Zed Quay\n---\n",
        ])
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: try vault.node("Dan Moore"))
        #expect(dossier.ledTo.map(\.person.name) == ["Maria Lopez", "Sam Reyes"])
        #expect(dossier.ledTo.map(\.via?.name) == [nil, "Maria Lopez"])
    }

    @Test func ledToGivesNoViaWhenTheSubjectGaveTheNameThemselves() throws {
        // Sam names Maria first, but Dan gave the name too: Dan led to Sam directly.
        let vault = try TemporaryVault.load([
            "contacts/dan.md": "---\nname: Dan Moore\n---\n",
            "contacts/maria.md": "---\nname: Maria Lopez\nreferred_by: Dan Moore\n---\n",
            "contacts/sam.md": "---\nname: Sam Reyes\nreferred_by: [Maria Lopez, Dan Moore]\n---\n",
        ])
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: try vault.node("Dan Moore"))
        #expect(dossier.ledTo.map(\.person.name) == ["Maria Lopez", "Sam Reyes"])
        #expect(dossier.ledTo.map(\.via?.name) == [nil, nil])
    }

    @Test func organizationDossierListsPeopleAndTheirInterviews() throws {
        let vault = try TemporaryVault.load(GraphTests.files)
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: try vault.node("Acme Foods"))
        #expect(dossier.kind == .organization)
        #expect(dossier.people.map(\.person.name).sorted() == ["Dan Moore", "Maria Lopez"])
        #expect(dossier.interviews.map(\.file) == ["interviews/2026-10-14-maria-lopez.md"])
        #expect(dossier.interviews.first?.with.map(\.name) == ["Maria Lopez"])
        #expect(dossier.details.contains { $0.label == "Target" && $0.value == "yes" })
    }

    @Test("a line linking to a note twice is one backlink; two lines are two, in line order")
    func backlinksOncePerLine() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana-souza.md": "---\nname: Ana Souza\nadded: 2026-11-01\n---\n",
            "daily/2026-11-24.md":
                "# Tuesday\n\nCoffee with [[Ana Souza#Log|Ana]], see [[Ana Souza]] and [[ana souza]].\n"
                + "\nLater: [[Ana Souza]].\n",
            "ideas.md": "Ask [[Ana Souza]] about [[Ana Souza#Log]].\n",
        ])
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: try vault.node("Ana Souza"))
        #expect(
            dossier.backlinks.map { "\($0.from.file ?? ""):\($0.line)" } == [
                "daily/2026-11-24.md:3", "daily/2026-11-24.md:5", "ideas.md:1",
            ])
    }

    @Test func placeholderDossier() throws {
        let vault = try TemporaryVault.load(GraphTests.files)
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: try vault.node("Kim Park"))
        #expect(dossier.kind == .placeholderPerson)
        #expect(dossier.file == nil)
        #expect(dossier.status == nil)
        #expect(dossier.referredBy.map(\.name) == ["Maria Lopez"])
        #expect(dossier.referralChain.map(\.name) == ["Alex Kim", "Dan Moore", "Maria Lopez", "Kim Park"])
        #expect(dossier.backlinks.map(\.from.file) == ["ideas.md"])
    }

    @Test func partsLeftOutStayEmptyAndTheRestIsTheSame() throws {
        let vault = try TemporaryVault.load(GraphTests.files)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for name in ["Dan Moore", "Sam Reyes", "Acme Foods", "Kim Park"] {
            let node = try vault.node(name)
            var full = DossierBuilder(vault: vault, today: Self.today).dossier(for: node)
            var builder = DossierBuilder(vault: vault, today: Self.today)
            builder.parts = []
            let lean = builder.dossier(for: node)
            #expect(lean.ledTo.isEmpty && lean.details.isEmpty && lean.backlinks.isEmpty && lean.referralChain.isEmpty)
            #expect(lean.remarks.isEmpty)
            #expect(!(full.ledTo.isEmpty && full.details.isEmpty && full.backlinks.isEmpty), "\(name)")
            #expect(!full.referralChain.isEmpty, "\(name)")
            (full.ledTo, full.details, full.backlinks, full.referralChain, full.remarks) = ([], [], [], [], [])
            #expect(try encoder.encode(lean) == encoder.encode(full), "\(name)")
        }
    }

    @Test func ownerDossier() throws {
        let vault = try TemporaryVault.load(GraphTests.files)
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: Graph.owner)
        #expect(dossier.kind == .owner)
        #expect(dossier.name == "Alex Kim")
        #expect(dossier.referralChain.map(\.name) == ["Alex Kim"])
    }

    /// Hostile session 29: each Log line not read looked through every entry for the one
    /// above it: `show` of a Log of 20,000 lines in each form took 17 s more than the rest.
    /// Four times the lines take about four times as long now, not sixteen (`growth`).
    @Test("a Log of thousands of lines not read is put in order in time in step with it, each after the entry above it")
    func manyLinesLeftOut() throws {
        let ratio = try growth(from: 5_000, to: 20_000) { count in
            let log = (0..<count).flatMap {
                ["2026-01-\(String(format: "%02d", $0 % 28 + 1)) emailed", "Friday: \($0)"]
            }
            let vault = try TemporaryVault.load(["contacts/many.md": Self.contact(log)])
            let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: try vault.node("Many"))
            #expect(dossier.logLeftOut.count == count)
            return {
                let rows = dossier.logRows
                #expect(rows.count == 2 * count)
                // A line left out comes after the entries of the day above it: the last day's last.
                guard case .leftOut(let last) = rows.last else {
                    Issue.record("\(String(describing: rows.last))")
                    return
                }
                #expect(last.text == "Friday: \((0..<count).last { $0 % 28 == 27 }!)")
            }
        }
        #expect(ratio < 10, "four times the lines took \(ratio) times as long")
    }
}
