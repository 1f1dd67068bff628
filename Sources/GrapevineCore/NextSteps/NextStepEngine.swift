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
        return NextStepContext.rules.flatMap { $0.steps(context) }.sorted(by: Self.order)
    }

    static func order(_ a: NextStep, _ b: NextStep) -> Bool {
        let kinds = NextStep.Kind.allCases
        func key(_ step: NextStep) -> (Int, Int, Int, String, Int) {
            (
                step.due == nil ? 1 : 0, step.due?.daysSinceEpoch ?? 0, kinds.firstIndex(of: step.kind) ?? 0,
                step.file, step.line
            )
        }
        let (x, y) = (key(a), key(b))
        if x != y { return x < y }
        return a.title < b.title
    }
}
