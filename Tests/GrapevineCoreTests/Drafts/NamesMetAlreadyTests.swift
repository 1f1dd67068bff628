import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// A name given by someone you met together with that person, or had met before, is no news: the
/// update does not say you got in touch with them since, nor that you have not yet; the thank-you
/// does not tell someone of a person met in the same meeting.
@Suite("Drafts: names of people met in the meeting or before it")
struct NamesMetAlreadyTests {
    /// Dana and Lee met you on 2026-10-15; `kai` is Kai Ortiz's note, `interview` the meeting's
    /// `contact:` and body, `more` other notes.
    static func vault(
        kai: String = F.contact("name: Kai Ortiz"),
        contact: String = "[\"[[Dana Ortiz]]\", \"[[Lee Park]]\"]",
        body: String = "## Referrals\n- [[Kai Ortiz]] — Dana's cousin\n", more: [String: String] = [:]
    ) -> [String: String] {
        [
            "contacts/dana.md": F.contact("name: Dana Ortiz", "added: 2026-10-01", log: ["2026-10-02 emailed"]),
            "contacts/lee.md": F.contact("name: Lee Park", "added: 2026-10-01", log: ["2026-10-02 emailed"]),
            "contacts/kai.md": kai,
            "interviews/joint.md": F.interview(contact, "2026-10-15", body: body),
        ].merging(more) { $1 }
    }

    static let withKai = "[\"[[Dana Ortiz]]\", \"[[Lee Park]]\", \"[[Kai Ortiz]]\"]"

    @Test(
        "someone met at the meeting or before it is neither contacted since nor still to contact",
        arguments: [
            ("named under Referrals", vault(contact: withKai)),
            (
                "their referred_by names Dana",
                vault(
                    kai: F.contact("name: Kai Ortiz", "referred_by: Dana Ortiz"),
                    contact: withKai, body: "")
            ),
            ("met before, alone", vault(more: ["interviews/kai.md": F.interview("Kai Ortiz", "2026-10-01")])),
            ("a met entry that day", vault(kai: F.contact("name: Kai Ortiz", log: ["2026-10-15 met: with Dana"]))),
            (
                "met before, and again since",
                vault(more: [
                    "interviews/kai.md": F.interview("Kai Ortiz", "2026-10-01"),
                    "interviews/kai2.md": F.interview("Kai Ortiz", "2026-10-20"),
                ])
            ),
        ])
    func notNews(_ name: String, _ files: [String: String]) throws {
        let (text, values, _) = try UpdateDraftTests.update(files, to: "Dana Ortiz", today: "2026-11-20")
        #expect(!text.contains("I got in touch with Kai Ortiz"), "\(text)")
        #expect(values["contacted"] == nil)
        #expect(values["not_contacted"] == nil, "\(values)")
        let steps = try F.details(files, today: "2026-11-20", kind: .update).filter { $0.contact == "Dana Ortiz" }
        #expect(steps.count == 1)
        #expect(steps.first?.details.contains { $0.contains("Kai Ortiz") } == false, "\(steps.map(\.details))")
    }

    @Test("the thank-you to each person met does not tell them of someone who was there")
    func thankYouLeavesOutSomeoneThere() throws {
        let files = Self.vault(
            contact: Self.withKai, body: "## Referrals\n- [[Kai Ortiz]] — Dana's cousin\n- Ana Silva\n")
        for name in ["Dana Ortiz", "Lee Park"] {
            let (text, values) = try ThankYouDraftTests.draft(files, to: name, today: "2026-10-16")
            #expect(!text.contains("Kai"), "\(text)")
            #expect(values["suggested_list"] as? String == "Ana Silva")
        }
        let steps = try F.details(files, today: "2026-10-16", kind: .thankYou)
        #expect(steps.count == 3)
        #expect(steps.allSatisfy { step in !step.details.contains { $0.contains("Kai Ortiz") } })
    }

    @Test("someone met before is still thanked for, as met on that day")
    func thankYouSaysWhenMetBefore() throws {
        let files = Self.vault(more: ["interviews/kai.md": F.interview("Kai Ortiz", "2026-10-01")])
        let (text, _) = try ThankYouDraftTests.draft(files, to: "Dana Ortiz", today: "2026-10-16")
        #expect(text.contains("I met Kai Ortiz on Thursday, 1 October."), "\(text)")
    }

    @Test(
        "someone written to or met after the meeting is news, the same evening too",
        arguments: [
            (F.contact("name: Kai Ortiz", log: ["2026-10-15 emailed: Dana sent me"]), "Kai Ortiz"),
            // A meeting only the Log records is given its day, as an interview's is (trial 31).
            (
                F.contact("name: Kai Ortiz", log: ["2026-10-19 emailed: Dana sent me", "2026-10-20 met"]),
                "Kai Ortiz (we met on Tuesday, 20 October)"
            ),
        ])
    func news(_ kai: String, named: String) throws {
        let (text, _, _) = try UpdateDraftTests.update(Self.vault(kai: kai), to: "Dana Ortiz", today: "2026-11-20")
        #expect(text.contains("I got in touch with \(named), as you suggested."), "\(text)")
    }

    /// To Dana, whose cousin Kai is; not to Lee, who was there but did not give the name (the
    /// item's words say whose it is: `GroupReferralCreditTests`).
    @Test("someone named and not contacted yet is still said to be waiting, by whom the item says gave the name")
    func waiting() throws {
        let (_, values, _) = try UpdateDraftTests.update(Self.vault(), to: "Dana Ortiz", today: "2026-11-20")
        #expect(values["not_contacted_list"] as? String == "Kai Ortiz")
        let (_, lee, _) = try UpdateDraftTests.update(Self.vault(), to: "Lee Park", today: "2026-11-20")
        #expect(lee["not_contacted_list"] == nil, "\(lee)")
    }
}
