import Foundation
import Testing

@testable import GrapevineCore

/// A private person's given or family name inside a longer word or set apart by marks, and the
/// links to a private note whose label says who it is (session 31's attack on `site --public`).
@Suite("site --public: a private person's name in a double-barrelled name, a handle or a link's label")
struct PublicNamePartsTests {
    static let names = LeftOutNames(
        leftOut: ["Zora Quillfeather", "Meeting"], shown: ["Pete Public"], nameParts: ["Zora", "Quillfeather"])

    @Test(
        "a given or family name glued to another by a hyphen hides the whole double-barrelled name",
        arguments: [
            ("Dr. Quillfeather-Smith said hi.", "Dr. (private) said hi."),
            ("Zora Quillfeather-Smith too", "(private) too"),
            ("Smith-Quillfeather and Ana-Zora Lee", "(private) and (private) Lee"),
            ("Zora Quillfeather_Smith and Quillfeather-Smith-Jones", "(private) and (private)"),
            // A word in lower case glued to it is no name: "-san", "-followup".
            ("Quillfeather-san, zora-quillfeather-followup", "(private)-san, (private)-followup"),
            // Not a name part: a one-word name glued to a word is an ordinary word still.
            ("In-Meeting, Meeting-notes", "In-Meeting, Meeting-notes"),
        ])
    func doubleBarrelled(text: String, hidden: String) {
        #expect(Self.names.hiding(in: text) == hidden)
    }

    @Test(
        "a given or family name in lower case is hidden where marks set it apart, not in a sentence",
        arguments: [
            (":zora: and (zora) and [quillfeather]", ":(private): and ((private)) and [(private)]"),
            (
                "@zora, #zora, `zora`, 'zora', \"zora\", /zora/ and (zora's)",
                "@(private), #(private), `(private)`, '(private)', \"(private)\", /(private)/ and ((private)'s)"
            ),
            ("ask /zora, a footnote[^zora]", "ask /(private), a footnote[^(private)]"),
            (
                "write to zora@mail.example or zora.q@mail.example",
                "write to (private)@mail.example or zora.q@mail.example"
            ),
            ("*Zora* and Zora's and ZORA", "*(private)* and (private)'s and (private)"),
            // Words of a sentence stay: a given name may be an ordinary word.
            ("zora alone, (zora later), zoran", "zora alone, (zora later), zoran"),
            ("(meeting) and :meeting:", "(meeting) and :meeting:"),
        ])
    func setApart(text: String, hidden: String) {
        #expect(Self.names.hiding(in: text) == hidden)
    }

    static let zora = """
        ---
        name: Zora Quillfeather
        aliases: [Zed]
        private: true
        ---
        ZBODY
        """

    @Test("a public page shows no part of a private person's name in a double-barrelled name or a handle")
    func onThePublicSite() async throws {
        let files = [
            "contacts/zora-quillfeather.md": Self.zora,
            "contacts/pete.md": "---\nname: Pete Public\n---\n",
            "notes/talk.md": """
            Dr. Quillfeather-Smith said hi. Zora Quillfeather-Smith too.

            Shortcode :zora: and (zora) and *Zora* and Zora's and ZORA.
            """,
        ]
        let site = try await PublicLeakTests.build(files, isPublic: true).files
        #expect(PublicLeakTests.places(of: ["zora", "quillf", "zbody"], in: site) == [])
        let talk = try #require(site["notes/talk.html"])
        #expect(talk.contains("Dr. (private) said hi. (private) too."), "\(talk)")
        #expect(talk.contains(":(private): and ((private)) and <em>(private)</em> and (private)'s"), "\(talk)")
        let full = try await PublicLeakTests.build(files, isPublic: false).files
        #expect(full["notes/talk.html"]?.contains("Dr. Quillfeather-Smith") == true)
    }

    @Test("tags hidden alike are shown once, so a page does not count the tags it hides")
    func tagsHiddenAlike() async throws {
        let files = [
            "contacts/zora-quillfeather.md": Self.zora,
            "contacts/pete.md": "---\nname: Pete Public\ntags: [zora, quillfeather, zed, food]\n---\n",
        ]
        let site = try await PublicLeakTests.build(files, isPublic: true).files
        let pete = try #require(site["contacts/pete.html"])
        #expect(pete.components(separatedBy: "#(private)</a>").count == 2, "\(pete)")
        #expect(pete.contains("#food</a>"))
        #expect(PublicLeakTests.places(of: ["zora", "quillf", "#zed"], in: site) == [])
    }

    @Test(
        "a link to a private note shows \"(private)\", whatever its label says",
        arguments: [
            "[my chat with Zora](../contacts/zora-quillfeather.md)", "[[Zora Quillfeather|the recruiter]]",
            "[[zora-quillfeather|Z.]]", "[[Zed|the one from Hushco]]",
            "![the recruiter](../contacts/zora-quillfeather.md)",
            // Reference links, whose definitions are below.
            "[the recruiter][z]", "[Zed][]", "![the recruiter][ Z ]", "[zed]",
        ])
    func labelsOfLinksToPrivateNotes(link: String) async throws {
        let files = [
            "contacts/zora-quillfeather.md": Self.zora,
            "notes/talk.md": """
            See \(link) today.

            [z]: ../contacts/zora-quillfeather.md
            [Zed]: <../contacts/zora-quillfeather.md> "Hushco"
            """,
        ]
        let site = try await PublicLeakTests.build(files, isPublic: true).files
        let talk = try #require(site["notes/talk.html"])
        #expect(talk.contains("See (private) today."), "\(talk)")
        #expect(PublicLeakTests.places(of: ["zora", "recruiter", "z.", "hushco"], in: site) == [])
        let search = try #require(site.first { $0.key.hasPrefix("search") && $0.key.hasSuffix(".js") }?.value)
        #expect(search.contains("See (private) today."))
    }
}
