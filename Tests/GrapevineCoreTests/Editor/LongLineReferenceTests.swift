import Foundation
import Testing

@testable import GrapevineCore

/// A line of thousands of links (a pasted list, a hostile file) in a note the editor has open:
/// every hover and code action looks up the reference under the cursor.
@Suite("references on a line of many links")
struct LongLineReferenceTests {
    static let files: [String: String] = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "contacts/ana-ruiz.md": "---\nname: Ana Ruiz\n---\n",
    ]

    /// The reference at `offset` as it was found before `ReferenceSpans`: every reference's
    /// bytes worked out on its own, the first (in the note's order) that holds `offset`.
    private static func oneByOne(_ live: LiveVault, _ path: String, at offset: Int) -> Range<Int>? {
        let index = live.noteIndex(ofPath: path)!
        let lines = FileLines(Array(live.notes[index].text.utf8))
        for entry in live.resolved[index].all {
            guard let range = ReferenceSpan.range(of: entry.reference, in: lines) else { continue }
            if range.contains(offset) || range.upperBound == offset { return range }
        }
        return nil
    }

    @Test("the reference found at every byte is the one found reference by reference")
    func sameAnswers() throws {
        let path = "notes/mixed.md"
        let text = """
            ---
            referred_by: ["[[Ana Ruiz]]", "Bo Li"]
            ---
            é😀 [[Ana Ruiz]] [[Nobody]] [x [[Ana Ruiz]] y](../contacts/ana-ruiz.md) [[Cy|Cé]]  [[Ana Ruiz#Log]]
            - [[Ana Ruiz]]é[[Dee]]

            """
        let folder = try TestFolder(Self.files)
        var live = LiveVault(root: folder.root)
        _ = live.replace(path, with: text)
        for offset in 0...text.utf8.count {
            #expect(
                live.reference(inNote: path, at: offset)?.range == Self.oneByOne(live, path, at: offset), "at \(offset)"
            )
        }
    }

    /// A live vault with a note of `count` links on one line, the code action range at its end.
    private static func longLine(_ count: Int, link: (Int) -> String) throws -> () throws -> Void {
        let folder = try TestFolder(files)
        var live = LiveVault(root: folder.root)
        let text =
            "---\nname: Bo Li\n---\n## Log\n- 2026-11-01 emailed: "
            + (0..<count).map { link($0) + " é😀" }.joined(separator: " ") + "\n"
        _ = live.replace("contacts/bo-li.md", with: text)
        let end = text.utf8.count - 1
        return {
            _ = folder
            _ = live.fixes(inNote: "contacts/bo-li.md", range: end..<end, today: LocalDate(valid: "2026-11-18"))
            _ = live.references(inNote: "contacts/bo-li.md", at: end - 6, includeDeclaration: true)
        }
    }

    @Test("code actions and references on a line of links to one person grow with the line, not its square")
    func linksToOnePerson() throws {
        let ratio = try growth(from: 300, to: 1_200) { count in try Self.longLine(count) { _ in "[[Ana Ruiz]]" } }
        #expect(ratio < 10, "four times the links took \(ratio) times as long")
    }

    @Test("code actions on a line of links to people with no note grow with the line, not its square")
    func linksToMissingPeople() throws {
        let ratio = try growth(from: 150, to: 600) { count in try Self.longLine(count) { "[[Nobody \($0)]]" } }
        #expect(ratio < 10, "four times the links took \(ratio) times as long")
    }
}
