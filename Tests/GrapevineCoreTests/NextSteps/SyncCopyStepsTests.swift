import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// A sync tool's copy of a note beside its original (Dropbox's `… (Marisol's conflicted copy
/// 2026-11-20).md`), which `check` warns about: its original's steps stand for it, and it makes
/// none of its own (trial 31: an older copy of a contact asked to schedule a meeting held weeks
/// before, 38 days late).
@Suite("A sync tool's copy makes no steps")
struct SyncCopyStepsTests {
    private static let contact = F.contact(
        "name: Ana Silva", "added: 2026-10-23",
        log: ["2026-10-26 emailed: intro", "2026-10-28 replied: Nov 17 works", "2026-11-18 thanked"])

    private static func files() -> [String: String] {
        [
            "contacts/Ana Silva.md": contact,
            "contacts/Ana Silva (Marisol's conflicted copy 2026-11-20).md": contact,
            "interviews/2026-11-17 Ana Silva.md": F.interview(
                "\"[[Ana Silva]]\"", "2026-11-17", "thank_you: 2026-11-18"),
        ]
    }

    @Test("a copy of a contact met already is not asked for a meeting")
    func contactCopy() throws {
        #expect(try F.steps(Self.files(), today: "2026-12-07", kind: .schedule).isEmpty)
        #expect(try F.steps(Self.files(), today: "2027-03-01", kind: .stayInTouch) == ["2027-02-16 Ana Silva"])
    }

    /// Session 32: Dropbox's `(Selective Sync Conflict)` was not read as a copy's name.
    @Test(
        "Dropbox's selective sync conflict is a copy too",
        arguments: ["Ana Silva (Selective Sync Conflict)", "Ana Silva (Selective Sync Conflict 2)"])
    func selectiveSyncConflict(copy: String) throws {
        var files = Self.files()
        files["contacts/Ana Silva (Marisol's conflicted copy 2026-11-20).md"] = nil
        files["contacts/\(copy).md"] = Self.contact
        #expect(try F.steps(files, today: "2026-12-07", kind: .schedule).isEmpty)
    }

    @Test("the stale copy of an interview asks for no thank-you, and the original's file has the update")
    func interviewCopy() throws {
        var files = Self.files()
        // The copy sorts first (` (` before `.`), and lacks the thank-you the original records.
        files["interviews/2026-11-17 Ana Silva (MARISOL-LAPTOP's conflicted copy 2026-11-19).md"] = F.interview(
            "\"[[Ana Silva]]\"", "2026-11-17", body: "## Next steps\n- [ ] Read Inspired\n")
        files["interviews/2026-11-17 Ana Silva.md"]! += "## Next steps\n- [ ] Read Inspired\n"
        #expect(try F.steps(files, today: "2026-12-07", kind: .thankYou).isEmpty)
        let update = try F.details(files, today: "2026-12-20", kind: .update)
        #expect(update.map(\.file) == ["interviews/2026-11-17 Ana Silva.md"])
        #expect(
            try F.details(files, today: "2026-12-07", kind: .task).map(\.file) == ["interviews/2026-11-17 Ana Silva.md"]
        )
    }

    /// Session 33: the copy OneDrive kept held the `thank_you:` the original lacked, and `next`
    /// asked for no thank-you, while it said that what only a copy says is not counted.
    @Test(
        "a thank-you only the copy of an interview records does not close the original's step",
        arguments: [
            "interviews/2026-11-17 Ana Silva (MARISOL-LAPTOP's conflicted copy 2026-11-19).md",
            "interviews/2026-11-17 Ana Silva-DESKTOP-3K2J7QX.md",
        ])
    func thankYouOnlyInCopy(copy: String) throws {
        var files = Self.files()
        files["contacts/Ana Silva.md"] = F.contact(
            "name: Ana Silva", "added: 2026-10-23", log: ["2026-10-26 emailed: intro", "2026-10-28 replied: ok"])
        files["contacts/Ana Silva (Marisol's conflicted copy 2026-11-20).md"] = nil
        files["interviews/2026-11-17 Ana Silva.md"] = F.interview("\"[[Ana Silva]]\"", "2026-11-17")
        files[copy] = F.interview("\"[[Ana Silva]]\"", "2026-11-17", "thank_you: 2026-11-18")
        let steps = try F.details(files, today: "2026-12-07", kind: .thankYou)
        #expect(steps.map(\.file) == ["interviews/2026-11-17 Ana Silva.md"])
    }

    @Test("a note that only looks like a copy, with no original beside it, keeps its steps")
    func noOriginal() throws {
        let files = [
            "contacts/Ana Silva (Marisol's conflicted copy 2026-11-20).md": F.contact(
                "name: Ana Silva", "added: 2026-12-01")
        ]
        #expect(try F.steps(files, today: "2026-12-07", kind: .reachOut) == ["2026-12-01 Ana Silva"])
    }
}
