import Testing

@testable import GrapevineCore

/// Deadlines as people write them in English, in leads and tasks: the date is read as the due
/// date, and the whole phrase that announced it leaves the text a step, a draft and the
/// dashboard show (a lead's "Apply: Junior UX Researcher at Lumen Health, apply" was a draft's
/// wrong words).
@Suite("Deadlines written in words")
struct DeadlinePhraseTests {
    private func item(_ text: String) throws -> ListItem {
        try #require(MarkdownParser().parse("- [ ] \(text)\n").items.first)
    }

    @Test(
        "a lead: the words before its date are its deadline, and leave the opening it names",
        arguments: [
            // The tester's vault.
            (
                "Junior UX Researcher at Lumen Health, apply by 2026-12-08", "2026-12-08",
                "Junior UX Researcher at Lumen Health"
            ),
            ("Data role — apply before 2026-12-09", "2026-12-09", "Data role"),
            ("Ops role (deadline: 2026-12-10)", "2026-12-10", "Ops role"),
            ("Content role, closes 2026-12-11", "2026-12-11", "Content role"),
            // And what else people write.
            ("Design role, applications close 2026-12-12", "2026-12-12", "Design role"),
            ("PM role - submit by 2026-12-13", "2026-12-13", "PM role"),
            ("QA role (apply by 2026-12-14)", "2026-12-14", "QA role"),
            ("Infra role (apply by 2026-12-15, remote)", "2026-12-15", "Infra role (remote)"),
            ("Writer role; closing on 2026-12-16", "2026-12-16", "Writer role"),
            ("Analyst role, closing date: 2026-12-17", "2026-12-17", "Analyst role"),
            ("Support role, deadline is 2026-12-18", "2026-12-18", "Support role"),
            ("Sales role apply until 2026-12-19", "2026-12-19", "Sales role"),
            ("Lumen Health UX apply by 2026-12-20", "2026-12-20", "Lumen Health UX"),
            ("Research role. Apply no later than 2026-12-21", "2026-12-21", "Research role"),
            ("Intern role, the posting is open until 2026-12-22", "2026-12-22", "Intern role"),
            ("Web role, due on 2026-12-24", "2026-12-24", "Web role"),
            ("Edu role, offer expires 2026-12-25", "2026-12-25", "Edu role"),
            ("Apply by 2026-12-08 via the portal", "2026-12-08", "Apply via the portal"),
            // Words that are not about the deadline stay.
            ("Ask Sam how to apply by 2026-12-26", "2026-12-26", "Ask Sam how to apply"),
            ("Data role, then apply by 2026-12-27", "2026-12-27", "Data role, then apply"),
            ("Apply by 2026-12-08", "2026-12-08", "Apply"),
            // `due` and `📅` say so plainly: they win over a deadline in words.
            ("Bio role, closes 2026-12-08 📅 2026-12-05", "2026-12-05", "Bio role, closes 2026-12-08"),
        ])
    func lead(text: String, due: String, opening: String) throws {
        let lead = try item(text)
        #expect(lead.leadDueDateAndText.date?.description == due)
        #expect(lead.leadText == opening)
        #expect(lead.dueDate?.description == due)
    }

    @Test(
        "a task: the date is read the same way; `apply` and `submit` are what to do, and stay",
        arguments: [
            ("Write to Sam by 2026-12-02", "2026-12-02", "Write to Sam"),
            ("Call Sam before 2026-12-02", "2026-12-02", "Call Sam"),
            ("Remember to apply by 2026-12-03", "2026-12-03", "Remember to apply"),
            ("Finish cover letter and submit by 2026-12-04", "2026-12-04", "Finish cover letter and submit"),
            ("Call Sam, apply by 2026-12-08", "2026-12-08", "Call Sam, apply"),
            ("Ask Dana about the role, applications close 2026-12-12", "2026-12-12", "Ask Dana about the role"),
            ("Renew passport until 2026-12-31", "2026-12-31", "Renew passport"),
            ("Send the form no later than 2026-12-09, then book", "2026-12-09", "Send the form, then book"),
        ])
    func task(text: String, due: String, shown: String) throws {
        let task = try item(text)
        #expect(task.dueDateAndText.date?.description == due)
        #expect(task.textWithoutDue == shown)
    }

    @Test(
        "no deadline: a span of days, a word inside another, a date in another form",
        arguments: [
            "Contract role 2027-01-04 until 2027-03-01", "Call Abby 2026-11-30", "Closet 2026-11-30 sale",
            "Reply by Friday", "Apply before Dec 9", "Grad role, posted 2026-11-20", "Follow up after 2026-12-07",
        ])
    func noDeadline(text: String) throws {
        let lead = try item(text)
        #expect(lead.dueDate == nil)
        #expect(lead.leadText == text)
        #expect(lead.textWithoutDue == text)
    }

    @Test(
        "an item that is nothing but its date keeps the words that announced it, never an empty title",
        arguments: [
            ("Closes 2026-12-03", "Closes"), ("due 2026-12-01", "due"), ("Deadline: 2026-12-02", "Deadline"),
            ("@due(2026-12-04)", "due"), ("📅 2026-12-05", "📅 2026-12-05"),
        ])
    func nothingButTheDate(text: String, shown: String) throws {
        #expect(try item(text).textWithoutDue == shown)
        #expect(try item(text).leadText == shown)
    }

    @Test("the text of an item with a deadline in words is the same from one reading to the next")
    func stableText() throws {
        // `snooze` replaces the date where it is: the text, and so the step's id, stay.
        for (written, moved) in [
            ("Data role — apply before 2026-12-09", "Data role — apply before 2026-12-16"),
            ("Content role, closes 2026-12-11", "Content role, closes 2026-12-16"),
        ] {
            #expect(try item(written).leadText == item(moved).leadText)
        }
    }

    @Test("the shortcut for a text that ends in another word gives what the rules give", arguments: [1, 2, 3])
    func shortcutAgreesWithTheRules(seed: UInt64) {
        let pieces = [
            "Data", "role", "Apply", "apply", "closes", "Closing", "date:", "deadline", "on", "the", "posting", "is",
            "open", "until", "Kelvin\u{212A}", "caf\u{E9}", ",", ";", ":", "(", "\u{2014}", "\u{2013}", "-", ".", " ",
            "\u{A0}", "\t", "\u{2003}", "x,apply", "role\u{2014}apply", "Submit:", "TO",
        ]
        var random = SplitMix(state: seed)
        for _ in 0..<3_000 {
            let count = Int.random(in: 1...7, using: &random)
            var text = ""
            for _ in 0..<count {
                text += pieces.randomElement(using: &random)!
                if Bool.random(using: &random) { text += " " }
            }
            let trimmed = Substring(text).trimmingWhitespace()
            for isLead in [false, true] {
                #expect(
                    DeadlinePhrase.removed(from: Substring(text), ofLead: isLead)
                        == DeadlinePhrase.byTheRules(trimmed, ofLead: isLead),
                    "\(text.debugDescription), lead: \(isLead)")
            }
        }
    }
}
