import Testing

@testable import GrapevineCore

/// An interview's Referrals, Leads and Agenda written under headings people write: the name
/// decorated (a number, a remark in brackets, an emoji, the singular) is read; the list said
/// in other words (`## Job leads`) is not, and a warning names the heading to write, as for a
/// contact's Log under another heading.
@Suite("A section under another heading")
struct SectionUnderAnotherHeadingTests {
    private static func interview(_ body: String) throws -> (Vault, Interview) {
        let vault = try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana Berg\n---\n",
            "interviews/i.md": "---\ncontact: Ana Berg\ndate: 2026-11-02\n---\n" + body,
        ])
        return (vault, try #require(vault.notes.first { $0.path == "interviews/i.md" }?.interview))
    }

    @Test(
        "a section's name with a number, a remark in brackets, an emoji or in the singular is that section",
        arguments: [
            ("Referral", "Referrals"), ("Referrals (people to contact)", "Referrals"), ("Referrals 🎯", "Referrals"),
            ("3. Referrals", "Referrals"), ("2) Referrals:", "Referrals"), ("🎯 **Referrals**", "Referrals"),
            ("Lead", "Leads"), ("Leads (openings)", "Leads"), ("1. Agenda", "Agenda"), ("Question", "Questions"),
            ("Next step", "Next steps"), ("Log (2026)", "Log"), ("Logs", "Log"),
        ])
    func decoratedNames(title: String, name: String) {
        #expect(Section.normalizedTitle(title) == Section.normalizedTitle(name))
    }

    @Test(
        "other words are another section",
        arguments: [
            ("Referrals / names", "Referrals"), ("Job leads", "Leads"), ("Openings", "Leads"),
            ("Questions to ask", "Questions"), ("My questions", "Questions"), ("Contact log", "Log"),
            ("Notes", "Next steps"), ("Leadership", "Leads"),
        ])
    func otherWords(title: String, name: String) {
        #expect(Section.normalizedTitle(title) != Section.normalizedTitle(name))
    }

    @Test("the decorated sections are read: referral people, leads, agenda questions")
    func decoratedSectionsAreRead() throws {
        let (vault, interview) = try Self.interview(
            "## 1. Agenda\n- [ ] How did you start?\n\n## Referrals 🎯\n- Jo Lin — runs data\n\n"
                + "## Leads (openings)\n- Data Analyst, req 123\n")
        #expect(interview.agenda.map(\.text) == ["How did you start?"])
        #expect(interview.referrals.map(\.person.target) == ["Jo Lin"])
        #expect(interview.leads.map(\.text) == ["Data Analyst, req 123"])
        #expect(vault.diagnostics(.sectionUnderAnotherHeading).isEmpty)
        // An agenda question is not a task, under the decorated heading too.
        #expect(vault.notes.first { $0.path == "interviews/i.md" }?.body.openTasks.isEmpty == true)
    }

    @Test(
        "a list said in other words is not read, and a warning names the heading to write",
        arguments: [
            (
                "Referrals / names", "a list of Referrals (people to contact)", "'Referrals'", "Referrals"
            ),
            ("Job leads", "a list of Leads (openings)", "'Leads'", "Leads"),
            ("Openings", "a list of Leads (openings)", "'Leads'", "Leads"),
            ("Questions to ask", "an Agenda (questions to ask)", "'Agenda' or 'Questions'", "Questions"),
            ("My questions", "an Agenda (questions to ask)", "'Agenda' or 'Questions'", "Questions"),
            // Trial 30: a chemistry teacher's `## People to contact`.
            ("People to contact", "a list of Referrals (people to contact)", "'Referrals'", "Referrals"),
            ("Names she gave me", "a list of Referrals (people to contact)", "'Referrals'", "Referrals"),
            ("Intros", "a list of Referrals (people to contact)", "'Referrals'", "Referrals"),
        ])
    func otherWordsAreWarned(title: String, what: String, headed: String, name: String) throws {
        let (vault, interview) = try Self.interview("## Notes\nGood chat.\n\n## \(title)\n- Jo Lin\n")
        let warning = try #require(vault.diagnostics(.sectionUnderAnotherHeading).only)
        #expect(warning.located == "warning interviews/i.md:8:1")
        #expect(
            warning.message
                == "the '\(title)' section reads like \(what), but only a section headed \(headed) is read, so none "
                + "of it counts")
        #expect(warning.hint == "make its heading '## \(name)'")
        #expect(interview.referrals.isEmpty && interview.leads.isEmpty && interview.agenda.isEmpty)
    }

    @Test(
        "not for the section's own name, a sub-heading in it, a heading without a list, or other words",
        arguments: [
            "## Leads\n- Data Analyst\n",
            "## Referrals\n- Jo Lin\n\n### Referrals from her team\n- Bo Chen\n",
            "## Job leads\nNone yet.\n",
            "## Team lead\n- runs the data team\n",
            "## A question about pay\n- she said it is fair\n",
            "## Notes\n- likes tea\n",
        ])
    func notWarned(body: String) throws {
        let (vault, _) = try Self.interview(body)
        #expect(vault.diagnostics(.sectionUnderAnotherHeading).isEmpty, "\(body)")
    }

    @Test("only an interview's lists: a contact's note is left to its own warnings")
    func onlyInterviews() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana Berg\n---\n## Job leads\n- Data Analyst\n"
        ])
        #expect(vault.diagnostics(.sectionUnderAnotherHeading).isEmpty)
    }

    @Test("a contact's Log with a remark in brackets is read, and a Log under other words is still warned")
    func logHeadings() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana\n---\n## Log (2026)\n- 2026-11-02 emailed\n",
            "contacts/bo.md": "---\nname: Bo\n---\n## Contact log\n- 2026-11-02 emailed\n",
        ])
        #expect(vault.notes.first { $0.path == "contacts/ana.md" }?.contact?.log.map(\.event) == [.outreach])
        #expect(vault.diagnostics(.logUnderAnotherHeading).map(\.file) == ["contacts/bo.md"])
    }

    @Test("the referral and the lead under a decorated heading make their steps")
    func steps() throws {
        let files = [
            "contacts/ana.md": "---\nname: Ana Berg\n---\n",
            "interviews/i.md": "---\ncontact: Ana Berg\ndate: 2026-11-02\n---\n## 3. Referrals\n- Jo Lin\n\n"
                + "## Lead\n- Data Analyst, req 123\n",
        ]
        #expect(try NextStepFixture.steps(files, today: "2026-11-18", kind: .contactReferral) == ["2026-11-05 Jo Lin"])
        #expect(try NextStepFixture.steps(files, today: "2026-11-18", kind: .apply).count == 1)
    }
}
