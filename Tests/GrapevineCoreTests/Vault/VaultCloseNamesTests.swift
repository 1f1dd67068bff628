import Testing

@testable import GrapevineCore

@Suite("People a mistyped name is probably")
struct VaultCloseNamesTests {
    @Test("contacts by name or alias, and people named without a note; never organizations or other notes")
    func closePeople() throws {
        let vault = try TemporaryVault.load([
            "contacts/maria-lopez.md": "---\nname: María López\naliases: [Mari Lo]\n---\n",
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\n",
            "contacts/sam-reyez.md": "---\nname: Sam Reyez\n---\n",
            "interviews/2026-11-02-sam-reyes.md":
                "---\ncontact: Sam Reyes\ndate: 2026-11-02\n---\n## Referrals\n- Priya Shah\n",
            "organizations/lopez-foods.md": "---\nname: Maria Lopes\n---\n",
            "notes/maria.md": "---\ntitle: Maria Lopex\n---\n",
        ])
        #expect(vault.people(closeTo: "Maria Lopes") == ["María López"])
        #expect(vault.people(closeTo: "Dr. maria lopez") == ["María López"])
        #expect(vault.people(closeTo: "Sam Reyex") == ["Sam Reyes", "Sam Reyez"])
        #expect(vault.people(closeTo: "Priya Sha") == ["Priya Shah"])
        #expect(vault.people(closeTo: "Maria") == [])
        #expect(vault.people(closeTo: "Dr.") == [])
    }
}
