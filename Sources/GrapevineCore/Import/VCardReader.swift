/// The cards of a vCard file, as properties: vCard 2.1, 3.0 and 4.0 as address books write
/// them (Apple Contacts, Google Contacts, Android, Outlook).
///
/// Lines end in CRLF, LF or CR. A line that starts with a space or a tab continues the one
/// before (folding). A quoted-printable value (vCard 2.1) whose line ends in `=` continues on
/// the next line, indented or not (a soft line break). A base64 value (vCard 2.1's photos)
/// goes on over the lines after it, indented or not, up to a blank line. A card nested in
/// another (2.1's `AGENT`) is passed over.
struct VCardReader {
    /// One card: its properties, in order, and where it is.
    struct Card {
        var properties: [VCardProperty] = []
        /// The line of its `BEGIN:VCARD`.
        var line: Int
    }

    /// The cards of `bytes`, and the problems of lines that could not be read.
    static func read(_ bytes: [UInt8]) -> (cards: [Card], problems: [ImportProblem]) {
        var cards: [Card] = []
        var problems: [ImportProblem] = []
        var card: Card?
        var nested = 0
        for line in logicalLines(physicalLines(bytes)) {
            guard let property = VCardProperty(line.bytes, line: line.number) else {
                if card != nil, nested == 0, !line.bytes.allSatisfy(isWhitespace) {
                    problems.append(
                        ImportProblem(.warning, line: line.number, "a line without a ':' is not a property; left out"))
                }
                continue
            }
            let value = property.isBeginOrEnd ? property.text.trimmingWhitespace().uppercased() : ""
            switch (property.name, value) {
            case ("BEGIN", "VCARD"):
                if let open = card, nested > 0 || open.properties.last?.name == "AGENT" {
                    nested += 1
                } else {
                    if let unfinished = card {
                        problems.append(unclosed(unfinished))
                        cards.append(unfinished)
                    }
                    card = Card(line: line.number)
                }
            case ("END", "VCARD"):
                if nested > 0 {
                    nested -= 1
                } else if let finished = card {
                    cards.append(finished)
                    card = nil
                }
            default:
                if nested == 0 { card?.properties.append(property) }
            }
        }
        if let unfinished = card {
            problems.append(unclosed(unfinished))
            cards.append(unfinished)
        }
        return (cards, problems)
    }

    private static func unclosed(_ card: Card) -> ImportProblem {
        ImportProblem(
            .warning, line: card.line,
            "the card that starts here has no END:VCARD (is the file cut short?); imported as far as it goes")
    }

    // MARK: Lines

    private struct Line {
        var bytes: [UInt8]
        var number: Int
    }

    /// The file's lines, without their line ends.
    private static func physicalLines(_ bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var (start, number, offset) = (0, 1, 0)
        while offset < bytes.count {
            let byte = bytes[offset]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                offset += 1
                continue
            }
            lines.append(Line(bytes: Array(bytes[start..<offset]), number: number))
            if byte == UInt8(ascii: "\r"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "\n") {
                offset += 1
            }
            offset += 1
            (start, number) = (offset, number + 1)
        }
        if start < bytes.count { lines.append(Line(bytes: Array(bytes[start...]), number: number)) }
        return lines
    }

    /// Lines joined where folding, a quoted-printable soft line break or a base64 value
    /// continues them; each keeps the number of its first line.
    private static func logicalLines(_ lines: [Line]) -> [Line] {
        var result: [Line] = []
        var index = 0
        while index < lines.count {
            var line = lines[index]
            index += 1
            while true {
                while index < lines.count, let first = lines[index].bytes.first, isWhitespace(first) {
                    line.bytes += lines[index].bytes.dropFirst()
                    index += 1
                }
                guard line.bytes.last == UInt8(ascii: "="), index < lines.count,
                    parameters(of: line.bytes).contains("QUOTED-PRINTABLE"), !isEnd(lines[index].bytes)
                else { break }
                line.bytes.removeLast()
                line.bytes += lines[index].bytes.drop { isWhitespace($0) }
                index += 1
            }
            if isBase64(line.bytes) {
                // vCard 2.1 writes the data on lines of their own, often not indented, and ends
                // it with a blank line. Base64 has no `:`, so a line with one is a property again.
                while index < lines.count, !lines[index].bytes.allSatisfy(isWhitespace),
                    !lines[index].bytes.contains(UInt8(ascii: ":"))
                {
                    line.bytes += lines[index].bytes.drop { isWhitespace($0) }
                    index += 1
                }
                if index < lines.count, lines[index].bytes.allSatisfy(isWhitespace) { index += 1 }
            }
            result.append(line)
        }
        return result
    }

    /// The part of a line before its value, uppercased (`PHOTO;ENCODING=BASE64;TYPE=JPEG`);
    /// empty for a line without a `:`.
    private static func parameters(of bytes: [UInt8]) -> String {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return "" }
        return String(decoding: bytes[..<colon], as: UTF8.self).uppercased()
    }

    /// Whether a property's value is base64: `ENCODING=BASE64` or a bare `BASE64` (2.1),
    /// `ENCODING=B` (3.0).
    private static func isBase64(_ bytes: [UInt8]) -> Bool {
        parameters(of: bytes).split(separator: ";").dropFirst().contains {
            ["BASE64", "ENCODING=BASE64", "ENCODING=B"].contains($0.trimmingWhitespace())
        }
    }

    private static func isEnd(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes, as: UTF8.self).trimmingWhitespace().uppercased() == "END:VCARD"
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
