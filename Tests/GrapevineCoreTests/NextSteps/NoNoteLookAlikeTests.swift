import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// A step about someone named without a note whose name is a slip of a contact's (`Elena
/// Parks` for the note of Elena Park): the step says which contact it may be, and where to fix
/// the name, before the `new contact` that would make a second person; as `check` says.
@Suite("A step about a name that looks like a contact's")
struct NoNoteLookAlikeTests {
    /// The tester's vault, cut down: Marcus gave Elena's name with an extra `s`; Elena has a
    /// note and was written to.
    private static let files = [
        "contacts/marcus-webb.md": F.contact("name: Marcus Webb"),
        "contacts/elena-park.md": F.contact(
            "name: Elena Park", "referred_by: \"[[Marcus Webb]]\"", "added: 2026-11-06",
            log: ["2026-11-07 reached out"]),
        "interviews/2026-11-05-marcus-webb.md": F.interview(
            "\"[[Marcus Webb]]\"", "2026-11-05", "thank_you: 2026-11-05",
            body: "## Notes\nGood.\n\n## Referrals\n- Elena Parks (Acme Insurance) — research ops lead\n"),
    ]

    private static func step(_ files: [String: String], kind: NextStep.Kind, today: String = "2026-11-22") throws
        -> NextStep
    {
        try #require(F.details(files, today: today, kind: kind).first)
    }

    @Test("contact-referral: one contact it may be is a step to fix the name, not to contact a second person")
    func contactReferral() throws {
        let step = try Self.step(Self.files, kind: .contactReferral)
        #expect(
            step.title
                == "Fix the name Elena Parks in interviews/2026-11-05-marcus-webb.md:10 — did you mean Elena Park?")
        #expect(
            step.details.first == "If Elena Parks is someone else, contact them and mention Marcus Webb, who gave "
                + "you the name.")
        #expect(
            step.details.last
                == "No note named Elena Parks; did you mean Elena Park (contacts/elena-park.md)? If so, fix the "
                + "name in interviews/2026-11-05-marcus-webb.md:10; else: grapevine new contact \"Elena Parks\"")
        #expect(step.howToClose.hasPrefix("close: fix the name (above), and the step goes; someone else: create"))
        #expect((step.file, step.line, step.contact) == ("interviews/2026-11-05-marcus-webb.md", 10, "Elena Parks"))
    }

    @Test("the finding: no step says to contact Elena Parks beside the move-on from Elena Park")
    func besideMoveOn() throws {
        var files = Self.files
        files["contacts/elena-park.md"] = F.contact(
            "name: Elena Park", "added: 2026-09-01", log: ["2026-09-02 emailed", "2026-09-15 followed up"])
        let vault = try TemporaryVault.load(files)
        let steps = NextStepEngine(vault: vault, today: LocalDate(valid: "2026-11-22")).steps()
        #expect(steps.contains { $0.kind == .moveOn && $0.contact == "Elena Park" })
        let titles = steps.filter { $0.contact == "Elena Parks" }.map(\.title)
        #expect(
            titles == ["Fix the name Elena Parks in interviews/2026-11-05-marcus-webb.md:10 — did you mean Elena Park?"]
        )
        // The calendar says the same, and `done` records nothing: fixing the name closes it.
        let todo = try #require(try ICalendarTests.read(steps.filter { $0.contact == "Elena Parks" }).todos.first)
        #expect(todo.property("SUMMARY")?.value.hasPrefix("Fix the name Elena Parks in interviews/") == true)
        let step = try #require(steps.first { $0.contact == "Elena Parks" })
        let refusal = try #require(
            throws: ClosingRecord.Refusal.self,
            performing: {
                try ClosingRecord(
                    closing: step, .done(LocalDateTime(date: LocalDate(valid: "2026-11-22"))), in: vault,
                    leavingOpen: steps)
            })
        #expect(refusal.message.contains("is to be fixed in interviews/2026-11-05-marcus-webb.md:10"))
    }

    @Test("the same contacts as check's hint names, from the one decision")
    func sameAsCheck() throws {
        let vault = try TemporaryVault.load(Self.files)
        let hint = try #require(
            vault.diagnostics.first { $0.message.contains("'Elena Parks'") && $0.code == .missingNote }?.hint)
        #expect(hint.hasPrefix("did you mean 'Elena Park' (contacts/elena-park.md)?"))
        let parks = try #require(vault.graph.nodes.indices.first { vault.graph.nodes[$0].name == "Elena Parks" })
        #expect(vault.contactsMeant(by: [parks]) == [parks: [vault.index(ofPath: "contacts/elena-park.md")!]])
    }

    @Test("several close contacts are named, closest first")
    func severalClose() throws {
        let files = Self.files.merging([
            "contacts/elena-parkes.md": F.contact(
                "name: Elena Parkes", "added: 2026-11-06", log: ["2026-11-07 emailed"])
        ]) { $1 }
        let step = try Self.step(files, kind: .contactReferral)
        #expect(
            step.details.last?.hasPrefix(
                "No note named Elena Parks; did you mean Elena Park (contacts/elena-park.md) or Elena Parkes "
                    + "(contacts/elena-parkes.md)? If so") == true)
        // Which of them is not certain: the step stays one to contact, with the question.
        #expect(step.title.hasPrefix("Contact Elena Parks"))
    }

    /// `Park` is one of Elena Park's words, not a slip for her name, and may be anyone of that
    /// name: the step is to contact them, with the hint. (`Park, Jin` is Jin Park, family name
    /// first: someone else, `noLookAlike`.)
    @Test(
        "a one-word name that is a word of one contact's name keeps the contact step",
        arguments: ["Park", "Park — her manager"])
    func oneWordName(written: String) throws {
        let files = Self.files.merging([
            "interviews/2026-11-05-marcus-webb.md": F.interview(
                "\"[[Marcus Webb]]\"", "2026-11-05", "thank_you: 2026-11-05",
                body: "## Referrals\n- \(written)\n")
        ]) { $1 }
        let step = try Self.step(files, kind: .contactReferral)
        #expect(step.title == "Contact Park, referred by Marcus Webb")
        #expect(step.howToClose.hasPrefix("close: fix the name or create the note (above), then grapevine done"))
    }

    @Test(
        "a name like no contact's keeps the plain advice",
        arguments: [("Omar Said — product lead", "Omar Said"), ("Park, Jin", "Jin Park")])
    func noLookAlike(written: String, name: String) throws {
        let files = Self.files.merging([
            "interviews/2026-11-05-marcus-webb.md": F.interview(
                "\"[[Marcus Webb]]\"", "2026-11-05", "thank_you: 2026-11-05",
                body: "## Referrals\n- \(written)\n")
        ]) { $1 }
        let step = try Self.step(files, kind: .contactReferral)
        #expect(step.title == "Contact \(name), referred by Marcus Webb")
        #expect(step.details.last == "No note yet: grapevine new contact \"\(name)\"")
        #expect(step.howToClose.hasPrefix("close: create the note (above), then grapevine done"))
    }

    /// Trial of session twenty-six: `People/Priya Raman.md` with no `type:` beside a referral to
    /// Priya Raman: the step said "No note yet: grapevine new contact", which refuses that note.
    @Test(
        "a plain note answering to the name: the step says to make it theirs, as check does",
        arguments: [
            ("People/Priya Raman.md", "title: Data Scientist\nadded: 2026-11-15"),
            ("notes/pr.md", "name: Priya Raman"), ("People/priya-raman.md", "tags: [person]"),
        ])
    func plainNoteOfTheName(path: String, frontMatter: String) throws {
        let files = Self.files.merging([
            "interviews/2026-11-05-marcus-webb.md": F.interview(
                "\"[[Marcus Webb]]\"", "2026-11-05", "thank_you: 2026-11-05",
                body: "## Referrals\n- Priya Raman (data scientist on her team)\n"),
            path: "---\n\(frontMatter)\n---\n## Log\n- 2026-11-16 emailed\n",
        ]) { $1 }
        let step = try Self.step(files, kind: .contactReferral)
        #expect(step.title == "Contact Priya Raman, referred by Marcus Webb")
        #expect(
            step.details.last
                == "No contact note yet: \(path) is a plain note: if it is theirs, give it 'type: contact'; "
                + "else: grapevine new contact \"Priya Raman\"")
        #expect(
            step.howToClose.hasPrefix("close: make the note theirs or create the note (above), then grapevine done"))
    }

    @Test("two plain notes answering to the name are no one's: the plain advice")
    func twoPlainNotesOfTheName() throws {
        let files = Self.files.merging([
            "interviews/2026-11-05-marcus-webb.md": F.interview(
                "\"[[Marcus Webb]]\"", "2026-11-05", "thank_you: 2026-11-05", body: "## Referrals\n- Priya Raman\n"),
            "People/Priya Raman.md": "Met at the meetup.\n", "Talks/Priya Raman.md": "Her talk on forecasting.\n",
        ]) { $1 }
        let step = try Self.step(files, kind: .contactReferral)
        #expect(step.details.last == "No note yet: grapevine new contact \"Priya Raman\"")
    }

    @Test("thank-referrer: a referrer's name with a slip names the contact and the referred_by to fix")
    func thankReferrer() throws {
        let files = [
            "contacts/marcus-webb.md": F.contact("name: Marcus Webb", "added: 2026-11-01"),
            "contacts/elena-park.md": F.contact(
                "name: Elena Park", "referred_by: Marcus Webbb", "added: 2026-11-06",
                log: ["2026-11-07 emailed", "2026-11-08 replied"]),
            "interviews/i.md": F.interview("Elena Park", "2026-11-12", "thank_you: 2026-11-12"),
        ]
        let step = try Self.step(files, kind: .thankReferrer)
        #expect(
            step.details.last
                == "No note named Marcus Webbb; did you mean Marcus Webb (contacts/marcus-webb.md)? If so, fix the "
                + "name in contacts/elena-park.md:3; else: grapevine new contact \"Marcus Webbb\"")
    }

    @Test("thank-you in a group: a person met with a slip of a contact's name names the contact line")
    func thankYou() throws {
        let files = [
            "contacts/ana.md": F.contact("name: Ana Berg"),
            "contacts/jordan.md": F.contact("name: Jordan Kimball"),
            "interviews/i.md": F.interview("[Ana Berg, Jordan Kimbal]", "2026-11-12"),
        ]
        let steps = try F.details(files, today: "2026-11-14", kind: .thankYou)
        let step = try #require(steps.first { $0.contact == "Jordan Kimbal" })
        #expect(
            step.details.last
                == "No note named Jordan Kimbal; did you mean Jordan Kimball (contacts/jordan.md)? If so, fix the "
                + "name in interviews/i.md:2; else: grapevine new contact \"Jordan Kimbal\"")
    }
}
