/// What `grapevine check` reports: every problem in the vault, with `--strict` applied.
public struct CheckReport: Sendable {
    /// The problems, sorted by file and position.
    public var diagnostics: [Diagnostic]
    /// How many notes were read.
    public var noteCount: Int

    /// The problems of `vault`; with `strict`, warnings become errors and pedantic checks
    /// (unknown Log event words) are included. With `today`, Log entries dated after it are
    /// warnings too, and a due date written without its year in a note that gives none has
    /// the year `next` reads it in (`datingYearless`).
    public init(vault: Vault, strict: Bool, today: LocalDate? = nil) {
        noteCount = vault.notes.count
        let found = today.map { today in vault.notes.flatMap { Self.futureLogEntries($0, after: today) } } ?? []
        var all = found.isEmpty ? vault.diagnostics : (vault.diagnostics + found).sorted(by: Diagnostic.byLocation)
        if let today {
            all = Self.datingYearless(all, today: today) { vault.index(ofPath: $0).map { vault.notes[$0] } }
        }
        diagnostics = Self.applying(strict: strict, to: all)
    }

    /// The problems of one file as `check` reports them: `found` (the vault's problems of the
    /// file) with `strict` applied, and with `today`, the warnings for the Log entries of
    /// `note` (the file's note, if it is one) dated after it. Sorted.
    public static func diagnostics(_ found: [Diagnostic], note: Note?, strict: Bool, today: LocalDate?)
        -> [Diagnostic]
    {
        let future = today.flatMap { today in note.map { futureLogEntries($0, after: today) } } ?? []
        var all = future.isEmpty ? found : (found + future).sorted(by: Diagnostic.byLocation)
        if let today { all = datingYearless(all, today: today) { path in note.flatMap { $0.path == path ? $0 : nil } } }
        return applying(strict: strict, to: all)
    }

    /// `diagnostics` with the hint of each date written without its year in a note that gives
    /// no year saying the year it is read in as of `today`, instead of `YYYY`: the notes are
    /// read without a today. A due date (`closes Dec 18` in an organization's Openings) is the
    /// next such day on or after today, as `next` reads it (`NoteReader.yearOfDueDates`); a Log
    /// entry (`- Dec 6 emailed`, no entry above it, no `added`) the latest on or before it, as
    /// it happened before it was written (`LogEntryParser.yearOfDayWithoutOne`). Only the files
    /// with such a hint are looked at again.
    private static func datingYearless(
        _ diagnostics: [Diagnostic], today: LocalDate, note: (String) -> Note?
    ) -> [Diagnostic] {
        let isYearless = { (diagnostic: Diagnostic) in
            (diagnostic.code == .invalidDueDate || diagnostic.code == .invalidLogDate)
                && diagnostic.hint?.contains("'YYYY-") == true
        }
        var hints: [String: [SourcePosition: String]] = [:]
        for file in Set(diagnostics.lazy.filter(isYearless).map(\.file)) {
            guard let note = note(file) else { continue }
            var dated: [SourcePosition: String] = [:]
            if NoteReader.takesYearOfDueDatesFromToday(note) {
                let problems = NoteReader(path: file, parser: MarkdownParser()).dueDateProblems(in: note, today: today)
                dated = Dictionary(
                    problems.filter { $0.code == .invalidDueDate }.map { ($0.position, $0.hint ?? "") }
                ) { first, _ in first }
            }
            let logDates = diagnostics.lazy.filter { $0.file == file && $0.code == .invalidLogDate && isYearless($0) }
            for diagnostic in logDates {
                guard let item = note.body.items.first(where: { $0.textPosition == diagnostic.position }),
                    let hint = LogEntryParser.yearlessDateHint(of: item, today: today)
                else { continue }
                dated[diagnostic.position] = hint
            }
            hints[file] = dated
        }
        guard !hints.isEmpty else { return diagnostics }
        return diagnostics.map { diagnostic in
            guard isYearless(diagnostic), let hint = hints[diagnostic.file]?[diagnostic.position] else {
                return diagnostic
            }
            var dated = diagnostic
            dated.hint = hint
            return dated
        }
    }

    /// With `strict`, warnings made errors; without, the pedantic checks left out.
    private static func applying(strict: Bool, to diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.compactMap { diagnostic in
            var diagnostic = diagnostic
            if diagnostic.code.isStrictOnly, !strict { return nil }
            if strict, diagnostic.severity == .warning { diagnostic.severity = .error }
            return diagnostic
        }
    }

    /// A warning for each Log entry of `note` dated after `today`: `next` counts it only from its day.
    private static func futureLogEntries(_ note: Note, after today: LocalDate) -> [Diagnostic] {
        (note.contact?.log ?? []).filter { $0.isFuture(asOf: today) }.map { entry in
            Diagnostic(
                .warning, .futureLogDate, "this Log entry is dated \(entry.date), after today (\(today))",
                file: note.path, at: entry.position,
                hint: "next counts it from that day; if it is a typo, write the day it happened")
        }
    }

    /// The problems as the text report prints them: every error and warning, and of the infos
    /// (`info`) of one code the first `limit`; the rest of each code are a line of their own
    /// ("and 497 more like the placeholder-text infos above: contacts/a.md, …"), so that an
    /// import of 500 people leaves the report readable. `--json` lists every one.
    public func foldingInfos(limit: Int = 3) -> (shown: [Diagnostic], more: [String]) {
        var seen: [DiagnosticCode: Int] = [:]
        var folded: [DiagnosticCode: [String]] = [:]
        var order: [DiagnosticCode] = []
        let shown = diagnostics.filter { diagnostic in
            guard diagnostic.severity == .info else { return true }
            seen[diagnostic.code, default: 0] += 1
            guard seen[diagnostic.code]! > limit else { return true }
            if folded[diagnostic.code] == nil { order.append(diagnostic.code) }
            folded[diagnostic.code, default: []].append(diagnostic.file)
            return false
        }
        let more = order.map { code in
            let files = folded[code] ?? []
            let named =
                files.prefix(3).map(\.escapingControlCharacters).joined(separator: ", ")
                + (files.count > 3 ? ", …" : "")
            return "and \(files.count) more like the \(code.rawValue) info\(limit == 1 ? "" : "s") above: \(named) "
                + "(grapevine check --json lists every one)"
        }
        return (shown, more)
    }

    /// How many problems have `severity`.
    public func count(_ severity: Diagnostic.Severity) -> Int {
        diagnostics.lazy.filter { $0.severity == severity }.count
    }

    /// Whether `check` should exit with status 1.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The last line of the text report: "2 errors and 1 warning in 2 files (14 notes checked)".
    /// Each severity is counted in the word its diagnostics are labeled with (`info:`, "3
    /// infos"): "notes" are the files.
    public var summary: String {
        let noteWord = noteCount == 1 ? "note" : "notes"
        guard !diagnostics.isEmpty else { return "No problems in \(noteCount) \(noteWord)." }
        var parts: [String] = []
        for severity in [Diagnostic.Severity.error, .warning, .info] {
            let word = severity.rawValue
            let count = count(severity)
            if count > 0 { parts.append("\(count) \(word)\(count == 1 ? "" : "s")") }
        }
        let files = Set(diagnostics.map(\.file)).count
        return "\(Prose.list(parts)) in \(files) file\(files == 1 ? "" : "s") (\(noteCount) \(noteWord) checked)."
    }
}

extension DiagnosticCode {
    /// Problems only `check --strict` reports.
    public var isStrictOnly: Bool { self == .unknownLogEvent }
}
