import Foundation
import Testing

@testable import GrapevineCore

/// A private name written so that the page shows it though the words differ from it as
/// written: encoded in a URL, as HTML entities, broken by characters no one sees, in other
/// capitals and accents (session 29's attack on `site --public`).
@Suite("site --public: a private name hidden however the page's reader sees it written")
struct PublicDisguisedNamesTests {
    static let names = LeftOutNames(leftOut: ["Zora Quillfeather", "José Núñez"], shown: ["Zora Park"])

    @Test(
        "a name the page shows is hidden whole, however it is written",
        arguments: [
            // In a URL: percent-encoded, a `+` for a space, encoded twice.
            ("?who=Zora%20Quillfeather&x=1", "?who=(private)&x=1"),
            ("?who=Zora+Quillfeather", "?who=(private)"),
            ("?who=zora%2bquillfeather", "?who=(private)"),
            ("/p/Zora%2520Quillfeather", "/p/(private)"),
            ("/p/Jos%C3%A9%20N%C3%BA%C3%B1ez.", "/p/(private)."),
            ("%5Aora%20Quillfeather", "(private)"),
            // HTML entities and backslash escapes, which Markdown shows as their characters.
            ("Zor&#97; Quillfeather", "(private)"),
            ("Zor&#x61;&nbsp;Quillfeather", "(private)"),
            ("Jos&eacute; N&uacute;&ntilde;ez", "(private)"),
            ("Zora\\-Quillfeather", "(private)"),
            // Characters no one sees, and spaces and dashes of other kinds.
            ("Zo\u{AD}ra Quill\u{AD}feather", "(private)"),
            ("Zo\u{200B}ra\u{200D} Quillfeather", "(private)"),
            ("Zora\u{A0}Quillfeather and Zora\u{2011}Quillfeather", "(private) and (private)"),
            // Markdown that a page shows as nothing.
            ("Zo*ra* Quillfeather", "(private)"),
            ("Zo<b>ra</b> Quillfeather", "(private)"),
            // A tag a step or a Log entry shows as text.
            ("<Zora Quillfeather> and Zo<span class=x>ra</span> Quillfeather", "<(private)> and (private)"),
            // Capitals, accents and decomposed letters.
            ("QUILLFÉATHER ZORA, ZORA QUILLFÉATHER", "QUILLFÉATHER ZORA, (private)"),
            ("Zora Quillfe\u{301}ather, JOSE\u{301} NU\u{301}N\u{303}EZ", "(private), (private)"),
            // Written as one word, as in a handle or an address.
            ("@ZoraQuillfeather, linkedin.com/in/zoraquillfeather/", "@(private), linkedin.com/in/(private)/"),
            // Not names: kept as written.
            ("Zora Park%20Quillfeather", "Zora Park%20Quillfeather"),
            ("100%20 Zora and a <b>Quillfeather</b>", "100%20 Zora and a <b>Quillfeather</b>"),
        ])
    func disguised(text: String, hidden: String) {
        #expect(Self.names.hiding(in: text) == hidden)
    }

    static let values = PrivateValues(values: ["Quillféather Project", "pat@public.example", "+1 555 0142"])

    @Test(
        "a private value the page shows is hidden whole, in any case and with or without accents",
        arguments: [
            ("QUILLFÉATHER PROJECT and quillfeather project", "(private) and (private)"),
            ("Quillfe\u{301}ather Project", "(private)"),
            ("?to=pat%40public.example and ?to=PAT%40PUBLIC%2Eexample", "?to=(private) and ?to=(private)"),
            ("pat&#64;public.example", "(private)"),
            ("<a href=\"mailto:pat@public.example\">", "<a href=\"mailto:(private)\">"),
            ("call 555\u{2011}0142", "call (private)"),
            ("Quillfeather Projects", "Quillfeather Projects"),
        ])
    func disguisedValues(text: String, hidden: String) {
        #expect(Self.values.hiding(in: text) == hidden)
    }

    static let zora = "---\nname: Zora Quillfeather\nemail: zora@hush.example\nprivate: true\n---\nZBODY\n"

    @Test("a private name in a link's address is hidden in a Log entry, a task and the body, page and search")
    func namesInAddresses() async throws {
        let files = [
            "contacts/zora.md": Self.zora,
            "contacts/pete.md": """
            ---
            name: Pete Public
            added: 2026-10-01
            ---
            ## Log
            - 2026-10-02 emailed: hello
            - 2026-10-04 replied: see [her page](https://ex.example/?who=Zora%20Quillfeather) and \
            [again](https://ex.example/?who=Zora+Quillfeather)

            - [ ] read [the post](https://ex.example/p/Zor%C3%A1%20Quillfeather)

            Body: [x](https://ex.example/?who=Zora%20Quillfeather) and https://ex.example/p/Zora%20Quillfeather
            Written: Zor&#97; Quill&shy;feather met ZORA QUILLFÉATHER.
            """,
        ]
        let site = try await PublicLeakTests.build(files, isPublic: true).files
        #expect(PublicLeakTests.places(of: ["quillf", "zora", "zbody", "hush.example"], in: site) == [])
        let pete = try #require(site["contacts/pete.html"])
        #expect(pete.contains("href=\"https://ex.example/?who=(private)\""), "\(pete)")
        #expect(pete.contains("Written: (private) met (private)."), "\(pete)")
        let full = try await PublicLeakTests.build(files, isPublic: false).files
        #expect(full["contacts/pete.html"]?.contains("?who=Zora%20Quillfeather") == true)
    }

    // MARK: A note named after a private person

    @Test("a public note named after a private person hides the name in its title, links, address and file")
    func noteNamedAfterAPrivatePerson() async throws {
        let files = [
            "contacts/zora.md": Self.zora,
            "contacts/zara.md": "---\nname: Zara Quillfeather-Park\n---\nMet at the fair.\n",
            "notes/Coffee with Zora Quillfeather.md": "---\ntags: [coffee]\n---\nWe talked.\n",
            "notes/zora-quillfeather-followup.md": "---\ntitle: Follow-up\n---\n- [ ] send the deck due 2026-10-25\n",
            "notes/index.md": """
            See [[Coffee with Zora Quillfeather]], [[zora-quillfeather-followup]] and [[Zara Quillfeather-Park]].
            Zora said hello.
            """,
        ]
        let site = try await PublicLeakTests.build(files, isPublic: true).files
        #expect(PublicLeakTests.places(of: ["zora", "zbody"], in: site) == [])
        #expect(site.keys.contains("notes/coffee-with-private.html"))
        #expect(site.keys.contains("notes/private-followup.html"))
        let index = try #require(site["notes/index.html"])
        #expect(index.contains("<a href=\"coffee-with-private.html\">Coffee with (private)</a>"), "\(index)")
        #expect(index.contains("<a href=\"private-followup.html\">(private)-followup</a>"))
        // A person's own name keeps the words it shares with a private one.
        #expect(index.contains(">Zara Quillfeather-Park</a>"))
        // The note's name no longer makes the given name public: it is hidden alone too.
        #expect(index.contains("(private) said hello."))
        #expect(site["index.html"]?.contains("notes/(private)-followup.md:4") == true)
        let full = try await PublicLeakTests.build(files, isPublic: false).files
        #expect(full.keys.contains("notes/coffee-with-zora-quillfeather.html"))
        #expect(full["notes/index.html"]?.contains(">Coffee with Zora Quillfeather</a>") == true)
    }

    @Test("a wikilink to a public page hides a private name in its label, but for the page's own name")
    func labelsOfLinksToPublicPages() async throws {
        let files = [
            "contacts/zora.md": Self.zora,
            "contacts/sam.md": "---\nname: Sam\nprivate: true\n---\n",
            "contacts/pete.md": "---\nname: Pete Public\n---\n",
            "contacts/sam-park.md": "---\nname: Sam Park\n---\n",
            "organizations/acme.md": "---\nname: Acme\n---\n",
            "notes/about.md": """
            [[Pete Public|Zora Quillfeather's husband]], [[Acme|Zora's firm]], [[Sam Park|Sam]], [[Sam Park]].
            """,
        ]
        let site = try await PublicLeakTests.build(files, isPublic: true).files
        #expect(PublicLeakTests.places(of: ["zora", "quillf"], in: site) == [])
        let about = try #require(site["notes/about.html"])
        #expect(about.contains("<a href=\"../contacts/pete.html\">(private)'s husband</a>"), "\(about)")
        #expect(about.contains("<a href=\"../organizations/acme.html\">(private)'s firm</a>"))
        #expect(
            about.contains(
                "<a href=\"../contacts/sam-park.html\">Sam</a>, <a href=\"../contacts/sam-park.html\">Sam Park</a>"))
    }

    @Test("an organization named after a private person hides the name; one that shares a word of it keeps it")
    func organizationNamedAfterAPrivatePerson() async throws {
        let files = [
            "contacts/zora.md": Self.zora,
            "contacts/pete.md": "---\nname: Pete Public\norganization: \"Zora Quillfeather's startup\"\n---\n",
            "contacts/ann.md": "---\nname: Ann Able\norganization: Quillfeather Consulting\n---\nZora helped.\n",
        ]
        let site = try await PublicLeakTests.build(files, isPublic: true).files
        #expect(PublicLeakTests.places(of: ["zora"], in: site) == [])
        #expect(site.keys.contains("organizations/private-s-startup.html"), "\(site.keys.sorted())")
        #expect(site["contacts.html"]?.contains("(private)&#39;s startup") == true)
        #expect(site["contacts/ann.html"]?.contains(">Quillfeather Consulting</a>") == true)
        #expect(site["contacts/ann.html"]?.contains("(private) helped.") == true)
    }

    // MARK: Session 30

    @Test("a public person whose name says whose they are hides the private name in it, a name of their own keeps it")
    func personNamedAfterAPrivatePerson() async throws {
        let files = [
            "contacts/zora.md": Self.zora,
            "contacts/bob-zora-quillfeathers-assistant.md":
                "---\nname: Bob (Zora Quillfeather's assistant)\ntags: [assistants]\n---\nMet Bob.\n",
            "contacts/ann.md": "---\nname: Ann Able\nreferred_by: Zora Quillfeather's niece Eve\n---\n",
            "contacts/cy.md": "---\nname: Cy Lee, Zora's driver\n---\n",
            "notes/index.md": "See [[Bob (Zora Quillfeather's assistant)]].\n",
        ]
        let site = try await PublicLeakTests.build(files, isPublic: true).files
        #expect(PublicLeakTests.places(of: ["zora", "quillf"], in: site) == [])
        #expect(site.keys.contains("contacts/bob-private-assistant.html"), "\(site.keys.sorted())")
        let bob = try #require(site["contacts/bob-private-assistant.html"])
        #expect(bob.contains("<h1>Bob ((private)&#39;s assistant)</h1>"), "\(bob)")
        #expect(bob.contains("contacts/bob-(private)-assistant.md"))
        #expect(site["contacts/cy.html"]?.contains("Cy Lee, (private)&#39;s driver") == true)
        #expect(site["contacts.html"]?.contains("(private)&#39;s niece Eve") == true)
        let index = try #require(site["notes/index.html"])
        #expect(
            index.contains("<a href=\"../contacts/bob-private-assistant.html\">Bob ((private)'s assistant)</a>"),
            "\(index)")
        // A name that is someone's own keeps the words, and the others still hide them.
        var withAlice = files
        withAlice["contacts/alice.md"] = "---\nname: Alice Zora Quillfeather\n---\nMet Bob.\n"
        let alice = try await PublicLeakTests.build(withAlice, isPublic: true).files
        #expect(alice["contacts/alice.html"]?.contains("<h1>Alice Zora Quillfeather</h1>") == true)
        #expect(
            alice["contacts/bob-private-assistant.html"]?.contains("<h1>Bob ((private)&#39;s assistant)</h1>") == true)
        let full = try await PublicLeakTests.build(files, isPublic: false).files
        #expect(
            full["contacts/bob-zora-quillfeathers-assistant.html"]?.contains("Bob (Zora Quillfeather&#39;s assistant)")
                == true)
    }

    @Test(
        "the part of a person's name that is their own",
        arguments: [
            ("Bob (Zora Quillfeather's assistant)", "Bob"),
            ("Bob, Zora's assistant", "Bob"),
            ("Bob at Quillfeather Design", "Bob"),
            ("Zora Quillfeather's assistant", ""),
            ("Zora’s Bob", ""),
            ("Alice Elena Dlamini", "Alice Elena Dlamini"),
            ("Mary O'Brien", "Mary O'Brien"),
            ("  Jess Ames", "  Jess Ames"),
        ])
    func ownPartOfAName(name: String, own: String) {
        #expect(LeftOutNames.ownPart(ofPersonName: name) == own[...])
    }

    static let lookAlikes = LeftOutNames(leftOut: ["Zora Quillfeather", "Сергей Орлов", "Pam"], shown: [])

    @Test(
        "a name written with letters of other scripts that a page shows as Latin ones is hidden",
        arguments: [
            // Cyrillic о and і, Greek Ζ and ο, Armenian օ, Cherokee Ꮓ.
            ("Zоra Quіllfeather", "(private)"),
            ("Ζοra Quillfeather", "(private)"),
            ("Zօra QUІLLFEATHER", "(private)"),
            ("Ꮓora Quillfeather", "(private)"),
            ("Zоra%20Quіllfeather", "(private)"),
            // Capitals of one script, small letters of another.
            ("РАМ and Раm", "(private) and (private)"),
            // A name written in Cyrillic is still found in Cyrillic, and in Latin look-alikes.
            ("Сергей Орлов, Cергей Oрлов", "(private), (private)"),
            // Words of other scripts that look like no name stay.
            ("Привет, Zоra Quіllfeather! Ελλάδα", "Привет, (private)! Ελλάδα"),
            ("Сергей Петров", "Сергей Петров"),
        ])
    func lookAlikeLetters(text: String, hidden: String) {
        #expect(Self.lookAlikes.hiding(in: text) == hidden)
    }

    @Test("a private value written with look-alike letters is hidden")
    func lookAlikeValues() {
        let values = PrivateValues(values: ["zora@hush.example", "Quillfeather Project"])
        #expect(
            values.hiding(in: "write to zоra@hush.eхample about the QUІLLFEATHER Prоject")
                == "write to (private) about the (private)")
    }

    @Test("a private name written with look-alike letters is hidden on every page, and its person left out")
    func lookAlikeNamesOnTheSite() async throws {
        let files = [
            "contacts/zora.md": Self.zora,
            "contacts/pete.md": """
            ---
            name: Pete Public
            title: Assistant to Zоra Quіllfeather
            ---
            Met Ζora Quillfeather (Greek) and Zоra (Cyrillic) at the fair.
            ## Log
            - 2026-10-02 emailed: via Zоra Quіllfeather
            """,
            "interviews/2026-10-10-pete.md": """
            ---
            contact: Pete Public
            date: 2026-10-10
            ---
            ## Referrals
            - Ζοrа Quіllfеаthеr (her team)
            """,
        ]
        let site = try await PublicLeakTests.build(files, isPublic: true).files
        let lookAlikes = ["zоra", "ζora", "ζοrа", "quіllf", "quillf", "zora"]
        #expect(PublicLeakTests.places(of: lookAlikes, in: site) == [])
        #expect(!site.keys.contains { $0.hasPrefix("people/") }, "\(site.keys.sorted())")
        #expect(
            site["contacts/pete.html"]?.contains("Met (private) (Greek) and (private) (Cyrillic) at the fair.") == true)
    }

    @Test("a private name in a tag written in lower case, the site's title and your name is hidden")
    func tagsAndTitle() async throws {
        let files = [
            "contacts/zora.md": Self.zora,
            "contacts/pete.md": "---\nname: Pete Public\ntags: [friends-of-zora, zora-quillfeather, zorans]\n---\n",
            ".grapevine/config.yml":
                "owner: Alex Kim (Zora's cousin)\nsite: { title: \"Alex and Zora Quillfeather\" }\n",
        ]
        let site = try await PublicLeakTests.build(files, isPublic: true).files
        #expect(
            PublicLeakTests.places(of: ["zora", "quillf"], in: site)
                == ["tags/zorans.html", "tags.html", "contacts/pete.html", "search-index.js"].sorted())
        #expect(site.keys.contains("tags/friends-of-private.html"), "\(site.keys.sorted())")
        #expect(site.keys.contains("tags/private.html"))
        #expect(site["index.html"]?.contains("<title>Dashboard · Alex and (private)</title>") == true)
        var untitled = files
        untitled[".grapevine/config.yml"] = "owner: Alex Kim (Zora's cousin)\n"
        let owner = try await PublicLeakTests.build(untitled, isPublic: true).files
        #expect(
            owner["index.html"]?.contains("<title>Dashboard · Alex Kim ((private)&#39;s cousin)&#39;s search</title>")
                == true)
        #expect(PublicLeakTests.places(of: ["zora&", "zora'", "zora "], in: owner) == [])
    }

    @Test("the public graph numbers its boxes in order, so the notes left out leave no gaps")
    func graphNumbersWithoutGaps() async throws {
        let files = [
            "contacts/a.md": "---\nname: Ann Able\n---\n",
            "contacts/b.md": "---\nname: Bea Bell\nprivate: true\n---\n",
            "contacts/c.md": "---\nname: Cal Cobb\nprivate: true\n---\n",
            "contacts/d.md": "---\nname: Dot Dunn\nreferred_by: Ann Able\n---\n",
            "contacts/e.md": "---\nname: Eve Ezra\nreferred_by: Fay Fox\n---\n",
        ]
        let site = try await PublicLeakTests.build(files, isPublic: true).files
        let graph = try #require(site["graph.html"])
        let numbers = graph.matches(of: /data-node="(\d+)"/).compactMap { Int($0.output.1) }
        #expect(numbers.sorted() == Array(0..<5), "\(numbers)")
        let full = try await PublicLeakTests.build(files, isPublic: false).files
        let wholeNumbers = try #require(full["graph.html"]).matches(of: /data-node="(\d+)"/).compactMap {
            Int($0.output.1)
        }
        #expect(wholeNumbers.sorted() == [0, 1, 2, 3, 4, 5, 6], "\(wholeNumbers)")
    }

    @Test("two pages of one slug on a public site are told apart by no hash of a name hidden in their paths")
    func pagesOfOneSlugHashNoHiddenName() async throws {
        let files = [
            "contacts/zora.md": Self.zora,
            "notes/Coffee with Zora Quillfeather.md": "Talked.\n",
            "notes/coffee-with-zora-quillfeather.md": "Talked again.\n",
        ]
        let site = try await PublicLeakTests.build(files, isPublic: true).files
        let pages = site.keys.filter { $0.hasPrefix("notes/coffee-with-private") }.sorted()
        #expect(pages.count == 2, "\(pages)")
        for path in files.keys {
            let hash = String(FNV1a.hex(path.utf8).prefix(PageClaim.hashDigits))
            #expect(!pages.contains { $0.contains(hash) }, "\(path): \(pages)")
        }
    }
}
