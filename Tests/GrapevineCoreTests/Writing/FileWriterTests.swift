import Foundation
import Testing

@testable import GrapevineCore
import TestSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder holding `note.md`, for one test.
private final class NoteFolder {
    let root: String
    var note: String { root + "/note.md" }

    init(_ text: String = "old\n") throws {
        root =
            Scratch.path("grapevine-writer").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try write(text)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    func write(_ text: String, to name: String = "note.md") throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + name))
    }

    /// Saves `text` as an editor that writes into the file itself does (VS Code, nano).
    func saveInPlace(_ text: String) {
        #expect(throws: Never.self) { try self.write(text) }
    }

    /// Saves `text` as an editor that writes a new file and renames it over the old one does.
    func saveByRename(_ text: String) {
        #expect(throws: Never.self) { try self.write(text, to: ".note.md.swp") }
        #expect(rename(root + "/.note.md.swp", note) == 0)
    }

    func text() throws -> String {
        try String(contentsOfFile: note, encoding: .utf8)
    }

    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root).sorted()
    }
}

/// Appends "new\n", as `log` would append an entry.
private func appendLine(_ bytes: [UInt8]) -> (contents: [UInt8], result: Int) {
    (bytes + Array("new\n".utf8), bytes.count)
}

private struct Refusal: Error, Equatable {}

/// The kind of write error `body` failed with; `nil` when it did not fail so.
private func writeErrorKind(_ body: () throws(FileWriter.UpdateFailure<Never>) -> Void) -> FileWriter.WriteError.Kind? {
    do {
        try body()
        return nil
    } catch {
        guard case .write(let failure) = error else { return nil }
        return failure.kind
    }
}

@Suite("Replacing a file: FileWriter.update")
struct FileWriterUpdateTests {
    @Test("replaces the bytes with what the change made of them, and returns its result")
    func replaces() throws {
        let folder = try NoteFolder("old\n")
        let count = try FileWriter.update(folder.note, appendLine)
        #expect(count == 4)
        #expect(try folder.text() == "old\nnew\n")
        #expect(try folder.names() == ["note.md"])
    }

    @Test("a symlink into a hidden folder is never written through, one by one or in a batch; another link is")
    func linkIntoHidden() throws {
        let folder = try NoteFolder("old\n")
        try FileManager.default.createDirectory(atPath: folder.root + "/.git", withIntermediateDirectories: true)
        try folder.write("[core]\n", to: ".git/config")
        try FileManager.default.createDirectory(atPath: folder.root + "/contacts", withIntermediateDirectories: true)
        #expect(symlink("../.git/config", folder.root + "/contacts/cfg.md") == 0)
        #expect(symlink("../note.md", folder.root + "/contacts/alias.md") == 0)
        do {
            _ = try FileWriter.update(folder.root + "/contacts/cfg.md", appendLine)
            Issue.record("wrote through a link into .git")
        } catch {
            guard case .write(let failure) = error else { Issue.record("\(error)"); return }
            #expect(failure.reason.contains("in a hidden folder"), "\(failure.reason)")
        }
        let batch = FileWriter.updateAll([folder.root + "/contacts/cfg.md"]) { (_, bytes) throws(Never) in
            (bytes + Array("+\n".utf8), ())
        }
        guard case .failure(.write(let failure)) = batch.first else { Issue.record("\(batch)"); return }
        #expect(failure.reason.contains("in a hidden folder"), "\(failure.reason)")
        #expect(try String(contentsOfFile: folder.root + "/.git/config", encoding: .utf8) == "[core]\n")
        _ = try FileWriter.update(folder.root + "/contacts/alias.md", appendLine)
        #expect(try folder.text() == "old\nnew\n")
    }

    @Test("a change that refuses writes nothing")
    func refused() throws {
        let folder = try NoteFolder("old\n")
        #expect(throws: FileWriter.UpdateFailure<Refusal>.self) {
            try FileWriter.update(folder.note) { (_) throws(Refusal) -> (contents: [UInt8], result: Void) in
                throw Refusal()
            }
        }
        #expect(try folder.text() == "old\n")
        #expect(try folder.names() == ["note.md"])
    }

    @Test("a file that no longer exists is not created")
    func missing() throws {
        let folder = try NoteFolder()
        let kind = writeErrorKind { () throws(FileWriter.UpdateFailure<Never>) in
            _ = try FileWriter.update(folder.root + "/gone.md", appendLine)
        }
        #expect(kind == .changed)
        #expect(try folder.names() == ["note.md"])
    }

    @Test("an editor's save between the last check and the swap is put back, in place or by rename")
    func editorBeforeSwap() throws {
        for save in [NoteFolder.saveInPlace, NoteFolder.saveByRename] {
            let folder = try NoteFolder("old\n")
            var options = Replacement.Options()
            options.interpose = { if $0 == .beforeSwap { save(folder)("edited\n") } }
            let kind = writeErrorKind { () throws(FileWriter.UpdateFailure<Never>) in
                _ = try FileWriter.update(folder.note, options, appendLine)
            }
            #expect(kind == .changed)
            #expect(try folder.text() == "edited\n")
            #expect(try folder.names() == ["note.md"])
        }
    }

    @Test("two saves by rename around the swap: the later one stays")
    func twoSaves() throws {
        let folder = try NoteFolder("old\n")
        var options = Replacement.Options()
        options.interpose = { stage in
            folder.saveByRename(stage == .beforeSwap ? "first save\n" : "second save\n")
        }
        let kind = writeErrorKind { () throws(FileWriter.UpdateFailure<Never>) in
            _ = try FileWriter.update(folder.note, options, appendLine)
        }
        #expect(kind == .changed)
        #expect(try folder.text() == "second save\n")
        #expect(try folder.names() == ["note.md"])
    }

    @Test("where files cannot be swapped, an edit written into the old file is put back after the rename")
    func editorWithoutSwap() throws {
        for stage in [Replacement.Stage.beforeSwap, .afterSwap] {
            let folder = try NoteFolder("old\n")
            // The editor's open file, opened after the read: what it writes goes to the file it
            // opened, whatever the name holds by then.
            var editor: FileHandle?
            defer { try? editor?.close() }
            var options = Replacement.Options()
            options.swaps = false
            options.interpose = { now in
                if now == .beforeSwap { editor = try? FileHandle(forWritingTo: URL(fileURLWithPath: folder.note)) }
                guard now == stage else { return }
                #expect(throws: Never.self) {
                    try editor?.truncate(atOffset: 0)
                    try editor?.write(contentsOf: Data("edited\n".utf8))
                }
            }
            let kind = writeErrorKind { () throws(FileWriter.UpdateFailure<Never>) in
                _ = try FileWriter.update(folder.note, options, appendLine)
            }
            #expect(kind == .changed, "\(stage)")
            #expect(try folder.text() == "edited\n", "\(stage)")
            #expect(try folder.names() == ["note.md"], "\(stage)")
        }
    }

    @Test("a file edited between the read and the last check is refused, whatever its size and times")
    func changedBeforeCheck() throws {
        let folder = try NoteFolder("old\n")
        let kind = writeErrorKind { () throws(FileWriter.UpdateFailure<Never>) in
            _ = try FileWriter.update(folder.note) { bytes in
                folder.saveInPlace("odd\n")  // same size, same second
                return appendLine(bytes)
            }
        }
        #expect(kind == .changed)
        #expect(try folder.text() == "odd\n")
        #expect(try folder.names() == ["note.md"])
    }

    @Test("waits for another Grapevine write in the folder, then writes; gives up with a message after the timeout")
    func lock() throws {
        let folder = try NoteFolder("old\n")
        let held = open(folder.root, O_RDONLY | O_DIRECTORY)
        #expect(flock(held, LOCK_EX) == 0)
        var options = Replacement.Options()
        options.lockTimeout = .milliseconds(100)
        let kind = writeErrorKind { () throws(FileWriter.UpdateFailure<Never>) in
            _ = try FileWriter.update(folder.note, options, appendLine)
        }
        #expect(kind == .busy)
        #expect(try folder.text() == "old\n")
        Thread.detachNewThread {
            usleep(150_000)
            close(held)
        }
        options.lockTimeout = .seconds(60)
        _ = try FileWriter.update(folder.note, options, appendLine)
        #expect(try folder.text() == "old\nnew\n")
    }

    @Test("a file without write permission is refused, even for root", arguments: [0o444, 0o400, 0o044])
    func readOnly(mode: Int) throws {
        let folder = try NoteFolder("old\n")
        #expect(chmod(folder.note, mode_t(mode)) == 0)
        let kind = writeErrorKind { () throws(FileWriter.UpdateFailure<Never>) in
            _ = try FileWriter.update(folder.note, appendLine)
        }
        #expect(kind == .readOnly)
        #expect(try folder.text() == "old\n")
        #expect(try folder.names() == ["note.md"])
    }

    @Test("a FIFO or a folder where the file was is refused at once, without waiting on it")
    func notAFile() throws {
        let folder = try NoteFolder()
        #expect(mkfifo(folder.root + "/pipe.md", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: folder.root + "/folder.md", withIntermediateDirectories: false)
        for name in ["pipe.md", "folder.md"] {
            let kind = writeErrorKind { () throws(FileWriter.UpdateFailure<Never>) in
                _ = try FileWriter.update(folder.root + "/" + name, appendLine)
            }
            #expect(kind == .other, "\(name)")
        }
        #expect(try folder.names() == ["folder.md", "note.md", "pipe.md"])
    }

    @Test("a note an editor is saving in place, in parts, is read once the save is done, not half written")
    func editorSavingInParts() throws {
        let folder = try NoteFolder("first half\nsecond half\n")
        let editor = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.note))
        try editor.truncate(atOffset: 0)
        try editor.write(contentsOf: Data("first half\n".utf8))
        Thread.detachNewThread {
            usleep(150_000)
            try? editor.write(contentsOf: Data("second half\ntyped\n".utf8))
            try? editor.close()
        }
        _ = try FileWriter.update(folder.note, appendLine)
        #expect(try folder.text() == "first half\nsecond half\ntyped\nnew\n")
        #expect(try folder.names() == ["note.md"])
    }

    @Test("a note another program keeps open for writing is refused after the timeout, unchanged")
    func editorKeepsWriting() throws {
        let folder = try NoteFolder("first half\n")
        let editor = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.note))
        defer { try? editor.close() }
        var options = Replacement.Options()
        options.lockTimeout = .milliseconds(100)
        let kind = writeErrorKind { () throws(FileWriter.UpdateFailure<Never>) in
            _ = try FileWriter.update(folder.note, options, appendLine)
        }
        #expect(kind == .busy)
        #expect(try folder.text() == "first half\n")
        #expect(try folder.names() == ["note.md"])
    }

    @Test("an editor that opens the note before the swap and writes only after it: the swap is undone, its save kept")
    func editorWritesIntoDisplacedFile() throws {
        let folder = try NoteFolder("old\n")
        var editor: FileHandle?
        var options = Replacement.Options()
        options.interpose = { stage in
            guard stage == .beforeSwap else { return }
            editor = try? FileHandle(forWritingTo: URL(fileURLWithPath: folder.note))
        }
        let kind = writeErrorKind { () throws(FileWriter.UpdateFailure<Never>) in
            _ = try FileWriter.update(folder.note, options, appendLine)
        }
        #expect(kind == .changed)
        let opened = try #require(editor)
        try opened.truncate(atOffset: 0)
        try opened.write(contentsOf: Data("edited\n".utf8))
        try opened.close()
        #expect(try folder.text() == "edited\n")
        #expect(try folder.names() == ["note.md"])
    }

    @Test("a note only read by another program is written at once")
    func readerDoesNotHoldOff() throws {
        let folder = try NoteFolder("old\n")
        let reader = try FileHandle(forReadingFrom: URL(fileURLWithPath: folder.note))
        defer { try? reader.close() }
        var options = Replacement.Options()
        options.lockTimeout = .milliseconds(100)
        _ = try FileWriter.update(folder.note, options, appendLine)
        #expect(try folder.text() == "old\nnew\n")
    }

    @Test("keeps the file's permissions")
    func permissions() throws {
        let folder = try NoteFolder("old\n")
        #expect(chmod(folder.note, 0o640) == 0)
        _ = try FileWriter.update(folder.note, appendLine)
        let mode = try FileManager.default.attributesOfItem(atPath: folder.note)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }
}

@Suite("Creating a file: FileWriter.create")
struct FileWriterCreateTests {
    @Test("creates the file, and refuses one that exists, leaving no temporary file")
    func create() throws {
        let folder = try NoteFolder("old\n")
        try FileWriter.create(folder.root + "/new.md", contents: "fresh\n")
        #expect(try String(contentsOfFile: folder.root + "/new.md", encoding: .utf8) == "fresh\n")
        #expect(throws: FileWriter.WriteError.self) { try FileWriter.create(folder.note, contents: "replaced\n") }
        #expect(try folder.text() == "old\n")
        #expect(try folder.names() == ["new.md", "note.md"])
    }

    @Test("refuses a dangling symlink where the file would go, rather than write through it")
    func danglingSymlink() throws {
        let folder = try NoteFolder()
        #expect(symlink(folder.root + "/elsewhere.md", folder.root + "/new.md") == 0)
        #expect(throws: FileWriter.WriteError.self) { try FileWriter.create(folder.root + "/new.md", contents: "x") }
        #expect(!FileManager.default.fileExists(atPath: folder.root + "/elsewhere.md"))
        #expect(try folder.names() == ["new.md", "note.md"])
    }

    @Test("a folder that does not exist is a message, not a crash")
    func noFolder() throws {
        let folder = try NoteFolder()
        do {
            try FileWriter.create(folder.root + "/missing/new.md", contents: "x")
            Issue.record("created a file in a missing folder")
        } catch {
            #expect(error.reason.hasPrefix("its folder does not exist"))
        }
    }
}

@Suite("Temporary files: their names, and the stale ones removed")
struct TemporaryFileTests {
    @Test(
        "names",
        arguments: [
            (".grapevine-0123456789abcdef.tmp", TemporaryFile.Naming.current),
            (".grapevine-12345-678901.tmp", .unlocked),
            (".grapevine-0123456789ABCDEF.tmp", .foreign),
            (".grapevine-0123456789abcde.tmp", .foreign),
            (".grapevine-0123456789abcdef.tmp.md", .foreign),
            (".grapevine-12345.tmp", .foreign),
            (".grapevine--1.tmp", .foreign),
            (".grapevine-.tmp", .foreign),
            (".grapevine-site", .foreign),
            ("grapevine-0123456789abcdef.tmp", .foreign),
            ("notes.tmp", .foreign),
        ])
    func naming(name: String, expected: TemporaryFile.Naming) {
        #expect(TemporaryFile.naming(of: name) == expected)
    }

    @Test("the next write in a folder removes our abandoned temporary files, and nothing else")
    func removesStale() throws {
        let folder = try NoteFolder("old\n")
        let abandoned = ".grapevine-00000000000000aa.tmp"
        let live = ".grapevine-00000000000000bb.tmp"
        let oldStyleYoung = ".grapevine-123-456.tmp"
        let oldStyleOld = ".grapevine-123-789.tmp"
        let kept = [".grapevine-notours.tmp", "notes.tmp", ".grapevine-00000000000000cc.tmp.md", live, oldStyleYoung]
        for name in [abandoned, oldStyleOld] + kept { try folder.write("leftover\n", to: name) }
        // A writer still at work holds a lock on its file.
        let writer = open(folder.root + "/" + live, O_WRONLY)
        defer { close(writer) }
        #expect(flock(writer, LOCK_EX) == 0)
        var old = [timeval(tv_sec: time(nil) - 120, tv_usec: 0), timeval(tv_sec: time(nil) - 120, tv_usec: 0)]
        #expect(utimes(folder.root + "/" + oldStyleOld, &old) == 0)
        // Links and folders named like ours are not files of ours.
        #expect(symlink("note.md", folder.root + "/.grapevine-00000000000000dd.tmp") == 0)
        try FileManager.default.createDirectory(
            atPath: folder.root + "/.grapevine-00000000000000ee.tmp", withIntermediateDirectories: false)

        _ = try FileWriter.update(folder.note, appendLine)

        let expected = kept + ["note.md", ".grapevine-00000000000000dd.tmp", ".grapevine-00000000000000ee.tmp"]
        #expect(try folder.names() == expected.sorted())
        #expect(try folder.text() == "old\nnew\n")
    }

    @Test("creating a file cleans up too")
    func createCleans() throws {
        let folder = try NoteFolder()
        try folder.write("leftover\n", to: ".grapevine-00000000000000aa.tmp")
        try FileWriter.create(folder.root + "/new.md", contents: "x")
        #expect(try folder.names() == ["new.md", "note.md"])
    }

    @Test("the vault never reads a temporary file as a note")
    func notIndexed() throws {
        let contact = "---\nname: Sam Reyes\n---\n"
        let vault = try TemporaryVault.load([
            "contacts/sam.md": contact,
            "contacts/.grapevine-0123456789abcdef.tmp": contact,
            "contacts/.grapevine-1234-5678.tmp": contact,
            ".grapevine-0123456789abcdef.tmp": contact,
        ])
        #expect(vault.notes.map(\.path) == ["contacts/sam.md"])
    }
}
