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
        ("Cy", .replied),
        ("Noah", .replied),
        ("Ida", .replied),
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

    /// `show`'s status, `path`'s warmth and the report's funnel tell one story: nobody the
    /// status calls not contacted (or waiting) has got further in warmth or in the funnel.
    @Test(arguments: ["2026-09-30", "2026-10-02", "2026-10-06", "2026-10-20"])
    func statusAgreesWithWarmthAndTheFunnel(today: String) throws {
        let today = LocalDate(valid: today)
        let vault = try TemporaryVault.load(GraphDossierTests.statusVault)
        let statuses = ContactStatuses(vault: vault, today: today)
        for index in vault.notes.indices {
            guard let entry = statuses[note: index], let contact = vault.notes[index].contact else { continue }
            let node = Graph.node(ofNote: index)
            let progress = ContactProgress(
                log: contact.log, interviews: vault.interviews(with: node), period: ReportPeriod(asOf: today))
            let name = "\(vault.notes[index].path) on \(today)"
            #expect((entry.status == .notContacted) == (entry.warmth == .notContacted), "\(name)")
            #expect((entry.status == .notContacted) == !progress.reachedOut, "\(name)")
            if case .awaitingReply = entry.status {
                #expect(entry.warmth == .reachedOut && !progress.replied, "\(name)")
            }
            #expect((entry.warmth >= .replied) == progress.replied, "\(name)")
            #expect((entry.warmth == .met) == progress.met, "\(name)")
        }
    }

    @Test func warmerIsGreater() {
        #expect(Warmth.allCases.sorted(by: >) == [.met, .replied, .reachedOut, .notContacted])
        #expect(Warmth.allCases.map(\.label) == ["not contacted", "reached out", "replied", "met"])
    }
}
