import CSystem
import Foundation
import Synchronization
import Testing

@testable import GrapevineCore

@Suite("Many files written at once")
struct FileWriterBatchTests {
    private func contents(_ path: String) -> String? {
        try? String(contentsOfFile: path, encoding: .utf8)
    }

    private func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test("creates every file across folders and chunks, refuses those that exist, leaves no temporary file")
    func create() throws {
        let folder = try TestFolder(["a/kept.md": "mine\n"])
        // More than one chunk, so that they are written on all cores.
        let count = FileWriter.largestChunk + 3
        var files = (0..<count).map { (path: folder.root + "/a/n\($0).md", contents: Array("note \($0)\n".utf8)) }
        files.append((folder.root + "/a/kept.md", Array("theirs\n".utf8)))
        files.append((folder.root + "/b/other.md", Array("other\n".utf8)))
        try FileManager.default.createDirectory(atPath: folder.root + "/b", withIntermediateDirectories: true)
        let progress = Mutex(0)
        let errors = FileWriter.createAll(files) { done in progress.withLock { $0 += done } }
        #expect(errors.compactMap { $0 }.map(\.kind) == [.exists])
        #expect(errors[count]?.path == folder.root + "/a/kept.md")
        #expect(progress.withLock { $0 } == files.count)
        #expect(contents(folder.root + "/a/kept.md") == "mine\n")
        #expect(contents(folder.root + "/a/n\(count - 1).md") == "note \(count - 1)\n")
        #expect(contents(folder.root + "/b/other.md") == "other\n")
        #expect(names(in: folder.root + "/a").count == count + 1)
        #expect(!names(in: folder.root + "/a").contains { $0.hasPrefix(".grapevine-") })
    }

    @Test("changes every file across chunks and leaves no temporary file: what the swaps displaced is removed")
    func updateChunks() throws {
        let count = FileWriter.largestChunk + 3
        let folder = try TestFolder(
            Dictionary(uniqueKeysWithValues: (0..<count).map { ("a/n\($0).md", "note \($0)\n") }))
        let paths = (0..<count).map { folder.root + "/a/n\($0).md" }
        let results = FileWriter.updateAll(paths) { (index, bytes) throws(Never) in (bytes + Array("+\n".utf8), index) }
        #expect(results.compactMap { try? $0.get() } == Array(0..<count))
        #expect(contents(paths[count - 1]) == "note \(count - 1)\n+\n")
        #expect(names(in: folder.root + "/a").count == count)
        #expect(!names(in: folder.root + "/a").contains { $0.hasPrefix(".grapevine-") })
    }

    @Test("chunks: one size, none larger than allowed, more than one when there are cores for them")
    func chunks() {
        for count in [1, 15, 16, 17, 1_000, 4_998, 5_001, 40_000] {
            let chunks = FileWriter.chunks(Array(0..<count))
            #expect(Array(chunks.joined()) == Array(0..<count))
            #expect(chunks.allSatisfy { $0.count <= FileWriter.largestChunk })
            #expect(chunks.map(\.count).max()! - chunks.map(\.count).min()! <= chunks.count)
            #expect(chunks.count >= min(count, 2) || ProcessorCount.active == 1)
        }
    }

    @Test("removes names many at a time, and counts those that are not there")
    func removeNames() throws {
        let folder = try TestFolder(Dictionary(uniqueKeysWithValues: (0..<40).map { ("a/f\($0)", "\($0)\n") }))
        let descriptor = open(folder.root + "/a", O_RDONLY | O_DIRECTORY)
        defer { close(descriptor) }
        let removed = (0..<30).map { "f\($0)" } + ["missing"]
        #expect(grapevine_remove_names(descriptor, removed.flatMap(\.utf8CString), Int32(removed.count), 8) == 1)
        #expect(names(in: folder.root + "/a") == (30..<40).map { "f\($0)" }.sorted())
    }

    @Test("changes each file from its bytes; a refusal, a missing file and a read-only one are reported alone")
    func update() throws {
        let folder = try TestFolder(["n/one.md": "1\n", "n/two.md": "2\n", "n/three.md": "3\n", "n/ro.md": "ro\n"])
        chmod(folder.root + "/n/ro.md", 0o444)
        let paths = ["one", "two", "gone", "three", "ro"].map { folder.root + "/n/\($0).md" }
        struct Refused: Error {}
        let results = FileWriter.updateAll(paths) { (index, bytes) throws(Refused) in
            guard index != 3 else { throw Refused() }
            return (bytes + Array("+\n".utf8), index)
        }
        #expect(contents(paths[0]) == "1\n+\n")
        #expect(contents(paths[1]) == "2\n+\n")
        #expect(contents(paths[3]) == "3\n")
        #expect(contents(paths[4]) == "ro\n")
        #expect(try results[0].get() == 0)
        guard case .failure(.write(let gone)) = results[2], case .failure(.refused) = results[3],
            case .failure(.write(let readOnly)) = results[4]
        else {
            Issue.record("unexpected results: \(results)")
            return
        }
        #expect(gone.kind == .changed)
        #expect(readOnly.kind == .readOnly)
        #expect(!names(in: folder.root + "/n").contains { $0.hasPrefix(".grapevine-") })
    }
}
