import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// A thank-you kept as a task in the interview's note, as people do: the box is the thank-you.
@Suite("A thank-you written as a task")
struct ThankYouTaskTests {
    private static func files(_ body: String, date: String = "2026-11-10") -> [String: String] {
        [
            "contacts/dana.md": F.contact("name: Dana Reyes"),
            "interviews/i.md": F.interview("Dana Reyes", date, body: body),
        ]
    }

    private static func steps(_ files: [String: String], today: String = "2026-11-18") throws -> [String] {
        try [NextStep.Kind.thankYou, .task].flatMap { kind in
            try F.steps(files, today: today, kind: kind).map { "\(kind.rawValue) \($0)" }
        }
    }

    @Test(
        "a ticked thank-you task is the thank-you sent: no step asks for it",
        arguments: [
            "- [x] Send thank-you note", "- [X] thank you email to Dana", "* [x] Thanks card, posted",
            "## Next steps\n- [x] Send thankyou 📅 2026-11-11\n",
        ])
    func ticked(_ body: String) throws {
        #expect(try Self.steps(Self.files(body + "\n")).isEmpty)
        let vault = try TemporaryVault.load(Self.files(body + "\n"))
        #expect(vault.note(atPath: "interviews/i.md")?.interview?.thankYou == .undated)
    }

    @Test("show says thanked, with the Log's date when it has one, else that the date is not noted")
    func shown() throws {
        let today = LocalDate(valid: "2026-11-18")
        var files = Self.files("- [x] Send thank-you note\n")
        var vault = try TemporaryVault.load(files)
        let dossier = DossierBuilder(vault: vault, today: today).dossier(for: try vault.node("Dana Reyes"))
        var meeting = try #require(dossier.interviews.first)
        #expect(meeting.thankYou == "sent", "as --json says it")
        #expect(DossierText(dossier).text.contains("thanked (date not noted)"), "\(DossierText(dossier).text)")
        files["contacts/dana.md"] = F.contact("name: Dana Reyes", log: ["2026-11-11 thanked: by email"])
        vault = try TemporaryVault.load(files)
        meeting = try #require(
            DossierBuilder(vault: vault, today: today).dossier(for: try vault.node("Dana Reyes")).interviews.first)
        #expect(meeting.thankYou == "2026-11-11")
    }

    @Test(
        "what reads as a thank-you task",
        arguments: [
            ("- [ ] SEND THANK-YOU NOTE", true), ("- [x] tthank you card", true), ("- [ ] Thanks, by email", true),
            ("- [ ] thank‑you (a no-break hyphen)", true), ("- [ ] Thank Sam for the intro", false),
            ("- [ ] Thankful list", false), ("- [ ] ask about thanksgiving", false), ("- Send thank-you", false),
        ])
    func reading(_ line: String, _ expected: Bool) throws {
        let vault = try TemporaryVault.load(["notes/n.md": line + "\n"])
        let item = try #require(vault.notes.first?.body.items.first)
        #expect(item.isThankYouTask == expected, "\(line)")
    }

    @Test("an open one is the thank-you step, not a second step beside it")
    func open() throws {
        #expect(
            try Self.steps(Self.files("## Next steps\n- [ ] Send thank-you 📅 2026-11-11\n- [ ] Read the report\n"))
                == ["thank-you 2026-11-11 Dana Reyes", "task - Dana Reyes"])
    }

    @Test("before the meeting an open thank-you task is a task like any other")
    func beforeTheMeeting() throws {
        #expect(
            try Self.steps(Self.files("- [ ] Send thank-you 📅 2026-11-21\n", date: "2026-11-20"))
                == ["task 2026-11-21 Dana Reyes"])
    }

    @Test(
        "thanking someone else, or a thank-you in a contact's note, leaves the interview's thank-you asked for",
        arguments: ["- [x] Thank Sam for the intro\n", "- [x] thankful for the chat\n"])
    func notTheThankYou(_ body: String) throws {
        #expect(try F.steps(Self.files(body), today: "2026-11-18", kind: .thankYou) == ["2026-11-11 Dana Reyes"])
        var files = Self.files("")
        files["contacts/dana.md"] = F.contact("name: Dana Reyes", body: "- [x] Send thank-you note\n")
        #expect(try F.steps(files, today: "2026-11-18", kind: .thankYou) == ["2026-11-11 Dana Reyes"])
    }
}
