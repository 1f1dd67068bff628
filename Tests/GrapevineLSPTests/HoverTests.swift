import Foundation
import GrapevineCore
import Testing

@testable import GrapevineLSP

@Suite("hover as of the server's today")
struct HoverTests {
    /// Ana was met on 2026-11-20 and gave Leo's name; the Referrals of her second interview,
    /// on 2026-12-10, are written ahead; Tom's note says Ana referred him, added 2026-12-08.
    static let files = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "contacts/ana-silva.md": """
        ---
        name: Ana Silva
        added: 2026-11-01
        source: alumni
        ---

        ## Log
        - 2026-11-02 emailed: asked for a call
        - 2026-11-03 replied: happy to talk
        """,
        "contacts/tom-reed.md": "---\nname: Tom Reed\nreferred_by: \"[[Ana Silva]]\"\nadded: 2026-12-08\n---\n",
        "interviews/2026-11-20-ana-silva.md": """
        ---
        contact: Ana Silva
        date: 2026-11-20
        thank_you: 2026-11-21
        ---

        ## Referrals
        - [[Leo Marsh]] — design lead at Lumen
        """,
        "interviews/2026-12-10-ana-silva.md": """
        ---
        contact: Ana Silva
        date: 2026-12-10 16:00
        ---

        ## Referrals
        - [[Sarah Park]] — runs research at Lumen
        """,
        "notes/plan.md": "Ask [[Tom Reed]] and [[Sarah Park]] about Lumen.\n",
    ]

    /// The hover card's Markdown at a place (0-based line and character) of the note at `path`,
    /// opened in the editor as it is on disk.
    static func card(_ session: VaultSession, _ path: String, _ line: Int, _ character: Int) throws -> String? {
        let uri = session.uri(path)
        let text = try String(contentsOfFile: session.root + "/" + path, encoding: .utf8)
        _ = session.send(
            "textDocument/didOpen",
            #"{"textDocument":{"uri":"\#(uri)","languageId":"markdown","version":1,"text":\#(String(reflecting: text))}}"#
        )
        let place = #"{"textDocument":{"uri":"\#(uri)"},"position":{"line":\#(line),"character":\#(character)}}"#
        let answer = session.send("textDocument/hover", place, id: 7).first { $0["id"] == .number(7) }
        return answer?["result"]?["contents"]?["value"]?.string
    }

    /// The titles of the code actions at a place (0-based line and character) of `path`.
    static func actions(_ session: VaultSession, _ path: String, _ line: Int, _ character: Int) -> [String] {
        let range =
            #""range":{"start":{"line":\#(line),"character":\#(character)},"end":{"line":\#(line),"character":\#(character)}}"#
        let params = #"{"textDocument":{"uri":"\#(session.uri(path))"},\#(range),"context":{"diagnostics":[]}}"#
        let answer = session.send("textDocument/codeAction", params, id: 8).first { $0["id"] == .number(8) }
        guard case .array(let actions)? = answer?["result"] else { return [] }
        return actions.compactMap { $0["title"]?.string }
    }

    @Test("someone named only in a meeting to come's Referrals is not said to be found by you, nor through a source")
    func referralToComeIsNotFoundYourself() throws {
        let files = Self.files.merging([
            "contacts/lea-marsh.md": "---\nname: Lea Marsh\nsource: alumni\n---\n",
            "interviews/2026-12-10-ana-silva.md": """
            ---
            contact: Ana Silva
            date: 2026-12-10 16:00
            ---

            ## Referrals
            - [[Sarah Park]] — runs research at Lumen
            - [[Lea Marsh]] — her sister
            """,
        ]) { $1 }
        let session = try VaultSession(files, today: "2026-12-06")
        let sarah = try #require(try Self.card(session, "notes/plan.md", 0, 25))
        #expect(!sarah.contains("Found") && !sarah.contains("nobody referred"), "\(sarah)")
        let lea = try #require(try Self.card(session, "interviews/2026-12-10-ana-silva.md", 7, 5))
        #expect(lea.contains("Found through: alumni") && !lea.contains("nobody referred"), "\(lea)")
        // Leo, named at a meeting that took place, was referred; Ana was found by you.
        let ana = try #require(try Self.card(session, "interviews/2026-12-10-ana-silva.md", 1, 10))
        #expect(ana.contains("Found through: alumni (nobody referred them)"), "\(ana)")
        #expect(try Self.card(session, "interviews/2026-12-10-ana-silva.md", 6, 5)?.contains("Found") == false)
    }

    @Test("a referral written ahead of its interview, or in a note added later, is not on the card before its day")
    func plannedReferralBeforeItsDay() throws {
        let session = try VaultSession(Self.files, today: "2026-12-06")
        let sarah = try #require(try Self.card(session, "notes/plan.md", 0, 25))
        #expect(sarah.hasPrefix("**Sarah Park** — a person with no note yet"), "\(sarah)")
        #expect(!sarah.contains("Ana Silva") && !sarah.contains("Next steps"), "\(sarah)")
        let tom = try #require(try Self.card(session, "notes/plan.md", 0, 8))
        #expect(tom.hasPrefix("**Tom Reed**"), "\(tom)")
        #expect(!tom.contains("Reached through") && !tom.contains("referred by Ana Silva"), "\(tom)")
        #expect(!Self.actions(session, "notes/plan.md", 0, 8).contains { $0.contains("referred by") })
        // A referral made before today counts, as it did.
        let leo = try #require(try Self.card(session, "interviews/2026-11-20-ana-silva.md", 7, 5))
        #expect(leo.contains("Reached through: Alex Kim → Ana Silva → Leo Marsh"), "\(leo)")
        #expect(leo.contains("- overdue since 2026-11-23: Contact Leo Marsh, referred by Ana Silva"), "\(leo)")
    }

    @Test("on the interview's day, hours before it, the referral counts on the card as in next")
    func plannedReferralOnItsDay() throws {
        let session = try VaultSession(Self.files, today: "2026-12-10")
        let sarah = try #require(try Self.card(session, "notes/plan.md", 0, 25))
        #expect(sarah.contains("Reached through: Alex Kim → Ana Silva → Sarah Park"), "\(sarah)")
        #expect(sarah.contains("- due 2026-12-13: Contact Sarah Park, referred by Ana Silva"), "\(sarah)")
        let tom = try #require(try Self.card(session, "notes/plan.md", 0, 8))
        #expect(tom.contains("Reached through: Alex Kim → Ana Silva → Tom Reed"), "\(tom)")
        #expect(tom.contains("Contact Tom Reed, referred by Ana Silva"), "\(tom)")
        #expect(Self.actions(session, "notes/plan.md", 0, 8).contains { $0.contains("Contact Tom Reed, referred by") })
    }
}
