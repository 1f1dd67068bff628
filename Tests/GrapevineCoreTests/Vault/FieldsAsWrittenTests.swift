import Testing

@testable import GrapevineCore

@Suite("Front matter values as people write them")
struct FieldsAsWrittenTests {
    @Test(
        "an interview's duration with its unit is read in minutes",
        arguments: [
            ("30", 30), ("30 min", 30), ("45 minutes", 45), ("20m", 20), ("25 Mins", 25), ("1 h", 60), ("1 hour", 60),
        ])
    func duration(written: String, minutes: Int) throws {
        let vault = try TemporaryVault.load([
            "interviews/i.md": "---\ncontact: Ana\ndate: 2026-11-02\nduration: \(written)\n---\n"
        ])
        #expect(vault.notes[0].interview?.duration == minutes)
        #expect(vault.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test("a duration that is no number of minutes is still an error")
    func badDuration() throws {
        let vault = try TemporaryVault.load([
            "interviews/i.md": "---\ncontact: Ana\ndate: 2026-11-02\nduration: half an hour\n---\n"
        ])
        #expect(vault.diagnostics.map(\.code).contains(.wrongType))
    }

    @Test("a date-time where a date is asked for gives its date; a date that is none is still an error")
    func dateTimeForDate() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Al\nadded: 2026-11-01 10:00\n---\n",
            "contacts/b.md": "---\nname: Bo\nadded: 2026-11-31\n---\n",
        ])
        #expect(vault.notes[0].contact?.added == LocalDate("2026-11-01"))
        #expect(vault.diagnostics.map { "\($0.file) \($0.code.rawValue)" } == ["contacts/b.md invalid-date"])
    }
}
