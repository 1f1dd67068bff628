/// What the whole vault says, for a public site that leaves private notes out (SPEC §7).
///
/// The site works its steps and statuses out without those notes, so that none tells what is
/// in them; without them, some would be false (trial P: "Schedule a meeting with Daniel
/// Okafor" when the meeting held is in a private note). A public site shows a step only when
/// the whole vault has the same one (`holds(_:)`), and a contact's status and referral chain
/// only when the whole vault gives the same (`ContactStatuses.withholding(differingFrom:alsoWithheld:)`).
struct WholeVaultFacts: Sendable {
    /// The contacts' statuses on the whole vault.
    let statuses: ContactStatuses
    /// Everyone's referral chain on the whole vault.
    let chains: ReferralChains
    /// Each step of the whole vault: its id, due date and title.
    private let steps: Set<String>

    /// The facts of `vault` (its graph as of `today`) as of `today`.
    init(_ vault: Vault, today: LocalDate, now: Int?) {
        statuses = ContactStatuses(vault: vault, today: today)
        chains = ReferralChains(vault.graph, headLength: SiteBuilder.chainEnds)
        steps = Set(Self.signatures(of: NextStepEngine(vault: vault, today: today, now: now).list().steps))
    }

    /// For each of `steps` (found without the private notes), whether the whole vault has the
    /// same step, due the same day, said the same way.
    func holds(_ steps: [NextStep]) -> [Bool] {
        Self.signatures(of: steps).map(self.steps.contains)
    }

    private static func signatures(of steps: [NextStep]) -> [String] {
        zip(ICalendar.ids(for: steps), steps).map { id, step in "\(id) \(step.due?.description ?? "-") \(step.title)" }
    }
}
