import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// A Referrals item written as something to do (`talk to Jo in HR`) names the person in it, or,
/// with no name in it (`check out the careers page`), no one: one reading for `check`, the
/// steps, the drafts and the graph (`InterviewReader.nameInPhrase`).
@Suite("Referrals items written as a phrase")
struct ReferralPhraseTests {
    private static func files(item: String) -> [String: String] {
        [
            "contacts/wei.md": F.contact("name: Wei Chen", "added: 2026-11-01"),
            "interviews/i.md": F.interview("\"[[Wei Chen]]\"", "2026-11-16", body: "## Referrals\n\(item)\n"),
        ]
    }

    @Test(
        "the name inside a phrase is the person referred, in the graph, in check and in the steps",
        arguments: [
            ("- talk to Jo in HR", "Jo", 11),
            ("- ask Priya Shah about the team", "Priya Shah", 7),
            ("- Ask Priya Shah about the Data Platform team", "Priya Shah", 7),
            ("- maybe reach out to Sam (recruiter)", "Sam", 22),
            ("- intro to Lee Park via email", "Lee Park", 12),
            ("- intro via Lee Park", "Lee Park", 13),
            ("- Talk to Jo", "Jo", 11),
            ("- Jo in HR", "Jo", 3),
            ("- someone named Bob Lee", "Bob Lee", 17),
            ("- Anna van der Berg from the lab", "Anna van der Berg", 3),
            ("- reach out to Lee P. next week", "Lee P.", 16),
            ("- \"ask Mia Wong\" - she runs QA", "Mia Wong", 8),
            ("- talk to Ortiz, Dana", "Dana Ortiz", 11),
        ])
    func nameInPhrase(item: String, name: String, column: Int) throws {
        let files = Self.files(item: item)
        let vault = try TemporaryVault.load(files)
        #expect(vault.graph.referrals(by: try vault.node("Wei Chen")) == [try vault.node(name)])
        #expect(vault.diagnostics(.referralNotCounted).isEmpty)
        let missing = vault.diagnostics(.missingNote)
        #expect(missing.map(\.message) == ["no note for '\(name)' yet; they are a placeholder person"])
        #expect(missing.first?.located == "warning interviews/i.md:6:\(column)")
        let step = try #require(try F.details(files, today: "2026-11-18", kind: .contactReferral).first)
        #expect(step.title == "Contact \(name), referred by Wei Chen")
        let thanks = try #require(try F.details(files, today: "2026-11-18", kind: .thankYou).first)
        #expect(thanks.details.contains("Thank them for the names: \(name)."), "\(thanks.details)")
    }

    @Test(
        "a phrase with no name in it counts no one, and check says what to do with it",
        arguments: [
            ("- check out the careers page", true),
            ("- talk to jo in hr", true),
            ("- Check out the careers page", true),
            ("- Head of Data", false),
            ("- Product lead for the data team", false),
            ("- the recruiter", false),
            ("- connect via LinkedIn", true),
        ])
    func phraseWithoutName(item: String, isToDo: Bool) throws {
        let files = Self.files(item: item)
        let vault = try TemporaryVault.load(files)
        let words = String(item.dropFirst(2))
        let problems = vault.diagnostics(.referralNotCounted)
        #expect(
            problems.map(\.message) == ["this item is not counted as a referral: '\(words)' is not a person's name"])
        #expect(problems.first?.hint?.hasPrefix("if it is something to do, make it a task") == isToDo)
        #expect(vault.graph.referrals(by: try vault.node("Wei Chen")).isEmpty)
        #expect(!vault.graph.nodes.contains { $0.kind == .placeholderPerson })
        #expect(try F.details(files, today: "2026-11-18", kind: .contactReferral).isEmpty)
        let thanks = try #require(try F.details(files, today: "2026-11-18", kind: .thankYou).first)
        #expect(!thanks.details.contains("Thank them for the names"), "\(thanks.details)")
    }

    @Test(
        "names are no phrase: lowercase typing, particles, a family name like a word, the person met",
        arguments: [
            ("- jo smith", "jo smith"), ("- ana de la cruz", "ana de la cruz"), ("- Kevin To", "Kevin To"),
            ("- Ann Lee — talk to her about the data team", "Ann Lee"),
        ])
    func namesAreNoPhrase(item: String, name: String) throws {
        let vault = try TemporaryVault.load(Self.files(item: item))
        #expect(vault.graph.referrals(by: try vault.node("Wei Chen")) == [try vault.node(name)])
        #expect(vault.diagnostics(.missingNote).map(\.hint) == ["create one with: grapevine new contact \"\(name)\""])
    }

    @Test("a phrase naming the person met names them: not counted, said so")
    func personMetInPhrase() throws {
        let vault = try TemporaryVault.load(Self.files(item: "- talk to Wei Chen again in January"))
        let problems = vault.diagnostics(.referralNotCounted)
        #expect(
            problems.map(\.message) == ["this item is not counted as a referral: it names Wei Chen, who you met here"])
        #expect(vault.graph.referrals(by: try vault.node("Wei Chen")).isEmpty)
    }

    @Test("a phrase in a field where a name goes gets a hint to write the name")
    func phraseInField() throws {
        let vault = try TemporaryVault.load([
            "contacts/ben.md": F.contact("name: Ben Lo", "referred_by: ask around at the meetup")
        ])
        let hint = try #require(vault.diagnostics(.missingNote).first?.hint)
        #expect(
            hint.hasPrefix("if 'ask around at the meetup' is not a name, write the person's name here ('Jo Smith')"),
            "\(hint)")
    }
}
