import Foundation
import Testing

@testable import GrapevineCore

@Suite("a merge conflict left in a note")
struct MergeConflictTests {
    static let conflicted = """
        ---
        name: Erin Cho
        added: 2026-11-20
        ---
        ## Log
        - 2026-11-21 emailed: intro
        <<<<<<< HEAD
        - 2026-11-23 replied: yes, next week
        =======
        - 2026-11-24 declined: sorry, not taking calls
        >>>>>>> laptop

        """

    @Test("is an error at its '<<<<<<<' line, in the body or in the front matter")
    func reported() throws {
        let inFrontMatter =
            "---\nname: Erin Cho\n<<<<<<< HEAD\norganization: Acme\n=======\norganization: Beta\n>>>>>>> b\n---\n"
        let vault = try TemporaryVault.load(["contacts/erin.md": Self.conflicted, "contacts/erin-2.md": inFrontMatter])
        let conflicts = vault.diagnostics(.mergeConflict).map { "\($0.located) \($0.severity)" }
        #expect(conflicts.sorted() == ["error contacts/erin-2.md:3:1 error", "error contacts/erin.md:7:1 error"])
    }

    @Test(
        "markers not at a line's start, or with no closing line, are text",
        arguments: [
            "Text with <<<<<<< in it\n>>>>>>> and this\n", "<<<<<<< HEAD\nno end\n", "<<<<<<<< eight\n>>>>>>>> eight\n",
            "> <<<<<<< quoted\n> >>>>>>> quoted\n",
        ])
    func notAConflict(text: String) throws {
        let vault = try TemporaryVault.load(["notes/a.md": text])
        #expect(vault.diagnostics(.mergeConflict).isEmpty)
    }

    @Test("a command that writes into the note refuses, and writes nothing")
    func writesRefused() throws {
        let folder = try TestFolder(["contacts/erin.md": Self.conflicted])
        let path = folder.root + "/contacts/erin.md"
        #expect {
            try FileWriter.update(path) { (bytes: [UInt8]) throws(FileWriter.WriteError) in
                (bytes + Array("x".utf8), ())
            }
        } throws: { error in
            guard case FileWriter.UpdateFailure<FileWriter.WriteError>.write(let write) = error else { return false }
            return write.reason.contains("unresolved merge conflict (the '<<<<<<<' line)")
                && write.location == path + ":7:1"
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.conflicted)
    }
}
