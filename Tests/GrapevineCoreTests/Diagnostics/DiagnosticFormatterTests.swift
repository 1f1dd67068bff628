import Foundation
import Testing

@testable import GrapevineCore

/// SPEC §5: `file:line:col: severity: message`, the quoted line, a caret under the column;
/// `--json` fields; `--strict`.
@Suite("Diagnostic output")
struct DiagnosticFormatterTests {
    let formatter = DiagnosticFormatter(style: .plain)

    private func diagnostic(
        _ severity: Diagnostic.Severity = .error, line: Int, column: Int, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            severity, .invalidDate, "invalid date '2026-13-01' for 'added'", file: "contacts/sam-reyes.md",
            at: SourcePosition(line: line, column: column), hint: hint)
    }

    @Test func formatsTheSpecExample() {
        let text = "---\nname: Sam Reyes\ntitle: QA Lead\nadded: 2026-13-01\n---\n"
        let output = formatter.format(diagnostic(line: 4, column: 8), text: text)
        #expect(
            output == """
                contacts/sam-reyes.md:4:8: error: invalid date '2026-13-01' for 'added'
                   4 | added: 2026-13-01
                     |        ^
                """)
    }

    @Test func formatsADiagnosticFromALoadedVault() throws {
        let text = "---\nname: Sam Reyes\ntitle: QA Lead\nadded: 2026-13-01\n---\n"
        let vault = try TemporaryVault.load(["contacts/sam-reyes.md": text])
        let found = try #require(vault.diagnostics(.invalidDate).only)
        let lines = formatter.format(found, text: vault.text(ofFile: found.file)).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.first == "contacts/sam-reyes.md:4:8: error: invalid date '2026-13-01' for 'added'")
        #expect(lines.dropFirst().first == "   4 | added: 2026-13-01")
        #expect(lines.dropFirst(2).first == "     |        ^")
        #expect(lines.last?.hasPrefix("     = hint: ") == true)
    }

    @Test(arguments: [
        (Diagnostic.Severity.error, "error:"), (.warning, "warning:"), (.info, "info:"),
    ])
    func headerNamesTheSeverity(_ severity: Diagnostic.Severity, word: String) {
        let output = formatter.format(diagnostic(severity, line: 1, column: 1), text: nil)
        #expect(output == "contacts/sam-reyes.md:1:1: \(word) invalid date '2026-13-01' for 'added'")
    }

    @Test func caretKeepsTabsBeforeTheColumn() {
        // Column 6 is the 'v' of "value": 'a', tab, 'b', ':', ' ' come before it.
        let output = formatter.format(diagnostic(line: 1, column: 6), text: "a\tb: value\n")
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines[1] == "   1 | a\tb: value")
        #expect(lines[2] == "     |  \t   ^")
    }

    @Test func caretCountsColumnsInUnicodeScalars() {
        // "name: José " is 11 scalars, so column 12 is the 'N' of "Núñez".
        let line = "name: Jos\u{E9} N\u{FA}\u{F1}ez"
        let output = formatter.format(diagnostic(line: 1, column: 12), text: line)
        let caretLine = output.split(separator: "\n").last.map(String.init)
        let expected = "     | " + String(repeating: " ", count: 11) + "^"
        #expect(caretLine == expected)
    }

    @Test func quotesTheRightLineOfACRLFFile() {
        let text = "---\r\nname: Sam\r\nadded: soon\r\n---\r\n"
        let output = formatter.format(diagnostic(line: 3, column: 8), text: text)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.dropFirst().first == "   3 | added: soon")
        #expect(lines.last == "     |        ^")
    }

    @Test func gutterWidensForLongFiles() {
        let text = Array(repeating: "x", count: 11).joined(separator: "\n") + "\nadded: soon\n"
        let output = formatter.format(diagnostic(line: 12, column: 1), text: text)
        let lines = output.split(separator: "\n")
        #expect(lines.dropFirst().first == "  12 | added: soon")
        #expect(lines.last == "     | ^")
    }

    @Test func hintIsItsOwnLine() {
        let output = formatter.format(diagnostic(line: 1, column: 1, hint: "write the date as YYYY-MM-DD"), text: nil)
        #expect(
            output == """
                contacts/sam-reyes.md:1:1: error: invalid date '2026-13-01' for 'added'
                     = hint: write the date as YYYY-MM-DD
                """)
    }

    @Test func lineOutsideTheTextIsNotQuoted() {
        let output = formatter.format(diagnostic(line: 9, column: 1), text: "one line\n")
        #expect(!output.contains("|"))
    }

    // MARK: --json and --strict

    @Test func jsonHasTheFieldsOfTheSpec() throws {
        let data = try JSONEncoder().encode(diagnostic(.warning, line: 4, column: 8))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["severity"] as? String == "warning")
        #expect(object["file"] as? String == "contacts/sam-reyes.md")
        #expect(object["line"] as? Int == 4)
        #expect(object["column"] as? Int == 8)
        #expect(object["code"] as? String == "invalid-date")
        #expect(object["message"] as? String == "invalid date '2026-13-01' for 'added'")
    }

    @Test func codesAreStableKebabCaseWords() {
        #expect(DiagnosticCode.unknownLogEvent.rawValue == "unknown-log-event")
        #expect(
            DiagnosticCode.allCases.allSatisfy { code in
                code.rawValue.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }
            })
        #expect(DiagnosticCode.allCases.filter(\.isStrictOnly) == [.unknownLogEvent])
    }

    @Test func strictMakesEveryWarningAnErrorAndKeepsInfo() throws {
        let vault = try TemporaryVault.load([
            "contacts/pat.md": "---\nname: Pat Lee\nreferred_by: Quinn Diaz\n---\n",
            "contacts/quinn.md": "---\nname: Quinn Diaz\nreferred_by: [Pat Lee, Dan Moore]\n---\n",
        ])
        let lenient = CheckReport(vault: vault, strict: false)
        #expect(lenient.diagnostics.map(\.severity).sorted() == [.warning, .info])
        #expect(!lenient.hasErrors)
        let strict = CheckReport(vault: vault, strict: true)
        #expect(strict.diagnostics.map(\.severity).sorted() == [.error, .info])
        #expect(strict.hasErrors)
        #expect(strict.count(.error) == 1)
        #expect(strict.noteCount == 2)
    }
}
