import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// Kevin named "Jordan Lee (Helix Bank)" in a meeting; the note is Jordan T. Lee's, at Helix
/// Bank, written to already (a trial's vault).
@Suite("Warm introductions with a name written two ways")
struct WarmIntroductionSlipTests {
    private static func files(jordansNote: String = "Jordan T. Lee") -> [String: String] {
        [
            "organizations/helix-bank.md": "---\nname: Helix Bank\ntarget: true\n---\n",
            "contacts/kevin-osei.md": F.contact(
                "name: Kevin Osei", "added: 2026-10-16", log: ["2026-10-17 emailed", "2026-10-19 replied"]),
            "contacts/jordan.md": F.contact(
                "name: \(jordansNote)", "organization: \"[[Helix Bank]]\"", "referred_by: \"[[Kevin Osei]]\"",
                "added: 2026-10-30", log: ["2026-11-02 emailed: mentioned Kevin", "2026-11-04 replied"]),
            "interviews/2026-10-29-kevin.md": F.interview(
                "\"[[Kevin Osei]]\"", "2026-10-29", body: "## Referrals\n- Jordan Lee (Helix Bank) — compliance\n"),
        ]
    }

    private static func actions(_ files: [String: String]) throws -> [String: WarmIntroduction.Action] {
        let vault = try TemporaryVault.load(files)
        let helix = try vault.node("Helix Bank")
        let introductions = WarmIntroductions(organization: helix, in: vault, today: LocalDate(valid: "2026-12-07"))
        return Dictionary(introductions.introductions.map { ($0.person.name, $0.action) }) { first, _ in first }
    }

    @Test("nobody is asked to write to the slip, or to introduce you to it: the row asks to fix the name")
    func slipOfAColleague() throws {
        let actions = try Self.actions(Self.files())
        #expect(actions["Jordan Lee"]?.kind == .fixName)
        #expect(
            actions["Jordan Lee"]?.text
                == "did you mean Jordan T. Lee? fix the name Jordan Lee ('grapevine check' says where)")
        #expect(actions["Jordan Lee"]?.about.map(\.name) == ["Jordan T. Lee"])
        #expect(actions["Kevin Osei"]?.kind == .thankAndAsk, "\(String(describing: actions["Kevin Osei"]))")
        #expect(actions["Jordan T. Lee"]?.kind == .schedule)
    }

    @Test("someone else's name, with other middle initials, is written to as before")
    func anotherPerson() throws {
        let actions = try Self.actions(Self.files(jordansNote: "Jordan Lee Smith"))
        #expect(actions["Jordan Lee"]?.kind == .write)
        #expect(actions["Kevin Osei"]?.kind == .introduce)
    }
}
