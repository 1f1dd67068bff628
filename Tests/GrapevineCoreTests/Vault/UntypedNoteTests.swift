import Testing

@testable import GrapevineCore

/// A note's kind comes from `type:` or its top-level folder. A vault that keeps its people in
/// `People/` and its meetings in `Meetings/` would otherwise be read as plain notes without a
/// word, and `next` would have nothing to say about anyone.
@Suite("Plain notes that read like a contact, an interview or an organization")
struct UntypedNoteTests {
    static func warnings(_ files: [String: String]) throws -> [String] {
        try TemporaryVault.load(files).diagnostics.filter { $0.code == .untypedNote }
            .map { "\($0.file):\($0.line) \($0.message) | \($0.hint ?? "")" }
    }

    @Test("each gets a warning at its first telling key, naming the kind, the keys and both fixes")
    func warnsWithTheFix() throws {
        let warnings = try Self.warnings([
            "People/Priya Raman.md": "---\nname: Priya Raman\norganization: Northwind\nemail: p@example.com\n"
                + "referred_by: Marcus Chen\n---\n## Log\n- 2026-10-21 emailed\n",
            "Meetings/2026-11-02 Priya.md": "---\ncontact: \"[[Priya Raman]]\"\ndate: 2026-11-02\n---\n",
            "Companies/northwind.md": "---\nname: Northwind\nindustry: health\ntarget: true\n---\n",
        ])
        #expect(
            warnings == [
                "Companies/northwind.md:3 this note reads like an organization (it has 'industry' and 'target') but "
                    + "is read as a plain note: a note's kind comes from 'type:' or its top-level folder"
                    + " | add 'type: organization' to its front matter, or move it into organizations/",
                "Meetings/2026-11-02 Priya.md:2 this note reads like an interview (it has 'contact' and 'date') but "
                    + "is read as a plain note: a note's kind comes from 'type:' or its top-level folder"
                    + " | add 'type: interview' to its front matter, or move it into interviews/",
                "People/Priya Raman.md:3 this note reads like a contact (it has 'organization', 'email' and "
                    + "'referred_by') but is read as a plain note: a note's kind comes from 'type:' or its "
                    + "top-level folder | add 'type: contact' to its front matter, or move it into contacts/",
            ])
    }

    @Test(
        "no warning for a typed note, a note in its folder, a note saying it is a note, or one telling key",
        arguments: [
            ["People/priya.md": "---\ntype: contact\norganization: Northwind\nemail: p@example.com\n---\n"],
            ["contacts/priya.md": "---\norganization: Northwind\nemail: p@example.com\n---\n"],
            ["People/priya.md": "---\ntype: note\norganization: Northwind\nemail: p@example.com\n---\n"],
            ["reading.md": "---\nwebsite: https://example.com\ntags: [reading]\n---\n"],
            ["journal/2026-11-02.md": "---\ndate: 2026-11-02\n---\nA good day.\n"],
        ])
    func noWarning(files: [String: String]) throws {
        #expect(try Self.warnings(files).isEmpty)
    }
}
