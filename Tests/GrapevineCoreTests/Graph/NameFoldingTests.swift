import Testing

@testable import GrapevineCore

/// One folding of the letters without an accent to remove (`ø`, `ß`, `æ`, `ł`, `đ`, `œ`, `þ`)
/// for slugs, lookups, look-alike names and search.
@Suite("Name folding: the letters search folds, folded in slugs and lookups too")
struct NameFoldingTests {
    @Test(arguments: [
        ("Zoë Ødegård", "zoe-odegard"),
        ("Hans-Jürgen Weiß", "hans-jurgen-weiss"),
        ("Dr. Ingrid Øvergaard", "dr-ingrid-overgaard"),
        ("Łukasz Żółć", "lukasz-zolc"),
        ("Đorđe Đoković", "dorde-dokovic"),
        ("Æsa Sœrensen", "aesa-soerensen"),
        ("Þóra Guðmundsdóttir", "thora-gudmundsdottir"),
        ("STRASSE", "strasse"),
        ("Straße", "strasse"),
        ("İstanbul Ilıca", "istanbul-ilica"),
        ("Анна Петрова", "анна-петрова"),
    ])
    func slugFoldsPlainLetters(name: String, slug: String) {
        #expect(NameKey.slug(name) == slug)
        // A slug is what search finds the name by, word for word.
        #expect(NameKey.slug(name).split(separator: "-").map(String.init) == WordFolder.words(of: slug))
    }

    @Test("a name and the way it is typed without its letters share the slug and the look-alike key")
    func typedWithoutLetters() {
        #expect(NameKey.slug("Hans-Jurgen Weiss") == NameKey.slug("Hans-Jürgen Weiß"))
        #expect(NameKey.lookAlike("Zoe Odegard") == NameKey.lookAlike("Zoë Ødegård"))
        #expect(NameKey.organizationLookAlike("Müller & Söhne GmbH") == "muller sohne")
        #expect(NameKey.fileSlug("Ørjan Åberg") == "orjan-aberg")
    }

    @Test("a name typed without the letters finds the note; so does a reference written the old way")
    func lookupsFold() throws {
        let vault = try TemporaryVault.load([
            "contacts/zoe-ødegard.md": "---\nname: Zoë Ødegård\nadded: 2026-11-01\n---\n",
            "contacts/hjw.md": "---\nname: Hans-Jürgen Weiß\nadded: 2026-11-01\n---\n",
            "contacts/anna.md": "---\nname: Anna Berg\nreferred_by: \"[[zoe-ødegard]]\"\nadded: 2026-11-01\n---\n",
            "contacts/ola.md": "---\nname: Ola Nordmann\nreferred_by: \"[[Zoe Odegard]]\"\nadded: 2026-11-01\n---\n",
        ])
        let zoe = try #require(vault.index(ofPath: "contacts/zoe-ødegard.md"))
        #expect(vault.lookup("Zoe Odegard") == .found(Graph.node(ofNote: zoe)))
        #expect(vault.lookup("zoe-odegard") == .found(Graph.node(ofNote: zoe)))
        #expect(vault.lookup("odegard", matchingWords: true) == .found(Graph.node(ofNote: zoe)))
        let hans = try #require(vault.index(ofPath: "contacts/hjw.md"))
        #expect(vault.lookup("weiss", matchingWords: true) == .found(Graph.node(ofNote: hans)))
        #expect(vault.graph.referrers(of: Graph.node(ofNote: try #require(vault.index(ofPath: "contacts/anna.md"))))
            == [Graph.node(ofNote: zoe)])
        #expect(vault.graph.referrers(of: Graph.node(ofNote: try #require(vault.index(ofPath: "contacts/ola.md"))))
            == [Graph.node(ofNote: zoe)])
    }

    @Test("a note renamed to the new slug is still found by a reference written the old way")
    func oldReferenceFindsRenamedNote() throws {
        let vault = try TemporaryVault.load([
            "contacts/zoe-odegard.md": "---\nname: Zoë Ødegård\nadded: 2026-11-01\n---\n",
            "contacts/anna.md": "---\nname: Anna Berg\nreferred_by: \"[[zoe-ødegard]]\"\nadded: 2026-11-01\n---\n",
        ])
        let zoe = try #require(vault.index(ofPath: "contacts/zoe-odegard.md"))
        let anna = try #require(vault.index(ofPath: "contacts/anna.md"))
        #expect(vault.graph.referrers(of: Graph.node(ofNote: anna)) == [Graph.node(ofNote: zoe)])
        #expect(vault.graph.nodes.filter(\.isPlaceholder).isEmpty)
    }

    @Test("a Referrals item typed without ß and ü names the contact, not a second person")
    func referralItemFolds() throws {
        let vault = try TemporaryVault.load([
            "contacts/hans-jurgen-weiß.md": "---\nname: Hans-Jürgen Weiß\n---\n",
            "contacts/emilie-dubois.md": "---\nname: Émilie Dubois\nadded: 2026-11-01\n---\n",
            "interviews/2026-11-20-emilie-dubois.md":
                "---\ncontact: \"[[Émilie Dubois]]\"\ndate: 2026-11-20\n---\n## Referrals\n- Hans-Jurgen Weiss — CFO\n",
        ])
        let hans = try #require(vault.index(ofPath: "contacts/hans-jurgen-weiß.md"))
        #expect(vault.graph.nodes.filter { $0.kind == .placeholderPerson }.isEmpty)
        let emilie = Graph.node(ofNote: try #require(vault.index(ofPath: "contacts/emilie-dubois.md")))
        #expect(vault.graph.referrers(of: Graph.node(ofNote: hans)) == [emilie])
    }
}
