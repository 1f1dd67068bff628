/// The people of LinkedIn's `Connections.csv`, from its data export (Settings → Data privacy →
/// Get a copy of your data), with the problems of the rows that could not be read in full.
///
/// The file starts with a few lines of notes (`Notes:`, then a quoted paragraph about missing
/// email addresses, then a blank line) whose length has changed over the years: the header is
/// found by its columns, not by counting lines. Columns are found by name in any order; only
/// `First Name` and `Last Name` must be there.
public struct LinkedInConnections: Sendable {
    /// The connections, in the file's order.
    public var people: [ImportedPerson] = []
    /// The rows that could not be imported, or only in part.
    public var problems: [ImportProblem] = []
    /// The rows after the header, blank lines aside (a row of separators alone is a row).
    public var rows = 0
    /// The path of `Connections.csv` in the zip archive it was read from, if it was.
    public var entry: String?

    /// Reads the file's bytes: `Connections.csv`, or the zip archive of the export that holds
    /// it. `file` names it in messages.
    public static func read(_ bytes: [UInt8], file: String) throws(ImportFailure) -> LinkedInConnections {
        guard ZipArchive.isArchive(bytes) else { return try read(csv: bytes, file: file) }
        let archive = try ZipArchive(bytes, file: file)
        guard let entry = archive.entry(named: "Connections.csv") else {
            throw ImportFailure(
                file: file,
                message: "the zip archive has no Connections.csv; LinkedIn puts it in the export of your "
                    + "connections (Settings → Data privacy → Get a copy of your data → Connections)")
        }
        var connections = try read(csv: try archive.contents(of: entry), file: file + "/" + entry.name)
        connections.entry = entry.name
        return connections
    }

    private static func read(csv bytes: [UInt8], file: String) throws(ImportFailure) -> LinkedInConnections {
        let (text, encoding) = ImportText.utf8(bytes)
        var connections = LinkedInConnections()
        if let encoding {
            connections.problems.append(
                ImportProblem(.warning, line: nil, "the file is not UTF-8; it was read as \(encoding)"))
        }
        guard let header = Header.find(in: text) else {
            if text.contains(0) {
                throw ImportFailure(
                    file: file,
                    message: "no header line with 'First Name' and 'Last Name' columns, and the file holds NUL bytes, "
                        + "as UTF-16 text does; save it as UTF-8 (in Excel: Save As → 'CSV UTF-8'; in Numbers or "
                        + "Google Sheets: export as CSV) and import that")
            }
            throw ImportFailure(
                file: file,
                message: "no header line with 'First Name' and 'Last Name' columns; "
                    + "is this the Connections.csv of LinkedIn's data export?")
        }
        var reader = CSVReader(text, separator: header.separator, from: header.offset, line: header.line)
        guard let names = reader.next() else {
            throw ImportFailure(file: file, line: header.line, message: "the header line cannot be read")
        }
        let columns = try Columns(names.fields, file: file, line: header.line)
        while let record = reader.next() {
            // A blank line is nothing; a row of separators (`,,,,,,`) is a row with no values.
            guard !record.isBlank || record.fields.count > 1 else { continue }
            connections.rows += 1
            connections.read(record, columns)
        }
        return connections
    }

    /// Reads one row into a person, or a problem when it names nobody.
    private mutating func read(_ record: CSVReader.Record, _ columns: Columns) {
        if let unclosed = record.unclosedQuoteLine {
            problems.append(
                ImportProblem(
                    .error, line: unclosed,
                    "a quoted value opened here is never closed; the rest of the file was not imported",
                    skipped: "a quote never closed"))
            return
        }
        guard !record.isBlank else {
            problems.append(
                ImportProblem(
                    .warning, line: record.line,
                    "the row has no values, only separators (a row emptied in a spreadsheet?); skipped",
                    skipped: "no values"))
            return
        }
        let row = Row(record: record, columns: columns)
        if let extra = row.extraFields {
            problems.append(
                ImportProblem(
                    .warning, line: record.line,
                    "the row has \(extra) more values than the header has columns (a separator inside a value "
                        + "that is not in quotes?); skipped, since its values cannot be told apart",
                    skipped: "too many values"))
            return
        }
        let name = ImportedName(
            first: row.value(columns.firstName), middle: row.value(columns.middleName),
            last: row.value(columns.lastName))
        let written = [columns.firstName, columns.middleName, columns.lastName].map { row.value($0) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        if !written.isEmpty, NameKey.slug(name.name).isEmpty {
            problems.append(.nameWithoutLetters(written, line: record.line))
            return
        }
        guard !name.name.isEmpty else {
            problems.append(
                ImportProblem(
                    .warning, line: record.line,
                    "the row has no name (LinkedIn leaves names out for members who hide them); skipped",
                    skipped: "no name"))
            return
        }
        if let tidied = ImportProblem.tidiedName(written, as: name, line: record.line) { problems.append(tidied) }
        var person = ImportedPerson(name: name.name, line: record.line)
        person.aliases = name.aliases
        person.organization = row.nonEmpty(columns.company)
        person.title = row.nonEmpty(columns.position)
        person.emails = readEmail(row.nonEmpty(columns.email), line: record.line).map { [$0] } ?? []
        person.linkedin = readURL(row.nonEmpty(columns.url), line: record.line)
        person.connected = readDate(row.nonEmpty(columns.connectedOn), line: record.line)
        people.append(person)
    }

    private mutating func readEmail(_ text: String?, line: Int) -> String? {
        guard let text else { return nil }
        guard let address = EmailAddress.read(text) else {
            problems.append(EmailAddress.problem(text, line: line))
            return nil
        }
        return address
    }

    private mutating func readURL(_ text: String?, line: Int) -> String? {
        guard let text else { return nil }
        guard !text.utf8.contains(where: Self.isSpace), text.utf8.contains(UInt8(ascii: ".")) else {
            problems.append(
                ImportProblem(.warning, line: line, "'\(text)' is not a profile address; imported without 'linkedin'"))
            return nil
        }
        let lowered = text.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") ? text : "https://" + text
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
    }

    private mutating func readDate(_ text: String?, line: Int) -> LocalDate? {
        guard let text else { return nil }
        guard let date = Self.connectedDate(text) else {
            if let day = Self.writtenDay(text),
                let why = LocalDate.whyNoSuchDay(year: day.year, month: day.month, day: day.day)
            {
                problems.append(
                    ImportProblem(
                        .warning, line: line,
                        "'Connected On' is '\(text)', a day that does not exist (\(why)); imported without 'connected'")
                )
                return nil
            }
            problems.append(
                ImportProblem(
                    .warning, line: line,
                    "'Connected On' is '\(text)', not a date LinkedIn writes (05 Nov 2024, 05-Nov-24 or 2024-11-05); "
                        + "imported without 'connected'"))
            return nil
        }
        return date
    }
}

extension LinkedInConnections {
    /// A row's values by column.
    private struct Row {
        let fields: [String]
        /// How many values beyond the header's columns are not empty; `nil` when none.
        let extraFields: Int?

        init(record: CSVReader.Record, columns: Columns) {
            fields = record.fields
            let extra = record.fields.dropFirst(columns.count).filter { !$0.trimmingWhitespace().isEmpty }.count
            extraFields = extra > 0 ? record.fields.count - columns.count : nil
        }

        func value(_ column: Int?) -> String {
            guard let column, column < fields.count else { return "" }
            let text = fields[column]
            return (text.utf8.contains(UInt8(ascii: "\n")) ? text.replacing("\n", with: " ") : text)
                .trimmingWhitespace()
        }

        func nonEmpty(_ column: Int?) -> String? {
            let text = value(column)
            return text.isEmpty ? nil : text
        }
    }
}
