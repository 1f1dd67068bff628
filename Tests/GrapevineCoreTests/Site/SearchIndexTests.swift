import Foundation
import Testing

@testable import GrapevineCore

@Suite("Search index: one entry per page, private values left out")
struct SearchIndexTests {
    static let files = [
        ".grapevine/config.yml": "private_fields: [email, phone, salary]\n",
        "contacts/sam-lee.md": """
        ---
        name: Sam Lee
        title: Staff Designer
        organization: Acme
        email: sam@private.example
        phone: 555-0199
        salary: 123456
        tags: [design]
        ---
        # Sam Lee

        Works on **design systems** and <script>alert(1)</script> things.
        """,
        "notes/secret.md": "---\nprivate: true\ntags: [hidden]\n---\nSecret plans.\n",
    ]

    static func index(public isPublic: Bool) throws -> (SearchIndex, Vault) {
        let vault = try TemporaryVault.load(Self.files)
        let paths = SitePaths(vault: vault) { !isPublic || vault.note(for: $0)?.isPrivate != true }
        return (SearchIndex(vault: vault, paths: paths, isPublic: isPublic), vault)
    }

    @Test func entriesDescribeEachPage() throws {
        let (index, _) = try Self.index(public: false)
        let sam = try #require(index.entries.first { $0.title == "Sam Lee" })
        #expect(sam.kind == "contact")
        #expect(sam.url == "contacts/sam-lee.html")
        #expect(sam.tags == ["design"])
        #expect(sam.text.contains("Staff Designer"))
        #expect(sam.text.contains("Works on design systems"))
        #expect(sam.text.contains("sam@private.example"))
        #expect(index.entries.contains { $0.kind == "organization" && $0.url == "organizations/acme.html" })
        #expect(index.entries.contains { $0.kind == "tag" && $0.url == "tags/design.html" })
        #expect(index.entries.contains { $0.url == "notes/secret.html" })
    }

    @Test func indexIsValidJSONAndAScript() throws {
        let (index, _) = try Self.index(public: false)
        let parsed = try JSONSerialization.jsonObject(with: Data(index.json().utf8))
        let array = try #require(parsed as? [[String: Any]])
        #expect(array.count == index.entries.count)
        #expect(Set(array.flatMap(\.keys)) == ["title", "kind", "url", "text", "tags"])
        #expect(!index.json().contains("<"))
        #expect(array.contains { ($0["text"] as? String)?.contains("<script") == true })
        let script = index.javaScript()
        #expect(script.hasPrefix("window.GRAPEVINE_SEARCH = ["))
        #expect(script.hasSuffix("];\n"))
    }

    @Test func publicIndexLeavesOutPrivateNotesAndFields() throws {
        let (index, _) = try Self.index(public: true)
        let json = index.json()
        _ = try JSONSerialization.jsonObject(with: Data(json.utf8))
        for secret in ["sam@private.example", "555-0199", "123456", "Secret plans", "hidden", "secret.html"] {
            #expect(!json.contains(secret), "\(secret) in \(json)")
        }
        #expect(json.contains("Staff Designer"))
    }

    @Test func longBodiesAreCut() throws {
        let vault = try TemporaryVault.load(["notes/long.md": String(repeating: "word ", count: 500)])
        let index = SearchIndex(vault: vault, paths: SitePaths(vault: vault), isPublic: false)
        let text = try #require(index.entries.first?.text)
        #expect(text.count <= SearchIndex.excerptLength + 1)
        #expect(text.hasSuffix("…"))
    }

    @Test func scriptNeverParsesDataAsHTML() {
        let script = SearchIndex.script
        for forbidden in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "fetch("] {
            #expect(!script.contains(forbidden), "\(forbidden)")
        }
        #expect(script.contains("textContent"))
        #expect(script.contains("GRAPEVINE_SEARCH"))
    }
}
