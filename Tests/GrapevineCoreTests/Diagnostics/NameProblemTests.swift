import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// Session 35: `check` said nothing of a note file Windows cannot hold (`con.md`; new notes get
/// `con-2.md` since session thirty-four), nor of a NUL in a name read from front matter, which
/// no file name, link or message shows.
@Suite("Names no other computer or command can hold")
struct NameProblemTests {
    @Test(
        "a file named as a Windows device is warned of at its start, with the name to give it",
        arguments: [
            (
                "contacts/con.md",
                "rename it to 'con-2.md', as grapevine names such a note, and keep its name with "
                    + "'name: Con'"
            ),
            (
                "contacts/AUX.md",
                "rename it to 'AUX-2.md', as grapevine names such a note, and keep its name with "
                    + "'name: AUX'"
            ),
            ("organizations/nul.md", "rename it to 'nul-2.md', as grapevine names such a note"),
            ("People/Com1 notes.md", nil),
            (
                "contacts/com1.backup.md",
                "rename it to 'com1-2.backup.md', as "
                    + "grapevine names such a note, and keep its name with 'name: Backup'"
            ),
            (
                "contacts/com².md",
                "rename it to 'com²-2.md', as grapevine names such a note, and keep its name with 'name: Com²'"
            ),
            ("contacts/console.md", nil), ("contacts/lpt10.md", nil), ("contacts/co.md", nil),
            ("contacts/2026-01-10-greta-adeyemi.md", nil),
        ] as [(String, String?)])
    func windowsDeviceName(path: String, hint: String?) throws {
        let text = path.hasPrefix("organizations") ? "---\nname: Nul Labs\n---\n" : "---\nadded: 2026-11-01\n---\n"
        let vault = try TemporaryVault.load([path: text])
        let found = vault.diagnostics(.reservedFileName)
        #expect(found.count == (hint == nil ? 0 : 1), "\(vault.diagnostics)")
        guard let hint, let warning = found.first else { return }
        #expect(warning.severity == .warning && warning.file == path)
        #expect(warning.position == SourcePosition(line: 1, column: 1))
        #expect(warning.message.contains("Windows keeps the name"), "\(warning.message)")
        #expect(warning.hint == hint)
    }

    @Test("a NUL or another control character in a name, title or alias is warned of where it is written")
    func controlCharacter() throws {
        let vault = try TemporaryVault.load([
            "contacts/nul.md": "---\nname: \"Nul\\x00Byte\"\naliases: [Nully, \"N\\x07B\"]\nadded: 2026-11-01\n---\n",
            "contacts/tab.md": "---\nname: \"Tab\\tName\"\nadded: 2026-11-01\n---\n",
            "contacts/role.md": "---\nname: Role Person\nrole: \"Data\\x1BAnalyst\"\nadded: 2026-11-01\n---\n",
            "contacts/ok.md": F.contact("name: Grace Kim", "added: 2026-11-01"),
        ])
        let found = vault.diagnostics(.controlCharacterInName)
        #expect(found.map(\.file) == ["contacts/nul.md", "contacts/nul.md", "contacts/role.md"], "\(found)")
        #expect(found.map(\.position.line) == [2, 3, 3])
        #expect(
            found.first?.message == "'name' holds a control character (U+0000) that no file name, link or message "
                + "shows: 'Nul\\u{0}Byte'")
        #expect(found.first?.position.column == 7)
        #expect(found.dropFirst().first?.message.contains("(U+0007)") == true)
        // A contact's title written `role` is looked at too.
        #expect(found.last?.message.hasPrefix("'role' holds a control character (U+001B)") == true, "\(found)")
        let text = DiagnosticFormatter().format(try #require(found.first), text: nil)
        #expect(text.hasPrefix("contacts/nul.md:2:7: warning: 'name' holds a control character"), "\(text)")
    }
}
