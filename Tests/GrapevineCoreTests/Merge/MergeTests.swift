import Foundation
import Testing

@testable import GrapevineCore

/// The parts of `grapevine merge` (issue 20 item 5); the command end to end is in
/// `MergeCommandTests`.
@Suite("Merge")
struct MergeTests {
    // MARK: Scalars as written

    @Test(arguments: [
        ("key: \"Maria \\\"M\\\" Lopez\" # x", 5, false, "\"Maria \\\"M\\\" Lopez\""),
        ("key: 'O''Brien' # x", 5, false, "'O''Brien'"),
        ("key: Maria Lopez   # a comment", 5, false, "Maria Lopez"),
        ("key: Maria#1 here", 5, false, "Maria#1 here"),
        ("key: [Dan, Maria Lopez]", 6, true, "Dan"),
        ("key: [Dan, Maria Lopez]", 11, true, "Maria Lopez"),
        ("key: [[Maria Lopez]]", 5, false, "[[Maria Lopez]]"),
        ("key: Maria\r\n", 5, false, "Maria"),
    ])
    func scalarExtent(_ line: String, offset: Int, inFlow: Bool, expected: String) throws {
        let bytes = Array(line.utf8)
        let range = try #require(YAMLScalarText.range(in: bytes, at: offset, inFlow: inFlow))
        #expect(String(decoding: bytes[range], as: UTF8.self) == expected)
    }

    @Test func unterminatedQuotesHaveNoExtent() {
        #expect(YAMLScalarText.range(in: Array("key: \"Maria\nLopez\"".utf8), at: 5, inFlow: false) == nil)
        #expect(YAMLScalarText.range(in: Array("key: [[Maria\n".utf8), at: 5, inFlow: false) == nil)
    }

    @Test func newValuesKeepTheirStyleWhereTheyCan() {
        #expect(YAMLScalarText.written("Maria Lopez", like: Array("M. Lopez".utf8)[...]) == "Maria Lopez")
        #expect(YAMLScalarText.written("Maria Lopez", like: Array("'M. Lopez'".utf8)[...]) == "\"Maria Lopez\"")
        #expect(YAMLScalarText.written("Lopez: Maria", like: Array("M".utf8)[...]) == "\"Lopez: Maria\"")
    }

    @Test(arguments: [
        ("M. Lopez", "Maria Lopez"), (" M. Lopez |herself", " Maria Lopez |herself"),
        ("m-lopez#Log|her log", "Maria Lopez#Log|her log"),
    ])
    func wikilinkTargets(_ inner: String, expected: String) {
        #expect(ReferenceRewriter.replacingTarget(in: Array(inner.utf8)[...], with: "Maria Lopez") == expected)
    }

    // MARK: Edits

    @Test func editsAreMadeOnTheBytesAsRead() throws {
        var edits = ByteEdits()
        edits.insert(Array("X".utf8), at: 3)
        edits.replace(0..<1, with: Array("a".utf8))
        edits.insert(Array("Y".utf8), at: 3)
        #expect(edits.applied(to: Array("ABCDEF".utf8)).map { String(decoding: $0, as: UTF8.self) } == "aBCXYDEF")
        edits.replace(2..<4, with: [])
        #expect(edits.applied(to: Array("ABCDEF".utf8)) == nil)
    }

    // MARK: Plans

    /// A vault on disk (a merge reads the files again), kept as long as the folder is.
    private func vault(_ files: [String: String]) throws -> (TestFolder, Vault) {
        let folder = try TestFolder(files)
        return (folder, VaultLoader.load(root: folder.root))
    }

    @Test("two notes of one name: references that could mean either find A once B is gone")
    func sameName() throws {
        let (folder, vault) = try vault([
            "contacts/maria.md": "---\nname: Maria Lopez\n---\n",
            "people/maria.md": "---\ntype: contact\nname: Maria Lopez\nemail: m@x.org\n---\n",
            "notes/a.md": "Ask [[Maria Lopez]] and [[people/maria]].\n",
        ])
        let merge = try Merge(
            folding: try vault.node(atPath: "people/maria.md"), into: try vault.node(atPath: "contacts/maria.md"),
            in: vault)
        #expect(merge.changes.map(\.path) == ["contacts/maria.md", "notes/a.md"])
        #expect(
            String(decoding: merge.changes[1].contents, as: UTF8.self)
                == "Ask [[Maria Lopez]] and [[contacts/maria]].\n")
        try merge.write(inVault: folder.root)
        let after = VaultLoader.load(root: folder.root)
        #expect(after.diagnostics.filter { $0.severity != .info }.isEmpty, "\(after.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: folder.root + "/people/maria.md"))
    }

    @Test("a name a third note shares is no way to name A: references get A's path")
    func nameSharedWithAThirdNote() throws {
        let (folder, vault) = try vault([
            "contacts/maria.md": "---\nname: Maria Lopez\n---\n",
            "contacts/maria-2.md": "---\nname: Maria Lopez\n---\n",
            "contacts/m.md": "---\nname: M\n---\n",
            "notes/a.md": "Ask [[M|her]].\n",
        ])
        defer { withExtendedLifetime(folder) {} }
        let merge = try Merge(
            folding: try vault.node(atPath: "contacts/m.md"), into: try vault.node(atPath: "contacts/maria.md"),
            in: vault)
        #expect(String(decoding: merge.changes[1].contents, as: UTF8.self) == "Ask [[contacts/maria|her]].\n")
    }

    @Test("B's entries go into a Log kept newest first in its order: each above A's older entries")
    func newestFirstLog() throws {
        let (folder, vault) = try vault([
            "contacts/a.md": "---\nname: Ana Li\n---\n## Log\n- 2026-11-10 replied\n- 2026-11-02 emailed\n",
            "contacts/b.md":
                "---\nname: Ana L.\n---\n## Log\n- 2026-10-20 called\n- 2026-11-05 followed up\n"
                + "- 2026-11-12 met: coffee\n",
        ])
        defer { withExtendedLifetime(folder) {} }
        let merge = try Merge(
            folding: try vault.node(atPath: "contacts/b.md"), into: try vault.node(atPath: "contacts/a.md"), in: vault)
        #expect(
            String(decoding: merge.changes[0].contents, as: UTF8.self)
                == "---\nname: Ana Li\naliases: [Ana L.]\n---\n## Log\n- 2026-11-12 met: coffee\n- 2026-11-10 replied\n"
                + "- 2026-11-05 followed up\n- 2026-11-02 emailed\n- 2026-10-20 called\n")
    }

    @Test("a field A has with no value is filled with B's")
    func emptyFields() throws {
        let (folder, vault) = try vault([
            "contacts/a.md": "---\nname: Ana Li\naliases:\nemail:   \n---\n",
            "contacts/b.md": "---\nname: Ana L.\nemail: ana@x.org\n---\n",
        ])
        defer { withExtendedLifetime(folder) {} }
        let merge = try Merge(
            folding: try vault.node(atPath: "contacts/b.md"), into: try vault.node(atPath: "contacts/a.md"), in: vault)
        #expect(
            String(decoding: merge.changes[0].contents, as: UTF8.self)
                == "---\nname: Ana Li\naliases: [Ana L.]\nemail: ana@x.org\n---\n")
    }

    @Test(
        "values that say the same written another way are not kept as differing: an email's case, a profile's https://www. and /, an organization as a link"
    )
    func sameValuesWrittenOtherwise() throws {
        let (folder, vault) = try vault([
            "organizations/lumen.md": "---\nname: Lumen Health\n---\n",
            "contacts/a.md":
                "---\nname: Priya Raman\norganization: \"[[Lumen Health]]\"\nemail: Priya.Raman@Lumen.example\nlinkedin: https://www.linkedin.com/in/priya-raman/\n---\n",
            "contacts/b.md":
                "---\nname: P. Raman\norganization: Lumen Health\nemail: priya.raman@lumen.example\nlinkedin: linkedin.com/in/Priya-Raman\ntitle: Staff Engineer\n---\n",
        ])
        defer { withExtendedLifetime(folder) {} }
        let merge = try Merge(
            folding: try vault.node(atPath: "contacts/b.md"), into: try vault.node(atPath: "contacts/a.md"), in: vault)
        let merged = String(decoding: merge.changes[0].contents, as: UTF8.self)
        #expect(
            merged
                == "---\nname: Priya Raman\norganization: \"[[Lumen Health]]\"\nemail: Priya.Raman@Lumen.example\nlinkedin: https://www.linkedin.com/in/priya-raman/\ntitle: Staff Engineer\naliases: [P. Raman]\n---\n"
        )
        #expect(!merged.contains("## From"))
    }

    /// Session 33: B's file name went into the `## From` heading (and the sentence over B's
    /// fields) as it is: a line break in it ended the heading, and an escape sequence went into
    /// the note. It is written escaped, as every command prints a file name.
    @Test("the From heading and the sentence over B's fields name B's file escaped, on one line")
    func fromHeadingEscapesTheFileName() throws {
        let b = "contacts/bea-linn\u{1B}[31m\n.md"
        let (folder, vault) = try vault([
            "contacts/bea-lin.md": "---\nname: Bea Lin\ntitle: Chef\n---\n",
            b: "---\nname: Bea Linn\ntitle: Cook\n---\nMet at the fair.\n",
        ])
        defer { withExtendedLifetime(folder) {} }
        let merge = try Merge(
            folding: try vault.node(atPath: b), into: try vault.node(atPath: "contacts/bea-lin.md"), in: vault)
        let merged = String(decoding: merge.changes[0].contents, as: UTF8.self)
        let shown = #"contacts/bea-linn\u{1B}[31m\n.md"#
        #expect(merged.contains("\n## From \(shown)\n\n"), "\(merged)")
        #expect(merged.contains("\nThe front matter of \(shown) where it differed from this note's:\n"), "\(merged)")
        #expect(!merged.contains("\u{1B}"), "\(merged)")
    }

    @Test("a front matter A has in a form a merge cannot extend is refused by the check, writing nothing")
    func checkedBeforeWriting() throws {
        let (folder, vault) = try vault([
            "contacts/a.md": "---\nname: Ana Li\naliases: [Mia,\n  Ana]\n---\n",
            "contacts/b.md": "---\nname: Ana L.\n---\n",
        ])
        defer { withExtendedLifetime(folder) {} }
        #expect {
            try Merge(
                folding: try vault.node(atPath: "contacts/b.md"), into: try vault.node(atPath: "contacts/a.md"),
                in: vault)
        } throws: { error in
            (error as? Merge.Refusal)?.message.hasPrefix("cannot fold contacts/b.md into contacts/a.md safely") == true
        }
    }

    @Test("a note with errors is not merged")
    func errorsFirst() throws {
        let (folder, vault) = try vault([
            "contacts/a.md": "---\nname: Ana Li\nadded: 2026-13-01\n---\n",
            "contacts/b.md": "---\nname: Ana L.\n---\n",
        ])
        defer { withExtendedLifetime(folder) {} }
        #expect {
            try Merge(
                folding: try vault.node(atPath: "contacts/b.md"), into: try vault.node(atPath: "contacts/a.md"),
                in: vault)
        } throws: { error in
            (error as? Merge.Refusal)?.message.hasPrefix("contacts/a.md has errors") == true
        }
    }

    @Test("lists in every form gain B's items: block, flow, a single value, a wikilink without quotes")
    func listForms() throws {
        let (folder, vault) = try vault([
            "contacts/a.md":
                "---\nname: Ana Li\ntags:\n  - chem\nreferred_by: [[Dan]]\nremind: \"2026-12-01 Call\"\n---\n",
            "contacts/b.md":
                "---\nname: Ana L.\ntags: [chem, dairy]\nreferred_by: Sam\nremind: {date: 2026-12-05, text: Send it}\n---\n",
            "contacts/dan.md": "---\nname: Dan\n---\n",
            "contacts/sam.md": "---\nname: Sam\n---\n",
        ])
        defer { withExtendedLifetime(folder) {} }
        let merge = try Merge(
            folding: try vault.node(atPath: "contacts/b.md"), into: try vault.node(atPath: "contacts/a.md"), in: vault)
        #expect(
            String(decoding: merge.changes[0].contents, as: UTF8.self)
                == "---\nname: Ana Li\ntags:\n  - chem\n  - dairy\nreferred_by: [\"[[Dan]]\", Sam]\n"
                + "remind: [\"2026-12-01 Call\", {date: 2026-12-05, text: Send it}]\naliases: [Ana L.]\n---\n")
    }

    @Test("B referred by A, or A by B, adds no referral of A by itself")
    func noSelfReferral() throws {
        let (folder, vault) = try vault([
            "contacts/a.md": "---\nname: Ana Li\nreferred_by: [Dan]\n---\n",
            "contacts/b.md": "---\nname: Ana L.\nreferred_by: [Dan, Ana Li]\n---\n",
            "contacts/dan.md": "---\nname: Dan\n---\n",
        ])
        defer { withExtendedLifetime(folder) {} }
        let merge = try Merge(
            folding: try vault.node(atPath: "contacts/b.md"), into: try vault.node(atPath: "contacts/a.md"), in: vault)
        #expect(
            String(decoding: merge.changes[0].contents, as: UTF8.self)
                == "---\nname: Ana Li\nreferred_by: [Dan]\naliases: [Ana L.]\n---\n")
    }

    @Test("B's referred_by naming A is not copied to A, whose note lacks one; the rest is")
    func noSelfReferralInACopy() throws {
        let (folder, vault) = try vault([
            "contacts/a.md": "---\nname: Ana Li\n---\n",
            "contacts/b.md": "---\nname: Ana L.\nreferred_by:\n  - Ana Li\n  - Dan\n---\n",
            "contacts/dan.md": "---\nname: Dan\n---\n",
        ])
        defer { withExtendedLifetime(folder) {} }
        let merge = try Merge(
            folding: try vault.node(atPath: "contacts/b.md"), into: try vault.node(atPath: "contacts/a.md"), in: vault)
        #expect(
            String(decoding: merge.changes[0].contents, as: UTF8.self)
                == "---\nname: Ana Li\nreferred_by: [Dan]\naliases: [Ana L.]\n---\n")
    }

    @Test("an image link, and a wikilink in a table with its bar escaped, are rewritten")
    func imagesAndTables() throws {
        let (folder, vault) = try vault([
            "contacts/a.md": "---\nname: Ana Li\n---\n",
            "contacts/b.md": "---\nname: Ana L.\n---\n",
            "notes/t.md": "| who | |\n| --- | --- |\n| [[Ana L.\\|her]] | ![x](../contacts/b.md) |\n",
        ])
        defer { withExtendedLifetime(folder) {} }
        let merge = try Merge(
            folding: try vault.node(atPath: "contacts/b.md"), into: try vault.node(atPath: "contacts/a.md"), in: vault)
        #expect(
            String(decoding: merge.changes[1].contents, as: UTF8.self)
                == "| who | |\n| --- | --- |\n| [[Ana Li\\|her]] | ![x](../contacts/a.md) |\n")
    }

    /// A merge of M. Lopez into Maria Lopez, written with `save` run once every file holds the
    /// merge and before B is removed: what it threw, and the folder.
    private func mergeSavedOver(_ save: (TestFolder) -> Void) throws -> (Merge.WriteFailure?, TestFolder) {
        let (folder, vault) = try vault([
            "contacts/maria-lopez.md": "---\nname: Maria Lopez\n---\n\n## Log\n- 2026-10-02 emailed\n",
            "contacts/m-lopez.md": "---\nname: M. Lopez\ntitle: Chemist\n---\n\n## Log\n- 2026-10-05 called\n",
            "notes/dan.md": "Ask [[M. Lopez]].\n",
        ])
        let merge = try Merge(
            folding: try vault.node(atPath: "contacts/m-lopez.md"),
            into: try vault.node(atPath: "contacts/maria-lopez.md"), in: vault)
        do {
            try merge.write(inVault: folder.root) { save(folder) }
            return (nil, folder)
        } catch {
            return (error, folder)
        }
    }

    @Test("an editor's save of A between the merge's write and B's removal keeps B, and says so")
    func savedOverA() throws {
        let saved = "---\nname: Maria Lopez\n---\n\n## Log\n- 2026-10-02 emailed\ntyped in the editor\n"
        let (failure, folder) = try mergeSavedOver { folder in
            #expect(throws: Never.self) { try folder.write(["contacts/maria-lopez.md": saved]) }
        }
        let message = try #require(failure).description
        #expect(message.hasPrefix("contacts/maria-lopez.md: error: it changed after the merge wrote it"), "\(message)")
        #expect(message.contains("contacts/m-lopez.md is still there"), "\(message)")
        #expect(try String(contentsOfFile: folder.root + "/" + "contacts/maria-lopez.md", encoding: .utf8) == saved)
        #expect(
            try String(contentsOfFile: folder.root + "/" + "contacts/m-lopez.md", encoding: .utf8).contains(
                "title: Chemist"))
        #expect(
            try String(contentsOfFile: folder.root + "/" + "notes/dan.md", encoding: .utf8) == "Ask [[M. Lopez]].\n")
    }

    @Test("an editor's save of another rewritten note in that moment keeps B too, and puts A back")
    func savedOverAnotherNote() throws {
        let (failure, folder) = try mergeSavedOver { folder in
            #expect(throws: Never.self) { try folder.write(["notes/dan.md": "Ask [[M. Lopez]] today.\n"]) }
        }
        let message = try #require(failure).description
        #expect(message.hasPrefix("notes/dan.md: error: it changed after the merge wrote it"), "\(message)")
        #expect(
            try String(contentsOfFile: folder.root + "/" + "notes/dan.md", encoding: .utf8)
                == "Ask [[M. Lopez]] today.\n")
        #expect(
            try String(contentsOfFile: folder.root + "/" + "contacts/maria-lopez.md", encoding: .utf8)
                == "---\nname: Maria Lopez\n---\n\n## Log\n- 2026-10-02 emailed\n")
        #expect(
            try String(contentsOfFile: folder.root + "/" + "contacts/m-lopez.md", encoding: .utf8).contains(
                "title: Chemist"))
    }

    @Test("with nothing saved meanwhile, B is removed")
    func notSavedOver() throws {
        let (failure, folder) = try mergeSavedOver { _ in }
        #expect(failure == nil)
        #expect(!FileManager.default.fileExists(atPath: folder.root + "/contacts/m-lopez.md"))
        #expect(
            try String(contentsOfFile: folder.root + "/" + "contacts/maria-lopez.md", encoding: .utf8).contains(
                "2026-10-05 called"))
    }

    @Test("removal refuses a file that changed since it was read, and leaves it")
    func removalChecksTheBytes() throws {
        let folder = try TestFolder(["b.md": "new text\n"])
        #expect(throws: FileWriter.WriteError.self) {
            try FileWriter.remove(folder.root + "/b.md", expecting: Array("old text\n".utf8))
        }
        #expect(FileManager.default.fileExists(atPath: folder.root + "/b.md"))
        try FileWriter.remove(folder.root + "/b.md", expecting: Array("new text\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: folder.root + "/b.md"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root).isEmpty)
    }

    @Test("removal waits for an editor saving the file in place, then refuses it as changed, and leaves it")
    func removalWaitsForAnEditor() throws {
        let folder = try TestFolder(["b.md": "first half\nsecond half\n"])
        let editor = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.root + "/b.md"))
        try editor.truncate(atOffset: 0)
        try editor.write(contentsOf: Data("first half\n".utf8))
        Thread.detachNewThread {
            usleep(150_000)
            try? editor.write(contentsOf: Data("second half\n".utf8))
            try? editor.close()
        }
        #expect(throws: FileWriter.WriteError.self) {
            try FileWriter.remove(folder.root + "/b.md", expecting: Array("first half\n".utf8))
        }
        #expect(try String(contentsOfFile: folder.root + "/b.md", encoding: .utf8) == "first half\nsecond half\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root) == ["b.md"])
    }
}
