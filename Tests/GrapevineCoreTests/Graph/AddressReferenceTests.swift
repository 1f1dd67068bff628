import Testing

@testable import GrapevineCore

/// An email or a LinkedIn address written where a person's name goes (`contact: dana@acme.com`).
@Suite("An address where a name goes")
struct AddressReferenceTests {
    private static let dana =
        "---\nname: Dana Reyes\nemail: Dana@Acme.com\nlinkedin: https://www.linkedin.com/in/dana-r/\n---\n"

    @Test(
        "names the contact whose address it is, never suggests a note named by it",
        arguments: [
            "dana@acme.com", "mailto:dana@acme.com", "linkedin.com/in/Dana-R", "https://linkedin.com/in/dana-r/",
        ])
    func known(_ address: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/dana.md": Self.dana,
            "interviews/i.md": "---\ncontact: \"\(address)\"\ndate: 2026-11-10\n---\n",
        ])
        let warning = try #require(vault.diagnostics.first { $0.file == "interviews/i.md" })
        #expect(warning.message == "'\(address)' is an address, not the name of a note")
        #expect(warning.hint == "that is the address of Dana Reyes (contacts/dana.md:2): write 'Dana Reyes' here")
    }

    @Test("an address nobody has: write the name; a name or a path is not an address")
    func unknown() throws {
        let vault = try TemporaryVault.load([
            "contacts/dana.md": Self.dana,
            "interviews/i.md": "---\ncontact: sam@x.org\ndate: 2026-11-10\n---\n## Referrals\n- [[people/sam-park]]\n",
        ])
        #expect(
            vault.diagnostics.filter { $0.file == "interviews/i.md" }.map(\.hint) == [
                "write the person's name here; the address goes in their note ('email:' or 'linkedin:')",
                "create one with: grapevine new contact \"people/sam-park\"",
            ])
        #expect(ReferenceProblems.addressKey("Sam Park") == nil)
        #expect(ReferenceProblems.addressKey("Sam @ Acme") == nil)
        #expect(ReferenceProblems.addressKey("people/sam-park") == nil)
    }

    @Test("the language server offers no note named by an address")
    func noNoteOffered() throws {
        let folder = try TestFolder([
            "contacts/dana.md": Self.dana,
            "interviews/i.md": "---\ncontact: sam@x.org\ndate: 2026-11-10\n---\n## Referrals\n- Lee Wong\n",
        ])
        var live = LiveVault(root: folder.root)
        let today = LocalDate(valid: "2026-11-18")
        let text = "---\ncontact: sam@x.org\ndate: 2026-11-10\n---\n## Referrals\n- Lee Wong\n"
        let address = text.utf8.count - text.utf8.drop { $0 != UInt8(ascii: "s") }.count
        let creates = { (offset: Int) in
            live.fixes(inNote: "interviews/i.md", range: offset..<offset, today: today).map(\.title).filter {
                $0.hasPrefix("Create")
            }
        }
        #expect(creates(address).isEmpty)
        #expect(creates(text.utf8.count - 9).count == 1, "Lee Wong gets one")
    }
}
