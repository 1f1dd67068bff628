import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// A referral dated after you had reached the person (SPEC §2.5, "How you reached someone") is
/// not how you reached them: no `contact-referral`, no `thank-referrer`, no chain through the
/// referrer. Reaching them is what `next` counts as being in touch everywhere else: a Log entry
/// of an outreach or an answer (`met`, `replied`, `declined`), or an interview with them
/// (session 32: a `met` entry or an interview before the referral still asked you to contact
/// them, "referred by Ana Núñez").
@Suite("A referral after you had reached the person")
struct ReachedBeforeReferralTests {
    /// Ana Núñez names Dr. Ben A. Okafor in her interview of 2026-12-03 (a Thursday); Ben's
    /// note has `log`, and `more` files are added.
    private static func files(log: [String], more: [String: String] = [:]) -> [String: String] {
        [
            "contacts/ana.md": F.contact(
                "name: Ana Núñez", "source: meetup", "added: 2026-11-01", log: ["2026-11-02 emailed: intro"]),
            "contacts/ben.md": F.contact("name: Dr. Ben A. Okafor", "added: 2026-11-20", log: log),
            "interviews/2026-12-03 Ana.md": F.interview(
                "\"[[Ana Núñez]]\"", "2026-12-03", "thank_you: 2026-12-03",
                body: "## Referrals\n- [[Dr. Ben A. Okafor]]\n"),
        ].merging(more) { $1 }
    }

    /// An interview with Ben on `date`.
    private static func meetingWithBen(_ date: String) -> [String: String] {
        ["interviews/\(date) Ben.md": F.interview("\"[[Dr. Ben A. Okafor]]\"", date, "thank_you: \(date)")]
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var log: [String]
        var more: [String: String] = [:]
        var today = "2026-12-07"
        /// Whether the referral is how you reached Ben: then, with no contact since, the step.
        var isHowReached: Bool
        var steps: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "met for coffee, in the Log only", log: ["2026-11-28 met for coffee"], isHowReached: false, steps: []),
        Case(name: "an email sent", log: ["2026-11-26 emailed: asked for a call"], isHowReached: false, steps: []),
        Case(name: "a reply", log: ["2026-11-30 replied: on leave until January"], isHowReached: false, steps: []),
        Case(
            name: "an interview with him, no Log", log: [], more: meetingWithBen("2026-11-25"), isHowReached: false,
            steps: []),
        Case(
            name: "an interview with him called off",
            log: [],
            more: [
                "interviews/2026-11-25 Ben.md": F.interview(
                    "\"[[Dr. Ben A. Okafor]]\"", "2026-11-25", "status: cancelled")
            ], isHowReached: false, steps: []),
        Case(
            name: "a note to self is no contact", log: ["2026-11-27 note to self: look him up"], isHowReached: true,
            steps: ["2026-12-06 Dr. Ben A. Okafor"]),
        Case(
            name: "a meeting still to come has not happened", log: ["2026-12-20 met for coffee"], isHowReached: true,
            steps: ["2026-12-06 Dr. Ben A. Okafor"]),
        Case(name: "nothing at all", log: [], isHowReached: true, steps: ["2026-12-06 Dr. Ben A. Okafor"]),
        Case(
            name: "met the day of the referral: still how you reached him", log: ["2026-12-03 met: Ana introduced us"],
            isHowReached: true, steps: []),
        Case(
            name: "contacted after the referral: the referral is how, and no step",
            log: ["2026-12-04 emailed: Ana suggested I write"], isHowReached: true, steps: []),
    ]

    @Test("contact-referral and the chain", arguments: cases)
    func contactReferral(_ c: Case) throws {
        let files = Self.files(log: c.log, more: c.more)
        #expect(try F.steps(files, today: c.today, kind: .contactReferral) == c.steps)
        let vault = try TemporaryVault.load(files)
        let ben = try vault.node("Dr. Ben A. Okafor")
        let edge = try #require(vault.graph.edges(.referred, to: ben).first)
        #expect(edge.cameAfterContact == !c.isHowReached)
        #expect(vault.graph.referrers(of: ben) == (c.isHowReached ? [try vault.node("Ana Núñez")] : []))
    }

    @Test("met before Ana named him: no step tells Ana you met him")
    func noThankReferrer() throws {
        let files = Self.files(log: [], more: Self.meetingWithBen("2026-11-25"))
        #expect(try F.steps(files, today: "2026-12-07", kind: .thankReferrer).isEmpty)
        // Met after she named him: she is thanked.
        let after = Self.files(log: [], more: Self.meetingWithBen("2026-12-04"))
        #expect(try F.steps(after, today: "2026-12-07", kind: .thankReferrer) == ["2026-12-11 Ana Núñez"])
    }

    @Test("someone with no note, met in an interview before they were named")
    func placeholderMetBefore() throws {
        let files = [
            "contacts/ana.md": F.contact("name: Ana Núñez", "source: meetup", "added: 2026-11-01"),
            "interviews/2026-11-25 Zoe.md": F.interview("\"[[Zoe Park]]\"", "2026-11-25", "thank_you: 2026-11-25"),
            "interviews/2026-12-03 Ana.md": F.interview(
                "\"[[Ana Núñez]]\"", "2026-12-03", "thank_you: 2026-12-03", body: "## Referrals\n- [[Zoe Park]]\n"),
        ]
        #expect(try F.steps(files, today: "2026-12-07", kind: .contactReferral).isEmpty)
    }
}
