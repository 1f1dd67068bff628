import Foundation
import Testing

@testable import GrapevineCore

/// Completion, references and hover on a live vault, at byte offsets in a note's text.
@Suite("what an editor is offered in a note")
struct EditorFeatureTests {
    static let files: [String: String] = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "contacts/jose-nunez.md":
            "---\nname: José Núñez\naliases: [Pepe]\ntitle: Chef\norganization: Acme Foods\n---\n",
        "contacts/dana-li.md": "---\nname: Dana Li\n---\n",
        "organizations/acme-foods.md": "---\nname: Acme Foods\n---\n",
        "interviews/2026-10-01-dana-li.md":
            "---\ncontact: Dana Li\ndate: 2026-10-01\n---\n\n## Referrals\n- Ghost Writer\n",
        "notes/plan.md": "Ask [[Ghost Writer]] and [[José Núñez|José]].\n",
    ]

    /// A live vault of `files`, with `text` put in place of the note at `path`; the offset of
    /// `‸` in it (removed).
    private static func live(_ path: String, _ text: String) throws -> (LiveVault, Int, TestFolder) {
        let folder = try TestFolder(files)
        var live = LiveVault(root: folder.root)
        let marker = text.range(of: "‸")!
        let offset = text.utf8.distance(from: text.startIndex, to: marker.lowerBound)
        _ = live.replace(path, with: text.replacingCharacters(in: marker, with: ""))
        return (live, offset, folder)
    }

    private static func labels(_ path: String, _ text: String) throws -> [String] {
        let (live, offset, _) = try live(path, text)
        return live.completions(inNote: path, at: offset, today: LocalDate(valid: "2026-11-18")).items.map { item in
            item.label + (item.detail.map { " (\($0))" } ?? "")
        }
    }

    @Test(
        "names, by the kind the place takes, matched by word starts with accents folded",
        arguments: [
            ("---\nreferred_by: [Dana Li, jo‸]\n---\n", ["José Núñez (Chef at Acme Foods)"]),
            ("---\nreferred_by:\n  - pe‸\n---\n", ["Pepe (alias of José Núñez)"]),
            ("---\norganization: a‸\n---\n", ["Acme Foods"]),
            ("Talk to [[gh‸", ["Ghost Writer (no note yet)"]),
            ("Talk to [[nu‸]]", ["José Núñez (Chef at Acme Foods)"]),
            ("Talk to [[Dana Li|Da‸", []),
            ("---\ntitle: Da‸\n---\n", []),
        ])
    func names(text: String, expected: [String]) throws {
        let found = try Self.labels("contacts/new.md", text)
        #expect(found == expected, "\(found)")
    }

    @Test(
        "completing a link's target replaces the target only: its label, heading and ]] stay, and ]] is added once",
        arguments: [
            ("see [[Dana L‸|label]] and x", "see [[Dana Li|label]] and x"),
            ("see [[Da‸#Log]]", "see [[Dana Li#Log]]"), ("see [[Da‸na L#Log|her log]]", "see [[Dana Li#Log|her log]]"),
            ("see [[Da‸na]] ok", "see [[Dana Li]] ok"), ("see [[Da‸", "see [[Dana Li]]"),
            ("see [[Da‸ and [[Acme Foods]]", "see [[Dana Li]] and [[Acme Foods]]"), ("[[Da‸\n]]", "[[Dana Li]]\n]]"),
        ])
    func linkTarget(text: String, expected: String) throws {
        let (live, offset, _) = try Self.live("notes/scratch.md", text)
        let item = try #require(
            live.completions(inNote: "notes/scratch.md", at: offset, today: LocalDate(valid: "2026-11-18")).items.first)
        var bytes = Array(text.replacingOccurrences(of: "‸", with: "").utf8)
        bytes.replaceSubrange(item.replacing, with: Array(item.insertText.utf8))
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test("front matter keys the note does not have yet, for its kind")
    func keys() throws {
        let labels = try Self.labels("interviews/new.md", "---\ncontact: Dana Li\nd‸\n---\n")
        #expect(labels == ["date (interview field)", "duration (interview field)"])
    }

    @Test("event words after a Log item's date, and today's date where a date goes")
    func log() throws {
        #expect(try Self.labels("contacts/new.md", "## Log\n- 2026-11-02 fol‸") == ["followed up (follow-up)"])
        #expect(try Self.labels("contacts/new.md", "## Log\n- 2026-11-02 09:30 repl‸") == ["replied (reply)"])
        #expect(try Self.labels("contacts/new.md", "## Log\n- ‸") == ["2026-11-18 (today)"])
        #expect(try Self.labels("contacts/new.md", "---\nadded: ‸\n---\n") == ["2026-11-18 (today)"])
        #expect(try Self.labels("contacts/new.md", "## Notes\n- 2026-11-02 fol‸").isEmpty)
        let snooze = try Self.labels("contacts/new.md", "## Log\n- 2026-11-02 snoozed fo‸")
        #expect(snooze == ["snoozed follow-up until  (a follow-up step put off to a date)"])
    }

    @Test("references to someone with no note yet: every field, Referrals item and link that names them")
    func placeholderReferences() throws {
        let (live, offset, _) = try Self.live("notes/plan.md", "Ask [[Gho‸st Writer]] and [[José Núñez|José]].\n")
        #expect(live.definition(inNote: "notes/plan.md", at: offset) == nil)
        let found = live.references(inNote: "notes/plan.md", at: offset, includeDeclaration: true)
        #expect(
            found == [
                NoteRange(path: "interviews/2026-10-01-dana-li.md", range: 58..<70),
                NoteRange(path: "notes/plan.md", range: 4..<20),
            ])
    }

    @Test("on a note's own name: its references, and its card")
    func ownName() throws {
        var (live, offset, _) = try Self.live("contacts/dana-li.md", "---\nname: Dana ‸Li\n---\n")
        let found = live.references(inNote: "contacts/dana-li.md", at: offset, includeDeclaration: false)
        #expect(found.map(\.path) == ["interviews/2026-10-01-dana-li.md"])
        let hover = live.hover(inNote: "contacts/dana-li.md", at: offset, today: LocalDate(valid: "2026-11-18"))
        let card = try #require(hover)
        #expect(card.range == 10..<17)
        #expect(card.markdown.hasPrefix("**Dana Li**  \n`contacts/dana-li.md`"))
        #expect(card.markdown.contains("- overdue since 2026-10-02: Send a thank-you note to Dana Li"))
    }
}

@Suite("renaming a person in a live vault")
struct LiveVaultRenameTests {
    static let files: [String: String] = [
        "contacts/dana-li.md": "---\nname: Dana Li\naliases: [DL]\n---\n",
        "interviews/2026-10-01-sam.md":
            "---\ncontact: Sam Ray\ndate: 2026-10-01\n---\n\n## Referrals\n- Dana Li, at Acme\n- [[Gus Hill]]\n",
        "notes/plan.md": "See [[DL]], [[dana-li|Dana]] and [her](../contacts/dana-li.md).\nAsk [[Gus Hill]].\n",
    ]

    /// The texts after the plan's edits, by path (after the move).
    private static func applied(_ plan: RenamePlan, to live: LiveVault) -> [String: String] {
        var texts: [String: String] = [:]
        for path in Set(plan.edits.map(\.path)).sorted() {
            var bytes = Array(live.text(ofNote: path)!.utf8)
            let edits = plan.edits.compactMap { edit -> (Range<Int>, String)? in
                if case .replace(path, let range, let text) = edit { return (range, text) }
                return nil
            }
            for (range, text) in edits.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
                bytes.replaceSubrange(range, with: Array(text.utf8))
            }
            texts[path == plan.move?.from ? plan.move!.to : path] = String(decoding: bytes, as: UTF8.self)
        }
        return texts
    }

    @Test("the file, its name, a Referrals item's text, a link by file and by path; not a link through an alias")
    func rename() throws {
        let folder = try TestFolder(Self.files)
        let live = LiveVault(root: folder.root)
        let plan = try live.rename(inNote: "contacts/dana-li.md", at: 12, to: "Dana Li-Wong")
        #expect(plan.move == RenamePlan.Move(from: "contacts/dana-li.md", to: "contacts/dana-li-wong.md"))
        #expect(
            Self.applied(plan, to: live) == [
                "contacts/dana-li-wong.md": "---\nname: Dana Li-Wong\naliases: [DL]\n---\n",
                "interviews/2026-10-01-sam.md":
                    "---\ncontact: Sam Ray\ndate: 2026-10-01\n---\n\n## Referrals\n- Dana Li-Wong, at Acme\n- [[Gus Hill]]\n",
                "notes/plan.md":
                    "See [[DL]], [[Dana Li-Wong|Dana]] and [her](../contacts/dana-li-wong.md).\nAsk [[Gus Hill]].\n",
            ])
    }

    @Test("a name written family name first is renamed whole, in a field and in a Referrals item")
    func familyNameFirst() throws {
        let folder = try TestFolder([
            "contacts/zelda-thomas.md": "---\nname: Zelda Thomas\n---\n",
            "contacts/bo.md": "---\nname: Bo Chen\nreferred_by: Thomas, Zelda\n---\n",
            "interviews/2026-10-01-sam.md":
                "---\ncontact: Sam Ray\ndate: 2026-10-01\n---\n\n## Referrals\n- Thomas, Zelda — data\n",
        ])
        let live = LiveVault(root: folder.root)
        let texts = Self.applied(
            try live.rename(inNote: "contacts/zelda-thomas.md", at: 12, to: "Zelda Moss"), to: live)
        #expect(texts["contacts/bo.md"] == "---\nname: Bo Chen\nreferred_by: Zelda Moss\n---\n")
        #expect(texts["interviews/2026-10-01-sam.md"]?.hasSuffix("\n- Zelda Moss — data\n") == true)
    }

    @Test("someone with no note yet: every reference to them")
    func placeholder() throws {
        let folder = try TestFolder(Self.files)
        let live = LiveVault(root: folder.root)
        let plan = try live.rename(inNote: "notes/plan.md", at: 75, to: "Gus Hall")
        #expect(plan.move == nil)
        let texts = Self.applied(plan, to: live)
        #expect(texts["notes/plan.md"]?.hasSuffix("Ask [[Gus Hall]].\n") == true)
        #expect(texts["interviews/2026-10-01-sam.md"]?.hasSuffix("- [[Gus Hall]]\n") == true)
    }

    @Test("refused: a name another note has, an empty name, a place with nobody")
    func refused() throws {
        let folder = try TestFolder(Self.files.merging(["contacts/sam-ray.md": "---\nname: Sam Ray\n---\n"]) { $1 })
        let live = LiveVault(root: folder.root)
        #expect(throws: RenameRefusal(message: "'sam ray' is already the name of contacts/sam-ray.md")) {
            try live.rename(inNote: "contacts/dana-li.md", at: 12, to: "sam ray")
        }
        #expect(throws: RenameRefusal.self) { try live.rename(inNote: "contacts/dana-li.md", at: 12, to: "  ") }
        #expect(throws: RenameRefusal.self) { try live.rename(inNote: "notes/plan.md", at: 0, to: "X") }
    }

    @Test(
        "refused: a name a [[link]] cannot hold, which would turn every reference into someone else's",
        arguments: [
            "A|B", "Carla]] x", "x [[y", "#hash", "Dana#Log", "../../etc/passwd", "a\\b", "Tab\tName", "Two\r\nLines",
        ])
    func refusedInLinks(name: String) throws {
        let folder = try TestFolder(Self.files)
        let live = LiveVault(root: folder.root)
        #expect(throws: RenameRefusal.self) { try live.rename(inNote: "contacts/dana-li.md", at: 12, to: name) }
    }

    @Test("a name with accents, an apostrophe, an ampersand or a dot is written into every link as it is")
    func unusualNames() throws {
        let folder = try TestFolder(Self.files)
        let live = LiveVault(root: folder.root)
        let plan = try live.rename(inNote: "contacts/dana-li.md", at: 12, to: "Dána O'Li & Co. (Jr.)")
        #expect(Self.applied(plan, to: live)["notes/plan.md"]?.contains("[[Dána O'Li & Co. (Jr.)|Dana]]") == true)
    }
}
