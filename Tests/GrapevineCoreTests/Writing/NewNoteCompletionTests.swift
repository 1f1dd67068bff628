import Foundation
import Testing

@testable import GrapevineCore

@Suite("New contacts from an import")
struct NewNoteCompletionTests {
    let today = LocalDate(valid: "2026-11-21")

    private func imported() -> NewNote.ContactFields {
        var fields = NewNote.ContactFields(
            organization: "Acme, Inc.", title: "Chemist", email: "jane@example.com", source: "linkedin")
        fields.linkedin = "https://www.linkedin.com/in/jane-doe"
        fields.phone = "+1 415 555 0132"
        fields.location = "San Francisco, CA"
        fields.connected = LocalDate(valid: "2024-11-05")
        fields.tags = ["Work", "Food science"]
        fields.aliases = ["Janie Doe"]
        fields.about = "Met at the IFT meetup.\n# not a heading"
        fields.isImported = true
        return fields
    }

    @Test("every field in the front matter, no 'added', the text before the Log; check reads it without errors")
    func builtIn() throws {
        let note = try NewNote.contact(
            named: "Jane Doe", fields: imported(), today: today, templates: try TestFolder().library)
        #expect(
            note.text == """
                ---
                name: Jane Doe
                organization: "[[Acme, Inc.]]"
                title: Chemist
                email: "jane@example.com"
                linkedin: "https://www.linkedin.com/in/jane-doe"
                referred_by:
                source: linkedin
                tags: [Work, Food science]
                phone: "+1 415 555 0132"
                location: "San Francisco, CA"
                connected: 2024-11-05
                aliases: [Janie Doe]
                ---

                How you know of them, what they do, and why you want to talk to them.

                Met at the IFT meetup.
                \\# not a heading

                ## Log

                """)
        let vault = try TemporaryVault.load([note.path: note.text])
        let contact = try #require(vault.note(atPath: note.path)?.contact)
        #expect(contact.added == nil)
        #expect(contact.connected == LocalDate(valid: "2024-11-05"))
        #expect(vault.notes[0].aliases == ["Janie Doe"])
        #expect(vault.diagnostics.filter { $0.severity == .error }.isEmpty, "\(vault.diagnostics)")
    }

    @Test(
        "a card's text that would open a block running past it stays text, and the Log after it is a Log",
        arguments: [
            "Log\n---\n- 2026-01-01 emailed: from the phone",
            "Some code:\n```\nnot closed",
            "Some code:\n  ~~~\nnot closed",
            "<!-- start\nhidden",
            "<pre>\nkept as is",
            "Title\n===",
        ])
    func textStaysText(about: String) throws {
        var fields = imported()
        fields.about = about
        let note = try NewNote.contact(
            named: "Jane Doe", fields: fields, today: today, templates: try TestFolder().library)
        var vault = try TemporaryVault.load([note.path: note.text + "- 2026-11-02 emailed\n"])
        #expect(vault.notes[0].contact?.log.map(\.date) == [LocalDate(valid: "2026-11-02")], "\(note.text)")
        #expect(vault.diagnostics.filter { $0.code == .duplicateSection }.isEmpty, "\(vault.diagnostics)")
        vault = try TemporaryVault.load([note.path: note.text])
        #expect(vault.notes[0].body.section(named: "Log") != nil, "\(note.text)")
    }

    @Test(
        "lines that open no block are kept as written",
        arguments: ["- a list", "> a quote", "    code", "text ---", "a - b"])
    func plainLinesKept(line: String) {
        #expect(NewNote.asText(Substring(line)) == line)
    }

    @Test("a template of the user's own, with CRLF, its own 'added' line and no Log heading, gets the same fields")
    func userTemplate() throws {
        let folder = try TestFolder([
            ".grapevine/templates/contact.md":
                "---\r\nname: {{name_yaml}}\r\nadded: {{today}}\r\ncompany: x\r\n---\r\nNotes"
        ])
        let note = try NewNote.contact(named: "Jane Doe", fields: imported(), today: today, templates: folder.library)
        #expect(note.text.hasPrefix("---\r\nname: Jane Doe\r\ncompany: x\r\norganization: \"[[Acme, Inc.]]\"\r\n"))
        #expect(!note.text.contains("added"))
        #expect(note.text.hasSuffix("---\r\nNotes\r\n\r\nMet at the IFT meetup.\r\n\\# not a heading\r\n"))
    }

    @Test("new contact still writes 'added' and leaves linkedin blank when not given")
    func unchangedForNew() throws {
        let note = try NewNote.contact(named: "Sam Reyes", today: today, templates: try TestFolder().library)
        #expect(note.text.contains("\nlinkedin:\n"))
        #expect(note.text.contains("\nadded: 2026-11-21\n"))
    }

    @Test("in a vault that keeps contacts elsewhere, the note gets its type line and every field")
    func typedPlacement() throws {
        let placement = NewNote.Placement(folder: "People/", type: .contact)
        let note = try NewNote.contact(
            named: "Jane Doe", fields: imported(), today: today, templates: try TestFolder().library, in: placement)
        #expect(note.path == "People/jane-doe.md")
        #expect(note.text.hasPrefix("---\ntype: contact\nname: Jane Doe\norganization: \"[[Acme, Inc.]]\"\n"))
        #expect(note.text.contains("\naliases: [Janie Doe]\n---\n"))
        #expect(!note.text.contains("added"))
        let vault = try TemporaryVault.load([note.path: note.text])
        #expect(vault.note(atPath: note.path)?.contact?.connected == LocalDate(valid: "2024-11-05"))
    }
}
