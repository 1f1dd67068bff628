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
        let loaded = try #require(vault.note(atPath: "contacts/ann.md")).text
        // Another `done` wrote the same line in the meantime.
        let (written, after) = try record.write(inVault: folder.root, over: loaded)
        #expect(written.text == "- 2026-11-21 followed up")
        let failure = try #require(
            throws: ClosingRecord.WriteFailure.self,
            performing: { try record.write(inVault: folder.root, over: loaded) })
        #expect(failure.description == "contacts/ann.md: error: " + ClosingRecord.changedSinceRead)
        let text = try String(contentsOfFile: folder.root + "/contacts/ann.md", encoding: .utf8)
        #expect(text.components(separatedBy: "followed up").count == 2)
        #expect(text == after)
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
        let (_, after) = try record.write(
            inVault: folder.root, over: try #require(vault.note(atPath: record.path)).text)
        #expect(after.hasPrefix("---\nname: Ann A"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.root + "/contacts/ann.md")).starts(with: bytes))
    }
}
