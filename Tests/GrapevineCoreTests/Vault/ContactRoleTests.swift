import Testing

@testable import GrapevineCore

/// `role:` in a contact's front matter, as many people and other tools' templates write a
/// person's job, is read as their `title` (`Note.titleKey`), unless a `title` is written.
@Suite("A contact's role read as its title")
struct ContactRoleTests {
    /// The one contact of a vault whose note has `frontMatter` lines.
    private func contact(_ frontMatter: String, path: String = "contacts/dana.md") throws -> (Note, Vault) {
        let vault = try TemporaryVault.load([path: "---\nname: Dana Ortiz\n\(frontMatter)\n---\n"])
        return (try #require(vault.notes.only), vault)
    }

    @Test(
        "role is the title when no title is written, or when it is blank",
        arguments: ["role: Staff Engineer", "title:\nrole: Staff Engineer", "role: Staff Engineer\ntitle: \"\""])
    func roleIsTheTitle(frontMatter: String) throws {
        let (note, vault) = try contact(frontMatter)
        #expect(note.title == "Staff Engineer")
        #expect(vault.diagnostics.isEmpty)
    }

    @Test("a title and the same role: the title, quietly", arguments: ["Staff Engineer", "staff engineer"])
    func sameJobTwice(role: String) throws {
        let (note, vault) = try contact("title: Staff Engineer\nrole: \(role)")
        #expect(note.title == "Staff Engineer")
        #expect(vault.diagnostics.isEmpty)
    }

    @Test("a title and another role: the title, and a warning at the role, which is shown nowhere")
    func titleWins() throws {
        let (note, vault) = try contact("title: Staff Engineer\nrole: Engineering Manager")
        #expect(note.title == "Staff Engineer")
        let warning = try #require(vault.diagnostics.only)
        #expect(warning.code == .invalidValue)
        #expect(warning.located == "warning contacts/dana.md:4:7")
        #expect(
            warning.message
                == "'role' is read as the contact's title only when there is no 'title', and this note has "
                + "'title: Staff Engineer', so 'Engineering Manager' is shown nowhere")
        #expect(warning.hint == "keep one of the two: 'title: Engineering Manager' or 'title: Staff Engineer'")
    }

    @Test("a role that is a list is the wrong type, as a title would be")
    func listRole() throws {
        let (note, vault) = try contact("role: [Engineer, Manager]")
        #expect(note.title == nil)
        #expect(vault.diagnostics(.wrongType).count == 1)
    }

    @Test("an organization's or an interview's role is no title of theirs")
    func onlyContacts() throws {
        let (organization, _) = try contact("role: Supplier", path: "organizations/acme.md")
        #expect(organization.title == nil)
    }

    @Test("'Analyst at Acme' as a role warns as a title does, at the role")
    func organizationInRole() throws {
        let vault = try TemporaryVault.load([
            "contacts/dana.md": "---\nname: Dana Ortiz\nrole: Analyst at Acme\n---\n",
            "organizations/acme.md": "---\nname: Acme\n---\n",
        ])
        let warning = try #require(vault.diagnostics(.memberWithoutOrganization).only)
        #expect(warning.located == "warning contacts/dana.md:3:7")
        #expect(warning.hint == "write 'organization: Acme' and 'role: Analyst'")
    }

    @Test("a role is public as a title is, and hidden with it")
    func publicRole() throws {
        let (note, _) = try contact("role: Staff Engineer")
        #expect(PublicFields(config: Config()).redacted(note).title == "Staff Engineer")
        var hidden = Config()
        hidden.privateFields = ["title"]
        #expect(PublicFields(config: hidden).redacted(note).title == nil)
        #expect(PublicFields(config: hidden).redacted(note).frontMatter["role"] == nil)
        hidden.privateFields = ["role"]
        #expect(PublicFields(config: hidden).redacted(note).title == nil)
    }

    @Test(
        "a person imported again gains no title beside their role",
        arguments: ["role: Staff Engineer", "title:\nrole: Staff Engineer"])
    func noTitleBesideRole(frontMatter: String) throws {
        let text = "---\nname: Dana Ortiz\n\(frontMatter)\n---\n"
        let insertion = FrontMatterInsertion(
            path: "contacts/dana.md",
            fields: [.init(key: "title", value: "Principal Engineer"), .init(key: "email", value: "\"d@x.io\"")])
        let (contents, result) = try insertion.inserted(into: Array(text.utf8), leavingOutWritten: true)
        #expect(result.fields.map(\.key) == ["email"])
        #expect(!String(decoding: contents, as: UTF8.self).contains("Principal"))
    }
}
