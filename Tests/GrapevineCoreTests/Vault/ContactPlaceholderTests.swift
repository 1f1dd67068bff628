import Foundation
import Testing

@testable import GrapevineCore

/// Trial N, finding 3: notes from `import linkedin` and `new contact` still held the line the
/// contact template writes for you to replace; the site published it as yours, and `check` was
/// silent about it.
@Suite("The contact template's placeholder line")
struct ContactPlaceholderTests {
    static let placeholder = ContactPlaceholder.text
    static func contact(_ body: String, name: String = "Sam Reyes") -> String {
        "---\nname: \(name)\nadded: 2026-10-01\n---\n\n\(body)\n\n## Log\n- 2026-10-02 emailed: hi\n"
    }

    @Test(
        "check notes the untouched line, and only that",
        arguments: [
            (placeholder, 6), ("  \(placeholder)  ", 6), ("Met at a meetup.\n\n\(placeholder)", 8),
            ("How you know of them: we taught together.", nil), ("\(placeholder) We taught together.", nil),
            ("- \(placeholder)", nil), ("", nil),
        ] as [(String, Int?)])
    func checkNotes(body: String, line: Int?) throws {
        let vault = try TemporaryVault.load(["contacts/sam.md": Self.contact(body)])
        let found = vault.diagnostics(.placeholderText)
        #expect(found.map(\.position.line) == (line.map { [$0] } ?? []))
        #expect(found.allSatisfy { $0.severity == .info && $0.file == "contacts/sam.md" })
    }

    @Test("the template that writes the line is the one definition the readers look for")
    func templateWritesIt() {
        #expect(DefaultTemplates.contact.contains("\n\(ContactPlaceholder.text)\n"))
    }

    @Test("an interview or an organization with the same line is not a contact's placeholder")
    func otherKinds() throws {
        let vault = try TemporaryVault.load([
            "organizations/acme.md": "---\nname: Acme\n---\n\n\(Self.placeholder)\n"
        ])
        #expect(vault.diagnostics(.placeholderText).isEmpty)
    }

    @Test("the site, full and public, leaves the untouched line out and shows the rest of the note")
    func siteLeavesItOut() async throws {
        for isPublic in [false, true] {
            let files = [
                "contacts/sam.md": Self.contact("Met at a meetup.\n\n\(Self.placeholder)"),
                "contacts/ann.md": Self.contact("How you know of them: we taught together.", name: "Ann Lee"),
            ]
            let site = try await PublicLeakTests.build(files, isPublic: isPublic).files
            let sam = try #require(site["contacts/sam.html"])
            #expect(sam.contains("Met at a meetup."))
            #expect(sam.contains("emailed"))
            #expect(!sam.contains("How you know of them"))
            #expect(try #require(site["contacts/ann.html"]).contains("we taught together."))
            let search = try #require(site[SitePaths.searchIndex])
            #expect(!search.contains("what they do, and why"))
        }
    }
}
