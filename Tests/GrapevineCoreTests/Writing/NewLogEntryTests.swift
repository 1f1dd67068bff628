import Foundation
import Testing

@testable import GrapevineCore

private let november21 = LocalDateTime(date: LocalDate(valid: "2026-11-21"))

private func entry(_ event: String, _ text: String...) throws -> NewLogEntry {
    try #require(NewLogEntry(date: november21, event: event, text: text))
}

@Suite("Log entries: reading what was typed")
struct NewLogEntryWordsTests {
    @Test(
        "the event word, one or two words, any case, with or without a colon",
        arguments: [
            (["emailed", "intro, mentioned Dan"], "2026-11-21 emailed: intro, mentioned Dan"),
            (["Emailed:", "intro"], "2026-11-21 emailed: intro"),
            (["followed up"], "2026-11-21 followed up"),
            (["followed", "up"], "2026-11-21 followed up"),
            (["sent", "resume", "the R&D version"], "2026-11-21 sent resume: the R&D version"),
            (["REACHED OUT", "via LinkedIn"], "2026-11-21 reached out: via LinkedIn"),
            (["replied:", ": happy to talk"], "2026-11-21 replied: happy to talk"),
            (["emailed: intro"], "2026-11-21 emailed: intro"),
            (["lunch", "with Dan"], "2026-11-21 lunch: with Dan"),
            (["met"], "2026-11-21 met"),
            // Their reply, not a message of yours: written as SPEC §2.1 names it.
            (["wrote back", "happy to talk"], "2026-11-21 replied: happy to talk"),
            (["called", "back"], "2026-11-21 replied"),
        ])
    func words(typed: [String], line: String) throws {
        let entry = try #require(NewLogEntry(date: november21, event: typed[0], text: Array(typed.dropFirst())))
        #expect(entry.line == line)
    }

    @Test("known words name their event; others are plain notes with a problem that suggests the likely word")
    func events() throws {
        #expect(try entry("thanked").event == .thanked)
        #expect(try entry("thanked").problem == nil)
        #expect(try entry("Sent", "resume").event == .resumeSent)
        let typo = try entry("emialed", "hello")
        #expect(typo.event == nil)
        #expect(typo.problem == .unknownWord("emialed", suggestion: "emailed"))
        #expect(typo.line == "2026-11-21 emialed: hello")
        #expect(try entry("coffee").problem == .unknownWord("coffee", suggestion: nil))
        // An event said in other words suggests its word.
        #expect(try entry("texted", "about Friday").problem == .unknownWord("texted", suggestion: "messaged"))
        #expect(try entry("coffee", "chat").problem == .unknownWord("coffee", suggestion: "met"))
        #expect(try entry("heard", "back").problem == .unknownWord("heard", suggestion: "replied"))
    }

    @Test(
        "a typo of an event word, of one or two words, suggests that word",
        arguments: [
            (["thnaked"], "thanked"), (["Emialed:", "hi"], "emailed"), (["folowed", "up"], "followed up"),
            (["followed upp"], "followed up"), (["snt", "resume"], "sent resume"), (["replyed"], "replied"),
            (["skiped", "schedule"], "skipped"), (["snozed"], "snoozed"), (["mte"], nil), (["lunch"], nil),
            // Other forms of the word (the trial of December 6): what check suggests for them.
            (["follow-up"], "followed up"), (["followed-up"], "followed up"), (["follow", "up"], "followed up"),
            (["thank-you"], "thanked"), (["thanks"], "thanked"), (["reply"], "replied"), (["intro"], "reached out"),
        ])
    func suggestions(typed: [String], suggestion: String?) throws {
        let entry = try #require(NewLogEntry(date: november21, event: typed[0], text: Array(typed.dropFirst())))
        #expect(entry.problem == .unknownWord(typed[0].trimmingCharacters(in: [":"]), suggestion: suggestion))
    }

    @Test(
        "skipped KIND and snoozed KIND until DATE are written in their usual spelling, the text after them",
        arguments: [
            (
                ["skipped", "schedule", "a connector, no meeting needed"],
                "2026-11-21 skipped schedule: a connector, no meeting needed"
            ),
            (["Skipped Thank-You:"], "2026-11-21 skipped thank-you"),
            (
                ["snoozed", "follow-up", "until", "2026-12-10", "away until the 9th"],
                "2026-11-21 snoozed follow-up until 2026-12-10: away until the 9th"
            ),
            (["snoozed follow-up UNTIL 2026-12-10:", "away"], "2026-11-21 snoozed follow-up until 2026-12-10: away"),
        ])
    func closings(typed: [String], line: String) throws {
        let entry = try #require(NewLogEntry(date: november21, event: typed[0], text: Array(typed.dropFirst())))
        #expect(entry.problem == nil)
        #expect(entry.event == (line.contains("skipped") ? .skipped : .snoozed))
        #expect(entry.line == line)
        // What is written reads back as the same closing.
        let vault = try TemporaryVault.load(["contacts/v.md": "---\nname: V\n---\n## Log\n- \(entry.line)\n"])
        #expect(vault.diagnostics.isEmpty)
        #expect(vault.note(atPath: "contacts/v.md")?.contact?.log.first?.closing != nil)
    }

    @Test(
        "skipped or snoozed without a kind of step, with an unknown kind, or snoozed without until DATE, is a problem",
        arguments: [
            (["skipped"], NewLogEntry.WordProblem.missingStepKind(head: "skipped")),
            (["skipped", "lunch"], .unknownStepKind(head: "skipped", kind: "lunch", suggestion: nil)),
            (
                ["snoozed", "folow-up", "until", "2026-12-10"],
                .unknownStepKind(head: "snoozed", kind: "folow-up", suggestion: "follow-up")
            ),
            (["snoozed", "follow-up"], .missingUntil(kind: "follow-up", found: nil)),
            (["snoozed", "follow-up", "2026-12-10"], .missingUntil(kind: "follow-up", found: "2026-12-10")),
            (
                ["snoozed", "follow-up", "until", "2026-13-10"],
                .noSuchDay(kind: "follow-up", date: "2026-13-10", why: "there is no month 13")
            ),
            (
                ["snoozed", "follow-up", "until", "2026-02-30"],
                .noSuchDay(kind: "follow-up", date: "2026-02-30", why: "February 2026 has 28 days")
            ),
            (
                ["snoozed", "thank-you", "until", "2025-02-29:"],
                .noSuchDay(kind: "thank-you", date: "2025-02-29", why: "February 2025 has 28 days")
            ),
            (
                ["snoozed", "follow-up", "until", "2026-04-00"],
                .noSuchDay(kind: "follow-up", date: "2026-04-00", why: "there is no day 0")
            ),
            (
                ["snoozed", "follow-up", "until", "2026-4-31"],
                .missingUntil(kind: "follow-up", found: "until 2026-4-31")
            ),
            (["snoozed", "follow-up", "until"], .missingUntil(kind: "follow-up", found: "until")),
        ])
    func malformedClosings(typed: [String], problem: NewLogEntry.WordProblem) throws {
        let entry = try #require(NewLogEntry(date: november21, event: typed[0], text: Array(typed.dropFirst())))
        #expect(entry.problem == problem)
        #expect(!problem.message.isEmpty)
    }

    @Test("line breaks in the text become spaces, so the entry stays one list item")
    func oneLine() throws {
        let typed = try entry("emailed", "first line\n  second line\r\nthird\u{2028}fourth\n")
        #expect(typed.text == "first line second line third fourth")
        #expect(typed.line.split(whereSeparator: \.isNewline).count == 1)
    }

    @Test("a time is kept after the date")
    func time() throws {
        let date = try #require(LocalDateTime("2026-11-21 14:05"))
        #expect(NewLogEntry(date: date, event: "called", text: [])?.line == "2026-11-21 14:05 called")
    }

    @Test("no event word, no entry", arguments: ["", "  ", ":", "\n"])
    func empty(event: String) {
        #expect(NewLogEntry(date: november21, event: event, text: ["text"]) == nil)
    }
}

/// Inserts `entry` into `original` and checks the result is the original with exactly
/// `insertion` added right after `anchor` (its last occurrence), byte for byte.
private func expectInsertion(
    _ original: [UInt8], entry: NewLogEntry, after anchor: [UInt8]?, insertion: [UInt8],
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let (bytes, logEntry) = try entry.inserted(into: original, path: "contacts/maria-lopez.md")
    let split: Int
    if let anchor {
        let ranges = (0...(original.count - anchor.count)).filter {
            original[$0..<$0 + anchor.count].elementsEqual(anchor)
        }
        split = try #require(ranges.last, "anchor not found", sourceLocation: sourceLocation) + anchor.count
    } else {
        split = original.count
    }
    let expected = Array(original[..<split]) + insertion + Array(original[split...])
    #expect(bytes == expected, "got:\n\(String(decoding: bytes, as: UTF8.self))", sourceLocation: sourceLocation)
    // The note reads back with the new entry last in its Log, on the line reported.
    let vault = try TemporaryVault.load([:], bytes: ["contacts/maria-lopez.md": bytes])
    let log = try #require(vault.note(atPath: "contacts/maria-lopez.md")?.contact?.log, sourceLocation: sourceLocation)
    #expect(log.last == logEntry, sourceLocation: sourceLocation)
    #expect(log.last?.date == entry.date.date && log.last?.word == entry.word, sourceLocation: sourceLocation)
    #expect(log.last?.text == entry.text, sourceLocation: sourceLocation)
}

private func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

@Suite("Log entries: where they go in the file")
struct NewLogEntryInsertionTests {
    @Test("after the last item of the Log, before the next section")
    func afterLastItem() throws {
        let original = utf8(
            """
            ---
            name: Maria Lopez
            ---

            ## Log
            - 2026-10-01 emailed: intro
            - 2026-10-03 replied

            ## Notes
            Likes chickpeas.

            """)
        try expectInsertion(
            original, entry: try entry("met", "coffee"), after: utf8("- 2026-10-03 replied\n"),
            insertion: utf8("- 2026-11-21 met: coffee\n"))
    }

    @Test("at the top of a Log kept newest first, with its bullet and line endings")
    func newestFirst() throws {
        let original = utf8(
            "---\r\nname: Maria Lopez\r\n---\r\n## Log\r\n* 2026-10-03 replied\r\n  * she is away\r\n"
                + "* 2026-10-01 emailed: intro\r\n")
        let (bytes, logEntry) = try entry("met", "coffee").inserted(into: original, path: "contacts/maria-lopez.md")
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == "---\r\nname: Maria Lopez\r\n---\r\n## Log\r\n* 2026-11-21 met: coffee\r\n* 2026-10-03 replied\r\n"
                + "  * she is away\r\n* 2026-10-01 emailed: intro\r\n")
        #expect(logEntry.position.line == 5)
        let vault = try TemporaryVault.load([:], bytes: ["contacts/maria-lopez.md": bytes])
        let log = try #require(vault.note(atPath: "contacts/maria-lopez.md")?.contact?.log)
        #expect(log.map(\.date.description) == ["2026-11-21", "2026-10-03", "2026-10-01"])
    }

    @Test(
        "at the end, as usual, when the Log is not newest first or the entry is older than every one of it",
        arguments: [
            "## Log\n- 2026-10-01 emailed: intro\n- 2026-10-03 replied\n",
            "## Log\n- 2026-10-03 replied\n",
            "## Log\n- 2026-10-03 replied\n- 2026-10-03 met\n",
            "## Log\n1. 2026-10-03 replied\n2. 2026-10-01 emailed: intro\n",
            "## Log\n- 2026-12-03 replied\n- 2026-11-25 emailed: intro\n",
        ])
    func notNewestFirst(log: String) throws {
        let original = utf8("---\nname: Maria Lopez\n---\n" + log)
        let (bytes, _) = try entry("met").inserted(into: original, path: "contacts/maria-lopez.md")
        #expect(Array(bytes.prefix(original.count)) == original, "the entry is added after everything")
    }

    /// Trial N, finding 6: `log --date` of a day already passed went under later entries, and
    /// the Log out of date order; it now goes above the first later one, a one-line insertion.
    @Test(
        "above the first later entry of a Log kept oldest first, with its bullet",
        arguments: [
            ("- 2026-10-01 emailed: intro\n", "- 2026-12-03 replied\n- 2026-12-05 met\n"),
            ("", "* 2026-12-03 replied\n"),
            ("- 2026-10-01 emailed: intro\n- 2026-11-21 replied\n", "- 2026-11-22 met\n"),
            ("- 2026-10-01 emailed\n  - she is away\n", "- 2026-11-30 replied\n  - back on Monday\n"),
        ])
    func olderEntryInDateOrder(before: String, after: String) throws {
        try expectMetBetween(before, after, oldestFirst: true)
    }

    /// Trial 26: in a Log kept newest first, `log --date` of a day between two entries went
    /// under the oldest one, at the bottom; it now goes where its date puts it, as `merge`
    /// places B's entries.
    @Test(
        "above the first entry dated on or before it in a Log kept newest first, with its bullet",
        arguments: [
            ("- 2026-12-03 replied\n", "- 2026-10-01 emailed: intro\n"),
            ("* 2026-12-05 met\n* 2026-11-30 replied\n  * back on Monday\n", "* 2026-11-05 followed up\n"),
            ("- 2026-12-03 replied\n", "- 2026-11-21 called\n- 2026-10-01 emailed: intro\n"),
        ])
    func olderEntryNewestFirst(before: String, after: String) throws {
        try expectMetBetween(before, after, oldestFirst: false)
    }

    /// `log met coffee --date 2026-11-21` into a Log of the entries `before` and `after`: the
    /// one line goes between them, with their bullet, and the Log stays in its date order.
    private func expectMetBetween(_ before: String, _ after: String, oldestFirst: Bool) throws {
        let original = utf8("---\nname: Maria Lopez\n---\n## Log\n" + before + after)
        let (bytes, logEntry) = try entry("met", "coffee").inserted(into: original, path: "contacts/maria-lopez.md")
        let bullet = after.hasPrefix("*") ? "*" : "-"
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == "---\nname: Maria Lopez\n---\n## Log\n" + before + "\(bullet) 2026-11-21 met: coffee\n" + after)
        #expect(logEntry.position.line == 5 + before.split(separator: "\n").count)
        let vault = try TemporaryVault.load([:], bytes: ["contacts/maria-lopez.md": bytes])
        let dates = try #require(vault.note(atPath: "contacts/maria-lopez.md")?.contact?.log).map(\.date)
        #expect(dates == (oldestFirst ? dates.sorted() : dates.sorted(by: >)))
    }

    @Test(
        "at the end when the Log is in no date order, or numbered: nothing to renumber",
        arguments: [
            "## Log\n- 2026-12-03 replied\n- 2026-10-01 emailed: intro\n- 2026-12-05 met\n",
            "## Log\n1. 2026-10-01 emailed: intro\n2. 2026-12-03 replied\n",
        ])
    func olderEntryAtTheEnd(log: String) throws {
        let original = utf8("---\nname: Maria Lopez\n---\n" + log)
        let (bytes, _) = try entry("met").inserted(into: original, path: "contacts/maria-lopez.md")
        #expect(Array(bytes.prefix(original.count)) == original, "the entry is added after everything")
    }

    @Test("at the end of a file that does not end with a line break")
    func noTrailingNewline() throws {
        let original = utf8("---\nname: Maria Lopez\n---\n\n## Log\n- 2026-10-01 emailed: intro")
        try expectInsertion(
            original, entry: try entry("replied"), after: nil, insertion: utf8("\n- 2026-11-21 replied\n"))
    }

    @Test("with CRLF line endings when the file has them")
    func crlf() throws {
        let original = utf8(
            "---\r\nname: Maria Lopez\r\n---\r\n\r\n## Log\r\n- 2026-10-01 emailed: intro\r\n\r\n## Notes\r\nx")
        try expectInsertion(
            original, entry: try entry("thanked", "for the tour"), after: utf8("emailed: intro\r\n"),
            insertion: utf8("- 2026-11-21 thanked: for the tour\r\n"))
    }

    @Test("a new Log section at the end when there is none")
    func newSection() throws {
        let original = utf8("---\nname: Maria Lopez\n---\n\nMet her at the alumni fair.\n")
        try expectInsertion(
            original, entry: try entry("emailed", "intro"), after: nil,
            insertion: utf8("\n## Log\n- 2026-11-21 emailed: intro\n"))
    }

    @Test("a new Log section after a file without a final line break, or with a blank line already")
    func newSectionLineBreaks() throws {
        try expectInsertion(
            utf8("---\nname: Maria Lopez\n---\nText"), entry: try entry("met"), after: nil,
            insertion: utf8("\n\n## Log\n- 2026-11-21 met\n"))
        try expectInsertion(
            utf8("---\nname: Maria Lopez\n---\nText\n\n"), entry: try entry("met"), after: nil,
            insertion: utf8("## Log\n- 2026-11-21 met\n"))
        try expectInsertion(
            utf8("---\r\nname: Maria Lopez\r\n---\r\nText\r\n"), entry: try entry("met"), after: nil,
            insertion: utf8("\r\n## Log\r\n- 2026-11-21 met\r\n"))
    }

    @Test("right under an empty Log heading, as the contact template leaves it")
    func emptySection() throws {
        let original = utf8("---\nname: Maria Lopez\n---\n\nWho she is.\n\n## Log\n")
        try expectInsertion(
            original, entry: try entry("emailed"), after: nil, insertion: utf8("- 2026-11-21 emailed\n"))
        let followed = utf8("---\nname: Maria Lopez\n---\n\n## Log\n## Notes\nText\n")
        try expectInsertion(
            followed, entry: try entry("emailed"), after: utf8("## Log\n"), insertion: utf8("- 2026-11-21 emailed\n"))
    }

    @Test("after the text of a Log section that has no list yet, as a new list")
    func sectionWithoutList() throws {
        let original = utf8("---\nname: Maria Lopez\n---\n\n## Log\nNothing yet.\n\n## Notes\n")
        try expectInsertion(
            original, entry: try entry("emailed"), after: utf8("Nothing yet.\n"),
            insertion: utf8("\n- 2026-11-21 emailed\n"))
    }

    @Test("with the list's own marker and indentation", arguments: [("* ", "* "), ("+   ", "+   "), ("  - ", "  - ")])
    func marker(written: String, expected: String) throws {
        let original = utf8("## Log\n\(written)2026-10-01 emailed\n\(written)2026-10-02 replied\n")
        try expectInsertion(
            original, entry: try entry("met"), after: nil, insertion: utf8("\(expected)2026-11-21 met\n"))
    }

    @Test("the next number of an ordered list")
    func ordered() throws {
        let original = utf8("## Log\n1. 2026-10-01 emailed\n2) 2026-10-02 replied\n")
        // `2)` starts a new list in CommonMark; the entry continues that one.
        try expectInsertion(original, entry: try entry("met"), after: nil, insertion: utf8("3) 2026-11-21 met\n"))
    }

    @Test("after nested items and continuation lines of the last entry")
    func nested() throws {
        let original = utf8(
            """
            ## Log
            - 2026-10-01 emailed: intro
              - asked about the opening
              more text of the sub-item
            ### Old
            text

            """)
        try expectInsertion(
            original, entry: try entry("replied"), after: utf8("more text of the sub-item\n"),
            insertion: utf8("- 2026-11-21 replied\n"))
    }

    @Test("with a blank line after it when a paragraph follows the list directly")
    func paragraphAfter() throws {
        let original = utf8("## Log\n- 2026-10-01 emailed\n  ```\n  draft\n  ```\nA paragraph, not a Log entry.\n")
        try expectInsertion(
            original, entry: try entry("met"), after: utf8("  ```\n  draft\n  ```\n"),
            insertion: utf8("- 2026-11-21 met\n\n"))
    }

    @Test("with a blank line before it in a list whose items are separated by blank lines")
    func looseList() throws {
        let original = utf8("## Log\n- 2026-10-01 emailed\n\n- 2026-10-02 replied\n\n## Notes\n")
        try expectInsertion(
            original, entry: try entry("met"), after: utf8("replied\n"), insertion: utf8("\n- 2026-11-21 met\n"))
    }

    @Test("a UTF-8 byte order mark and decomposed Unicode are kept as they are")
    func bytesKept() throws {
        let original =
            [0xEF, 0xBB, 0xBF]
            + utf8("---\nname: Jose\u{301} Nu\u{301}n\u{303}ez\n---\n## Log\n- 2026-10-01 met: cafe\u{301}\n")
        try expectInsertion(
            original, entry: try entry("thanked", "Núñez"), after: nil, insertion: utf8("- 2026-11-21 thanked: Núñez\n")
        )
    }

    @Test("refuses a file whose front matter is never closed")
    func unterminated() throws {
        #expect(throws: NewLogEntry.Failure.unterminatedFrontMatter(path: "contacts/maria-lopez.md")) {
            try entry("met").inserted(into: utf8("---\nname: Maria\n\n## Log\n"), path: "contacts/maria-lopez.md")
        }
    }

    @Test("refuses a file whose lines end with a carriage return alone, rather than mix line endings")
    func classicMacLineEndings() throws {
        for text in ["---\rname: Cr\r---\r## Log\r- 2026-10-02 emailed: hi\r", "## Log\r- 2026-10-02 emailed\r"] {
            #expect(throws: NewLogEntry.Failure.carriageReturns(path: "contacts/cr.md")) {
                try entry("met").inserted(into: utf8(text), path: "contacts/cr.md")
            }
        }
        let crlf = "---\r\nname: Cr\r\n---\r\n## Log\r\n- 2026-10-02 emailed\r\n"
        #expect(try entry("met").inserted(into: utf8(crlf), path: "contacts/cr.md").entry.event == .met)
    }

    @Test("refuses a file that is not UTF-8")
    func notUTF8() throws {
        #expect(throws: NewLogEntry.Failure.notUTF8(path: "contacts/maria-lopez.md")) {
            try entry("met").inserted(into: [0x4D, 0xE9, 0x0A], path: "contacts/maria-lopez.md")
        }
    }

    @Test("refuses a note that is not a contact")
    func notAContact() throws {
        #expect(throws: NewLogEntry.Failure.notAContact(path: "organizations/acme.md", kind: .organization)) {
            try entry("met").inserted(into: utf8("## Log\n"), path: "organizations/acme.md")
        }
    }

    @Test(
        "refuses a note whose Log entries are not read (no space after ##, a table, a block quote), saying why",
        arguments: [
            ("##Log\n- 2026-11-02 emailed\n", 7, "put a heading '## Log' above them"),
            ("## Log\n| date | event |\n|---|---|\n| 2026-11-02 | emailed |\n", 6, "write one list item per row"),
            ("> ## Log\n> - 2026-11-02 emailed\n\n## Notes\nx\n", 7, "put a heading '## Log' above them"),
        ])
    func unreadLog(body: String, line: Int, fix: String) throws {
        let original = utf8("---\nname: Ana Silva\nadded: 2026-11-01\n---\n\n" + body)
        let replied = try entry("replied")
        do throws(NewLogEntry.Failure) {
            _ = try replied.inserted(into: original, path: "contacts/ana-silva.md")
            Issue.record("an entry was added")
        } catch {
            guard case .unreadLog(let path, let at, let column, _, let said) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(path == "contacts/ana-silva.md")
            #expect(at == line)
            #expect(said.hasPrefix(fix), "\(said)")
            #expect(error.message.contains("nothing was written"))
            // SPEC §5: the place as diagnostics give it, not in the message.
            #expect(error.description.hasPrefix("contacts/ana-silva.md:\(line):\(column): error: "))
            #expect(!error.message.contains("line \(line)"))
        }
    }

    @Test("a Log of text alone, or with a table beside its list, still takes the entry")
    func readLogWithText() throws {
        let notYet = utf8("---\nname: Ana Silva\n---\n\n## Log\nNothing yet.\n")
        #expect(try entry("emailed").inserted(into: notYet, path: "contacts/ana-silva.md").entry.word == "emailed")
        let both = utf8(
            "---\nname: Ana Silva\n---\n\n## Log\n- 2026-11-02 emailed\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
        #expect(try entry("replied").inserted(into: both, path: "contacts/ana-silva.md").entry.word == "replied")
    }

    @Test("refuses when the entry would not read back as one new Log item (an unclosed code block)")
    func noSafePlace() throws {
        let original = utf8("---\nname: Maria\n---\n\n```\ncode that never ends\n")
        #expect(throws: NewLogEntry.Failure.self) {
            try entry("met").inserted(into: original, path: "contacts/maria-lopez.md")
        }
    }
}

@Suite("Log entries: writing the file")
struct NewLogEntryFileTests {
    @Test("appends in the vault, keeping the file's permissions, and leaves no temporary file")
    func append() throws {
        let folder = try TestFolder(["contacts/maria.md": "---\nname: Maria\n---\n\n## Log\n- 2026-10-01 met\n"])
        let path = folder.root + "/contacts/maria.md"
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let appended = try entry("thanked").append(toNoteAt: "contacts/maria.md", inVault: folder.root)
        #expect(appended.line == 7)
        #expect(appended.entry.event == .thanked)
        #expect(
            try String(contentsOfFile: path, encoding: .utf8)
                == "---\nname: Maria\n---\n\n## Log\n- 2026-10-01 met\n- 2026-11-21 thanked\n")
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root + "/contacts") == ["maria.md"])
    }

    @Test("writes through a symlink: the target changes and the link stays")
    func symlink() throws {
        let folder = try TestFolder(["people/maria.md": "---\ntype: contact\nname: Maria\n---\n"])
        try FileManager.default.createDirectory(atPath: folder.root + "/contacts", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder.root + "/contacts/maria.md", withDestinationPath: "../people/maria.md")
        _ = try entry("met").append(toNoteAt: "contacts/maria.md", inVault: folder.root)
        let destination = try FileManager.default.destinationOfSymbolicLink(atPath: folder.root + "/contacts/maria.md")
        #expect(destination == "../people/maria.md")
        #expect(
            try String(contentsOfFile: folder.root + "/people/maria.md", encoding: .utf8)
                == "---\ntype: contact\nname: Maria\n---\n\n## Log\n- 2026-11-21 met\n")
    }
}

@Suite("Write failures as import, done and log word them")
struct WriteFailureMessageTests {
    @Test(
        "a read-only or immutable note, or a folder that cannot be written, says what to do without naming log",
        arguments: [FileWriter.WriteError.Kind.readOnly, .immutable, .folderNotWritable])
    func noLogInTheAdvice(kind: FileWriter.WriteError.Kind) {
        let error = FileWriter.WriteError(path: "contacts/sam.md", reason: "refused", kind: kind)
        let message = NewLogEntry.Failure.write(error).message
        #expect(!message.contains("log"), "\(message)")
        #expect(message.hasSuffix("Nothing was written."))
    }
}
