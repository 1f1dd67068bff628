import Testing

@testable import GrapevineCore

@Suite("Search: pieces, lines, ranking, snippets")
struct SearchResultsTests {
    static func search(_ query: String, in vault: Vault, kinds: Set<NoteKind> = [], limit: Int? = nil) throws
        -> SearchResults
    {
        SearchResults(query: try SearchQuery(query), in: vault, kinds: kinds, limit: limit)
    }

    static func places(_ results: SearchResults) -> [String] {
        results.hits.map { "\($0.file):\($0.line)" }
    }

    @Test(
        "a surname after an elided article is found alone, joined or as written",
        arguments: ["alembert", "dalembert", "d'alembert", "D’Alembert", "alember", "brien", "o'brien", "obrien"])
    func apostrophesJoinAndSplit(query: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/Jean le Rond d'Alembert.md": "---\norganization: Académie\n---\nMet with O'Brien.\n",
            "notes/other.md": "Alembic and Brie.\n",
        ])
        let results = try Self.search(query, in: vault)
        #expect(results.hits.map(\.file) == ["contacts/Jean le Rond d'Alembert.md"], "\(query)")
    }

    @Test(
        "a query's last word with an apostrophe is its joined form; before another word, as the text folds it",
        arguments: [
            ("o'brien", ["contacts/kavya.md:3", "contacts/mary.md:4"]),
            ("O’Brien", ["contacts/kavya.md:3", "contacts/mary.md:4"]),
            ("\"o'brien said\"", ["contacts/mary.md:4"]), ("\"Mary O'Brien\"", ["contacts/mary.md:4"]),
        ])
    func queryApostrophes(query: String, places: [String]) throws {
        let vault = try TemporaryVault.load([
            "contacts/kavya.md": "---\nname: Kavya\nemail: kavya.obrien@example.com\n---\n",
            "contacts/mary.md": "---\nname: Mary\n---\nMary O'Brien said yes.\n",
        ])
        #expect(Self.places(try Self.search(query, in: vault)) == places, "\(query)")
        #expect(try SearchQuery(arguments: [query]).terms.count == 1)
    }

    @Test("an `&` inside a name keeps it one word: AT&T is not 'at' and 't'")
    func ampersandInAName() throws {
        let vault = try TemporaryVault.load([
            "contacts/siobhan.md": "---\nname: Siobhán Ní Bhriain\norganization: AT&T\n---\n",
            "contacts/jose.md": "---\nname: José\n---\n## Log\n- 2026-10-20 emailed: met at the Data Council meetup\n",
            "notes/r-and-d.md": "Our R&D team met Müller&Söhne.\n",
        ])
        #expect(Self.places(try Self.search("AT&T", in: vault)) == ["contacts/siobhan.md:3"])
        #expect(Self.places(try Self.search("at&t", in: vault)) == ["contacts/siobhan.md:3"])
        let at = try Self.search("at", in: vault).hits.map(\.file).sorted()
        #expect(at == ["contacts/jose.md", "contacts/siobhan.md"])
        #expect(Self.places(try Self.search("r&d", in: vault)) == ["notes/r-and-d.md:1"])
        #expect(Self.places(try Self.search("muller&sohne", in: vault)) == ["notes/r-and-d.md:1"])
    }

    @Test("a name or title above another value above the body; then more matches; then the path")
    func ranking() throws {
        let vault = try TemporaryVault.load([
            "notes/a-body.md": "Rye rye rye.\n",
            "notes/b-body.md": "Rye.\n",
            "notes/c-body.md": "Rye.\n",
            "contacts/value.md": "---\nname: Val\norganization: Rye Works\n---\n",
            "notes/title.md": "---\ntitle: Rye bread\n---\nNothing else.\n",
            "contacts/alias.md": "---\nname: Al\naliases: [Rye]\n---\n",
            "notes/none.md": "Wheat.\n",
        ])
        let results = try Self.search("rye", in: vault)
        #expect(
            Self.places(results) == [
                "contacts/alias.md:3", "notes/title.md:2", "contacts/value.md:3", "notes/a-body.md:1",
                "notes/b-body.md:1",
                "notes/c-body.md:1",
            ])
        #expect(results.hits.map(\.score) == [100_001, 100_001, 10_001, 1_003, 1_001, 1_001])
        #expect(results.total == 6)
        let limited = try Self.search("rye", in: vault, limit: 2)
        #expect(limited.hits.count == 2 && limited.total == 6)
    }

    @Test("a name taken from the file name is found as a title, on no line, beside the text's matches")
    func nameFromFileName() throws {
        let vault = try TemporaryVault.load([
            "contacts/Maria Lopez.md": "---\ntype: contact\nemail: m@example.com\n---\n\nWorks on payments.\n",
            "contacts/jean-luc-picard.md": "Captain.\n",
            "contacts/named.md": "---\nname: Ana Ruiz\n---\nMet Maria once.\n",
            "interviews/2026-11-02-maria-lopez.md":
                "---\ncontact: \"[[Maria Lopez]]\"\ndate: 2026-11-02\n---\nPayments team.\n",
        ])
        // The file's name: a title match (100) above a body match (1), with no line to show.
        let maria = try Self.search("maria", in: vault, kinds: [.contact])
        #expect(Self.places(maria) == ["contacts/Maria Lopez.md:1", "contacts/named.md:4"])
        #expect(maria.hits.map(\.score) == [100_001, 1_001])
        #expect(maria.hits.first?.snippets.isEmpty == true)
        #expect(Self.places(try Self.search("picard", in: vault)) == ["contacts/jean-luc-picard.md:1"])
        // Terms in the name and in the text: the lines shown are the text's.
        let both = try Self.search("lopez payments", in: vault, kinds: [.contact])
        #expect(Self.places(both) == ["contacts/Maria Lopez.md:6"])
        #expect(both.hits.first?.snippets.map(\.line) == [6])
        // A name written in the note is searched where it is written, and the file name is not:
        // `named` is no word of Ana Ruiz's note.
        #expect(Self.places(try Self.search("named", in: vault)).isEmpty)
        // An interview's name is made from its contact and date, which are searched as values.
        #expect(try Self.search("2026", in: vault, kinds: [.interview]).hits.map(\.score) == [10_001])
    }

    @Test("every term must be in the note; a phrase is its words in a row on one line")
    func andAndPhrases() throws {
        let vault = try TemporaryVault.load([
            "notes/both.md": "Food here.\nSafety there.\n",
            "notes/phrase.md": "Food, safety first.\n",
            "notes/split.md": "Food\nsafety\n",
            "notes/one.md": "Food only.\n",
        ])
        #expect(
            Self.places(try Self.search("food safety", in: vault)) == [
                "notes/both.md:1", "notes/phrase.md:1", "notes/split.md:1",
            ])
        #expect(Self.places(try Self.search(#""food safety""#, in: vault)) == ["notes/phrase.md:1"])
        // The last word of a phrase may be the start of a word; the others are whole.
        #expect(Self.places(try Self.search(#""food saf""#, in: vault)) == ["notes/phrase.md:1"])
        #expect(Self.places(try Self.search(#""foo safety""#, in: vault)).isEmpty)
    }

    @Test("Chinese and Japanese words are found inside a run of characters, in their order")
    func charactersWithoutSpaces() throws {
        let vault = try TemporaryVault.load([
            "contacts/wang.md": "---\nname: 王小明\naliases: [Xiaoming Wang]\n---\n## Log\n- 2026-11-03 replied: 他在腾讯工作\n",
            "notes/tokyo.md": "東京タワーで会った。\n",
            "notes/other.md": "讯腾 are the same characters, the other way round.\n",
        ])
        #expect(Self.places(try Self.search("小明", in: vault)) == ["contacts/wang.md:2"])
        #expect(Self.places(try Self.search("腾讯", in: vault)) == ["contacts/wang.md:6"])
        #expect(Self.places(try Self.search("タワー", in: vault)) == ["notes/tokyo.md:1"])
        #expect(Self.places(try Self.search("工 腾", in: vault)) == ["contacts/wang.md:6"])
        // The characters of a word must follow one another: `讯腾` is not `腾讯`.
        #expect(Self.places(try Self.search("讯腾", in: vault)) == ["notes/other.md:1"])
        #expect(Self.places(try Self.search("明小", in: vault)).isEmpty)
    }

    @Test("C++ and C# are words of their own: they do not find every word that starts with c")
    func plusAndSharp() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana Dev\ntitle: C++ engineer\n---\nWorks on embedded C++ at Cobalt.\n",
            "contacts/carl.md": "---\nname: Carl Sharp\ntitle: C# developer\n---\nDoes .NET.\n",
            "contacts/cathy.md": "---\nname: Cathy Cook\ntitle: Chef\n---\nCooks at a café in Cádiz.\n",
        ])
        #expect(Self.places(try Self.search("C++", in: vault)) == ["contacts/ana.md:3"])
        #expect(Self.places(try Self.search("c#", in: vault)) == ["contacts/carl.md:3"])
        #expect(Self.places(try Self.search("cook", in: vault)) == ["contacts/cathy.md:2"])
        // A word still finds its start: `c` finds C++ and C# too.
        #expect(try Self.search("c", in: vault).total == 3)
    }

    @Test("lines count from the top of the file: front matter values, blocks, lists, the body")
    func lines() throws {
        let note = """
            ---
            name: Kim Lee
            type: contact
            private: false
            aliases:
              - Kimmy
              - KL
            remind: {date: 2026-12-01, text: call about wombats}
            notes: |
              first line
              wombat line

              after a blank
            folded: >
              folded wombat
              text
            quoted: "two
              lines wombat"
            ---
            # Kim Lee

            Body wombat.
            """
        let vault = try TemporaryVault.load(["contacts/kim.md": note])
        let pieces = vault.notes[0].searchPieces()
        let lines = pieces.map { "\($0.line) \($0.field) \($0.text)" }
        #expect(
            lines == [
                "2 title Kim Lee", "6 title Kimmy", "7 title KL", "8 value 2026-12-01", "8 value call about wombats",
                "10 value first line", "11 value wombat line", "13 value after a blank",
                "15 value folded wombat text\n",
                "17 value two lines wombat", "20 body # Kim Lee", "22 body Body wombat.",
            ])
        let hit = try #require(try Self.search("wombat", in: vault).hits.first)
        #expect(hit.snippets.map(\.line) == [8, 11, 15])
        #expect(try Self.search("contact", in: vault).hits.isEmpty, "type: is not searched")
        #expect(try Self.search("false", in: vault).hits.isEmpty, "private: is not searched")
    }

    @Test("front matter that cannot be read, or is never closed, is searched as lines of text")
    func brokenFrontMatter() throws {
        let vault = try TemporaryVault.load([
            "notes/malformed.md": "---\ntitle: [unclosed\ntopic: zeppelin\n---\nBody zeppelin.\n",
            "notes/unclosed.md": "---\ntitle: Open\ntopic: zeppelin\n",
            "notes/not-mapping.md": "---\n- zeppelin\n---\n",
        ])
        let results = try Self.search("zeppelin", in: vault)
        #expect(Self.places(results) == ["notes/malformed.md:3", "notes/not-mapping.md:2", "notes/unclosed.md:3"])
        #expect(results.hits.allSatisfy { $0.score < 10_000 }, "raw lines weigh as the body")
    }

    @Test("a value written with YAML escapes is found by its letters")
    func escapes() throws {
        let vault = try TemporaryVault.load(["contacts/jose.md": #"---\#nname: "Jos\u00e9 N\u00fa\u00f1ez"\#n---\#n"#])
        #expect(Self.places(try Self.search("jose nunez", in: vault)) == ["contacts/jose.md:2"])
    }

    @Test("invalid UTF-8 is read with its bad bytes replaced")
    func invalidUTF8() throws {
        let vault = try TemporaryVault.load(
            [:], bytes: ["notes/bytes.md": [0xC3, 0x28, 0x20] + Array("zeppelin\n".utf8) + [0xFF]])
        #expect(Self.places(try Self.search("zeppelin", in: vault)) == ["notes/bytes.md:1"])
    }

    @Test("kinds filter the notes")
    func kinds() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "Rye.\n", "interviews/b.md": "---\ncontact: A\ndate: 2026-01-01\n---\nRye.\n",
            "organizations/c.md": "Rye.\n", "notes/d.md": "Rye.\n",
        ])
        #expect(
            Self.places(try Self.search("rye", in: vault, kinds: [.interview, .note])) == [
                "interviews/b.md:5", "notes/d.md:1",
            ])
    }

    @Test("a long line is cut around the first match, at spaces, with …; highlights follow")
    func snippets() throws {
        let words = (1...40).map { "word\($0)" }.joined(separator: " ")
        var folder = WordFolder()
        let query = try SearchQuery("word25 word27")
        let snippet = SearchSnippet(line: 3, text: "   " + words[...] + "  ", query: query, folder: &folder)
        #expect(snippet.text.hasPrefix("…word21 word22"))
        #expect(snippet.text.hasSuffix("…"))
        #expect(snippet.text.count <= SearchSnippet.maxLength + 2)
        let utf8 = Array(snippet.text.utf8)
        #expect(snippet.highlights.map { String(decoding: utf8[$0], as: UTF8.self) } == ["word25", "word27"])
        let short = SearchSnippet(
            line: 1, text: "  Met José Núñez, ½ off  ", query: try SearchQuery(#""jose nu" 2"#), folder: &folder)
        #expect(short.text == "Met José Núñez, ½ off")
        let shortUTF8 = Array(short.text.utf8)
        #expect(short.highlights.map { String(decoding: shortUTF8[$0], as: UTF8.self) } == ["José Núñez", "½"])
    }
}
