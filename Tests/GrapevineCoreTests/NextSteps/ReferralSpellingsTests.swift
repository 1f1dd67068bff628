import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// Session 33: José Ramírez was referred by Amy as `José Ramírez` and by Bo as `Jose Ramirez`
/// (typed without accents), Liam as `Liam O’Connor` (Word's apostrophe) and `Liam O'Connor`:
/// with no note yet, each spelling was a person of its own, and `next` asked to contact each
/// twice. Once `new contact` writes `jose-ramirez.md`, both spellings find it.
@Suite("One person referred under two spellings")
struct ReferralSpellingsTests {
    @Test("names that make one file name are one person with no note yet")
    func oneStep() throws {
        let files = [
            "contacts/amy.md": F.contact("name: Amy Wu"),
            "contacts/bo.md": F.contact("name: Bo Li"),
            "interviews/2026-11-10-amy.md": F.interview(
                "Amy Wu", "2026-11-10", "thank_you: 2026-11-10",
                body: "## Referrals\n- José Ramírez\n- Liam O’Connor\n"),
            "interviews/2026-11-12-bo.md": F.interview(
                "Bo Li", "2026-11-12", "thank_you: 2026-11-12", body: "## Referrals\n- Jose Ramirez\n- Liam O'Connor\n"),
        ]
        #expect(
            try F.steps(files, today: "2026-12-07", kind: .contactReferral) == [
                "2026-11-13 José Ramírez", "2026-11-13 Liam O’Connor",
            ])
    }
}
