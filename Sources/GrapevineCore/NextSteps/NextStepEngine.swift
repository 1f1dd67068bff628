/// Computes every next step of a vault as of a day (SPEC §3).
///
/// The engine holds what the rules work out about the vault (people, meetings, referrals). A
/// command that exits right after can keep the engine to the end (`Console.keepUntilExit`)
/// instead of freeing all of it piece by piece.
public final class NextStepEngine: Sendable {
    private let vault: Vault
    private let context: NextStepContext

    /// Creates an engine for a vault as of `today`; with `now` (minutes after midnight, when
    /// today is the real today), interviews later today are still to come. With `scope`, it
    /// finds only the steps of the people, meetings and notes of those nodes.
    init(vault: Vault, today: LocalDate, now: Int? = nil, scope: Set<Graph.NodeID>?) {
        self.vault = vault
        context = NextStepContext(vault: vault, today: today, now: now, scope: scope)
    }

    /// Creates an engine for a vault as of `today`; with `now` (minutes after midnight, when
    /// today is the real today), interviews later today are still to come.
    public convenience init(vault: Vault, today: LocalDate, now: Int? = nil) {
        self.init(vault: vault, today: today, now: now, scope: nil)
    }

    /// The leads of the interview note at `index` that an `applied` Log entry closed
    /// (`Applications`), by their place in its Leads: `next` asks to apply for none of them.
    public func appliedLeads(ofInterview index: Int) -> Set<Int> {
        context.meeting(Graph.node(ofNote: index)).map { context.applications(in: $0).closed } ?? []
    }

    /// Every step, by due date (overdue ones come first), undated last; then in the order of
    /// SPEC §3, by file and by line.
    public func steps() -> [NextStep] {
        list().steps
    }

    /// The steps with their keys (`NextStepList`).
    func list() -> NextStepList {
        let (vault, context) = (vault, context)
        // Every rule in parts, so both cores stay busy however uneven the rules are. The jobs
        // take the first part of every rule, then the second, and so on: the last jobs are
        // small parts of each rule. Taken rule by rule, the last were the big parts of the
        // tasks, and one core waited for them (5 ms on 10,000 contacts).
        let rules = NextStepContext.rules.filter { context.searchEnded == nil || !$0.endsWithTheSearch }
        let partCount = 16
        // Each job also works out its steps' sort keys: integers, since comparing file names as
        // Strings made sorting tens of thousands of steps cost as much as finding them. Notes
        // are sorted by path, so a note's index orders its path.
        var found = parallelMap(count: rules.count * partCount, batch: 1, makeState: {}) { _, job in
            let rule = rules[job % rules.count]
            var steps = rule.steps(context, Part(number: job / rules.count, count: partCount))
            context.close(&steps)
            // A rule finds steps note by note, so the last file looked up is usually the next one.
            var last: (file: String, index: Int) = ("", .max)
            var previous: NextStepList.Key?
            let keys = steps.map { step in
                if step.file != last.file { last = (step.file, vault.index(ofPath: step.file) ?? .max) }
                let note = last.index == .max ? .max : Graph.node(ofNote: last.index)
                let subject = rule.findsByPerson ? step.person ?? .max : note
                let found = previous.map { $0.subject == subject ? $0.found + 1 : 0 } ?? 0
                let key = NextStepList.Key(
                    due: step.due?.daysSinceEpoch ?? .max, kind: step.kind.order, note: last.index, line: step.line,
                    subject: subject, found: found)
                previous = key
                return key
            }
            return (steps, keys)
        }
        // The parts go to the list as they are, rule by rule as the rules are listed: gathering
        // them into one array first copied every step, on one core. Each is moved out of
        // `found`, since a part still shared would be copied when the list moves its steps.
        var parts: [[NextStep]] = []
        var keys: [NextStepList.Key] = []
        parts.reserveCapacity(found.count)
        keys.reserveCapacity(found.reduce(0) { $0 + $1.1.count })
        for rule in rules.indices {
            for part in 0..<partCount {
                let job = part * rules.count + rule
                keys += found[job].1
                parts.append([])
                swap(&parts[parts.count - 1], &found[job].0)
            }
        }
        return NextStepList(sorting: consume parts, keys: keys)
    }
}

extension NextStep.Kind {
    /// The position of the kind in SPEC §3.
    var order: Int { Self.allCases.firstIndex(of: self)! }
}
