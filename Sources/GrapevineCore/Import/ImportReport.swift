/// What an import did (or, with `--dry-run`, would do), for the summary and `--json`.
public struct ImportReport: Sendable, Encodable {
    /// One person and what happened to them.
    public struct Item: Sendable, Encodable, Equatable {
        /// The line of the file the person starts on.
        public var line: Int
        public var name: String
        /// `created`, `updated`, `unchanged`, `skipped` or `failed`.
        public var action: String
        /// The note, vault-relative, when there is one.
        public var file: String?
        /// The fields added, for `updated`.
        public var fields: [String]?
        /// Why, for `skipped` and `failed`.
        public var reason: String?
        /// Why, in a few words, for `skipped`: `listed twice`, `a namesake`.
        public var skipped: String?
        /// What of theirs the note does not hold, for `created`, `updated` and `unchanged`
        /// (`ImportPlan.LeftOut`); `nil` when nothing is.
        public var leftOut: [ImportPlan.LeftOut]?

        private enum CodingKeys: String, CodingKey {
            case line, name, action, file, fields, reason, skipped, leftOut = "left_out"
        }
    }

    /// The file imported, as given.
    public var file: String
    /// Whether nothing was written (`--dry-run`).
    public var dryRun: Bool
    /// The rows or cards read.
    public var read: Int
    /// Each person, in the file's order.
    public var items: [Item]
    /// What was wrong in the file: rows left out, values not read.
    public var problems: [ImportProblem]

    /// A report of `outcomes`, the outcomes of the plan's `entries`.
    public init(
        file: String, dryRun: Bool, read: Int, entries: [ImportPlan.Entry], outcomes: [ImportPlan.Outcome],
        problems: [ImportProblem]
    ) {
        self.file = file
        self.dryRun = dryRun
        self.read = read
        self.problems = problems
        items = zip(entries, outcomes).map { entry, outcome in
            let person = entry.person
            var item = Item(line: person.line, name: person.name, action: "")
            let leftOut = entry.leftOut.isEmpty ? nil : entry.leftOut
            switch outcome {
            case .created(let path): (item.action, item.file, item.leftOut) = ("created", path, leftOut)
            case .updated(let path, let keys):
                (item.action, item.file, item.fields, item.leftOut) = ("updated", path, keys, leftOut)
            case .unchanged(let path): (item.action, item.file, item.leftOut) = ("unchanged", path, leftOut)
            case .skipped(let problem):
                (item.action, item.reason, item.skipped) = ("skipped", problem.message, problem.skipped)
            case .failed(let path, let message): (item.action, item.file, item.reason) = ("failed", path, message)
            }
            return item
        }
    }

    /// The number of people with `action`; `skipped` counts the rows left out while reading too.
    public func count(_ action: String) -> Int {
        items.count { $0.action == action } + (action == "skipped" ? problems.count { $0.skipped != nil } : 0)
    }

    /// Why people were skipped, with how many for each reason, most first: `[("no name", 3)]`.
    public var skipReasons: [(reason: String, count: Int)] {
        var counts: [String: Int] = [:]
        for reason in problems.compactMap(\.skipped) + items.compactMap(\.skipped) { counts[reason, default: 0] += 1 }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) }
    }

    /// Whether anything failed: a row with an error, a note not written.
    public var hasErrors: Bool {
        count("failed") > 0 || problems.contains { $0.severity == .error }
    }

    private enum CodingKeys: String, CodingKey {
        case file, dryRun = "dry_run", read, created, updated, unchanged, skipped, failed, people, problems
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(dryRun, forKey: .dryRun)
        try container.encode(read, forKey: .read)
        let counts: [(CodingKeys, String)] = [
            (.created, "created"), (.updated, "updated"), (.unchanged, "unchanged"), (.skipped, "skipped"),
            (.failed, "failed"),
        ]
        for (key, action) in counts {
            try container.encode(count(action), forKey: key)
        }
        try container.encode(items, forKey: .people)
        try container.encode(problems, forKey: .problems)
    }
}
