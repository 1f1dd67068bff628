import Testing

@testable import GrapevineCore

/// Trial finding: the outreach draft to someone the user had met at a meetup said "I heard about
/// your work at a recent meetup". Someone you met in person, as the `source` or a `met` entry
/// before any message says, is greeted as met, and the reach-out step says so.
@Suite("Drafts: outreach to someone met in person")
struct MetInPersonTests {
    static let today = LocalDate(valid: "2026-12-07")

    static func outreach(_ fields: [String], log: [String] = []) throws -> (draft: String, step: [String]) {
        let vault = try TemporaryVault.load([
            "contacts/rafael.md": "---\nname: Rafael Souza\nadded: 2026-12-01\n" + fields.map { $0 + "\n" }.joined()
                + "---\n" + (log.isEmpty ? "" : "## Log\n" + log.map { "- \($0)\n" }.joined())
        ])
        let composer = try DraftComposer(
            vault: vault, today: Self.today, templates: TemplateLibrary(vaultRoot: vault.root))
        let draft = try composer.draft(.outreach, to: try vault.node("Rafael Souza"), interview: nil)
        let step = NextStepEngine(vault: vault, today: Self.today).steps().first { $0.kind == .reachOut }
        return (draft, step?.details ?? [])
    }

    @Test(
        "a source that says you met",
        arguments: [
            (
                "met at the HealthTech Nights meetup", "It was good to meet you at the HealthTech Nights meetup.",
                "You met them at the HealthTech Nights meetup — say so, and what you talked about."
            ),
            (
                "Met her at ACHE Fall Summit", "It was good to meet you at ACHE Fall Summit.",
                "You met them at ACHE Fall Summit — say so, and what you talked about."
            ),
            (
                "met in person at the career fair", "It was good to meet you at the career fair.",
                "You met them at the career fair — say so, and what you talked about."
            ),
            (
                "HealthTech meetup (met in person)", "It was good to meet you.",
                "You met them in person — say so, and what you talked about."
            ),
        ])
    func sourceSaysMet(source: String, sentence: String, detail: String) throws {
        let (draft, step) = try Self.outreach(["source: \(source)"])
        #expect(draft.contains(sentence), "\(draft)")
        #expect(!draft.contains("heard about your work"), "\(draft)")
        #expect(step.contains(detail), "\(step)")
        #expect(!step.contains { $0.hasPrefix("You found them through") }, "\(step)")
    }

    @Test("a met entry before any message: the draft recalls the day, and where when the source is an event")
    func metInTheLog() throws {
        let (draft, _) = try Self.outreach(["source: meetup"], log: ["2026-11-12 met: chatted about triage tools"])
        #expect(draft.contains("It was good to meet you at the meetup on Thursday, 12 November."), "\(draft)")
        let (alumni, _) = try Self.outreach(["source: alumni"], log: ["2026-12-06 met: at the reunion"])
        #expect(alumni.contains("It was good to meet you yesterday."), "\(alumni)")
    }

    @Test("a meetup alone, or a meeting after your first message, is how you found them, as before")
    func notMet() throws {
        let (draft, step) = try Self.outreach(["source: meetup"])
        #expect(draft.contains("I heard about your work at a recent meetup."), "\(draft)")
        #expect(step.contains("You found them through a meetup — say so."), "\(step)")
        let (later, _) = try Self.outreach(
            ["source: meetup"], log: ["2026-11-10 emailed: hello", "2026-11-20 met: coffee"])
        #expect(later.contains("I heard about your work at a recent meetup."), "\(later)")
        // "meetup" and "metro" are not "met".
        let (metro, _) = try Self.outreach(["source: Metro nurses meetup"])
        #expect(!metro.contains("good to meet you"), "\(metro)")
    }

    /// Hostile session 29: `source: never met, found on LinkedIn` began the draft to a stranger
    /// with "It was good to meet you", and the step said "You met them in person".
    @Test(
        "a source that says you have not met is not a meeting",
        arguments: [
            "never met, found on LinkedIn", "haven't met yet; her post on triage", "not met in person",
            "not in person: a webinar", "LinkedIn (not met yet)", "Ann's friend, have not met", "hasn’t met us",
        ])
    func sourceSaysNotMet(source: String) throws {
        let (draft, step) = try Self.outreach(["source: \"\(source)\""])
        #expect(!draft.contains("good to meet you"), "\(draft)")
        #expect(!step.contains { $0.hasPrefix("You met them") }, "\(step)")
    }

    @Test("a source written as a remark is given back to say in your words, in the draft and the step")
    func remarkSource() throws {
        let (draft, step) = try Self.outreach(["source: \"never met, found on LinkedIn\""])
        #expect(draft.contains("[Say how you found them: never met, found on LinkedIn]"), "\(draft)")
        #expect(!draft.contains("found you through"), "\(draft)")
        #expect(
            step.contains("How you found them, as you noted it: never met, found on LinkedIn — say so in your words."),
            "\(step)")
    }
}
