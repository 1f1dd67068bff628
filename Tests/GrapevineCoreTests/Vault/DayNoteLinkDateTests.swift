import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// A date written in front matter as a link to a day's note (`date: "[[2026-12-02]]"`, as
/// Obsidian users link dates in properties) is that date, as a Log line that starts with one
/// is; any other link is still an invalid date.
@Suite("A date written as a link to a day's note")
struct DayNoteLinkDateTests {
    static let priya = F.contact("name: Priya Raman", "added: 2026-11-10")

    @Test(
        "an interview dated by a link to its day is held, and asks for the thank-you",
        arguments: ["\"[[2026-12-02]]\"", "[[2026-12-02]]", "\"[[2026-12-02|Wed 2 Dec]]\"", "'[[2026-12-02 10:00]]'"])
    func interviewDate(_ written: String) throws {
        let files = ["contacts/priya.md": Self.priya, "interviews/priya.md": F.interview("Priya Raman", written)]
        #expect(try F.steps(files, today: "2026-12-07", kind: .thankYou) == ["2026-12-03 Priya Raman"])
    }

    @Test("a thank-you, an update and an added date written as links are read")
    func otherDates() throws {
        let files = [
            "contacts/priya.md": F.contact("name: Priya Raman", "added: \"[[2026-11-10|Nov 10]]\""),
            "interviews/priya.md": F.interview(
                "Priya Raman", "2026-10-02", "thank_you: \"[[2026-10-03]]\"", "update: [[2026-11-01]]"),
        ]
        let vault = try TemporaryVault.load(files)
        #expect(vault.diagnostics.isEmpty)
        let interview = try #require(vault.notes.compactMap(\.interview).first)
        #expect(interview.thankYou == .on(LocalDate(valid: "2026-10-03")))
        #expect(interview.update == .on(LocalDate(valid: "2026-11-01")))
        #expect(vault.notes.compactMap(\.contact).first?.added == LocalDate(valid: "2026-11-10"))
    }

    @Test(
        "a link to anything but a day is still an invalid date",
        arguments: ["\"[[Priya Raman]]\"", "\"[[2026-12-32]]\"", "\"[[2026-12-02]] [[2026-12-03]]\"", "\"[[]]\""])
    func notADay(_ written: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/priya.md": Self.priya, "interviews/priya.md": F.interview("Priya Raman", written),
        ])
        #expect(vault.diagnostics(.invalidDate).count == 1)
    }
}
