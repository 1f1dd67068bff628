import Testing

@testable import GrapevineCore

/// A big export has dozens of names tidied the same way (`Jane Doe, MBA`): the text output says
/// so once per kind of tidying, with a count and the first rows; `--verbose` and the JSON keep
/// every row.
@Suite("Import text: names not read as written, grouped by kind")
struct ImportReportTextTests {
    /// The problem of a name tidied at `line`, as the LinkedIn reader makes it.
    static func tidied(_ written: String, line: Int) throws -> ImportProblem {
        try #require(ImportProblem.tidiedName(written, as: ImportedName(full: written), line: line))
    }

    static func text(_ problems: [ImportProblem], verbose: Bool = false) -> [String] {
        let report = ImportReport(file: "c.csv", dryRun: true, read: 50, entries: [], outcomes: [], problems: problems)
        return ImportReportText(report, unit: "connections", verbose: verbose).problems
    }

    @Test("more than three names of one kind: one warning at the first, with the count and three of them")
    func groupedByKind() throws {
        let credentials = try (1...5).map { try Self.tidied("Person\($0) Doe, MBA", line: $0 * 10) }
        let emoji = try Self.tidied("Dana Chowdhury ✨", line: 12)
        let lines = Self.text(credentials + [emoji, ImportProblem(.warning, line: 30, "the row has no name")])
        #expect(
            lines == [
                "c.csv:10: warning: 5 names had a credential left out, such as 'Person1 Doe, MBA' as 'Person1 Doe' "
                    + "(line 10), 'Person2 Doe, MBA' as 'Person2 Doe' (line 20), 'Person3 Doe, MBA' as 'Person3 Doe' "
                    + "(line 30) and 2 more; if they write a name otherwise, change 'name' in its note "
                    + "(--verbose lists every row)",
                "c.csv:12: warning: 'Dana Chowdhury ✨' is read as the name 'Dana Chowdhury', leaving out '✨'; "
                    + "if they write it otherwise, change 'name' in the note",
                "c.csv:30: warning: the row has no name",
            ])
    }

    @Test(
        "the summary's first line counts what was read, one in the singular",
        arguments: [(0, "0 cards"), (1, "1 card"), (2, "2 cards")])
    func readCount(read: Int, counted: String) {
        let report = ImportReport(file: "a.vcf", dryRun: false, read: read, entries: [], outcomes: [], problems: [])
        #expect(ImportReportText(report, unit: "cards").summary.first == "a.vcf: \(counted) read.")
    }

    @Test("each kind on its own: nicknames, credentials, pronouns, emoji, remarks; a name of two kinds in both")
    func kinds() throws {
        #expect(ImportedName(full: "Robert \"Bob\" Smith").tidyings == [.nickname])
        #expect(ImportedName(full: "Jane Doe, PMP, CSM").tidyings == [.credential])
        #expect(ImportedName(full: "Ana Li MBA PhD").tidyings == [.credential])
        #expect(ImportedName(full: "Carmen Yilmaz (she/her)").tidyings == [.pronouns])
        #expect(ImportedName(full: "Dana 🚀 Chowdhury").tidyings == [.pictograph])
        #expect(ImportedName(full: "Ana Li (formerly at Initech Corporation Limited)").tidyings == [.remark])
        #expect(ImportedName(full: "Wen \"Bo\" Singh (he/him), PhD").tidyings == [.nickname, .credential, .pronouns])
        #expect(ImportedName(full: "Ana Li").tidyings.isEmpty)
        // Four names with a nickname, one of them with a rare credential-and-emoji: the group
        // counts it, and its own warning stays for the emoji.
        let names = ["Ana \"A\" Li", "Bo \"B\" Ek", "Cy \"C\" Oz", "Di \"D\" Ng ✨"]
        let lines = Self.text(try names.enumerated().map { try Self.tidied($1, line: $0 + 2) })
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("c.csv:2: warning: 4 names had a nickname made an alias, such as 'Ana \"A\" Li'"))
        #expect(lines[0].contains("and 1 more; if they write a name otherwise, change 'name' or 'aliases'"))
        #expect(lines[1].hasPrefix("c.csv:5: warning: 'Di \"D\" Ng ✨' is read as the name 'Di Ng'"))
    }

    @Test("three or fewer of a kind, or --verbose: a warning at each row, as before")
    func fewOrVerbose() throws {
        let three = try (1...3).map { try Self.tidied("Person\($0) Doe, MBA", line: $0 + 1) }
        #expect(Self.text(three) == three.map { $0.formatted(file: "c.csv") })
        let many = try (1...40).map { try Self.tidied("Person\($0) Doe (she/her)", line: $0 + 1) }
        #expect(Self.text(many).count == 1)
        #expect(Self.text(many).first?.contains("40 names had pronouns left out") == true)
        #expect(Self.text(many, verbose: true) == many.map { $0.formatted(file: "c.csv") })
    }
}
