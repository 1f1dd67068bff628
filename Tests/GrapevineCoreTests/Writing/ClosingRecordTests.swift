import Foundation
import Testing

@testable import GrapevineCore

/// Nadia has a note; Ghost Person, met with her, has none.
private let meeting = [
    "contacts/nadia.md": "---\nname: Nadia Rahman\nadded: 2026-10-01\n---\n\n## Log\n- 2026-10-05 emailed\n",
    "interviews/2026-11-17-nadia.md":
        "---\ncontact:\n  - \"[[Nadia Rahman]]\"\n  - Ghost Person\ndate: 2026-11-17 10:00\n---\n",
]

private let today = LocalDate("2026-11-21")!

private func steps(_ vault: Vault) -> [NextStep] {
    NextStep.numbered(NextStepEngine(vault: vault, today: today).steps(), today: today)
}

@Suite("ClosingRecord: what done, skip and snooze write")
struct ClosingRecordTests {
    @Test("a thank-you to someone with no note is refused while another thank-you of the meeting stays open")
    func thankYouThatWouldCloseOthers() throws {
        let folder = try TestFolder(meeting)
        let vault = VaultLoader.load(root: folder.root)
        let all = steps(vault).filter { $0.kind == .thankYou }
        let ghost = try #require(all.first { $0.contact == "Ghost Person" })
        let nadia = try #require(all.first { $0.contact == "Nadia Rahman" })
        let done = ClosingRecord.Action.done(LocalDateTime(date: today))
        let refusal = try #require(
            throws: ClosingRecord.Refusal.self,
            performing: { try ClosingRecord(closing: ghost, done, in: vault, leavingOpen: all) })
        #expect(refusal.message.contains("would also close the thank-you to Nadia Rahman (step \(nadia.number))"))
        #expect(refusal.instead[0].contains("grapevine new contact \"Ghost Person\""))
        let together = [nadia, ghost].map { String($0.number) }.sorted().joined(separator: " ")
        #expect(refusal.instead[1].contains("grapevine done \(together)"))
        #expect(refusal.instead[1].contains("'thank_you: 2026-11-21'"))
        // Closed together (or once Nadia's is closed), the interview's field says what is true.
        let record = try ClosingRecord(closing: ghost, done, in: vault, leavingOpen: [ghost])
        #expect(record.path == "interviews/2026-11-17-nadia.md")
    }

    @Test("a record is written only while its note reads as the steps were worked out from")
    func noteChangedSinceRead() throws {
        let folder = try TestFolder([
            "contacts/ann.md": "---\nname: Ann A\nadded: 2026-09-30\n---\n\n## Log\n- 2026-10-01 emailed: hello\n"
        ])
        let vault = VaultLoader.load(root: folder.root)
        let all = steps(vault)
        let step = try #require(all.first { $0.kind == .followUp })
        let record = try ClosingRecord(
            closing: step, .done(LocalDateTime(date: today)), in: vault, leavingOpen: all)
        let planned = try ClosingRecords([record], in: vault)
        #expect(planned.written.map(\.text) == ["- 2026-11-21 followed up"])
        try planned.write(inVault: folder.root)
        // Another `done` wrote the same line in the meantime: both made before either wrote.
        let failure = try #require(
            throws: ClosingRecord.WriteFailure.self, performing: { try planned.write(inVault: folder.root) })
        #expect(failure.description == "contacts/ann.md: error: " + ClosingRecord.changedSinceRead)
        // Made after the first wrote, on a vault read before.
        let late = try #require(
            throws: ClosingRecords.Failures.self, performing: { try ClosingRecords([record], in: vault) })
        #expect(
            late.failures.map(\.failure.description) == ["contacts/ann.md: error: " + ClosingRecord.changedSinceRead])
        let text = try String(contentsOfFile: folder.root + "/contacts/ann.md", encoding: .utf8)
        #expect(text.components(separatedBy: "followed up").count == 2)
    }

    @Test("a note with a byte order mark reads as its text without it, and is written")
    func byteOrderMark() throws {
        let folder = try TestFolder()
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\nname: Ann A\n---\n\n## Log\n- 2026-10-01 emailed\n".utf8)
        try FileManager.default.createDirectory(atPath: folder.root + "/contacts", withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: folder.root + "/contacts/ann.md"))
        let vault = VaultLoader.load(root: folder.root)
        let step = try #require(steps(vault).first { $0.kind == .followUp })
        let record = try ClosingRecord(closing: step, .done(LocalDateTime(date: today)), in: vault, leavingOpen: [])
        try ClosingRecords([record], in: vault).write(inVault: folder.root)
        let after = try String(contentsOfFile: folder.root + "/contacts/ann.md", encoding: .utf8)
        #expect(after.contains("- 2026-10-01 emailed\n- 2026-11-21 followed up\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.root + "/contacts/ann.md")).starts(with: bytes))
    }

    /// Dana: a follow-up due, her Log above two open tasks; Eli: a follow-up due.
    private static let twoNotes = [
        "contacts/dana.md": "---\nname: Dana Cho\nadded: 2026-10-01\n---\n\n## Log\n- 2026-11-02 emailed: hello\n\n"
            + "## Tasks\n- [ ] Send the deck\n- [ ] Read her paper\n",
        "contacts/eli.md": "---\nname: Eli Ward\nadded: 2026-10-01\n---\n\n## Log\n- 2026-11-03 emailed: hi\n",
    ]

    private func records(_ vault: Vault, _ kinds: [(NextStep.Kind, String)]) throws -> [ClosingRecord] {
        let all = steps(vault)
        return try kinds.map { kind, file in
            let step = try #require(all.first { $0.kind == kind && $0.file == file })
            return try ClosingRecord(closing: step, .done(LocalDateTime(date: today)), in: vault, leavingOpen: all)
        }
    }

    @Test("records in one note: a task below the Log is ticked though the Log entry moves it down; lines as they end")
    func severalInOneNote() throws {
        let folder = try TestFolder(Self.twoNotes)
        let vault = VaultLoader.load(root: folder.root)
        let tasks = steps(vault).filter { $0.kind == .task }.sorted { $0.line < $1.line }
        let all = steps(vault)
        let records =
            try [tasks[1]].map {
                try ClosingRecord(closing: $0, .done(LocalDateTime(date: today)), in: vault, leavingOpen: all)
            }
            + self.records(vault, [(.followUp, "contacts/dana.md")])
            + [try ClosingRecord(closing: tasks[0], .done(LocalDateTime(date: today)), in: vault, leavingOpen: all)]
        let planned = try ClosingRecords(records, in: vault)
        try planned.write(inVault: folder.root)
        let text = try String(contentsOfFile: folder.root + "/contacts/dana.md", encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(text.contains("- 2026-11-21 followed up\n\n## Tasks\n- [x] Send the deck\n- [x] Read her paper\n"))
        // In the order given, each at the line it is on once all are in.
        #expect(
            planned.written.map(\.text) == ["- [x] Read her paper", "- 2026-11-21 followed up", "- [x] Send the deck"])
        for written in planned.written { #expect(lines[written.line - 1] == written.text, "\(written)") }
    }

    @Test("a record that cannot be made refuses them all before anything is written")
    func oneFailsNothingWritten() throws {
        let folder = try TestFolder(Self.twoNotes)
        let vault = VaultLoader.load(root: folder.root)
        let records = try self.records(vault, [(.followUp, "contacts/dana.md"), (.followUp, "contacts/eli.md")])
        // Eli's note is saved from an editor after the vault was read.
        let eli = folder.root + "/contacts/eli.md"
        try (Self.twoNotes["contacts/eli.md"]! + "Met at the fair.\n").write(
            toFile: eli, atomically: true, encoding: .utf8)
        let failures = try #require(
            throws: ClosingRecords.Failures.self, performing: { try ClosingRecords(records, in: vault) })
        #expect(failures.failures.map(\.record) == [1])
        #expect(failures.failures[0].failure.description.hasPrefix("contacts/eli.md: error: the note changed"))
        #expect(
            try String(contentsOfFile: folder.root + "/contacts/dana.md", encoding: .utf8)
                == Self.twoNotes["contacts/dana.md"])
    }

    @Test("a note that cannot be written puts back those written before it, and says so")
    func writeFailsPutBack() throws {
        let folder = try TestFolder(Self.twoNotes)
        let vault = VaultLoader.load(root: folder.root)
        let records = try self.records(vault, [(.followUp, "contacts/dana.md"), (.followUp, "contacts/eli.md")])
        let planned = try ClosingRecords(records, in: vault)
        let eli = folder.root + "/contacts/eli.md"
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: eli)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: eli) }
        let failure = try #require(
            throws: ClosingRecord.WriteFailure.self, performing: { try planned.write(inVault: folder.root) })
        #expect(failure.description.hasPrefix("contacts/eli.md: error: the note is read-only"), "\(failure)")
        #expect(
            failure.description.hasSuffix(
                "\ncontacts/dana.md, written before it, was put back as it was: nothing was written."))
        for (path, text) in Self.twoNotes {
            #expect(try String(contentsOfFile: folder.root + "/" + path, encoding: .utf8) == text, "\(path)")
        }
    }
}
