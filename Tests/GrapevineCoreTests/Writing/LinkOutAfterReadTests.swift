import Foundation
import Testing

@testable import GrapevineCore

/// A note read as a file, then swapped for a symlink out of the vault (or its folder swapped)
/// before a writing command writes it: the write must not land outside the vault, even when
/// the file out there holds exactly what was read.
@Suite("writing a note that became a link out of the vault after it was read")
struct LinkOutAfterReadTests {
    static let note = "---\nname: Ann\nadded: 2026-10-01\n---\n\n## Log\n- 2026-10-02 emailed\n"

    /// A world holding `vault/contacts/ann.md` and, outside the vault, `outside/ann.md` with the
    /// same text; then `swap` puts a link in the vault in place of the note or of its folder.
    static func world(swappingFolder: Bool) throws -> (world: TestFolder, vault: String, outside: String) {
        let world = try TestFolder(["vault/contacts/ann.md": note, "outside/ann.md": note])
        let vault = world.root + "/vault"
        let manager = FileManager.default
        if swappingFolder {
            try manager.removeItem(atPath: vault + "/contacts")
            try manager.createSymbolicLink(atPath: vault + "/contacts", withDestinationPath: world.root + "/outside")
        } else {
            try manager.removeItem(atPath: vault + "/contacts/ann.md")
            try manager.createSymbolicLink(
                atPath: vault + "/contacts/ann.md", withDestinationPath: world.root + "/outside/ann.md")
        }
        return (world, vault, world.root + "/outside/ann.md")
    }

    @Test("log refuses, naming where it leads; the file outside is unchanged", arguments: [false, true])
    func log(swappingFolder: Bool) throws {
        let (world, vault, outside) = try Self.world(swappingFolder: swappingFolder)
        let entry = try #require(
            NewLogEntry(date: LocalDateTime(date: LocalDate(valid: "2026-11-01")), event: "replied", text: []))
        #expect {
            try entry.append(toNoteAt: "contacts/ann.md", inVault: vault)
        } throws: { error in
            "\(error)".contains("outside the vault")
        }
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == Self.note)
        _ = world
    }

    @Test("a front matter field is not inserted there", arguments: [false, true])
    func frontMatter(swappingFolder: Bool) throws {
        let (world, vault, outside) = try Self.world(swappingFolder: swappingFolder)
        let insertion = FrontMatterInsertion(path: "contacts/ann.md", key: "title", value: "Chemist")
        #expect(throws: FrontMatterInsertion.Failure.self) { try insertion.write(inVault: vault) }
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == Self.note)
        _ = world
    }

    @Test("a batch (import) refuses that file", arguments: [false, true])
    func batch(swappingFolder: Bool) throws {
        let (world, vault, outside) = try Self.world(swappingFolder: swappingFolder)
        let results = FileWriter.updateAll([vault + "/contacts/ann.md"], inVault: vault) {
            (_, bytes) throws(Never) in (bytes + Array("+\n".utf8), ())
        }
        guard case .failure(.write(let error)) = results.first else {
            Issue.record("the batch wrote through the link: \(results)")
            return
        }
        #expect(error.reason.contains("outside the vault"))
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == Self.note)
        _ = world
    }

    /// Session 35: `merge` removed B through its folder without asking where it led, so a
    /// folder swapped for a link out of the vault after A was written lost the file out there.
    @Test("merge does not remove B through a folder that now leads out of the vault")
    func mergeRemoval() throws {
        let b = "---\nname: Ann Lee\ntype: contact\nadded: 2026-10-03\n---\nMet at the fair.\n"
        let world = try TestFolder([
            "vault/contacts/ann.md": Self.note, "vault/old/ann-lee.md": b, "outside/ann-lee.md": b,
        ])
        let vault = world.root + "/vault"
        let loaded = VaultLoader.load(root: vault)
        let merge = try Merge(
            folding: try loaded.node(atPath: "old/ann-lee.md"), into: try loaded.node(atPath: "contacts/ann.md"),
            in: loaded)
        #expect {
            try merge.write(inVault: vault) {
                let manager = FileManager.default
                try? manager.moveItem(atPath: vault + "/old", toPath: world.root + "/old-real")
                try? manager.createSymbolicLink(atPath: vault + "/old", withDestinationPath: world.root + "/outside")
            }
        } throws: { error in
            "\(error)".contains("outside the vault")
        }
        #expect(try String(contentsOfFile: world.root + "/outside/ann-lee.md", encoding: .utf8) == b)
        // A is put back as it was.
        #expect(try String(contentsOfFile: vault + "/contacts/ann.md", encoding: .utf8) == Self.note)
    }

    @Test("a link that stays in the vault is still written through")
    func linkInside() throws {
        let world = try TestFolder(["vault/people/ann.md": Self.note])
        let vault = world.root + "/vault"
        try FileManager.default.createDirectory(atPath: vault + "/contacts", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: vault + "/contacts/ann.md", withDestinationPath: "../people/ann.md")
        let insertion = FrontMatterInsertion(path: "contacts/ann.md", key: "title", value: "Chemist")
        _ = try insertion.write(inVault: vault)
        #expect(try String(contentsOfFile: vault + "/people/ann.md", encoding: .utf8).contains("title: Chemist"))
    }
}
