import Foundation
import Testing

@testable import GrapevineCore

/// The batches a watch reported, in order.
private actor Batches {
    private(set) var all: [VaultWatch.Batch] = []

    func append(_ batch: VaultWatch.Batch) {
        all.append(batch)
    }

    /// Waits up to five seconds for `count` batches that satisfy `found`.
    func wait(count: Int = 1, for found: (VaultWatch.Batch) -> Bool) async -> Bool {
        for _ in 0..<500 {
            if all.filter(found).count >= count { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return false
    }
}

@Suite("the system reports the files of a vault that change")
struct VaultWatchTests {
    #if os(Linux)
        @Test("a note saved in a folder made after the watch began is reported by its path")
        func newFolder() async throws {
            let folder = try TestFolder(["contacts/ana.md": "---\nname: Ana\n---\n"])
            let batches = Batches()
            let root = folder.root
            let watch = Task { await VaultWatch(root: root).run { await batches.append($0) } }
            defer { watch.cancel() }
            #expect(await batches.wait { $0 == .everything }, "the first batch looks at everything")
            try folder.write(["contacts/ana.md": "---\nname: Ana Li\n---\n"])
            #expect(await batches.wait { $0 == .paths(["contacts/ana.md"]) })
            try FileManager.default.createDirectory(
                atPath: folder.root + "/contacts/2026", withIntermediateDirectories: true)
            #expect(await batches.wait(count: 2) { $0 == .everything }, "a new folder: a whole look")
            // Once the new folder is watched, a note written there is reported by its path.
            try await Task.sleep(for: .milliseconds(50))
            try folder.write(["contacts/2026/bo.md": "---\nname: Bo\n---\n"])
            #expect(await batches.wait { $0 == .paths(["contacts/2026/bo.md"]) })
            try FileManager.default.removeItem(atPath: folder.root + "/contacts/ana.md")
            #expect(await batches.wait { $0 == .paths(["contacts/ana.md"]) })
            watch.cancel()
            #expect(await watch.value == true, "a cancelled watch ends")
        }

        @Test("inotify's events are read from their bytes")
        func parse() {
            var bytes: [UInt8] = []
            for (watch, mask, name) in [(1, 0x8, "ana.md"), (2, 0x200, "")] as [(UInt32, UInt32, String)] {
                let padded = name.isEmpty ? 0 : (name.utf8.count / 16 + 1) * 16
                for number in [watch, mask, 0, UInt32(padded)] {
                    bytes += (0..<4).map { UInt8(truncatingIfNeeded: number >> (8 * $0)) }
                }
                bytes += Array(name.utf8) + Array(repeating: 0, count: padded - name.utf8.count)
            }
            #expect(
                VaultWatch.parse(bytes[...]) == [
                    .init(watch: 1, mask: 0x8, name: "ana.md"), .init(watch: 2, mask: 0x200, name: ""),
                ])
        }
    #endif

    @Test("looking again at a few paths finds what a whole look finds")
    func scanUpdate() throws {
        let folder = try TestFolder([
            "contacts/ana.md": "---\nname: Ana\n---\n", "contacts/bo.md": "---\nname: Bo\n---\n",
            ".grapevine/config.yml": "owner: Alex\n",
        ])
        let config = LiveVault(root: folder.root).config
        var scan = VaultScan(root: folder.root, config: config)
        try FileManager.default.removeItem(atPath: folder.root + "/contacts/bo.md")
        try folder.write([
            "contacts/cy.md": "---\nname: Cy\n---\n", "contacts/ana.md": "---\nname: Ana Li\n---\n",
            ".grapevine/config.yml": "owner: Alex Kim\n", "notes.txt": "not a note",
        ])
        let changes = scan.update(
            paths: ["contacts/bo.md", "contacts/cy.md", "contacts/ana.md", ".grapevine/config.yml", "notes.txt"],
            root: folder.root, config: config)
        #expect(changes.notes == ["contacts/cy.md", "contacts/ana.md"])
        #expect(changes.removed == ["contacts/bo.md"])
        #expect(changes.settings)
        #expect(scan == VaultScan(root: folder.root, config: config))
    }
}
