/// The records of CSV text as RFC 4180 has them, and as spreadsheets write them besides: any
/// separator (`,` or `;`), quoted fields holding separators, doubled quotes and line breaks,
/// CRLF, LF or CR line ends.
///
/// Lenient where a file is not quite right, as a spreadsheet is: a quote inside an unquoted
/// field (`5" screen`) is a character, and text after a closing quote joins the field. A
/// quoted field still open at the end of the file is reported on the record.
struct CSVReader {
    /// One record: its fields, and the lines of the file it spans.
    struct Record: Equatable {
        var fields: [String]
        /// The 1-based line the record starts on.
        var line: Int
        /// The line of a quoted field that is never closed, if any: the field ran to the end.
        var unclosedQuoteLine: Int?

        /// Whether every field is empty (a blank line, or a row of separators).
        var isBlank: Bool { fields.allSatisfy { $0.trimmingWhitespace().isEmpty } }
    }

    private let bytes: [UInt8]
    private let separator: UInt8
    private var offset: Int
    private var line: Int

    /// A reader of `bytes` (UTF-8) from `offset`, which is on line `line`.
    init(_ bytes: [UInt8], separator: UInt8, from offset: Int = 0, line: Int = 1) {
        self.bytes = bytes
        self.separator = separator
        self.offset = offset
        self.line = line
    }

    /// The next record, or `nil` at the end.
    mutating func next() -> Record? {
        guard offset < bytes.count else { return nil }
        var record = Record(fields: [], line: line)
        var field: [UInt8] = []
        while true {
            guard offset < bytes.count else {
                record.fields.append(String(decoding: field, as: UTF8.self))
                return record
            }
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\""), field.isEmpty {
                offset += 1
                if let unclosed = readQuoted(into: &field) { record.unclosedQuoteLine = unclosed }
            } else if byte == separator {
                offset += 1
                record.fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            } else if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                skipLineBreak()
                record.fields.append(String(decoding: field, as: UTF8.self))
                return record
            } else {
                field.append(byte)
                offset += 1
            }
        }
    }

    /// Reads a quoted field's content after its opening quote, up to and past its closing
    /// quote; returns the line it opened on when it is never closed.
    private mutating func readQuoted(into field: inout [UInt8]) -> Int? {
        let opened = line
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                if offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "\"") {
                    field.append(byte)
                    offset += 2
                    continue
                }
                offset += 1
                return nil
            }
            if byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") {
                skipLineBreak()
                field.append(UInt8(ascii: "\n"))
                continue
            }
            field.append(byte)
            offset += 1
        }
        return opened
    }

    /// Steps over one line break (`\r\n`, `\n` or `\r`) and counts the line.
    private mutating func skipLineBreak() {
        if bytes[offset] == UInt8(ascii: "\r"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "\n") {
            offset += 1
        }
        offset += 1
        line += 1
    }
}
