/// Something wrong in an export file, at a line of it: a row that could not be read, a value
/// that was left out. The rest of the file is imported.
public struct ImportProblem: Error, Sendable, Equatable, Codable {
    /// `error` for what stops a row or the file from being imported, `warning` for what was
    /// imported without a value, or left out on purpose.
    public var severity: Diagnostic.Severity
    /// The 1-based line of the file; `nil` for the file as a whole.
    public var line: Int?
    /// A sentence saying what is wrong, with the offending value quoted.
    public var message: String
    /// When the row or card was left out because of it: why, in a few words for the summary
    /// (`no name`, `a namesake`); `nil` when the rest of it was imported.
    public var skipped: String?
    /// What kind of problem it is, for the few the summary counts (`name-tidied`).
    public var code: String?
    /// For `name-tidied`: the name as written and as read, and the ways they differ, by which
    /// the text output groups the rows (the JSON has each row's message, and not these).
    var tidied: TidiedName?

    private enum CodingKeys: String, CodingKey {
        case severity, line, message, skipped, code
    }

    /// A problem at `line`; `skipped` says why the row was left out, if it was.
    public init(
        _ severity: Diagnostic.Severity, line: Int?, _ message: String, skipped: String? = nil, code: String? = nil
    ) {
        self.severity = severity
        self.line = line
        self.message = message
        self.skipped = skipped
        self.code = code
    }

    /// The code of `tidiedName`.
    static let nameTidiedCode = "name-tidied"

    /// A name read otherwise than it is `written`: nicknames made aliases, credentials, pronouns
    /// or pictographs left out, given names put first (`ImportedName`); `nil` when nothing but
    /// spacing changed. Both
    /// readers say it in these words, so that no part of a name goes without a word.
    static func tidiedName(_ written: String, as read: ImportedName, line: Int) -> ImportProblem? {
        guard !read.aliases.isEmpty || !read.leftOut.isEmpty || read.isTurnedRound else { return nil }
        let quoted = { (parts: [String]) in
            let items = parts.map { "'\($0)'" }
            return items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
        var message = "'\(written)' is read as the name '\(read.name)'"
        if !read.aliases.isEmpty {
            message += " with \(read.aliases.count == 1 ? "the alias" : "the aliases") \(quoted(read.aliases))"
        }
        if !read.leftOut.isEmpty { message += ", leaving out " + quoted(read.leftOut) }
        message +=
            "; if they write it otherwise, change 'name'" + (read.aliases.isEmpty ? "" : " or 'aliases'")
            + " in the note"
        var problem = ImportProblem(.warning, line: line, message, code: nameTidiedCode)
        problem.tidied = TidiedName(written: written, read: read.name, tidyings: read.tidyings)
        return problem
    }

    /// A person whose name, as written, has no letter or digit (`😀😀`, `...`): no note can be
    /// named after it. Both readers and the planner say it in these words.
    static func nameWithoutLetters(_ written: String, line: Int) -> ImportProblem {
        ImportProblem(
            .warning, line: line,
            "skipped '\(written)': the name has no letter or digit, so no note can be named after it; write the "
                + "name in the address book or export, or create the note by hand (grapevine new contact NAME)",
            skipped: "no letter in the name")
    }

    /// `FILE:LINE: warning: message`, as diagnostics are printed.
    public func formatted(file: String) -> String {
        let place = file.escapingControlCharacters + (line.map { ":\($0)" } ?? "")
        return "\(place): \(severity.rawValue): \(message)"
    }
}

/// A name an import did not read as written: `Leo Larsen, PMP` as `Leo Larsen`.
struct TidiedName: Sendable, Equatable {
    var written: String
    var read: String
    var tidyings: [ImportedName.Tidying]
}

/// Why an export file could not be imported at all.
public struct ImportFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as given.
    public var file: String
    /// The line, when the problem is at one.
    public var line: Int?
    /// A sentence saying what is wrong.
    public var message: String

    /// `FILE[:LINE]: error: message`.
    public var description: String {
        ImportProblem(.error, line: line, message).formatted(file: file)
    }
}
