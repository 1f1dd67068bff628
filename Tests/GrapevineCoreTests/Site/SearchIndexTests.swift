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

    @Test func plainTextDropsMarkupAndFoldsWhiteSpaceOfAnyScript() {
        #expect(SearchIndex.plainText("# Title\n\n**Bold** and `code`\t> quote") == "Title Bold and code quote")
        // No-break and ideographic spaces fold like ASCII ones; letters of two, three and four
        // bytes stay whole.
        #expect(SearchIndex.plainText("é\u{00A0}\u{00A0}漢字\u{3000}😀 [[Ann]]") == "é 漢字 😀 Ann")
        #expect(SearchIndex.plainText("  \n ") == "")
        // It reads a fixed number of scalars, not bytes.
        let long = String(repeating: "é", count: SearchIndex.plainTextLength + 10)
        #expect(SearchIndex.plainText(long) == String(repeating: "é", count: SearchIndex.plainTextLength))
    }

    @Test func excerptsCutOnBytesAsTheyWouldOnCharacters() {
        // The cut made on bytes for simple text is the one made on characters.
        func byCharacters(_ text: String) -> String {
            var cut = text.prefix(SearchIndex.excerptLength)
            guard cut.endIndex < text.endIndex else { return text }
            if let space = cut.lastIndex(of: " "),
                cut.distance(from: cut.startIndex, to: space) > SearchIndex.excerptLength / 2
            {
                cut = cut[..<space]
            }
            return cut + "…"
        }
        let pieces = ["word", " ", "·", "é", "ß", "e\u{301}", "\r\n", "🇫🇷", "a", "  ", "ǅ"]
        var state = SplitMix(state: 42)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 150...260, using: &state) {
                text += pieces[Int.random(in: 0..<pieces.count, using: &state)]
            }
            #expect(SearchIndex.excerpt(text) == byCharacters(text))
            // Combining marks but no `\r\n` or flags; then single scalars only.
            let marked = text.replacing("\r\n", with: " ").replacing("🇫🇷", with: "F")
            #expect(SearchIndex.excerpt(marked) == byCharacters(marked))
            let simple = marked.replacing("e\u{301}", with: "e")
            #expect(SearchIndex.excerpt(simple) == byCharacters(simple))
        }
    }

    @Test func excerptsCutAtAWordAndNeverInsideACharacter() {
        let words = String(repeating: "word ", count: 100)
        let cut = SearchIndex.excerpt(words)
        #expect(cut.hasSuffix("word…"))
        #expect(cut.count <= SearchIndex.excerptLength + 1)
        // A flag is one character of two scalars: the cut keeps it whole.
        let flags = String(repeating: "🇫🇷", count: SearchIndex.excerptLength + 5)
        #expect(SearchIndex.excerpt(flags) == String(repeating: "🇫🇷", count: SearchIndex.excerptLength) + "…")
        #expect(SearchIndex.excerpt("short") == "short")
        #expect(
            SearchIndex.excerpt(String(repeating: "a", count: SearchIndex.excerptLength)).count
                == SearchIndex.excerptLength)
    }

    @Test func scriptNeverParsesDataAsHTML() {
        let script = SearchIndex.script
        for forbidden in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "fetch("] {
            #expect(!script.contains(forbidden), "\(forbidden)")
        }
        #expect(script.contains("textContent"))
        #expect(script.contains("GRAPEVINE_SEARCH"))
    }

    @Test func stringsSurviveTheJSONAndCannotBreakTheScript() throws {
        let name = "A\u{2028}B\u{2029}C \"q\" \\ </script> \u{1}\u{1F} é 😀"
        let vault = try TemporaryVault.load([
            "contacts/odd.md": #"---\#nname: "A\LB\PC \"q\" \\ </script> \x01\x1F é 😀"\#n---\#n"#
        ])
        let index = SearchIndex(vault: vault, paths: SitePaths(vault: vault), isPublic: false)
        let json = index.json()
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(parsed.first?["title"] as? String == name)
        for raw in ["\u{2028}", "\u{2029}", "<", "\u{1}"] {
            #expect(!json.unicodeScalars.contains(raw.unicodeScalars.first!), "raw \(raw.debugDescription)")
        }
        #expect(json.contains(#"\u2028B\u2029C \"q\" \\ \u003C/script> \u0001\u001F é 😀"#))
    }

    @Test func excerptsStopReadingOnlyWhereTheTextCannotChange() throws {
        // Entries read front matter and body only until the excerpt is settled; the text must
        // be the excerpt of everything, joined: with combining marks, flags and `\r\n` too.
        let pieces = ["word", " ", "·", "é", "e\u{301}", "🇫🇷", "a", "ǅ", "漢"]
        let bodyPieces = pieces + ["**", "[[Ann]]", "\r\n", "\n\n", "`"]
        var state = SplitMix(state: 7)
        func text(_ pieces: [String], _ count: ClosedRange<Int>) -> String {
            (0..<Int.random(in: count, using: &state)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &state)]
            }
            .joined()
        }
        var files: [String: String] = [:]
        var expected: [String: (path: String, title: String, location: String)] = [:]
        for number in 0..<80 {
            // Values start and end with a letter: front matter values are trimmed.
            let title = number % 4 == 0 ? "" : "t" + text(pieces, 0...(number % 3 == 0 ? 260 : 60)) + "t"
            let location = "l" + text(pieces, 0...90) + "l"
            let body = text(bodyPieces, 0...(number % 5 == 0 ? 900 : 300))
            let path = "notes/n\(number).md"
            files[path] = "---\ntitle: \"\(title)\"\nlocation: \"\(location)\"\n---\n# N\(number)\n\n\(body)\n"
            expected["notes/n\(number).html"] = (path, title, location)
        }
        let vault = try TemporaryVault.load(files)
        let index = SearchIndex(vault: vault, paths: SitePaths(vault: vault), isPublic: false)
        #expect(index.entries.count == 80)
        for entry in index.entries {
            let (path, title, location) = try #require(expected[entry.url])
            let note = try #require(vault.notes.first { $0.path == path })
            let whole = [title, location, SearchIndex.plainText(note.bodyMarkdownWithoutTitle)]
                .filter { !$0.isEmpty }.joined(separator: " · ")
            #expect(entry.text == SearchIndex.excerpt(whole), "\(entry.url)")
        }
    }

    @Test func excerptsReadOnlyTheOpeningOfALongBody() throws {
        let lines = (1...2_000).map { "Line \($0) of a long note." }
        let vault = try TemporaryVault.load(["notes/long.md": "# Long\n\n" + lines.joined(separator: "\n") + "\n"])
        let note = vault.notes[0]
        let opening = note.bodyOpening(length: 3_200)
        #expect(!opening.isWhole)
        #expect(opening.text.utf8.count >= 3_200 && opening.text.utf8.count < 3_300)
        #expect(opening.text.hasPrefix("Line 1 of"))
        #expect(opening.text.hasSuffix(".\n"))
        #expect(note.bodyMarkdownWithoutTitle.hasPrefix(opening.text.trimmingWhitespace()))
        let short = try TemporaryVault.load(["notes/short.md": "# Title\n\nJust this.\n"]).notes[0]
        #expect(short.bodyOpening(length: 3_200) == ("Just this.\n", true))
    }

    @Test func publicExcerptIsTheSameWhenHidingLinksLeavesLittleOfTheOpening() throws {
        // Each line is a link to a private note, which `--public` cuts down to its label: the
        // opening is read again in full, as the whole body would be.
        let links = Array(repeating: "[[secret-person-with-a-long-name|s]]", count: 300)
        let vault = try TemporaryVault.load([
            "notes/links.md": links.joined(separator: "\n") + "\nThe end.\n",
            "contacts/secret-person-with-a-long-name.md": "---\nname: Secret\nprivate: true\n---\n",
        ])
        let paths = SitePaths(vault: vault) { vault.note(for: $0)?.isPrivate != true }
        let index = SearchIndex(vault: vault, paths: paths, isPublic: true)
        let note = try #require(vault.notes.firstIndex { $0.path == "notes/links.md" })
        let whole = paths.hidingLinksToLeftOutNodes(in: vault.notes[note].bodyMarkdownWithoutTitle, fromNote: note)
        let entry = try #require(index.entries.first { $0.url == "notes/links.html" })
        #expect(entry.text == SearchIndex.excerpt(SearchIndex.plainText(whole)))
        #expect(entry.text.hasPrefix("s s s"))
        #expect(!entry.text.contains("secret"))
    }
}

/// A seeded random number generator (SplitMix64), for tests that must make the same texts on
/// every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
