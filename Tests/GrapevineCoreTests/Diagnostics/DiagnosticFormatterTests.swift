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

    @Test func caretSitsUnderTheColumnAfterWideCharactersAndMarks() {
        // Column 19 is the '2' of the date: each of the seven Japanese characters takes two
        // columns of a terminal; the combining accent of "e\u{301}" takes none.
        let line = "- [ ] 日本語のタスク due 2026-11-6"
        let output = formatter.format(diagnostic(line: 1, column: 19), text: line)
        #expect(
            output.split(separator: "\n").last.map(String.init) == "     | " + String(repeating: " ", count: 25) + "^")
        let marked = formatter.format(diagnostic(line: 1, column: 6), text: "e\u{301}e: x")
        #expect(
            marked.split(separator: "\n").last.map(String.init) == "     | " + String(repeating: " ", count: 4) + "^")
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

    // MARK: Many problems, long lines

    @Test func aLongLineIsQuotedAroundTheColumn() {
        let line = (0..<100).map { "word\($0)" }.joined(separator: " ")  // 589 characters
        let column = 300
        let output = formatter.format(diagnostic(line: 1, column: column), text: line + "\n")
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let scalars = Array(line.unicodeScalars)
        let first = column - QuotedLines.lead
        let shown = String(String.UnicodeScalarView(scalars[(first - 1)..<(first - 1 + QuotedLines.width)]))
        #expect(lines[1] == "   1 | …" + shown + "…")
        // The caret is under the column's character: the `…` and the scalars before it.
        let caret = lines[2].dropFirst("     | ".count)
        #expect(caret == String(repeating: " ", count: 1 + QuotedLines.lead) + "^")
        #expect(Array(lines[1].unicodeScalars)["   1 | ".count + caret.count - 1] == scalars[column - 1])
    }

    @Test func theStartAndEndOfALongLineAreNotCutOnTheirSide() {
        let line = String(repeating: "é", count: 400)
        let start = formatter.format(diagnostic(line: 1, column: 3), text: line)
        #expect(start.contains("   1 | " + String(repeating: "é", count: QuotedLines.width) + "…\n"))
        #expect(start.hasSuffix("\n     |   ^"))
        let end = formatter.format(diagnostic(line: 1, column: 400), text: line)
        #expect(end.contains("   1 | …" + String(repeating: "é", count: QuotedLines.lead + 1) + "\n"))
        #expect(end.hasSuffix("\n     | " + String(repeating: " ", count: QuotedLines.lead + 1) + "^"))
    }

    /// A file of 20,000 lines with a problem on each: quoting line by line from the start of
    /// the file read 200 million lines; now each byte is looked at about once.
    @Test func quotingManyLinesOfAFileReadsItOnce() {
        let text = (1...20_000).map { "- 12/\($0 % 28 + 1)/2026 emailed: line \($0)" }.joined(separator: "\n") + "\n"
        var lines = QuotedLines(text)
        for number in 1...20_000 {
            #expect(lines.quote(line: number, column: 3)?.text.hasSuffix("line \(number)") == true)
        }
        #expect(lines.bytesRead <= 2 * text.utf8.count)
    }

    /// 10,000 problems along one line of a million characters: each is quoted from where the
    /// last one was, not from the start of the line.
    @Test func quotingManyColumnsOfALongLineReadsItOnce() {
        let text = String(repeating: "abcdefghij", count: 100_000)
        var lines = QuotedLines(text)
        for column in stride(from: 1, through: 1_000_000, by: 100) {
            let quote = lines.quote(line: 1, column: column)
            #expect(quote?.text.unicodeScalars.count ?? 0 <= QuotedLines.width + 2)
        }
        // The line's end is found once, the column reached once, and each quote reads its own width.
        #expect(lines.bytesRead <= 2 * text.utf8.count + 10_000 * 2 * (QuotedLines.width + 1))
    }

    /// `check` quotes from one `QuotedLines` per file: the text of a file with 5,000 problems
    /// is asked for once, and its lines found once.
    @Test func formattingAllAtOnceAsksForEachFileOnce() {
        let text = (1...5_000).map { "line \($0)" }.joined(separator: "\n")
        let diagnostics = ["a.md", "b.md"].flatMap { file in
            (1...5_000).map {
                Diagnostic(.warning, .invalidDate, "bad", file: file, at: SourcePosition(line: $0, column: 1))
            }
        }
        var asked: [String] = []
        let output = formatter.format(diagnostics) { file in
            asked.append(file)
            return text
        }
        #expect(asked == ["a.md", "b.md"])
        #expect(output.count == 10_000)
        #expect(output.last?.contains("5000 | line 5000") == true)
    }

    @Test func formattingAllAtOnceIsFormattingEachOnItsOwn() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: A\nadded: 2026-13-01\n---\n## Log\n- soon emailed\n- 2026-10-01 x\n",
            "contacts/b.md": "---\nname: B\nreferred_by: Nobody Known\n---\n## Log\n- later emailed\n",
            "interviews/c.md": "---\ndate: 2026-10-01\n---\n",
        ])
        let report = CheckReport(vault: vault, strict: true)
        #expect(report.diagnostics.count >= 5)
        #expect(
            formatter.format(report.diagnostics, text: vault.text(ofFile:))
                == report.diagnostics.map { formatter.format($0, text: vault.text(ofFile: $0.file)) })
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
