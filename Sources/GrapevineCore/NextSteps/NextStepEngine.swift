/// Computes every next step of a vault as of a day (SPEC §3).
public struct NextStepEngine: Sendable {
    let vault: Vault
    let today: LocalDate

    /// Creates an engine for a vault as of `today`.
    public init(vault: Vault, today: LocalDate) {
        self.vault = vault
        self.today = today
    }

    /// Every step, by due date (overdue ones come first), undated last; then in the order of
    /// SPEC §3, by file and by line.
    public func steps() -> [NextStep] {
        let context = NextStepContext(vault: vault, today: today)
        let steps = NextStepContext.rules.flatMap { $0.steps(context) }
        // Sort indices by precomputed keys: steps are large values, and there can be tens of thousands.
        let kinds = Dictionary(uniqueKeysWithValues: NextStep.Kind.allCases.enumerated().map { ($1, $0) })
        let keys = steps.map { step in
            (step.due?.daysSinceEpoch ?? .max, kinds[step.kind]!, step.file, step.line, step.title)
        }
        return steps.indices.sorted { keys[$0] < keys[$1] }.map { steps[$0] }
    }
}
