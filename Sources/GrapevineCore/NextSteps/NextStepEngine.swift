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
        // Every rule in parts, so both cores stay busy however uneven the rules are.
        let rules = NextStepContext.rules
        let parts = 8
        // Each job also works out its steps' sort keys: integers, since comparing file names as
        // Strings made sorting tens of thousands of steps cost as much as finding them. Notes
        // are sorted by path, so a note's index orders its path.
        let found = parallelMap(count: rules.count * parts, batch: 1, makeState: {}) { _, job in
            let steps = rules[job / parts].steps(context, Part(number: job % parts, count: parts))
            let keys = steps.map { step in
                (step.due?.daysSinceEpoch ?? .max, step.kind.order, vault.index(ofPath: step.file) ?? .max, step.line)
            }
            return (steps, keys)
        }
        // Ties keep the order the rules found them in.
        var keys: [(Int, Int, Int, Int, rule: Int, index: Int)] = []
        keys.reserveCapacity(found.reduce(0) { $0 + $1.0.count })
        for (job, part) in found.enumerated() {
            for (index, key) in part.1.enumerated() { keys.append((key.0, key.1, key.2, key.3, job, index)) }
        }
        keys.sort { $0 < $1 }
        return keys.map { found[$0.rule].0[$0.index] }
    }
}

extension NextStep.Kind {
    /// The position of the kind in SPEC §3.
    var order: Int { Self.allCases.firstIndex(of: self)! }
}
