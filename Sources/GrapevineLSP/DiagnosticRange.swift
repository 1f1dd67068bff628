import GrapevineCore

/// A `check` problem as the protocol shows it. Grapevine places a problem at one character;
/// an editor underlines a range: what starts there, as far as it can be told from the line
/// (a `[[wikilink]]`, a Markdown link, a front matter key, a word, or the rest of the line).
enum DiagnosticRange {
    static func diagnostic(
        _ diagnostic: Diagnostic, in lines: TextLines, encoding: LSP.PositionEncoding
    ) -> LSP.Diagnostic {
        let severity: Int
        switch diagnostic.severity {
        case .error: severity = 1
        case .warning: severity = 2
        case .info: severity = 3
        }
        let message = diagnostic.message + (diagnostic.hint.map { "\nhint: " + $0 } ?? "")
        return LSP.Diagnostic(
            range: lines.range(range(of: diagnostic, in: lines), in: encoding), severity: severity,
            code: diagnostic.code.rawValue, source: "grapevine", message: message)
    }

    /// The bytes the problem at `diagnostic`'s place covers.
    static func range(of diagnostic: Diagnostic, in lines: TextLines) -> Range<Int> {
        let start = lines.offset(of: diagnostic.position)
        guard let line = lines.lineRange(diagnostic.line - 1) else { return start..<start }
        let bytes = lines.bytes
        if start == line.lowerBound, diagnostic.column == 1, diagnostic.code == .referralCycle {
            return line
        }
        let rest = bytes[start..<line.upperBound]
        let end: Int
        if rest.starts(with: [UInt8(ascii: "["), UInt8(ascii: "[")]) {
            end = closing(rest, "]]") ?? line.upperBound
        } else if rest.first == UInt8(ascii: "[") {
            end = closing(rest, ")") ?? closing(rest, "]") ?? line.upperBound
        } else if diagnostic.code == .unknownKey {
            end = rest.firstIndex(of: UInt8(ascii: ":")) ?? line.upperBound
        } else if [
            .invalidLogDate, .invalidDueDate, .dueDateWithoutYear, .dateNotDue, .unknownLogEvent, .undatedLogEntry,
        ].contains(
            diagnostic.code)
        {
            end = rest.firstIndex { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ":") } ?? line.upperBound
        } else {
            end = rest.lastIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }.map { $0 + 1 } ?? start
        }
        guard end > start else { return line.isEmpty ? start..<start : line }
        return start..<end
    }

    /// Where `marker` ends after the start of `text`, if it is there.
    private static func closing(_ text: ArraySlice<UInt8>, _ marker: String) -> Int? {
        let marker = Array(marker.utf8)
        var index = text.startIndex + 1
        while index + marker.count <= text.endIndex {
            if text[index..<index + marker.count].elementsEqual(marker) { return index + marker.count }
            index += 1
        }
        return nil
    }
}
