import Foundation
import Testing

@testable import GrapevineCore

/// What the steps and the site work out once, or leave out where nothing shows it, says what
/// working it all out every time said: the `update` step's summary, how far you got with each
/// name, open tasks, an organization's people in order.
@Suite("Work done once says what it said before")
struct WorkedOutOnceTests {
    /// Vault-Example and the hand-written CLI fixtures, each with a day to look from.
    static func vaults() throws -> [(vault: Vault, today: LocalDate)] {
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Vault-Example").path
        var vaults = [(VaultLoader.load(root: example), LocalDate(valid: "2026-11-18"))]
        for name in ["spec-vault", "report-vault", "path-vault"] {
            vaults.append((try TemporaryVault.load(FixtureVault.files(name)), LocalDate(valid: "2026-11-18")))
        }
        vaults.append((try TemporaryVault.load(Self.groupMeeting), LocalDate(valid: "2026-12-20")))
        return vaults
    }

    /// A group interview whose notes say who recommended what, with names given, resources
    /// done and read, leads done, applied for and open, a resume asked for, and an interview
    /// held since with someone referred.
    static let groupMeeting: [String: String] = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "organizations/acme.md": "---\nname: Acme\n---\n",
        "contacts/dana-reyes.md": NextStepFixture.contact(
            "name: Dana Reyes", "organization: \"[[Acme]]\"",
            log: [
                "2026-11-01 emailed", "2026-11-20 read: Designing Data-Intensive Applications",
                "2026-11-21 applied: Data Engineer",
            ]),
        "contacts/omar-haddad.md": NextStepFixture.contact("name: Omar Haddad", "organization: \"[[Acme]]\""),
        "contacts/lia-chen.md": NextStepFixture.contact("name: Lia Chen", log: ["2026-11-22 emailed"]),
        "contacts/sam-ruiz.md": NextStepFixture.contact("name: Sam Ruiz"),
        "interviews/2026-11-10-acme.md": NextStepFixture.interview(
            "[Dana Reyes, Omar Haddad]", "2026-11-10", "resume_requested: true",
            body: """
                Dana: send me your resume.

                ## Referrals
                - [[Lia Chen]] (Dana)
                - [[Sam Ruiz]] — Omar's friend

                ## Resources
                - [x] Designing Data-Intensive Applications
                - [x] Omar: the Acme engineering blog
                - [ ] Dana: the SQL course, due 2026-12-01

                ## Leads
                - [x] Platform role
                - [ ] Data Engineer, apply by 2026-12-15
                - [ ] Analyst opening, closes 2026-11-30

                ## Notes
                - [ ] Send the thank-you note due 2026-11-11
                - [ ] Call back
                - [x] Call back
                """),
        "interviews/2026-11-25-lia.md": NextStepFixture.interview("Lia Chen", "2026-11-25"),
    ]

    @Test("the update step's summary, worked out alone, is the whole follow-through's")
    func updateSummary() throws {
        var compared = 0
        for (vault, today) in try Self.vaults() {
            let context = NextStepContext(vault: vault, today: today)
            for meeting in context.subjects.heldMeetings {
                for person in meeting.people {
                    guard let covered = context.meetingsAnUpdateCovers(meeting, for: person) else { continue }
                    let whole = FollowThrough(meetings: covered, person: person, context: context)
                    let summary = FollowThrough(meetings: covered, person: person, context: context, extent: .summary)
                    #expect(summary.summary == whole.summary, "\(meeting.file), \(context.name(person))")
                    compared += 1
                }
            }
        }
        #expect(compared > 10)
    }

    /// How far you had got with a name, as `progress(with:)` worked it out with lists.
    private static func progressWithLists(_ node: Graph.NodeID, _ context: NextStepContext) -> NameGiven.Progress {
        guard let person = context.person(node) else { return .notYet }
        let met =
            person.meetings.filter { $0.isHeld(asOf: context.today, now: context.now) }.map(\.date)
            + person.log.filter { $0.event == .met }.map(\.date)
        if let first = met.min() { return .met(first) }
        let touched = person.log.filter { entry in entry.event.map { $0.isOutreach || $0.isResponse } == true }
        return touched.map(\.date).min().map { .reachedOut($0) } ?? .notYet
    }

    @Test("how far you got with each person, in one pass, is what the lists said")
    func progress() throws {
        var kinds: Set<String> = []
        for (vault, today) in try Self.vaults() {
            let context = NextStepContext(vault: vault, today: today)
            for node in vault.graph.nodes.indices {
                let progress = context.progress(with: node)
                #expect(progress == Self.progressWithLists(node, context), "\(vault.graph.nodes[node].name)")
                kinds.insert("\(progress)".prefix { $0 != "(" }.description)
            }
        }
        #expect(kinds == ["met", "reachedOut", "notYet"])
    }

    @Test("an open task read once has the text and due date read twice")
    func openTask() throws {
        var dated = 0
        for (vault, _) in try Self.vaults() {
            for note in vault.notes {
                for item in note.body.openTasks + (note.interview?.leads ?? []) + (note.interview?.resources ?? []) {
                    let task = Dossier.OpenTask(item, file: note.path)
                    #expect(task.text == item.shownText)
                    #expect(task.due == item.dueDate)
                    #expect(task.line == item.position.line && task.file == note.path)
                    if task.due != nil { dated += 1 }
                }
            }
        }
        #expect(dated > 3)
    }

    @Test("a dossier without open tasks leaves only them out")
    func dossierWithoutOpenTasks() throws {
        for (vault, today) in try Self.vaults() {
            var without = DossierBuilder(vault: vault, today: today)
            without.parts.remove(.openTasks)
            for node in vault.graph.nodes.indices {
                let all = DossierBuilder(vault: vault, today: today).dossier(for: node)
                var left = without.dossier(for: node)
                #expect(left.openTasks.isEmpty)
                left.openTasks = all.openTasks
                let encoder = JSONEncoder()
                encoder.outputFormatting = .sortedKeys
                #expect(try encoder.encode(left) == encoder.encode(all), "\(vault.graph.nodes[node].name)")
            }
        }
    }

    @Test("names sorted with their keys worked out once are in the order of precedes")
    func sortedByName() {
        let names = [
            "Zoe Zhang", "Ørjan Åberg", "anna", "Anna", "Émilie Dubois", "Ann Lee", "Anna", "Straße", "Strasser",
            "Łukasz Nowak", "oscar Pettersson", "", "ANNA", "Åsa", "Asa", "Ann-Lee", "Ann Lee",
        ]
        let tagged = names.enumerated().map { (name: $0.element, place: $0.offset) }
        let once = NameKey.sortedByName(tagged) { $0.name }
        let everyTime = tagged.sorted { NameKey.precedes($0.name, $1.name) }
        #expect(once.map(\.name) == everyTime.map(\.name))
        #expect(once.map(\.place) == everyTime.map(\.place))
    }
}
