/// An import's report as text: a line per note written, the problems as diagnostics, and the
/// summary.
public struct ImportReportText: Sendable {
    /// For standard output: `Created contacts/jane-doe.md`, one per note written.
    public var changes: [String] = []
    /// For standard error: `FILE:LINE: warning: …`, in the file's order.
    public var problems: [String] = []
    /// For standard output, last: the counts, and why people were skipped.
    public var summary: [String] = []

    /// The most rows one warning about names of one kind of tidying quotes (`tidiedNameGroups`).
    static let tidiedRowsQuoted = 3

    /// The text of `report`; `unit` names what the file holds, in the plural (`connections`,
    /// `cards`: "1 card read").
    /// `verbose`: a warning for each row whose name was tidied, however many there are.
    public init(_ report: ImportReport, unit: String, verbose: Bool = false) {
        let dry = report.dryRun
        let (rows, groups) = verbose ? (report.problems, []) : Self.tidiedNameGroups(report.problems, file: report.file)
        var located: [(line: Int, text: String)] = rows.map { ($0.line ?? 0, $0.formatted(file: report.file)) } + groups
        for item in report.items {
            switch item.action {
            case "created":
                changes.append((dry ? "Would create " : "Created ") + (item.file?.escapingControlCharacters ?? ""))
            case "updated":
                let fields = (item.fields ?? []).joined(separator: ", ")
                changes.append(
                    (dry ? "Would add " : "Added ") + fields + " to " + (item.file?.escapingControlCharacters ?? ""))
            case "skipped":
                let problem = ImportProblem(.warning, line: item.line, item.reason ?? "skipped")
                located.append((item.line, problem.formatted(file: report.file)))
            case "failed":
                let message =
                    "\(item.file?.escapingControlCharacters ?? "the note") was not written: \(item.reason ?? "")"
                located.append(
                    (item.line, ImportProblem(.error, line: item.line, message).formatted(file: report.file)))
            default:
                break
            }
            if let leftOut = item.leftOut, let file = item.file {
                changes.append(Self.leftOut(leftOut, of: file, dryRun: dry))
            }
        }
        problems = located.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element.text)
        summary = Self.summary(report, unit: unit)
    }

    /// The problems to show a row at a time, and one warning for each kind of tidying more than
    /// `tidiedRowsQuoted` names had (at the first such row): how many, the first few, and how to
    /// see them all. A big LinkedIn export has dozens of `Jane Doe, MBA`; a warning each buried
    /// the few that matter. A row with a rarer kind of tidying too keeps its own warning.
    private static func tidiedNameGroups(
        _ problems: [ImportProblem], file: String
    ) -> (rows: [ImportProblem], groups: [(line: Int, text: String)]) {
        let tidied = problems.compactMap { problem in problem.tidied.map { (line: problem.line, name: $0) } }
        let grouped = ImportedName.Tidying.allCases.compactMap { kind in
            let rows = tidied.filter { $0.name.tidyings.contains(kind) }
            return rows.count > tidiedRowsQuoted ? (kind: kind, rows: rows) : nil
        }
        let kinds = Set(grouped.map(\.kind))
        let rows = problems.filter { problem in
            guard let name = problem.tidied else { return true }
            return !name.tidyings.allSatisfy(kinds.contains)
        }
        let groups = grouped.map { kind, rows in
            let quoted = rows.prefix(tidiedRowsQuoted).map { line, name in
                "'\(name.written)' as '\(name.read)'" + (line.map { " (line \($0))" } ?? "")
            }
            let more = rows.count > quoted.count ? " and \(rows.count - quoted.count) more" : ""
            let message =
                "\(rows.count) names had \(kind.done), such as " + quoted.joined(separator: ", ") + more
                + "; if they write a name otherwise, change 'name'" + (kind == .nickname ? " or 'aliases'" : "")
                + " in its note (--verbose lists every row)"
            return (rows[0].line ?? 0, ImportProblem(.warning, line: rows[0].line, message).formatted(file: file))
        }
        return (rows, groups)
    }

    /// `Left out of contacts/ana-silva.md: email …, phone … (…), the card's note "…" (…); …`.
    static func leftOut(_ values: [ImportPlan.LeftOut], of file: String, dryRun: Bool) -> String {
        let fields = values.filter { $0.field != "note" && $0.noted == nil }.map { "\($0.field) \($0.value)" }
        var parts: [String] = []
        if !fields.isEmpty { parts.append(Prose.list(fields) + " (a note has one email and one phone)") }
        let changed = values.compactMap { value in
            value.noted.map { "\(value.field) \"\(value.value)\" where the note has \"\($0)\"" }
        }
        if !changed.isEmpty { parts.append(Prose.list(changed) + " (an import changes no value you wrote)") }
        for note in values where note.field == "note" {
            let words = note.value.words().joined(separator: " ")
            let quoted = words.count > 60 ? words.prefix(59).trimmingWhitespace() + "…" : Substring(words)
            parts.append("the card's note \"\(quoted)\" (an import adds no text to a note that exists)")
        }
        return (dryRun ? "Would leave out of " : "Left out of ") + file.escapingControlCharacters + ": "
            + parts.joined(separator: ", ")
            + "; copy into the note by hand what you want to keep"
    }

    private static func summary(_ report: ImportReport, unit: String) -> [String] {
        let dry = report.dryRun
        var rows: [(String, Int, String)] = [
            (dry ? "to create" : "created", report.count("created"), ""),
            (dry ? "to update" : "updated", report.count("updated"), ""),
            ("unchanged", report.count("unchanged"), ""),
        ]
        let reasons = report.skipReasons.map { "\($0.count) \($0.reason)" }.joined(separator: ", ")
        rows.append(("skipped", report.count("skipped"), reasons.isEmpty ? "" : "(\(reasons))"))
        if report.count("failed") > 0 { rows.append(("failed", report.count("failed"), "(see the errors above)")) }
        let labelWidth = rows.map(\.0.count).max() ?? 0
        let numberWidth = rows.map { String($0.1).count }.max() ?? 0
        let noun = report.read == 1 ? String(unit.dropLast()) : unit
        let head =
            "\(report.file.escapingControlCharacters): \(report.read) \(noun) read"
            + (dry ? "; dry run, nothing was written." : ".")
        return [head]
            + rows.map { label, count, detail in
                let number = String(count)
                let line =
                    "  " + label + String(repeating: " ", count: labelWidth - label.count + 1)
                    + String(repeating: " ", count: numberWidth - number.count) + number
                return detail.isEmpty ? line : line + "  " + detail
            } + tidiedNames(report) + leftOut(report)
    }

    /// A line saying how many people's values no note holds, if any.
    private static func leftOut(_ report: ImportReport) -> [String] {
        let count = report.items.count { $0.leftOut != nil }
        guard count > 0 else { return [] }
        return [
            (count == 1 ? "1 person's" : "\(count) people's") + " emails, phones, card notes or changed details "
                + (report.dryRun ? "would be" : "were")
                + " left out (a note has one email and one phone, and an import adds no text to a note that exists"
                + " and changes no value you wrote): the 'Left out of' lines say which"
        ]
    }

    /// A line saying how many names were not read as written, if any were.
    private static func tidiedNames(_ report: ImportReport) -> [String] {
        let count = report.problems.count { $0.code == ImportProblem.nameTidiedCode }
        guard count > 0 else { return [] }
        return [
            (count == 1 ? "1 name was" : "\(count) names were")
                + " not read as written (a nickname made an alias, a credential, pronouns or an emoji left out, "
                + "a family name first put last): the warnings say which"
        ]
    }
}
