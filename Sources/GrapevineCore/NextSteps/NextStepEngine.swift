/// Computes every next step of a vault as of a day (SPEC §3).
public struct NextStepEngine: Sendable {
    let vault: Vault
    let today: LocalDate

    /// Creates an engine for a vault as of `today`.
    public init(vault: Vault, today: LocalDate) {
        self.vault = vault
        self.today = today
    }

    /// Every step, overdue first, then by due date, undated last.
    public func steps() -> [NextStep] {
        []
    }
}
