/// Prints diagnostics the way compilers and hledger do: `file:line:col: severity: message`,
/// the offending line quoted with a caret under the column, and a hint when there is one.
public struct DiagnosticFormatter: Sendable {
    /// Colours for the severity and the caret.
    public var style: TextStyle

    /// Creates a formatter.
    public init(style: TextStyle = .plain) {
        self.style = style
    }

    /// One diagnostic, with the quoted line from `text` (the file's contents) when available.
    public func format(_ diagnostic: Diagnostic, text: String?) -> String {
        var lines = text.map(QuotedLines.init)
        return format(diagnostic, lines: &lines)
    }

    /// Each diagnostic, in order, quoting lines from `text(file)`. A file's text is asked for
    /// and its lines found once while its diagnostics follow one another (as they do in a
    /// `CheckReport`), so a big file with many problems is read once, not once a problem.
    public func format(_ diagnostics: [Diagnostic], text: (String) -> String?) -> [String] {
        var file: String?
        var lines: QuotedLines?
        return diagnostics.map { diagnostic in
            if diagnostic.file != file {
                file = diagnostic.file
                lines = text(diagnostic.file).map(QuotedLines.init)
            }
            return format(diagnostic, lines: &lines)
        }
    }

    private func format(_ diagnostic: Diagnostic, lines quoted: inout QuotedLines?) -> String {
        var lines = [
            // A file name or a value quoted in the message may hold a line break: escaped, the
            // problem stays one line that editors read (`--json` keeps both as they are).
            style.bold("\(diagnostic.file.escapingControlCharacters):\(diagnostic.line):\(diagnostic.column):") + " "
                + severity(diagnostic.severity) + " " + style.bold(diagnostic.message.escapingControlCharacters)
        ]
        if let quote = quoted?.quote(line: diagnostic.line, column: diagnostic.column) {
            let number = String(diagnostic.line)
            let gutter = String(repeating: " ", count: max(4 - number.count, 1))
            let blank = String(repeating: " ", count: gutter.count + number.count)
            lines.append(style.dim("\(gutter)\(number) |") + " " + quote.text)
            lines.append(style.dim("\(blank) |") + " " + quote.padding + caret(diagnostic.severity))
        }
        if let hint = diagnostic.hint {
            lines.append(String(repeating: " ", count: 5) + style.dim("= hint:") + " " + hint.escapingControlCharacters)
        }
        return lines.joined(separator: "\n")
    }

    private func severity(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return style.red("error:")
        case .warning: return style.yellow("warning:")
        case .info: return style.cyan("info:")
        }
    }

    private func caret(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return style.red("^")
        case .warning: return style.yellow("^")
        case .info: return style.cyan("^")
        }
    }

}
