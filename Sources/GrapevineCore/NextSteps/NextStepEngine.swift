/// Computes every next step of a vault as of a day (SPEC §3).
///
/// The engine holds what the rules work out about the vault (people, meetings, referrals). A
/// command that exits right after can keep the engine to the end (`Console.keepUntilExit`)
/// instead of freeing all of it piece by piece.
public final class NextStepEngine: Sendable {
    private let vault: Vault
    private let context: NextStepContext

    /// Creates an engine for a vault as of `today`; with `now` (minutes after midnight, when
    /// today is the real today), interviews later today are still to come.
    public init(vault: Vault, today: LocalDate, now: Int? = nil) {
        self.vault = vault
        context = NextStepContext(vault: vault, today: today, now: now)
    }

    /// Every step, by due date (overdue ones come first), undated last; then in the order of
    /// SPEC §3, by file and by line.
    public func steps() -> [NextStep] {
        let (vault, context) = (vault, context)
        // Every rule in parts, so both cores stay busy however uneven the rules are.
        let rules = NextStepContext.rules
        let partCount = 8
        // Each job also works out its steps' sort keys: integers, since comparing file names as
        // Strings made sorting tens of thousands of steps cost as much as finding them. Notes
        // are sorted by path, so a note's index orders its path.
        let found = parallelMap(count: rules.count * partCount, batch: 1, makeState: {}) { _, job in
            let steps = rules[job / partCount].steps(context, Part(number: job % partCount, count: partCount))
                .compactMap(context.closed)
            // A rule finds steps note by note, so the last file looked up is usually the next one.
            var last: (file: String, index: Int) = ("", .max)
            let keys = steps.map { step in
                if step.file != last.file { last = (step.file, vault.index(ofPath: step.file) ?? .max) }
                return (step.due?.daysSinceEpoch ?? .max, step.kind.order, last.index, step.line)
            }
            return (steps, keys)
        }
        // Ties keep the order the rules found them in.
        var keys: [(Int, Int, Int, Int, job: Int, index: Int)] = []
        var parts: [[NextStep]] = []
        keys.reserveCapacity(found.reduce(0) { $0 + $1.0.count })
        for (job, (steps, partKeys)) in found.enumerated() {
            parts.append(steps)
            for (index, key) in partKeys.enumerated() { keys.append((key.0, key.1, key.2, key.3, job, index)) }
        }
        _ = consume found
        keys.sort { $0 < $1 }
        // Move the steps out in order instead of copying them: each is a dozen references.
        let empty = NextStep(kind: .task, due: nil, title: "", file: "", line: 0)
        return keys.map { key in
            var step = empty
            swap(&step, &parts[key.job][key.index])
            return step
        }
    }
}

extension NextStep.Kind {
    /// The position of the kind in SPEC §3.
    var order: Int { Self.allCases.firstIndex(of: self)! }
}
