import Testing

@testable import GrapevineCore

@Suite("Public fields: what site --public may show")
struct PublicFieldsTests {
    static func fields(public listed: [String] = [], private hidden: [String] = ["email", "phone"]) -> PublicFields {
        var config = Config()
        config.publicFields = listed
        config.privateFields = hidden
        return PublicFields(config: config)
    }

    @Test(arguments: [
        ("name", NoteKind.contact, true), ("title", .contact, true), ("tags", .note, true),
        ("organization", .contact, true), ("industry", .organization, true), ("industry", .contact, false),
        ("mode", .interview, true), ("mode", .contact, false), ("email", .contact, false),
        ("E-Mail", .contact, false), ("mobile", .contact, false), ("Title", .contact, false),
        ("\u{0435}mail", .contact, false), ("aliases", .contact, false), ("remind", .contact, false),
        ("<<", .contact, false), ("location", .contact, false), ("location", .organization, true),
    ])
    func builtInKeys(key: String, kind: NoteKind, isPublic: Bool) {
        #expect(Self.fields().isPublic(key, in: kind) == isPublic)
    }

    @Test func configListsMoreAndPrivateWinsInAnyCase() {
        let fields = Self.fields(public: ["pronouns", "linkedin", "title"], private: ["LinkedIn", "Title"])
        #expect(fields.isPublic("pronouns", in: .contact))
        #expect(!fields.isPublic("linkedin", in: .contact))
        #expect(!fields.isPublic("title", in: .note))
        #expect(!fields.isPublic("Pronouns", in: .contact))
    }

    @Test func nestedValuesKeepOnlyTheirPublicKeys() throws {
        let vault = try TemporaryVault.load([
            "contacts/pat.md": """
            ---
            name: Pat
            title: {name: Lead, phone: 555-0101}
            tags: [a, {email: x@y.example}]
            details: {email: x@y.example}
            ---
            """
        ])
        let note = try #require(vault.note(atPath: "contacts/pat.md"))
        let redacted = Self.fields().redacted(note)
        #expect(redacted.frontMatter.entries.map(\.key) == ["name", "title", "tags"])
        guard case .mapping(let title) = redacted.frontMatter["title"]?.content,
            case .list(let tags) = redacted.frontMatter["tags"]?.content
        else {
            Issue.record("title and tags changed shape")
            return
        }
        #expect(title.map(\.key) == ["name"])
        #expect(tags.count == 2)
        #expect(tags.last?.content == .mapping([]))
    }
}
