import Testing

@testable import GrapevineCore

@Suite("Log entries as people write them in other tools")
struct LogAsWrittenTests {
    private func contact(_ log: String) throws -> (entries: [String], codes: [String]) {
        let vault = try TemporaryVault.load(["contacts/a.md": "---\nname: Ann\n---\n## Log\n" + log])
        let entries = (vault.notes[0].contact?.log ?? []).map {
            "\($0.date) \($0.event.map { "\($0)" } ?? "-") \($0.text)"
        }
        return (entries, vault.diagnostics.map(\.code.rawValue))
    }

    @Test("dated items grouped under an item without a date (a month, a topic) are the entries")
    func groupedEntries() throws {
        let read = try contact(
            "- November\n  - 2026-11-02 emailed: met at the meetup\n  - 2026-11-03 replied: coffee?\n"
                + "    - she suggested Tuesday\n- 2026-11-20 met: coffee\n- a note without a date\n")
        #expect(
            read.entries == [
                "2026-11-02 outreach met at the meetup", "2026-11-03 reply coffee?", "2026-11-20 met coffee",
            ])
        #expect(read.codes == ["undated-log-entry"], "only the item that groups nothing is a slip")
    }

    @Test("a dated item nested in an entry (the answer under the message) is an entry too")
    func nestedEntries() throws {
        let read = try contact("- 2026-11-02 emailed: intro\n  - 2026-11-04 replied: sure\n  - she is in Lisbon\n")
        #expect(read.entries == ["2026-11-02 outreach intro", "2026-11-04 reply sure"])
        #expect(read.codes.isEmpty)
    }

    @Test("a date linked to a day's note is the entry's date, and the link needs no note")
    func linkedDate() throws {
        let read = try contact("- [[2026-11-01]] emailed: intro\n- [[2026-11-03|Nov 3]]: replied\n")
        #expect(read.entries == ["2026-11-01 outreach intro", "2026-11-03 reply "])
        #expect(read.codes.isEmpty)
    }

    @Test("a calendar emoji before the date (the Tasks plugin's mark) is passed over; a block id is no text")
    func calendarBeforeDate() throws {
        let read = try contact(
            "- 📅 2026-12-03 called: left voicemail\n- 🗓️ 2026-12-04 replied: call me\n- 🗓2026-12-05 met\n"
                + "- 2026-12-06 thanked: for the call ^abc123\n")
        #expect(
            read.entries == [
                "2026-12-03 outreach left voicemail", "2026-12-04 reply call me", "2026-12-05 met ",
                "2026-12-06 thanked for the call",
            ])
        #expect(read.codes.isEmpty)
        // Another emoji is no date mark: still an entry without a date.
        #expect(try contact("- 📞 2026-12-03 called\n").codes == ["undated-log-entry"])
    }

    @Test("a time after the date, with or without a leading zero or am/pm, is passed over")
    func timeOfDay() throws {
        let read = try contact(
            "- 2026-11-01 14:30 emailed\n- 2026-11-02 9:15 replied\n- 2026-11-03 9:15am met\n- 2026-11-04 2:00 PM thanked\n"
        )
        #expect(
            read.entries == ["2026-11-01 outreach ", "2026-11-02 reply ", "2026-11-03 met ", "2026-11-04 thanked "])
        #expect(read.codes.isEmpty)
    }

    @Test("an ISO 8601 date-time, 'T' and all (Obsidian's date-time property), is the date and a time")
    func isoDateTime() throws {
        let read = try contact(
            "- 2026-11-02T14:30 emailed: intro\n- 2026-11-03T09:00:15 replied: sure\n- 2026-11-04T10:00Z met\n"
                + "- 2026-11-05Tuesday called\n")
        #expect(
            read.entries == [
                "2026-11-02 outreach intro", "2026-11-03 reply sure", "2026-11-04 met ", "2026-11-05 outreach ",
            ])
    }

    @Test("an hour with am or pm and no minutes is a time too; a bare number is not")
    func hourWithMeridiem() throws {
        let read = try contact(
            "- 2026-11-01 9am emailed\n- 2026-11-02 3 PM replied: sure\n- 2026-11-03 11pm: thanked\n"
                + "- 2026-11-04 3 met\n- 2026-11-05 9amish met\n")
        #expect(
            read.entries == [
                "2026-11-01 outreach ", "2026-11-02 reply sure", "2026-11-03 thanked ", "2026-11-04 - 3 met",
                "2026-11-05 - 9amish met",
            ])
        #expect(read.codes == ["unknown-log-event", "unknown-log-event"], "\(read.codes)")
    }

    @Test("a comma after the date, a day name before or after it, and 'e-mailed' are read as people mean them")
    func dayNamesAndCommas() throws {
        let read = try contact(
            "- 2026-11-04, called\n- 2026-11-05 (Thu) met: coffee\n- Monday, 2026-11-09 emailed\n"
                + "- Sat 2026-11-07 Replied\n- 2026-11-10 Tue. 9:30am e-mailed: the deck\n"
                + "- 2026-11-12 Sat down with Jo\n- 2026-11-13 (Fri) lunch\n")
        #expect(
            read.entries == [
                "2026-11-04 outreach ", "2026-11-05 met coffee", "2026-11-09 outreach ", "2026-11-07 reply ",
                "2026-11-10 outreach the deck", "2026-11-12 - Sat down with Jo", "2026-11-13 - (Fri) lunch",
            ])
        // The two plain notes are plain notes, as any other.
        #expect(read.codes == ["unknown-log-event", "unknown-log-event"], "\(read.codes)")
    }

    @Test("'sent résumé' is the event 'sent resume' spelled as dictionaries do", arguments: ["résumé", "resumé"])
    func resumeWithAccents(spelling: String) throws {
        // Trial 28: `- 2026-11-05 sent résumé` was a plain note, and send-resume stayed open.
        let read = try contact("- 2026-11-05 Sent \(spelling): the two-page one\n")
        #expect(read.entries == ["2026-11-05 resumeSent the two-page one"])
        #expect(read.codes.isEmpty, "\(read.codes)")
    }

    @Test("an event word with an exclamation mark is the event")
    func exclamation() throws {
        let read = try contact("- 2026-11-03 Replied! Lunch on Friday\n")
        #expect(read.entries == ["2026-11-03 reply Lunch on Friday"])
        #expect(read.codes.isEmpty)
    }

    @Test("a linked date that is no date is an error naming it; a link to a day elsewhere in a note needs no note")
    func badLinkedDate() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Ann\n---\n## Log\n- [[2026-13-01]] emailed\n\nSee [[2026-11-05]].\n"
        ])
        #expect(
            vault.diagnostics.map { "\($0.code.rawValue) \($0.line)" } == ["invalid-log-date 5", "missing-note 5"])
        #expect(vault.diagnostics[0].message == "invalid date '2026-13-01' in the Log")
    }

    @Test("a Log of dated headings and paragraphs is a warning, not silently no history")
    func logWithoutItems() throws {
        let read = try contact("### 2026-11-01\nEmailed him.\n### 2026-11-04\nHe replied.\n")
        #expect(read.entries.isEmpty)
        #expect(read.codes == ["log-without-items"])
        #expect(try contact("").codes.isEmpty)
        #expect(try contact("<!-- - 2026-10-01 emailed: intro -->\n").codes.isEmpty)
    }

    @Test("a Log written as a table is a warning that says so, with the list item to write")
    func logAsTable() throws {
        let table = "| Date | What |\n|---|---|\n| 2026-11-02 | messaged on LinkedIn |\n"
        let vault = try TemporaryVault.load(["contacts/a.md": "---\nname: Ann\n---\n## Log\n" + table])
        #expect(vault.notes[0].contact?.log.isEmpty == true)
        #expect(
            vault.diagnostics.map { "\($0.code.rawValue) \($0.line): \($0.message) | \($0.hint ?? "")" } == [
                "log-without-items 4: the Log is a table, and only list items are read as events, so none of it "
                    + "counts | write one list item per row, date first: '- 2026-10-01 emailed: intro'"
            ])
    }
}
