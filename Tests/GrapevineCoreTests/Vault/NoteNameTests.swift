import Testing

@testable import GrapevineCore

@Suite("Note names from file names")
struct NoteNameTests {
    @Test(arguments: [
        ("maria-lopez", "Maria Lopez"),
        ("sam_reyes", "Sam Reyes"),
        ("--acme--foods__inc-", "Acme Foods Inc"),
        ("2026-10-14-maria", "2026-10-14 Maria"),
        ("already Spaced  out", "already Spaced out"),
        ("r2-d2", "R2 D2"),
        ("josé-núñez", "José Núñez"),
        ("ñandú_ökologie", "Ñandú Ökologie"),
        ("", ""),
        ("-_-", ""),
        // A Notion export's page id is left out; anything else like it stays.
        ("Bruno Costa 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d", "Bruno Costa"),
        ("José Núñez 0123456789abcdef0123456789abcdef", "José Núñez"),
        ("Bruno Costa 9A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D", "Bruno Costa 9A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D"),
        ("Bruno 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4", "Bruno 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4"),
        ("Bruno-9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d", "Bruno-9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"),
        (" 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d", "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"),
        // A stem written as a title (a space, a capital) keeps the hyphens of its names; a slug does not.
        ("Jean-Luc Martin", "Jean-Luc Martin"),
        ("Mary O'Neil-Smith", "Mary O'Neil-Smith"),
        ("Jean-Luc", "Jean-Luc"),
        ("jean-luc martin", "jean-luc martin"),
        ("jean-luc-martin", "Jean Luc Martin"),
        ("Ana-María López", "Ana-María López"),
        // A title is the name as written: its particles keep their case; only a slug is capitalised.
        ("Jean le Rond d'Alembert", "Jean le Rond d'Alembert"),
        ("Ludwig van Beethoven", "Ludwig van Beethoven"),
        ("van der Berg, Pieter", "van der Berg, Pieter"),
        ("Vincent van Gogh", "Vincent van Gogh"),
        ("Nguyễn Văn An", "Nguyễn Văn An"),
        ("Émile_de_la_Tour", "Émile de la Tour"),
        ("ÉMILE", "ÉMILE"),
        ("Maria  Lopez", "Maria Lopez"),
        ("jean-le-rond-dalembert", "Jean Le Rond Dalembert"),
        // A hyphen between digits is part of the name: a daily note's date, `covid-19`.
        ("2026-11-24", "2026-11-24"),
        ("2026-11-24-ana-souza", "2026-11-24 Ana Souza"),
        ("2026-q4-plan", "2026 Q4 Plan"),
        ("maria-lopez-2", "Maria Lopez 2"),
        ("2026-11-24-josé", "2026-11-24 José"),
        ("josé-2-3", "José 2-3"),
        ("-2026-", "2026"),
        ("Maria Lopez (Alex's conflicted copy 2026-11-21)", "Maria Lopez (Alex's conflicted copy 2026-11-21)"),
        // A Dendron or Foam hierarchy is named by its last part.
        ("people.maria-lopez", "Maria Lopez"),
        ("meet.2026.11.20.maria-lopez", "Maria Lopez"),
        ("org.acme-foods", "Acme Foods"),
        ("v1.2", "V1.2"),
        ("Dr. Lee", "Dr. Lee"),
        ("St.John", "St.John"),
    ])
    func deslugged(stem: String, name: String) {
        #expect(NoteReader.deslugged(stem) == name)
    }

    @Test("a hierarchy's note and a reference to one are named and found by the last part")
    func dendronHierarchy() throws {
        let vault = try TemporaryVault.load([
            "people.maria-lopez.md": "---\ntype: contact\nadded: 2026-11-01\n---\n",
            "contacts/host.md": "---\nname: Host\n---\n",
            "interviews/i.md":
                "---\ncontact: \"[[Maria Lopez]]\"\ndate: 2026-11-20\n---\n## Referrals\n- [[people.priya-shah]] — QA\n"
                + "- [[Priya Shah]], again\n- [[people.host]]\n",
        ])
        let maria = try #require(vault.index(ofPath: "people.maria-lopez.md"))
        #expect(vault.notes[maria].name == "Maria Lopez")
        let interview = try #require(vault.notes.first { $0.kind == .interview }?.interview)
        #expect(vault.node(referencedBy: try #require(interview.contacts.first)) == Graph.node(ofNote: maria))
        #expect(vault.graph.nodes.filter { $0.kind == .placeholderPerson }.map(\.name) == ["Priya Shah"])
        #expect(vault.graph.nodes.filter { $0.name == "Host" }.count == 1)
    }

    @Test("a Notion export: the page is found by its title, and no placeholder is made for it")
    func notionExport() throws {
        let vault = try TemporaryVault.load([
            "contacts/Bruno Costa 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d.md": "# Bruno Costa\n\nOrganization: Orbit\n",
            "interviews/2026-11-05-bruno.md": "---\ncontact: \"[[Bruno Costa]]\"\ndate: 2026-11-05\n---\n",
        ])
        let bruno = try #require(vault.index(ofPath: "contacts/Bruno Costa 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d.md"))
        #expect(vault.notes[bruno].name == "Bruno Costa")
        let interview = try #require(vault.notes.first { $0.kind == .interview }?.interview)
        #expect(vault.node(referencedBy: try #require(interview.contacts.first)) == Graph.node(ofNote: bruno))
        #expect(vault.diagnostics.filter { $0.severity != .info }.isEmpty, "\(vault.diagnostics)")
    }

    @Test(arguments: [
        ("contacts/maria-lopez.md", "maria-lopez"),
        ("contacts/Maria Lopez.MD", "Maria Lopez"),
        ("pitch.md", "pitch"),
        ("notes/readme", "readme"),
        ("notes/.md", ""),
        ("x.md", "x"),
        ("contacts/José Núñez.md", "José Núñez"),
        ("a/b/Sam Reyes.Md", "Sam Reyes"),
        ("notes/e\u{301}.md", "e\u{301}"),
        ("notes/v1.2", "v1.2"),
    ])
    func stem(path: String, stem: String) {
        #expect(VaultPath.stem(of: path) == stem)
    }
}
