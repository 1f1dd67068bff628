import Foundation
import GrapevineCore
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `grapevine` process started from the built binary, as a user (or a script) would run it.
private final class Child {
    let process = Process()
    private let output = Pipe()
    private let errors = Pipe()

    init(_ arguments: [String], through tracer: [String] = []) throws {
        process.executableURL = tracer.isEmpty ? ExecutableTests.binary : URL(fileURLWithPath: tracer[0])
        process.arguments = tracer.isEmpty ? arguments : tracer.dropFirst() + [ExecutableTests.binary.path] + arguments
        process.standardOutput = output
        process.standardError = errors
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// Waits for the process to end; its exit status (or the signal that ended it) and output.
    func wait() -> (status: Int32, output: String, errors: String) {
        process.waitUntilExit()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaints = errors.fileHandleForReading.readDataToEndOfFile()
        return (
            process.terminationStatus, String(decoding: printed, as: UTF8.self),
            String(decoding: complaints, as: UTF8.self)
        )
    }
}

/// A vault with one contact, Sam Reyes, whose Log is the last section of the note, so that a
/// new entry goes at the very end of the file.
private final class SamVault {
    let folder: TemporaryFolder
    var note: String { folder.path + "/contacts/sam-reyes.md" }
    var contacts: String { folder.path + "/contacts" }

    init(notes: String = "Met at the fair.\n") throws {
        folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\n\n# Sam Reyes\n\n" + notes
                + "\n## Log\n- 2026-10-01 emailed: intro\n",
        ])
    }

    func logArguments(_ text: String) -> [String] {
        ["log", "Sam Reyes", "met", text, "--vault", folder.path, "--today", "2026-11-21"]
    }

    /// The line `log` appends for `text`.
    static func entry(_ text: String) -> [UInt8] { Array("- 2026-11-21 met: \(text)\n".utf8) }

    func bytes() throws -> [UInt8] {
        Array(try #require(FileManager.default.contents(atPath: note)))
    }

    func write(_ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: note))
    }
}

/// The names of the hidden temporary files Grapevine's writes use, left in `folder`.
private func temporaryFiles(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).filter {
        $0.hasPrefix(".grapevine-") && $0.hasSuffix(".tmp")
    }
}

private func occurrences(of needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
}

private func mode(of path: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
}

/// Runs `chattr` (Linux); `false` when the system does not allow it (no tool, no privilege, a
/// file system without the flag).
private func chattr(_ flag: String, _ path: String) -> Bool {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chattr") else { return false }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
    process.arguments = [flag, path]
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}

@Suite("Writing safely: logs at once, editors, kills, read-only notes")
struct WriteSafetyTests {
    @Test(
        "logs run at the same time on one contact all succeed, and every entry lands exactly once",
        arguments: [2, 4, 8])
    func concurrentLogs(processes: Int) throws {
        let sam = try SamVault()
        var landed: [String] = []
        for round in 0..<3 {
            let texts = (0..<processes).map { "round \(round) writer \($0)" }
            let children = try texts.map { try Child(sam.logArguments($0)) }
            for (text, child) in zip(texts, children) {
                let result = child.wait()
                #expect(result.status == 0, "\(text): \(result.errors)")
                if result.status == 0 { landed.append(text) }
            }
        }
        let note = String(decoding: try sam.bytes(), as: UTF8.self)
        for text in landed {
            #expect(occurrences(of: "- 2026-11-21 met: \(text)\n", in: note) == 1, "\(text)")
        }
        #expect(
            occurrences(of: "\n- 2026-", in: note) == 1 + landed.count, "a log reported success but its entry is gone")
        #expect(try temporaryFiles(in: sam.contacts).isEmpty)
    }

    @Test("a log waits while another Grapevine command writes in the note's folder, then adds its entry")
    func waitsForTheLock() throws {
        let sam = try SamVault()
        let before = try sam.bytes()
        let held = open(sam.contacts, O_RDONLY | O_DIRECTORY)
        #expect(flock(held, LOCK_EX) == 0)
        let child = try Child(sam.logArguments("after the wait"))
        usleep(400_000)
        #expect(child.process.isRunning)
        #expect(try sam.bytes() == before)
        close(held)
        let result = child.wait()
        #expect(result.status == 0, "\(result.errors)")
        #expect(try sam.bytes() == before + SamVault.entry("after the wait"))
    }

    @Test(
        "a log killed at any moment leaves the old note or the new one, and the next write removes its temporary file")
    func killed() throws {
        let sam = try SamVault(
            notes: String(repeating: "A line of notes about Sam, long enough to take room.\n", count: 500))
        var killedWhileWriting = 0
        for attempt in 0..<30 where killedWhileWriting < killDelays.count {
            let before = try sam.bytes()
            let child = try Child(sam.logArguments("attempt \(attempt)"))
            killOnceWriting(child, in: sam.contacts, after: killDelays[killedWhileWriting])
            let after = try sam.bytes()
            #expect(
                after == before || after == before + SamVault.entry("attempt \(attempt)"),
                "attempt \(attempt): the note is neither the old one nor the new one")
            let left = try temporaryFiles(in: sam.contacts)
            guard !left.isEmpty else { continue }
            killedWhileWriting += 1
            let next = try Child(sam.logArguments("after attempt \(attempt)")).wait()
            #expect(next.status == 0, "\(next.errors)")
            #expect(try temporaryFiles(in: sam.contacts).isEmpty, "left after the next log: \(left)")
        }
        #expect(killedWhileWriting > 0, "no kill landed while the note was being written")
    }

    @Test(
        "an editor's save in the moment before log swaps in the new text is kept, in place or by rename",
        .enabled(if: Strace.works), arguments: ["in place", "by rename"])
    func editorSavesBeforeTheSwap(save: String) throws {
        let sam = try SamVault()
        let edited = Array(
            String(decoding: try sam.bytes(), as: UTF8.self).replacingOccurrences(
                of: "\n# Sam Reyes", with: "\n# Sam Reyes, edited"
            ).utf8)
        let child = try Child(sam.logArguments("during the save"), through: Strace.delayingTheSwap(by: 1.5))
        while child.process.isRunning, !hasTemporaryFile(sam.contacts) { usleep(1_000) }
        usleep(300_000)  // the new text is written and compared; the swap waits
        try editorSave(edited, as: save, in: sam)
        let result = child.wait()
        #expect(try sam.bytes() == edited, "the editor's save was lost")
        #expect(result.status == 1)
        #expect(result.errors.contains("changed while Grapevine was writing it; nothing was written, try again"))
        #expect(try temporaryFiles(in: sam.contacts).isEmpty)
    }

    @Test(
        "an editor's save in the moment before done or snooze swaps in the new text is kept: nothing is clobbered",
        .enabled(if: Strace.works),
        arguments: [["done", "1"], ["done", "2"], ["snooze", "2", "--until", "2026-12-05"]])
    func editorSavesBeforeDoneSwaps(command: [String]) throws {
        // Step 1 is the follow-up (a Log entry), step 2 the task (a ticked box, or ` due DATE`
        // added beside the deadline in words).
        let sam = try SamVault(notes: "- [ ] Send Sam the deck by 2026-11-30\n")
        let edited = Array(
            String(decoding: try sam.bytes(), as: UTF8.self).replacingOccurrences(
                of: "\n# Sam Reyes", with: "\n# Sam Reyes, edited"
            ).utf8)
        let arguments = command + ["--vault", sam.folder.path, "--today", "2026-11-21"]
        let child = try Child(arguments, through: Strace.delayingTheSwap(by: 1.5))
        while child.process.isRunning, !hasTemporaryFile(sam.contacts) { usleep(1_000) }
        usleep(300_000)
        try editorSave(edited, as: "in place", in: sam)
        let result = child.wait()
        #expect(try sam.bytes() == edited, "the editor's save was lost")
        #expect(result.status == 1)
        #expect(result.errors.contains("changed while Grapevine was writing it; nothing was written, try again"))
        #expect(try temporaryFiles(in: sam.contacts).isEmpty)
    }

    @Test(
        "an editor saving the note while log writes it never loses its change",
        arguments: ["in place", "by rename"])
    func editorRace(save: String) throws {
        let sam = try SamVault()
        for round in 0..<12 {
            let before = try sam.bytes()
            let edited = Array(
                String(decoding: before, as: UTF8.self).replacingOccurrences(
                    of: "\n# Sam Reyes", with: "\n# Sam Reyes, edit \(round)"
                ).utf8)
            let child = try Child(sam.logArguments("round \(round)"))
            usleep(UInt32(round % 6) * 4_000)
            try editorSave(edited, as: save, in: sam)
            let result = child.wait()
            let after = try sam.bytes()
            if result.status == 0 {
                #expect(
                    after == edited || after == edited + SamVault.entry("round \(round)"),
                    "round \(round): the editor's change was lost")
            } else {
                #expect(after == edited, "round \(round)")
                #expect(result.errors.contains("try again"), "\(result.errors)")
            }
        }
        #expect(try temporaryFiles(in: sam.contacts).isEmpty)
    }

    @Test("a note made read-only (mode 444) is refused with a clear message, and nothing is written")
    func readOnlyNote() throws {
        let sam = try SamVault()
        let before = try sam.bytes()
        #expect(chmod(sam.note, 0o444) == 0)
        let result = try Child(sam.logArguments("hello")).wait()
        #expect(result.status == 1)
        #expect(
            result.errors.contains(
                "contacts/sam-reyes.md: error: the note is read-only; make it writable (chmod u+w contacts/sam-reyes.md) first. Nothing was written."
            ), "\(result.errors)")
        #expect(try sam.bytes() == before)
        #expect(try mode(of: sam.note) == 0o444)
        #expect(try temporaryFiles(in: sam.contacts).isEmpty)
    }

    @Test("the command to make a read-only note writable can be pasted: a name with a space or a line break quoted")
    func readOnlyNoteWithSpacedName() throws {
        for (file, quoted) in [
            ("contacts/Sam Reyes.md", "'contacts/Sam Reyes.md'"), ("contacts/Sam\nReyes.md", "$'contacts/Sam\\nReyes.md'"),
        ] {
            let folder = try TemporaryFolder()
            try folder.write([
                ".grapevine/config.yml": "owner: Alex Kim\n",
                file: "---\nname: Sam Reyes\n---\n\n## Log\n- 2026-10-01 emailed: intro\n",
            ])
            #expect(chmod(folder.path + "/" + file, 0o444) == 0)
            let result = try Child([
                "log", "Sam Reyes", "met", "hello", "--vault", folder.path, "--today", "2026-11-21",
            ]).wait()
            #expect(result.status == 1)
            #expect(result.errors.contains("(chmod u+w \(quoted)) first. Nothing was written."), "\(result.errors)")
        }
    }

    @Test("an immutable note (chattr +i) is refused with a clear message")
    func immutableNote() throws {
        let sam = try SamVault()
        let before = try sam.bytes()
        guard chattr("+i", sam.note) else { return }  // not allowed here: nothing to test
        defer { _ = chattr("-i", sam.note) }
        let result = try Child(sam.logArguments("hello")).wait()
        #expect(result.status == 1)
        #expect(
            result.errors.contains("contacts/sam-reyes.md: error: the note is marked immutable"), "\(result.errors)")
        #expect(try sam.bytes() == before)
        #expect(try temporaryFiles(in: sam.contacts).isEmpty)
    }

    @Test("a folder that cannot be written to is refused with a clear message, and nothing is written")
    func readOnlyFolder() throws {
        let sam = try SamVault()
        let before = try sam.bytes()
        // Root writes into a folder whatever its mode; an immutable folder stops root too.
        if geteuid() == 0 {
            guard chattr("+i", sam.contacts) else { return }
        } else {
            #expect(chmod(sam.contacts, 0o555) == 0)
        }
        defer {
            _ = geteuid() == 0 ? chattr("-i", sam.contacts) : chmod(sam.contacts, 0o755) == 0
        }
        let result = try Child(sam.logArguments("hello")).wait()
        #expect(result.status == 1)
        #expect(
            result.errors.contains("contacts/sam-reyes.md: error: the folder contacts/ cannot be written to"),
            "\(result.errors)")
        #expect(!result.errors.contains(".tmp"), "\(result.errors)")
        #expect(try sam.bytes() == before)
        #expect(try temporaryFiles(in: sam.contacts).isEmpty)
    }

    @Test(
        "a log killed as it enters each system call of its write leaves the old note or the new one, and the next log cleans up",
        .enabled(if: Strace.works),
        arguments: [
            ("fchmod", false), ("fsync", false), ("renameat2", false), ("unlinkat", true), ("fsync:when=2", true),
        ])
    func killedAtSystemCall(call: String, written: Bool) throws {
        let sam = try SamVault()
        let before = try sam.bytes()
        let killed = try Child(sam.logArguments("killed"), through: Strace.killing(at: call)).wait()
        #expect(killed.status == SIGKILL, "not killed at \(call): \(killed.errors)")
        let expected = written ? before + SamVault.entry("killed") : before
        #expect(try sam.bytes() == expected)
        let next = try Child(sam.logArguments("next")).wait()
        #expect(next.status == 0, "\(next.errors)")
        #expect(try sam.bytes() == expected + SamVault.entry("next"))
        #expect(try temporaryFiles(in: sam.contacts).isEmpty)
    }

    @Test(
        "a new note killed as it enters each system call of its write is there whole or not at all, and the next write cleans up",
        .enabled(if: Strace.works),
        arguments: [("fsync", false), ("linkat", false), ("unlinkat", true), ("fsync:when=2", true)])
    func newKilledAtSystemCall(call: String, written: Bool) throws {
        let folder = try TemporaryFolder()
        try folder.write([".grapevine/config.yml": "owner: Alex Kim\n", "contacts/.keep": ""])
        let contacts = folder.path + "/contacts"
        let arguments = { (name: String) in ["new", "contact", name, "--vault", folder.path, "--today", "2026-11-21"] }
        #expect(try Child(arguments("Person 1")).wait().status == 0)
        let complete = try #require(FileManager.default.contents(atPath: contacts + "/person-1.md"))
        let killed = try Child(arguments("Person 2"), through: Strace.killing(at: call)).wait()
        #expect(killed.status == SIGKILL, "not killed at \(call): \(killed.errors)")
        let written2 = FileManager.default.contents(atPath: contacts + "/person-2.md")
        #expect(written ? written2?.count == complete.count : written2 == nil)
        #expect(try Child(arguments("Person 3")).wait().status == 0)
        #expect(try temporaryFiles(in: contacts).isEmpty)
    }
}

/// `strace`, which can kill a process with SIGKILL as it enters a given system call: a real
/// kill at an exact point of a write. Linux only, where it is installed and allowed to trace.
private enum Strace {
    static let path = "/usr/bin/strace"

    static let works: Bool = {
        guard FileManager.default.isExecutableFile(atPath: path) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-f", "-qq", "-o", "/dev/null", "/bin/true"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// The command line that runs a program under `strace`, killed as it first enters `call`
    /// (`name` or `name:when=N` for the Nth time).
    static func killing(at call: String) -> [String] {
        let parts = call.split(separator: ":", maxSplits: 1)
        let when = parts.count > 1 ? ":" + parts[1] : ""
        return [path, "-f", "-qq", "-o", "/dev/null", "-e", "inject=\(parts[0]):signal=KILL\(when)"]
    }

    /// The command line that runs a program under `strace`, which holds it back for `seconds`
    /// as it first enters a rename: the moment between Grapevine's last comparison and its swap.
    static func delayingTheSwap(by seconds: Double) -> [String] {
        let delay = "delay_enter=\(Int(seconds * 1_000_000))"
        return [path, "-f", "-qq", "-o", "/dev/null", "-e", "inject=rename,renameat,renameat2:\(delay):when=1"]
    }
}

/// Saves `bytes` as an editor does: written into the note itself ("in place", as VS Code or
/// nano do), or written to a new file renamed over it ("by rename", as vim and many others do).
private func editorSave(_ bytes: [UInt8], as save: String, in sam: SamVault) throws {
    if save == "in place" {
        try sam.write(bytes)
    } else {
        let swap = sam.contacts + "/.sam-reyes.md.swp"
        try Data(bytes).write(to: URL(fileURLWithPath: swap))
        #expect(rename(swap, sam.note) == 0)
    }
}

/// How long after its temporary file appears a writer is killed, in microseconds: at once, or
/// later in the write (the data, the sync, the comparison, the rename).
private let killDelays: [UInt32] = [0, 20, 100, 300, 1000]

/// Kills `child` with SIGKILL `delay` microseconds after a temporary file of ours appears in
/// `folder`, or lets it end when none appears; waits for it.
private func killOnceWriting(_ child: Child, in folder: String, after delay: UInt32) {
    while child.process.isRunning {
        guard hasTemporaryFile(folder) else { continue }
        if delay > 0 { usleep(delay) }
        kill(child.pid, SIGKILL)
        break
    }
    _ = child.wait()
}

/// Whether `folder` holds a temporary file of ours; reads the folder with as few calls as can be,
/// to notice the file soon after it appears.
private func hasTemporaryFile(_ folder: String) -> Bool {
    guard let directory = opendir(folder) else { return false }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name.hasPrefix(".grapevine-"), name.hasSuffix(".tmp") { return true }
    }
    return false
}
