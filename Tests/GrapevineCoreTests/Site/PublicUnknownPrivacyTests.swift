import Testing

@testable import GrapevineCore

/// A private note a public site leaves out whose name cannot be read as it is written (its
/// front matter has an error, or `name` is no text), or that links resolve to no person
/// (a plain note): every name it may be known by is hidden as a private note's, on every page.
@Suite("site --public: a note left out hides every name it may be known by")
struct PublicUnknownPrivacyTests {
    /// A public contact who names Zelda in a field, in the body, with a label and by a slug.
    static let pub = """
        ---
        name: Pub Lic
        referred_by: "[[Zelda Secret]]"
        ---
        Met [[Zelda Secret]] at lunch; [[Zelda Secret|Z]] paid; [[zelda-secret]] again.

        ## Log
        - 2026-10-02 emailed: thanks to Zelda Secret

        """

    static func expectNoZelda(_ site: [String: String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            PublicLeakTests.places(of: ["zelda", "secret plan"], in: site) == [], sourceLocation: sourceLocation)
        #expect(
            site["contacts/pub.html"]?.contains("Met (private) at lunch; (private) paid; (private) again.") == true,
            sourceLocation: sourceLocation)
    }

    @Test("trial repro: a private note with a key written twice is named nowhere")
    func duplicateKey() async throws {
        let files = [
            "contacts/zelda.md": "---\nname: Zelda Secret\nprivate: true\ntags: [a]\ntags: [b]\n---\nsecret\n",
            "contacts/pub.md": Self.pub,
        ]
        let site = try await PublicLeakTests.build(files, isPublic: true).files
        Self.expectNoZelda(site)
        #expect(site["people/zelda-secret.html"] == nil)
        #expect(site["index.html"]?.contains("referred by") == false)
        // For yourself, nothing is hidden.
        let own = try await PublicLeakTests.build(files, isPublic: false).files
        #expect(own["contacts/pub.html"]?.contains("Zelda Secret") == true)
    }

    @Test("front matter never closed, with aliases in a list: the name and each alias are hidden")
    func unterminatedFrontMatter() async throws {
        let files = [
            "contacts/zelda.md": "---\nname: \"Zelda Secret\"\naliases:\n  - Zed Hidden\nprivate: true\nsecret\n",
            "contacts/pub.md": Self.pub + "- 2026-10-03 met: [[Zed Hidden]] and zed hidden\n",
        ]
        let site = try await PublicLeakTests.build(files, isPublic: true).files
        Self.expectNoZelda(site)
        #expect(PublicLeakTests.places(of: ["zed hidden"], in: site) == [])
    }

    @Test("a name that is a list, and a plain private note linked by its title, are hidden")
    func unreadNameAndPlainNote() async throws {
        let files = [
            "contacts/zelda.md": "---\nname: [Zelda Secret]\nprivate: true\n---\n",
            "notes/plan.md": "---\ntype: note\ntitle: Secret Plan\nprivate: true\n---\nsecret\n",
            "contacts/pub.md": Self.pub + "- 2026-10-04 met: about [[Secret Plan]]\n",
            "contacts/rex.md": "---\nname: Rex Public\nreferred_by: \"[[Secret Plan]]\"\n---\n",
        ]
        let site = try await PublicLeakTests.build(files, isPublic: true).files
        Self.expectNoZelda(site)
        #expect(site["contacts/rex.html"] != nil)
    }

    @Test("an interview with someone whose note cannot be read is left out; an unread interview names no one")
    func interviews() async throws {
        let files = [
            "contacts/zelda.md": "---\nname: Zelda Secret\nprivate: maybe\n---\n",
            "contacts/sam.md": "---\nname: Sam Hidden\nprivate: true\n---\n",
            "interviews/2026-09-23-zelda.md": "---\ncontact: \"[[Zelda Secret]]\"\ndate: 2026-09-23\n---\nChat.\n",
            "interviews/2026-09-24-sam.md": "---\ncontact: \"[[Sam Hidden]]\"\ndate: 2026-09-24\nbad\n",
            "contacts/pub.md": Self.pub + "- 2026-10-07 met: [[2026-09-24-sam]]\n",
        ]
        let site = try await PublicLeakTests.build(files, isPublic: true).files
        Self.expectNoZelda(site)
        #expect(PublicLeakTests.places(of: ["sam hidden", "2026-09-23", "2026-09-24"], in: site) == [])
    }

    @Test("the names a note left out may be known by, read loosely when its front matter is not")
    func namesKnown() throws {
        #expect(
            PublicFields.namesWritten(in: "---\nName: 'Zelda Secret'\nalias:: Zed\n\"aliases\": [\"Z S\", Zee],\n")
                == ["Zelda Secret", "Zed", "Z S", "Zee"])
        #expect(
            PublicFields.namesWritten(in: "title = \"[[Big Plan]]\"\naliases:\n  - One\n- Two\nlater: x\n- no")
                == ["Big Plan", "One", "Two"])
    }
}
