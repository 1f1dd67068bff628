import Testing

@testable import GrapevineCore

/// Dataview's inline fields (`Company:: Acme`, `met:: 2026-11-10`) are read as nothing; `check`
/// warns at those that stand for what Grapevine reads, and says what to write instead.
@Suite("Dataview inline fields in a body")
struct InlineFieldTests {
    private static let contact = "---\nname: Ana Silva\nadded: 2026-11-01\n---\n\n"

    /// The inline-field warnings of a note at `path` with `text`, as `line:column message | hint`.
    private static func warnings(_ text: String, at path: String = "contacts/ana.md") throws -> [String] {
        let vault = try TemporaryVault.load([path: text])
        return vault.diagnostics(.inlineField).map { "\($0.line):\($0.column) \($0.message) | \($0.hint ?? "")" }
    }

    @Test(
        "a contact's field for a front matter key, or an event of the Log",
        arguments: [
            (
                "Company:: Acme", "a contact's 'organization' is read from the front matter",
                "write 'organization: Acme' in the front matter"
            ),
            (
                "Company:: [[Acme Foods]]", "a contact's 'organization' is read from the front matter",
                "write 'organization: \"[[Acme Foods]]\"' in the front matter"
            ),
            (
                "**Title**:: Data Lead", "a contact's 'title' is read from the front matter",
                "write 'title: Data Lead' in the front matter"
            ),
            (
                "- email:: ana@acme.com", "a contact's 'email' is read from the front matter",
                "write 'email: ana@acme.com' in the front matter"
            ),
            (
                "status:: replied", "a contact's history is read from its Log",
                "write it as a Log item, '- YYYY-MM-DD replied', under '## Log'"
            ),
            (
                "met:: 2026-11-10", "a contact's history is read from its Log",
                "write it as a Log item, '- 2026-11-10 met', under '## Log'"
            ),
            (
                "Reached out:: 2026-11-01 via Dan", "a contact's history is read from its Log",
                "write it as a Log item, '- 2026-11-01 reached out: via Dan', under '## Log'"
            ),
        ])
    func contact(line: String, message: String, hint: String) throws {
        let written = line.replacing("**", with: "").replacing("- ", with: "")
        let column = line.hasPrefix("- ") ? 3 : 1
        #expect(
            try Self.warnings(Self.contact + "Notes first.\n\n" + line + "\n") == [
                "8:\(column) '\(written)' is a Dataview field, which grapevine does not read: \(message) | \(hint)"
            ])
    }

    @Test(
        "quiet: the user's own fields, what the note has already, code, a task's due field, other notes",
        arguments: [
            "pronouns:: she/her", "Company::", "  [due:: 2026-11-25]", "- [ ] Call Ana [due:: 2026-11-25]",
            "```\nCompany:: Acme\n```", "    Company:: Acme", "Time 10::30 is odd", "What is this:: a question?",
            "https://acme.com/a::b",
            // A fence closes only with its own marks, as many or more: the field is still code.
            "```\n~~~\nCompany:: Acme\n```", "````\n```\nmet:: 2026-11-10\n````",
            "~~~\n~~~ not a close\nstatus:: replied\n~~~",
        ])
    func quiet(line: String) throws {
        #expect(try Self.warnings(Self.contact + line + "\n").isEmpty)
    }

    @Test("a field the front matter or the Log has already says nothing new")
    func alreadyThere() throws {
        let text =
            "---\nname: Ana Silva\norganization: Acme\n---\nCompany:: Acme\nmet:: 2026-11-10\n\n## Log\n- 2026-11-10 met\n"
        #expect(try Self.warnings(text).isEmpty)
        // A plain note's fields are its own.
        #expect(try Self.warnings("Company:: Acme\n\nmet:: 2026-11-10\n", at: "notes/ideas.md").isEmpty)
    }

    @Test("an interview's and an organization's fields, and a note without front matter")
    func otherKinds() throws {
        #expect(
            try Self.warnings(
                "---\ncontact: Ana Silva\ndate: 2026-11-12\n---\nthank_you:: 2026-11-12\n", at: "interviews/i.md")
                == [
                    "5:1 'thank_you:: 2026-11-12' is a Dataview field, which grapevine does not read: an interview's "
                        + "'thank_you' is read from the front matter | write 'thank_you: 2026-11-12' in the front matter"
                ])
        #expect(
            try Self.warnings("# Acme\n\nWebsite:: https://acme.com\n", at: "organizations/acme.md") == [
                "3:1 'Website:: https://acme.com' is a Dataview field, which grapevine does not read: an organization's "
                    + "'website' is read from the front matter | write 'website: https://acme.com' in the front matter "
                    + "(between two '---' lines at the top of the note)"
            ])
    }

    @Test("in the Log, the field's warning takes the place of 'no date'")
    func inTheLog() throws {
        let vault = try TemporaryVault.load(["contacts/ana.md": Self.contact + "## Log\n- status:: replied\n"])
        #expect(vault.diagnostics(inFile: "contacts/ana.md").map(\.code) == [.inlineField])
    }
}
