import Foundation
import Testing
import TestSupport

/// The real `grapevine` binary on notes that crashed it (a Swift trap or a stack overflow) or
/// kept it busy for minutes: every command ends on its own, with a status it chose.
@Suite("grapevine on hostile note bodies")
struct HostileNotesTests {
    struct Run {
        var status: Int32
        var exited: Bool
        var output: String
        var errors: String
    }

    /// Runs the binary; a crash shows as `exited == false` (a signal), not as a failed test run.
    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = ExecutableTests.binary
        process.arguments = arguments
        process.environment = ["SWIFT_BACKTRACE": "enable=no", "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        // Errors go to a file: a child blocked on a second, unread pipe would never exit.
        let errorsPath = Scratch.path("grapevine").path + ".err"
        _ = FileManager.default.createFile(atPath: errorsPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errorsPath) }
        let errors = try #require(FileHandle(forWritingAtPath: errorsPath))
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        return Run(
            status: process.terminationStatus, exited: process.terminationReason == .exit,
            output: String(decoding: outputData, as: UTF8.self),
            errors: (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? "")
    }

    /// `check`, `next`, `site`, `show` and `prep` on `folder`, each of which must exit with 0
    /// (or 1, for `check` on a vault with errors).
    static func runAll(on folder: TemporaryFolder, show names: [String], prep people: [String]) throws -> [String: Run]
    {
        let vault = ["--vault", folder.path, "--today", "2026-11-18"]
        var commands: [String: [String]] = [
            "check": ["check"] + vault, "next": ["next"] + vault,
            "site": ["site", "--out", folder.path + "-site"] + vault,
        ]
        for name in names { commands["show " + name] = ["show", name] + vault }
        for name in people { commands["prep " + name] = ["prep", name] + vault }
        defer { try? FileManager.default.removeItem(atPath: folder.path + "-site") }
        var runs: [String: Run] = [:]
        for (label, arguments) in commands {
            let run = try run(arguments)
            #expect(run.exited && (run.status == 0 || (label == "check" && run.status == 1)), "\(label): \(run.errors)")
            runs[label] = run
        }
        runs["page"] = Run(
            status: 0, exited: true,
            output: (try? String(contentsOfFile: folder.path + "-site/contacts/front.html", encoding: .utf8)) ?? "",
            errors: "")
        return runs
    }

    static let table = "Some text\n| a | b |\n|---|---|\n| 1 | 2 |\n"

    /// `site`, `show` and `prep` trapped (`dropFirst` of -1) on a table typed right under a
    /// line of text, while `check` called the vault fine; with front matter, the closing
    /// `---` came out as a rule on the page and in `show`.
    @Test func aTableRightUnderALineOfText() throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/tab.md": Self.table,
            "contacts/front.md": "---\nname: Front\norganization: \"[[Acme]]\"\n---\n" + Self.table,
            "organizations/acme.md": "---\nname: Acme\n---\n## Research\n" + Self.table,
            "interviews/2026-11-20-tab.md": "---\ncontact: \"[[Tab]]\"\ndate: 2026-11-20\n---\n" + Self.table,
            "interviews/2026-11-21-front.md": "---\ncontact: \"[[Front]]\"\ndate: 2026-11-21\n---\n## Agenda\n"
                + Self.table,
        ])
        let runs = try Self.runAll(on: folder, show: ["Tab", "Front", "Acme"], prep: ["Tab", "Front"])
        #expect(runs["check"]?.output.contains("No problems") == true)
        let page = try #require(runs["page"]?.output)
        #expect(page.contains("<td>1</td>") && !page.contains("<hr") && !page.contains("name: Front"))
        let acme = try #require(runs["show Acme"]?.output)
        #expect(acme.contains("  Some text\n  | a | b |") && !acme.contains("## Research") && !acme.contains("---\n"))
        #expect(runs["prep Front"]?.output.contains("Some text") == true)
    }

    /// NUL, vertical tab, form feed and lone carriage returns around list markers. A marker
    /// followed by one of them is no list item but a paragraph, and a table under it trapped
    /// `site`, `show` and `prep` as above.
    @Test func controlBytesNearListMarkers() throws {
        let bodies = [
            "-\u{B}x\n| a |\n|-|\n", "\u{0}- x\n| a |\n|-|\n", "- \u{0}item\n-\u{0}\n\u{0}- x\n",
            "- a\u{B}\n\u{B}- b\n-\u{B}c\n", "\u{C}- x\n- \u{C}\n", "- a\r- b\r\r- c\r\n", "-\u{C}\r| a |\r|-|\r",
            "## Log\n- 2026-10-01\u{0}emailed\n- 2026-10-02\u{B}called\r- \r\n-\u{0}\n| a |\n|-|\n",
        ]
        let folder = try TemporaryFolder()
        let all = bodies.joined(separator: "\n\n")
        try folder.write([
            "contacts/bare.md": all,
            "contacts/front.md": "---\nname: Front\n---\n" + all,
            "organizations/acme.md": "## Research\n" + all,
            "interviews/2026-11-20-bare.md": "---\ncontact: \"[[Bare]]\"\ndate: 2026-11-20\n---\n## Agenda\n" + all,
        ])
        _ = try Self.runAll(on: folder, show: ["Bare", "Front", "Acme"], prep: ["Bare"])
    }

    /// A stack overflow killed every command: the tree was converted by recursion.
    @Test func deeplyNestedListsAndQuotes() throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/front.md": "---\nname: Front\n---\n" + String(repeating: "- ", count: 80_000) + "[[Quotes]]\n",
            "contacts/quotes.md": String(repeating: "> ", count: 200_000) + "deep\n",
            "interviews/2026-11-20-front.md": "---\ncontact: \"[[Front]]\"\ndate: 2026-11-20\n---\n## Agenda\n"
                + (0..<300).map { String(repeating: "  ", count: $0) + "- question \($0)\n" }.joined(),
        ])
        let runs = try Self.runAll(on: folder, show: ["Front", "Quotes"], prep: ["Front"])
        let check = try #require(runs["check"]?.output)
        // A line's markers past 100 are text before cmark-gfm reads them (`BlockNesting`);
        // items nested by indentation, one a line, are cut where the tree is read.
        for file in ["contacts/front.md:4:1", "contacts/quotes.md:1:1"] {
            #expect(check.contains(file + ": warning: this line opens more than 100 block quotes or list items"))
        }
        let indented = "interviews/2026-11-20-front.md:106:201"
        #expect(check.contains(indented + ": warning: quotes, lists or emphasis are nested more than 100 levels deep"))
        #expect(runs["prep Front"]?.output.contains("question 0") == true)
    }

    /// cmark-gfm walks from each node it adds up to the root: 100,000 `>` and then 200,000 `[`
    /// (300 KB) took minutes in every command. A line's markers past 100 are read as text; the
    /// rest of the note is read as usual, its Log included.
    @Test(.timeLimit(.minutes(3))) func blocksNestedTooDeep() throws {
        let folder = try TemporaryFolder()
        let log = "\n## Log\n- 2026-11-01 met: coffee\n"
        try folder.write([
            "notes/n.md": String(repeating: ">", count: 100_000) + " x\n" + String(repeating: "[", count: 200_000),
            "contacts/front.md": "---\nname: Front\n---\nHello.\n\n" + String(repeating: "> - 1. ", count: 40_000)
                + String(repeating: "[", count: 100_000) + "\n" + log,
            "organizations/acme.md": "Fine.\n\n" + String(repeating: "- ", count: 101) + "deepest\n"
                + String(repeating: "* ", count: 100) + "just fits\n",
        ])
        let runs = try Self.runAll(on: folder, show: ["Front"], prep: [])
        let check = try #require(runs["check"]?.output)
        let warning = ": warning: this line opens more than 100 block quotes or list items; the markers past that are "
        #expect(check.contains("notes/n.md:1:1" + warning))
        #expect(check.contains("contacts/front.md:6:1" + warning))
        #expect(check.contains("organizations/acme.md:3:1" + warning))
        #expect(!check.contains("organizations/acme.md:4:"))
        #expect(runs["show Front"]?.output.contains("met") == true, "\(runs["show Front"]?.output ?? "")")
        let page = try #require(runs["page"]?.output)
        #expect(page.contains("Hello."))
        #expect(!page.contains("\\&gt;"), "the backslash that defuses a marker is not shown")
    }

    /// Due dates written every other way, by the thousand: each misdated task is reported once,
    /// and a line of markers is not read again after each.
    @Test func dueDatesByTheThousand() throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "notes/many.md": "# Todo\n" + (0..<20_000).map { "- [ ] task \($0) due 12/01/2026\n" }.joined(),
            "notes/dues.md": "- [ ] " + String(repeating: "due ", count: 200_000) + "\n- [ ] x "
                + String(repeating: "📅 1/", count: 100_000) + "\n",
        ])
        let runs = try Self.runAll(on: folder, show: [], prep: [])
        let check = try #require(runs["check"]?.output)
        #expect(check.contains("notes/many.md:20001:22: error: '12/01/2026' is not a due date"))
        #expect(runs["check"]?.status == 1)
    }

    /// Tables cmark-gfm would take minutes over are read as text, with a warning.
    @Test func tablesTooCostlyToRead() throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/front.md": "---\nname: Front\n---\n| a |\n|---|\n|" + String(repeating: "x|", count: 50_000)
                + "\n",
            "organizations/acme.md": "## Research\na|b|c\n" + String(repeating: "|-|\n|-|-|\n", count: 20_000),
        ])
        let runs = try Self.runAll(on: folder, show: ["Front", "Acme"], prep: [])
        let check = try #require(runs["check"]?.output)
        #expect(check.contains("contacts/front.md:6:1: warning: the tables of this note have too many cells"))
        #expect(check.contains("organizations/acme.md:"))
        #expect(runs["page"]?.output.contains("x|x|x") == true)
    }

    /// Openers nothing closes took quadratic time: cmark-gfm 0.29 looked for the end of each
    /// `<?` and `<![CDATA[` to the end of the paragraph (a line of 100,000 `<?a` took 11 s in
    /// `check` and 24 s in `site`), and the search index's text for each `](` to the end of the
    /// line. They are text, shown as written. So is a task of thousands of code spans, each
    /// looked at once for a due date.
    @Test(.timeLimit(.minutes(3))) func openersNothingCloses() throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/front.md": "---\nname: Front\n---\nSee " + String(repeating: "<?a", count: 100_000)
                + "\n\nThen " + String(repeating: "<![CDATA[a", count: 50_000) + "\n\nAnd "
                + String(repeating: "[a](", count: 100_000) + "\n\nLast "
                + String(repeating: "<https://a", count: 80_000)
                + "\n\n- [ ] code " + String(repeating: "`due 2026-01-01` ", count: 20_000)
                + "\n\n## Log\n- 2026-11-01 met: "
                + String(repeating: "<?b", count: 50_000) + "\n"
        ])
        let runs = try Self.runAll(on: folder, show: ["Front"], prep: [])
        let page = try #require(runs["page"]?.output)
        #expect(page.contains("<p>See &lt;?a&lt;?a&lt;?a"))
        #expect(page.contains("<p>Then &lt;![CDATA[a&lt;![CDATA[a"))
        #expect(page.contains("<p>And [a]([a]("))
        // cmark-gfm's autolink extension reads from each `://` to the next space: past a budget
        // the note's URLs stay text.
        #expect(page.contains("<p>Last &lt;https://a&lt;https://a"))
        #expect(page.contains("met</span> &lt;?b&lt;?b"))
        #expect(!page.contains("\\&lt;"), "the backslash that defuses an opener is not shown")
        #expect(runs["show Front"]?.output.contains("<?b<?b<?b") == true)
    }
}
