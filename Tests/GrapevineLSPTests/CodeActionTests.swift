import Foundation
import GrapevineCore
import Testing

@testable import GrapevineLSP

@Suite("code actions: the fixes for what is under the cursor, written as they read")
struct CodeActionTests {
    static let files = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "contacts/maria-lopez.md": "---\nname: Maria Lopez\nadded: 2026-10-01\n---\n",
        "contacts/jose-nunez.md": "---\nname: José Núñez\nadded: 2026-10-01\n---\n",
        "organizations/bluepeak.md": "---\nname: Bluepeak\n---\n",
        "notes/people.md": "She knows 👩🏽‍🔬 [[Maria Lopes]] and [[Jose Nunes]] well.\n",
        "contacts/ana-ruiz.md": "---\nname: Ana Ruiz\norganization: Blupeak\nreferred_by: Marla Lopez\n---\n",
        "contacts/zoe-lind.md": """
        ---
        name: Zoë Lind
        added: 2026-11-02
        remind: "12/03/2026 ping Zoë"
        ---

        ## Log
        - 2026-11-17 thnaked: for the chat 🙏
        - 2026-11-18 coffee chat: at Lumen

        ## Next
        - [ ] Send Zoë the deck on 2026-12-05
        - [ ] Call Bo 2026-12-06
        """,
    ]

    /// The titles of the actions at a stretch of `path` (0-based lines and characters, UTF-16),
    /// with the edit of each.
    static func actions(_ session: VaultSession, _ path: String, _ from: (Int, Int), _ to: (Int, Int)? = nil)
        -> [(title: String, preferred: Bool, edit: JSONValue?)]
    {
        let to = to ?? from
        let range =
            #""range":{"start":{"line":\#(from.0),"character":\#(from.1)},"end":{"line":\#(to.0),"character":\#(to.1)}}"#
        let params = #"{"textDocument":{"uri":"\#(session.uri(path))"},\#(range),"context":{"diagnostics":[]}}"#
        guard case .array(let actions)? = session.result("textDocument/codeAction", params) else { return [] }
        return actions.map { ($0["title"]?.string ?? "", $0["isPreferred"] == .bool(true), $0["edit"]) }
    }

    @Test("a typo'd link: 'Change to' the note the hint names, first and preferred; only the link under the cursor")
    func typoedLink() throws {
        let session = try VaultSession(Self.files)
        session.open("notes/people.md")
        // "She knows 👩🏽‍🔬 " is 18 UTF-16 units: the cursor at the start of [[Maria Lopes]], inside, at its end.
        for character in [18, 21, 33] {
            let found = Self.actions(session, "notes/people.md", (0, character))
            #expect(
                found.map(\.title) == [
                    "Change to [[Maria Lopez]] (contacts/maria-lopez.md)",
                    "Create contacts/maria-lopes.md for Maria Lopes",
                    "Create organizations/maria-lopes.md for Maria Lopes",
                ], "at \(character)")
            #expect(found.map(\.preferred) == [true, false, false])
        }
        let jose = Self.actions(session, "notes/people.md", (0, 40))
        #expect(jose.first?.title == "Change to [[José Núñez]] (contacts/jose-nunez.md)", "\(jose.map(\.title))")
        #expect(!jose.contains { $0.title.contains("Maria") })
        // A range over both links has the actions of both; the start of the line, before them, none.
        #expect(Self.actions(session, "notes/people.md", (0, 0), (0, 50)).count == 6)
        #expect(Self.actions(session, "notes/people.md", (0, 2)).isEmpty)
        let change = try #require(Self.actions(session, "notes/people.md", (0, 20)).first?.edit)
        try DiskClient(session: session).apply(change)
        #expect(session.read("notes/people.md") == "She knows 👩🏽‍🔬 [[Maria Lopez]] and [[Jose Nunes]] well.\n")
    }

    @Test("small fixes: a quoted reminder's date, a misspelled Log event, a due date after 'on'")
    func smallFixes() throws {
        let session = try VaultSession(Self.files, today: "2026-11-20")
        session.open("contacts/zoe-lind.md")
        let original = try #require(session.read("contacts/zoe-lind.md"))
        /// The text once the action titled `title` at a place is applied (the file is put back).
        func applied(_ title: String, at place: (Int, Int)) throws -> String? {
            let found = Self.actions(session, "contacts/zoe-lind.md", place)
            let action = try #require(found.first { $0.title == title }, "\(found.map(\.title))")
            try DiskClient(session: session).apply(action.edit)
            defer { try? session.write(["contacts/zoe-lind.md": original]) }
            return session.read("contacts/zoe-lind.md")
        }
        let reminder = try applied("Write the date as 2026-12-03", at: (3, 10))
        #expect(reminder == original.replacingOccurrences(of: "\"12/03/2026 ping", with: "\"2026-12-03 ping"))
        #expect(
            try applied("Write the date as 2026-03-12 (the day first)", at: (3, 10))
                == original.replacingOccurrences(of: "\"12/03/2026 ping", with: "\"2026-03-12 ping"))
        let event = Self.actions(session, "contacts/zoe-lind.md", (7, 14))
        #expect(event.first?.title == "Change 'thnaked' to 'thanked'" && event.first?.preferred == true)
        #expect(
            try applied("Change 'thnaked' to 'thanked'", at: (7, 14))
                == original.replacingOccurrences(of: "thnaked:", with: "thanked:"))
        #expect(
            try applied("Write 'met: coffee chat: at Lumen'", at: (8, 14))
                == original.replacingOccurrences(of: "coffee chat: at Lumen", with: "met: coffee chat: at Lumen"))
        #expect(
            try applied("Make 2026-12-05 the due date ('due 2026-12-05')", at: (11, 30))
                == original.replacingOccurrences(of: "deck on 2026-12-05", with: "deck due 2026-12-05"))
        #expect(
            try applied("Make 2026-12-06 the due date ('due 2026-12-06')", at: (12, 16))
                == original.replacingOccurrences(of: "Bo 2026-12-06", with: "Bo due 2026-12-06"))
    }

    @Test(
        "a yearless thank_you, update or resume_sent of an interview: the meeting's year, the next such day on or after it"
    )
    func yearlessSentDate() throws {
        let interview = """
            ---
            contact: "[[Maria Lopez]]"
            date: 2026-12-20
            thank_you: 12/22
            update: 01/15
            resume_sent: 12/19
            ---
            """
        let session = try VaultSession(
            Self.files.merging(["interviews/2026-12-20-maria.md": interview]) { $1 }, today: "2026-12-23")
        session.open("interviews/2026-12-20-maria.md")
        /// The titles of the actions on a line's value.
        func titles(_ line: Int) -> [String] {
            Self.actions(session, "interviews/2026-12-20-maria.md", (line, 12)).map(\.title)
        }
        #expect(titles(3).contains("Write the date as 2026-12-22"), "\(titles(3))")
        // January after a December meeting is the next year's.
        #expect(titles(4).contains("Write the date as 2027-01-15"), "\(titles(4))")
        // A day before the meeting is the next year's: the reading check's hint gives first.
        #expect(titles(5).contains("Write the date as 2027-12-19"), "\(titles(5))")
        let fix = try #require(
            Self.actions(session, "interviews/2026-12-20-maria.md", (3, 12)).first {
                $0.title == "Write the date as 2026-12-22"
            }?.edit)
        try DiskClient(session: session).apply(fix)
        #expect(
            session.read("interviews/2026-12-20-maria.md")
                == interview.replacingOccurrences(of: "12/22", with: "2026-12-22"))
    }

    @Test(
        "a due date without its year in a note that gives none: the fix writes the year the hint gives, as of today",
        arguments: [
            (
                "organizations/cove.md",
                "---\nname: Cove Creamery\n---\n\n## Openings\n- [ ] QA Chemist, closes Dec 18\n"
            ),
            (
                "contacts/bo.md",
                "---\nname: Bo Ek\nadded: 2026-10-01\n---\n\n## Next\n- [ ] QA Chemist, closes Dec 18\n"
            ),
            // Session 34: a lead's deadline is read in the meeting's year (`due-date-without-year`).
            (
                "interviews/2026-12-01-bo.md",
                "---\ncontact: Bo Ek\ndate: 2026-12-01\n---\n\n## Leads\n- [ ] QA Chemist, closes Dec 18\n"
            ),
        ])
    func yearlessDueDate(path: String, text: String) throws {
        let session = try VaultSession(Self.files.merging([path: text]) { $1 }, today: "2026-12-07")
        let published = session.open(path).filter { $0["method"]?.string == "textDocument/publishDiagnostics" }
        guard case .array(let diagnostics)? = published.last?["params"]?["diagnostics"] else {
            Issue.record("no diagnostics for \(path)")
            return
        }
        let message = try #require(diagnostics.compactMap { $0["message"]?.string }.first { $0.contains("Dec 18") })
        #expect(message.contains("'2026-12-18'"), "\(message)")
        // "- [ ] QA Chemist, closes " is 25 characters: the cursor on the date.
        let line = try #require(text.components(separatedBy: "\n").firstIndex { $0.contains("Dec 18") })
        let found = Self.actions(session, path, (line, 27))
        let fix = try #require(found.first { $0.title == "Write the date as 2026-12-18" }, "\(found.map(\.title))")
        #expect(fix.preferred)
        try DiskClient(session: session).apply(fix.edit)
        #expect(session.read(path) == text.replacingOccurrences(of: "Dec 18", with: "2026-12-18"))
    }

    /// Session 33: the first Log entry of a contact with no `added`, written without a year,
    /// got `YYYY-12-20` in the hint and no fix; it gets the latest such day up to today in both.
    @Test("a Log date without its year in a note that gives none: the fix writes the latest such day up to today")
    func yearlessLogDate() throws {
        let path = "contacts/bo.md"
        let text = "---\nname: Bo Ek\n---\n\n## Log\n- Dec 20 emailed: intro\n"
        let session = try VaultSession(Self.files.merging([path: text]) { $1 }, today: "2026-12-07")
        let published = session.open(path).filter { $0["method"]?.string == "textDocument/publishDiagnostics" }
        guard case .array(let diagnostics)? = published.last?["params"]?["diagnostics"] else {
            Issue.record("no diagnostics for \(path)")
            return
        }
        let message = try #require(diagnostics.compactMap { $0["message"]?.string }.first { $0.contains("Dec 20") })
        #expect(message.contains("'2025-12-20'"), "\(message)")
        let found = Self.actions(session, path, (5, 3))
        let fix = try #require(found.first { $0.title == "Write the date as 2025-12-20" }, "\(found.map(\.title))")
        try DiskClient(session: session).apply(fix.edit)
        #expect(session.read(path) == text.replacingOccurrences(of: "Dec 20", with: "2025-12-20"))
    }

    @Test("a typo'd name in a field: 'Change to' the contact, or the organization")
    func typoedField() throws {
        let session = try VaultSession(Self.files)
        session.open("contacts/ana-ruiz.md")
        let organization = Self.actions(session, "contacts/ana-ruiz.md", (2, 16))
        #expect(organization.first?.title == "Change to 'Bluepeak' (organizations/bluepeak.md)")
        #expect(organization.first?.preferred == true)
        let referrer = Self.actions(session, "contacts/ana-ruiz.md", (3, 16))
        #expect(referrer.first?.title == "Change to 'Maria Lopez' (contacts/maria-lopez.md)")
        try DiskClient(session: session).apply(referrer.first?.edit)
        #expect(session.read("contacts/ana-ruiz.md")?.contains("referred_by: Maria Lopez\n") == true)
        try DiskClient(session: session).apply(organization.first?.edit)
        #expect(session.read("contacts/ana-ruiz.md")?.contains("organization: Bluepeak\n") == true)
    }
}
