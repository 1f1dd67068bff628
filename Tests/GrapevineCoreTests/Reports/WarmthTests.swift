import Testing

@testable import GrapevineCore

/// SPEC §2.5 "Warmth": met > replied > reached out > not yet contacted, with the stages of §4.
@Suite("Warmth")
struct WarmthTests {
    @Test(arguments: [
        ("Nora", Warmth.notContacted),
        ("Ava", .reachedOut),
        ("Finn", .reachedOut),
        ("Rita", .replied),
        // A decline is an answer (SPEC §4: `replied` counts `declined` entries).
        ("Dora", .replied),
        ("Otto", .replied),
        // Any interview, coming up or called off, means they answered.
        ("Sky", .replied),
        ("Cara", .replied),
        ("Mel", .met),
        ("Cole", .met),
    ])
    func warmthAsOfToday(name: String, expected: Warmth) throws {
        let vault = try TemporaryVault.load(GraphDossierTests.statusVault)
        #expect(Warmth(of: try vault.node(name), in: vault, today: GraphDossierTests.today) == expected)
    }

    @Test func logEntriesAfterTodayDoNotCountYet() throws {
        let vault = try TemporaryVault.load(GraphDossierTests.statusVault)
        let rita = try vault.node("Rita")
        #expect(Warmth(of: rita, in: vault, today: LocalDate(valid: "2026-10-02")) == .reachedOut)
        #expect(Warmth(of: rita, in: vault, today: LocalDate(valid: "2026-09-30")) == .notContacted)
        #expect(Warmth(of: try vault.node("Mel"), in: vault, today: LocalDate(valid: "2026-10-13")) == .replied)
    }

    @Test func warmerIsGreater() {
        #expect(Warmth.allCases.sorted(by: >) == [.met, .replied, .reachedOut, .notContacted])
        #expect(Warmth.allCases.map(\.label) == ["not contacted", "reached out", "replied", "met"])
    }
}
