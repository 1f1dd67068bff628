import Foundation
import Testing

@testable import GrapevineCore

/// Two notes of one person (M. Lopez and Maria Lopez), named by others by name, alias, path
/// and link, merged both ways: what the check of the references lets through, and what it says
/// when it refuses.
@Suite("Merge and the references of both notes")
struct MergeReferencesTests {
    static let files = [
        "contacts/m-lopez.md": "---\nname: M. Lopez\naliases: [Mari]\nadded: 2026-10-01\n---\n## Log\n"
            + "- 2026-10-02 emailed: intro\n",
        "contacts/maria-lopez.md": "---\nname: Maria Lopez\naliases: [Maria L.]\norganization: \"[[Acme Foods]]\"\n"
            + "added: 2026-10-05\n---\n## Log\n- 2026-10-06 replied: yes\n",
        "organizations/acme.md": "---\nname: Acme Foods\n---\n",
        "contacts/sam.md": "---\nname: Sam Reyes\nreferred_by: Mari\n---\n",
        "contacts/dan.md": "---\nname: Dan Moore\nreferred_by: [M. Lopez, \"[[Maria L.]]\"]\n---\n"
            + "Met via [[M. Lopez]] and [[Maria Lopez|Maria]], not [[Ghost]].\n",
        "interviews/2026-10-14-maria.md": "---\ncontact: \"[[Maria Lopez]], [[Dan Moore]]\"\ndate: 2026-10-14\n---\n"
            + "## Referrals\n- [[Sam Reyes]]\n- [[Nobody Yet]]\n",
        "interviews/2026-10-15-m.md": "---\ncontact: M. Lopez\ndate: 2026-10-15\n---\nTalked with [[Mari]].\n",
        "notes/ideas.md": "Ask [[m-lopez]], [[contacts/maria-lopez|her]] and [M](../contacts/m-lopez.md).\n",
    ]

    private static func merge(_ files: [String: String], folding b: String, into a: String) throws -> (
        TestFolder, Merge
    ) {
        let folder = try TestFolder(files)
        let vault = VaultLoader.load(root: folder.root)
        let merge = try Merge(folding: try vault.node(atPath: b), into: try vault.node(atPath: a), in: vault)
        return (folder, merge)
    }

    @Test(
        "B's person or organization with no note yet moves into A: a valid merge, not 'a reference would find no note'",
        arguments: [
            ("referred_by: Zed Quinn", "referred_by: Zed Quinn"),
            ("organization: Beta Corp", "organization: Beta Corp"),
            ("referred_by: [Zed Quinn, \"[[Sam Reyes]]\"]", "referred_by: [Zed Quinn, \"[[Sam Reyes]]\"]"),
        ])
    func placeholdersMoveIntoA(field: String, written: String) throws {
        for (b, a) in [
            ("contacts/m-lopez.md", "contacts/maria-lopez.md"), ("contacts/maria-lopez.md", "contacts/m-lopez.md"),
        ] {
            var files = Self.files
            files[b] = files[b]!.replacingOccurrences(of: "\nadded:", with: "\n\(field)\nadded:")
            if field.hasPrefix("organization") {
                files[b] = files[b]!.replacingOccurrences(of: "organization: \"[[Acme Foods]]\"\n", with: "")
                files[a] = files[a]!.replacingOccurrences(of: "organization: \"[[Acme Foods]]\"\n", with: "")
            }
            let (folder, merge) = try Self.merge(files, folding: b, into: a)
            #expect(String(decoding: merge.changes[0].contents, as: UTF8.self).contains("\n\(written)\n"))
            try merge.write(inVault: folder.root)
            let after = VaultLoader.load(root: folder.root)
            #expect(after.diagnostics.filter { $0.severity == .error }.isEmpty, "\(after.diagnostics.map(\.message))")
            #expect(!FileManager.default.fileExists(atPath: folder.root + "/" + b))
        }
    }

    @Test("both ways, every reference to either note finds the one kept, and the links to no note stay as they were")
    func bothWays() throws {
        for (b, a) in [
            ("contacts/m-lopez.md", "contacts/maria-lopez.md"), ("contacts/maria-lopez.md", "contacts/m-lopez.md"),
        ] {
            let (folder, merge) = try Self.merge(Self.files, folding: b, into: a)
            try merge.write(inVault: folder.root)
            let after = VaultLoader.load(root: folder.root)
            let kept = try after.node(atPath: a)
            let dan = try after.node("Dan Moore")
            #expect(after.graph.edges(.referred, to: dan).map(\.from) == [kept])
            let interviews = after.notes.indices.filter { after.notes[$0].kind == .interview }
            for index in interviews {
                #expect(after.graph.edges(.met, from: Graph.node(ofNote: index)).map(\.to).contains(kept))
            }
            #expect(
                after.diagnostics(.missingNote).map(\.message).sorted() == [
                    "link to a missing note 'Ghost'", "no note for 'Nobody Yet' yet; they are a placeholder person",
                ])
        }
    }

    @Test("A referred by B is refused, with the place and what to do: merged, they would have referred themselves")
    func referredByTheOther() throws {
        var files = Self.files
        files["contacts/m-lopez.md"] = files["contacts/m-lopez.md"]!.replacingOccurrences(
            of: "\nadded:", with: "\nreferred_by: \"[[contacts/maria-lopez]]\"\nadded:")
        #expect {
            try Self.merge(files, folding: "contacts/maria-lopez.md", into: "contacts/m-lopez.md")
        } throws: { error in
            let refusal = error as? Merge.Refusal
            return refusal?.message
                == "contacts/m-lopez.md:4:14: 'referred_by' names contacts/maria-lopez.md, the note to fold into "
                + "this one; merged, M. Lopez would have referred themselves. Nothing was written."
                && refusal?.hints.first?.hasPrefix("Take 'contacts/maria-lopez' out of 'referred_by'") == true
        }
        // The other way, B's `referred_by` naming A is left out of A, as before.
        let (_, merge) = try Self.merge(files, folding: "contacts/m-lopez.md", into: "contacts/maria-lopez.md")
        #expect(!String(decoding: merge.changes[0].contents, as: UTF8.self).contains("referred_by"))
    }
}

/// Escapes, entities and brackets before a wikilink shift cmark-gfm's columns from the file's:
/// the rewrite of the link must still replace its target's bytes and nothing else.
@Suite("Merge rewrites only a wikilink's target, whatever comes before it on the line")
struct MergeRewriteOffsetTests {
    static let notes = [
        "contacts/new-name.md": "---\nname: New Name\n---\n", "contacts/old-name.md": "---\nname: Old Name\n---\n",
    ]

    /// The note at `notes/n.md` holding `line`, after Old Name is merged into New Name.
    private static func merged(_ line: String) throws -> String {
        var files = notes
        files["notes/n.md"] = line
        let folder = try TestFolder(files)
        let vault = VaultLoader.load(root: folder.root)
        let old = try vault.node(atPath: "contacts/old-name.md")
        let merge = try Merge(folding: old, into: try vault.node(atPath: "contacts/new-name.md"), in: vault)
        try merge.write(inVault: folder.root)
        return try String(contentsOfFile: folder.root + "/notes/n.md", encoding: .utf8)
    }

    @Test(
        "the bytes before the link stay as written",
        arguments: [
            ("\\[[[Old Name]]\n", "\\[[[New Name]]\n"),
            ("\\[ [[[[[[Old Name]] keep\n", "\\[ [[[[[[New Name]] keep\n"),
            ("&amp; \\[ x[[[[Old Name]] keep\n", "&amp; \\[ x[[[[New Name]] keep\n"),
            ("&amp;&amp; [[Old Name]] and \\[[[Old Name|him]]\n", "&amp;&amp; [[New Name]] and \\[[[New Name|him]]\n"),
            ("&#91;&#91;[[Old Name]]\n", "&#91;&#91;[[New Name]]\n"),
        ])
    func trialLines(line: String, expected: String) throws {
        #expect(try Self.merged(line) == expected)
    }

    @Test("for random prefixes of backslashes, brackets, entities and backticks, only the target changes")
    func randomPrefixes() throws {
        let pieces = ["\\", "[", "&amp;", "`", " ", "x", "&#91;", "]"]
        var random = SplitMix(state: 23)
        for _ in 0..<150 {
            let prefix = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }
            let line = prefix.joined() + "[[Old Name]] keep\n"
            let after = try Self.merged(line)
            // Only `Old` becomes `New`; in a code span (backticks) the link is no link, and stays.
            let rewritten = line.replacingOccurrences(of: "[[Old Name]]", with: "[[New Name]]")
            let isRight = after == rewritten || prefix.contains("`") && after == line
            #expect(isRight, "\(line.debugDescription) → \(after.debugDescription)")
        }
    }
}
