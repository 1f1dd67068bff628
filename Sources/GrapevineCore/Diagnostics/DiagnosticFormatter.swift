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
        var lines = [
            style.bold("\(diagnostic.file):\(diagnostic.line):\(diagnostic.column):") + " "
                + severity(diagnostic.severity) + " " + style.bold(diagnostic.message)
        ]
        if let text, let quoted = Self.line(diagnostic.line, of: text) {
            let number = String(diagnostic.line)
            let gutter = String(repeating: " ", count: max(4 - number.count, 1))
            let blank = String(repeating: " ", count: gutter.count + number.count)
            lines.append(style.dim("\(gutter)\(number) |") + " " + quoted)
            lines.append(
                style.dim("\(blank) |") + " " + Self.padding(before: diagnostic.column, in: quoted)
                    + caret(diagnostic.severity))
        }
        if let hint = diagnostic.hint {
            lines.append(String(repeating: " ", count: 5) + style.dim("= hint:") + " " + hint)
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

    /// Line `number` (1-based) without its line ending.
    static func line(_ number: Int, of text: String) -> String? {
        number >= 1 ? text.lines(number...number).first : nil
    }

    /// White space that lines a caret up under `column`, keeping the line's own tabs.
    static func padding(before column: Int, in line: String) -> String {
        String(line.unicodeScalars.prefix(max(column - 1, 0)).map { $0 == "\t" ? "\t" : " " })
    }
}
