import Foundation
import Testing

@testable import GrapevineCore

@Suite("Search index: the whole text of every page, private values left out")
struct SearchIndexTests {
    static let files = [
        ".grapevine/config.yml": "private_fields: [email, phone, salary]\n",
        "contacts/sam-lee.md": """
        ---
        name: Sam Lee
        title: Staff Designer
        organization: Acme
        referred_by: "[[Secret Person]]"
        email: sam@private.example
        phone: 555-0199
        salary: 123456
        tags: [design]
        ---
        # Sam Lee

        Works on **design systems** and <script>alert(1)</script> things.
        Knows [[Secret Person]] from school.
        """,
        "contacts/secret-person.md": "---\nname: Secret Person\nprivate: true\n---\nHidden prose.\n",
        "contacts/no-name.md": "Body of a contact named by its file.\n",
        "interviews/2026-01-02-sam-lee.md": "---\ncontact: Sam Lee\ndate: 2026-01-02\n---\nWe talked.\n",
        "notes/secret.md": "---\nprivate: true\ntags: [hidden]\n---\nSecret plans.\n",
        "notes/long.md": "# Long\n\n" + String(repeating: "Filler words for a long note. ", count: 200)
            + "\n\nThe last line mentions the quokka.\n",
    ]

    static func index(public isPublic: Bool, files: [String: String] = files) throws -> (SearchIndex, Vault) {
        let vault = try TemporaryVault.load(files)
        let paths = SitePaths(vault: vault) { !isPublic || vault.note(for: $0)?.privacy != .marked }
        return (SearchIndex(vault: vault, paths: paths, isPublic: isPublic), vault)
    }

    static func entry(_ url: String, in index: SearchIndex) throws -> SearchIndex.Entry {
        try #require(index.entries.first { $0.url == url })
    }

    @Test("an entry holds every value and every line of the body, title fields first, then values, then the body")
    func wholeText() throws {
        let (index, _) = try Self.index(public: false)
        let sam = try Self.entry("contacts/sam-lee.html", in: index)
        #expect(sam.title == "Sam Lee" && sam.kind == "contact")
        #expect(
            sam.lines == [
                "Sam Lee", "Staff Designer", "Acme", "Secret Person", "sam@private.example", "555-0199", "123456",
                "design", "Sam Lee",
                "Works on design systems and alert(1) things.", "Knows Secret Person from school.",
            ])
        #expect((sam.titleLines, sam.valueLines) == (2, 6))
        #expect(sam.foldedLines == Array(repeating: "", count: sam.lines.count), "all ASCII: the script folds them")
        let jose = try #require(
            try Self.index(
                public: false, files: ["contacts/jose.md": "---\nname: José\ntitle: Chef\n---\nCrème brûlée.\n"]
            ).0
                .entries.first)
        #expect(jose.foldedLines == ["jose", "", "creme brulee"])
        let long = try Self.entry("notes/long.html", in: index)
        #expect(long.lines.last == "The last line mentions the quokka.")
        // A name made from the file name is a title; an interview's, made from its people and
        // date, is not: those are its values.
        let noName = try Self.entry("contacts/no-name.html", in: index)
        #expect(noName.lines.first == "No Name" && noName.titleLines == 1)
        let interview = try Self.entry("interviews/2026-01-02-sam-lee.html", in: index)
        #expect(interview.title == "Interview with Sam Lee, 2026-01-02")
        #expect((interview.titleLines, interview.valueLines) == (0, 2))
        #expect(interview.lines == ["Sam Lee", "2026-01-02", "We talked."])
        #expect(
            index.entries.contains {
                $0.kind == "organization" && $0.url == "organizations/acme.html" && $0.lines == ["Acme"]
            })
        #expect(index.entries.contains { $0.kind == "tag" && $0.title == "#design" && $0.lines == ["#design"] })
    }

    @Test("the public index leaves out private notes, private and unlisted fields, reference fields and private names")
    func publicIndexLeavesOutPrivateNotesAndFields() throws {
        let (index, _) = try Self.index(public: true)
        let json = index.json()
        _ = try JSONSerialization.jsonObject(with: Data(json.utf8))
        for secret in [
            "sam@private.example", "555-0199", "123456", "Secret plans", "hidden", "secret.html", "Secret Person",
            "secret person", "Hidden prose", "private example",
        ] {
            #expect(!json.contains(secret), "\(secret) in the public index")
        }
        let sam = try Self.entry("contacts/sam-lee.html", in: index)
        #expect(sam.lines.contains("Staff Designer"))
        #expect(sam.lines.contains("Knows (private) from school."))
        #expect(!sam.lines.contains("Acme"), "reference fields may name left-out notes")
        let (full, _) = try Self.index(public: false)
        #expect(full.json().contains("Secret plans") && full.json().contains("sam@private.example"))
    }

    @Test("raw HTML, which no page shows, is in no index: a comment, an HTML block, a tag", arguments: [false, true])
    func rawHTMLIsLeftOut(isPublic: Bool) throws {
        let note = """
            ---
            name: Pete Public
            title: "<b>Chief</b> taster"
            ---
            Pete is <em>great</em>.

            <!-- note to self: COMMENTSECRET he is leaving -->

            <div>
            DIVSECRET raw html block
            </div>

            - an item <!-- ITEMSECRET --> and `<code>` shown
            """
        let (index, _) = try Self.index(public: isPublic, files: ["contacts/pete.md": note])
        let pete = try Self.entry("contacts/pete.html", in: index)
        #expect(!index.json().contains("SECRET"))
        #expect(pete.lines == ["Pete Public", "<b>Chief</b> taster", "Pete is great.", "an item and <code> shown"])
    }

    @Test("the index is JSON and a script; a line all ASCII leaves its folded form to the script")
    func jsonAndScript() throws {
        let (index, _) = try Self.index(
            public: false,
            files: [
                "contacts/jose.md":
                    "---\nname: José Núñez\ntitle: Baker\n---\nPlain ASCII line.\nCrème brûlée.\nLast ASCII.\n"
            ])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(index.json().utf8)) as? [[String: Any]])
        #expect(Set(parsed.flatMap(\.keys)) == ["fields", "fold", "kind", "text", "title", "url"])
        let jose = try #require(parsed.first { $0["title"] as? String == "José Núñez" })
        #expect(jose["text"] as? String == "José Núñez\nBaker\nPlain ASCII line.\nCrème brûlée.\nLast ASCII.")
        #expect(jose["fold"] as? String == "jose nunez\n\n\ncreme brulee")
        #expect(jose["fields"] as? [Int] == [2, 0])
        let script = index.javaScript()
        #expect(script.hasPrefix("window.GRAPEVINE_SEARCH = ["))
        #expect(script.hasSuffix("];\n"))
    }

    @Test("the script never parses text from the vault as HTML")
    func scriptNeverParsesDataAsHTML() {
        let script = SearchIndex.script
        for forbidden in [
            "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "fetch(", "Function(",
        ] {
            #expect(!script.contains(forbidden), "\(forbidden)")
        }
        #expect(script.contains("textContent"))
        #expect(script.contains("GRAPEVINE_SEARCH"))
        #expect(script.contains(SearchIndex.foldingScript))
    }

    @Test func stringsSurviveTheJSONAndCannotBreakTheScript() throws {
        let name = "A\u{2028}B\u{2029}C \"q\" \\ </script> \u{1}\u{1F} é 😀"
        let (index, _) = try Self.index(
            public: false,
            files: [
                "contacts/odd.md": #"---\#nname: "A\LB\PC \"q\" \\ </script> \x01\x1F é 😀"\#n---\#n"#
            ])
        let json = index.json()
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(parsed.first?["title"] as? String == name)
        for raw in ["\u{2028}", "\u{2029}", "<", "\u{1}"] {
            #expect(!json.unicodeScalars.contains(raw.unicodeScalars.first!), "raw \(raw.debugDescription)")
        }
        #expect(json.contains(#"\u2028B\u2029C \"q\" \\ \u003C/script> \u0001\u001F é 😀"#))
    }

    @Test(
        "a line is shown without its Markdown",
        arguments: [
            ("## Notes", "Notes"),
            ("- [x] Asked about **scale-up**", "Asked about scale-up"),
            ("  1. First [[Sam Reyes]] then [Ana](../contacts/ana.md)", "First Sam Reyes then Ana"),
            ("> quoted `code` and ~~gone~~, a -> b", "quoted code and gone, a -> b"),
            ("| a | b |", "a b"),
            ("snake_case stays, C#1 too, ![alt](x.png) not", "snake_case stays, C#1 too, alt not"),
            ("-5 degrees, #hashtag", "-5 degrees, hashtag"),
            ("   tabs\tand   spaces  ", "tabs and spaces"),
            ("[ ] not a box without a list", "not a box without a list"),
            ("See [the notes][ref] and [this][] too", "See the notes and this too"),
            ("[ref]: ../contacts/zelda-secret.md", ""),
            ("   [Ref Two]: https://example.com/x \"Title\"", ""),
            ("[^1]: a footnote is shown", "^1: a footnote is shown"),
            ("[a] [b] are brackets", "a b are brackets"),
            // What the page shows: a wikilink's label, or its target without the heading;
            // brackets inside a link's target; entities and backslash escapes as characters.
            ("Met [[Bob|my old boss]] and [[Ana Silva#Log]], [[Sam]]", "Met my old boss and Ana Silva, Sam"),
            ("See [Wiki](https://en.wikipedia.org/wiki/Foo_(bar)) for details", "See Wiki for details"),
            (
                "Tom &amp; Jerry&#39;s &#x27;cafe&#x27; &copy; 2026 &bogus; & a&b",
                "Tom & Jerry's 'cafe' © 2026 &bogus; & a&b"
            ),
            ("Price is 5 \\* 3, a\\_b and \\[not a link\\] \\d", "Price is 5 * 3, a_b and [not a link] \\d"),
            ("&#0; &#xD800; &#99999999; &lt;b&gt;", "&0; &xD800; &99999999; <b>"),
        ])
    func shownText(markdown: String, shown: String) {
        #expect(ShownText.of(markdown) == shown)
    }

    /// Runs of words and single spaces are copied at once; the rest is read byte by byte. The
    /// copies must show what reading every byte one at a time shows.
    @Test("text is shown as reading it a byte at a time shows it")
    func runsReadAsByteByByte() {
        let alphabet = Array("aaaabbbb    é1-#>*_`~[]|!()\t\n&;\\")
        var random = SplitMix(state: 7)
        for _ in 0..<5_000 {
            let line = String(
                (0..<Int.random(in: 0...16, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            #expect(ShownText.of(line) == Self.shownByteByByte(line), "\(line.debugDescription)")
        }
        #expect(ShownText.of("- met Ana  at noon") == "met Ana at noon")
        #expect(ShownText.of("- met Ana at noon") == "met Ana at noon")
        #expect(ShownText.of("Zoë asked") == "Zoë asked")
    }

    /// `ShownText.of` one byte at a time: white space remembered as one space, a link's target
    /// skipped, markup dropped, every other byte kept.
    static func shownByteByByte(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        guard !ShownText.isReferenceDefinition(markdown.utf8.span) else { return "" }
        var offset = ShownText.afterBlockMarkup(markdown.utf8.span)
        var shown: [UInt8] = []
        var pendingSpace = false
        var hidden = (from: -1, to: -1)
        var closings: [Int]?
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !shown.isEmpty
                offset += 1
                continue
            }
            if offset == hidden.from {
                offset = hidden.to
                continue
            }
            if byte == UInt8(ascii: "["), let link = ShownText.wikilink(markdown.utf8.span, at: offset) {
                offset = link.shownStart
                hidden = (link.shownEnd, link.end)
                continue
            }
            if byte == UInt8(ascii: "]"),
                let end = ShownText.linkTargetEnd(markdown.utf8.span, at: offset + 1, closings: &closings)
                    ?? ShownText.labelEnd(markdown.utf8.span, at: offset + 1)
            {
                offset = end
                continue
            }
            if ShownText.isMarkup(byte, in: markdown.utf8.span, at: offset) {
                offset += 1
                continue
            }
            if pendingSpace { shown.append(0x20) }
            pendingSpace = false
            if let (character, end) = ShownText.escaped(markdown.utf8.span, at: offset) {
                shown += character.utf8
                offset = end
                continue
            }
            shown.append(byte)
            offset += 1
        }
        return String(decoding: shown, as: UTF8.self)
    }
}
