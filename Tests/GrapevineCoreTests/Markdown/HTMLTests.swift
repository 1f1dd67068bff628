import Testing

@testable import GrapevineCore

@Suite("HTML: escaping and safe URLs")
struct HTMLTests {
    @Test(arguments: [
        ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;"),
        ("plain text", "plain text"), ("Zoë & co", "Zoë &amp; co"),
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("\" onmouseover=\"alert(1)", "&quot; onmouseover=&quot;alert(1)"),
        ("&amp;", "&amp;amp;"), ("é<😀>ü", "é&lt;😀&gt;ü"), ("\"\u{301}", "&quot;\u{301}"), ("", ""),
    ])
    func escapesEverySpecialCharacter(input: String, expected: String) {
        #expect(HTML.escape(input) == expected)
        var writer = HTMLWriter()
        writer.append("<p>")
        writer.appendEscaped(input)
        #expect(writer.html == "<p>" + expected)
    }

    @Test("escaping random text gives what replacing each character gives")
    func escapesRandomText() {
        let alphabet = Array("ab é😀&<>\"'\u{301}")
        var random = SplitMix(state: 18)
        for _ in 0..<500 {
            let text = String(
                (0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let expected = text.unicodeScalars.map { scalar -> String in
                switch scalar {
                case "&": "&amp;"
                case "<": "&lt;"
                case ">": "&gt;"
                case "\"": "&quot;"
                case "'": "&#39;"
                default: String(scalar)
                }
            }.joined()
            #expect(HTML.escape(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test("the first escaped byte is found eight at a time as one at a time finds it")
    func firstEscapedMatchesAByteLoop() {
        // Every byte value once in a long line, then each special byte at every place of texts
        // of every length to 40 (the words' edges), with bytes one off from them around it.
        let everyByte = (0...255).map(UInt8.init)
        let specials: [UInt8] = Array("&<>\"'".utf8)
        let near: [UInt8] = [0x21, 0x23, 0x24, 0x25, 0x28, 0x3B, 0x3D, 0x3F, 0x2E, 0x41]
        var texts: [[UInt8]] = [everyByte, everyByte.reversed()]
        for length in 0...40 {
            let filler = (0..<length).map { near[$0 % near.count] }
            texts.append(filler)
            for place in 0..<length {
                for special in specials {
                    var text = filler
                    text[place] = special
                    texts.append(text)
                }
            }
        }
        for text in texts {
            for start in 0...text.count {
                let expected = text.indices.first { $0 >= start && HTML.isEscaped(text[$0]) }
                #expect(HTML.firstEscaped(in: text.span, from: start) == expected, "\(text) from \(start)")
            }
        }
    }

    @Test func aWriterGrowsAndACopyIsAValueOfItsOwn() {
        var writer = HTMLWriter(capacity: 1)
        #expect(writer.isEmpty && writer.html.isEmpty)
        let piece = String(repeating: "é<", count: 300)
        for _ in 0..<10 { writer.appendEscaped(piece) }
        #expect(writer.html == String(repeating: HTML.escape(piece), count: 10))
        let written = writer.count
        var copy = writer
        copy.append("<b>")
        #expect(writer.count == written && copy.count == written + 3)
        writer.append(copy)
        #expect(copy.count == written + 3)
        #expect(writer.html == String(repeating: HTML.escape(piece), count: 20) + "<b>")
    }

    @Test(arguments: [
        (
            "see https://example.com/a?b=1&c=2.",
            #"see <a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">https://example.com/a?b=1&amp;c=2</a>."#
        ),
        (
            "two  http://a.org, \"https://b.org\" and (https://c.org)!",
            #"two  <a href="http://a.org" rel="noopener noreferrer">http://a.org</a>, &quot;https://b.org&quot; and (https://c.org)!"#
        ),
        (
            "https://x.org/é\"><b>",
            #"<a href="https://x.org/é&quot;&gt;&lt;b&gt;" rel="noopener noreferrer">https://x.org/é&quot;&gt;&lt;b&gt;</a>"#
        ),
        ("javascript:alert(1) <http://> & httpx://y", "javascript:alert(1) &lt;http://&gt; &amp; httpx://y"),
        ("no links here <b>", "no links here &lt;b&gt;"),
        ("", ""),
    ])
    func bareURLsInTextBecomeLinksAndTheRestIsEscaped(text: String, html: String) throws {
        var pieces: [InlineText.Piece] = []
        SiteBuilder.addLinkingURLs(text, to: &pieces)
        let templates = try SiteTemplates(vaultRoot: "/nonexistent/grapevine-built-in-templates")
        #expect(templates.html(of: InlineText(pieces: pieces)).html == html)
    }

    @Test func escapedTextHoldsNoSpecialCharacterButEntities() {
        let hostile = "<img src=x onerror=alert(1)> \"'&<>"
        let escaped = HTML.escape(hostile)
        #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("\"") && !escaped.contains("'"))
        #expect(
            escaped.replacing("&amp;", with: "").replacing("&lt;", with: "").replacing("&gt;", with: "")
                .replacing("&quot;", with: "").replacing("&#39;", with: "").contains("&") == false)
    }

    @Test(arguments: [
        "http://example.com", "https://example.com/a?b=c#d", "mailto:ann@example.com",
        "HTTPS://EXAMPLE.COM", "  https://example.com  ", "MailTo:ann@example.com",
    ])
    func acceptsHTTPAndMailto(url: String) throws {
        let safe = try #require(HTML.safeURL(url))
        #expect(safe == url.trimmingWhitespace())
    }

    @Test(arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
        " \u{01}javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd", "ftp://example.com", "relative/page.html", "Person.md", "/absolute",
        "//evil.example.com", "#anchor", "", "   ", "&#106;avascript:alert(1)", "java\u{7F}script:alert(1)",
    ])
    func refusesEverythingElse(url: String) {
        #expect(HTML.safeURL(url) == nil)
    }

    @Test func controlCharactersAreRemovedFromAcceptedURLs() {
        #expect(HTML.safeURL("ht\ttps://exa\nmple.com") == "https://example.com")
        #expect(HTML.safeURL("\u{00A0}https://exämple.com/ü\u{3000}") == "https://exämple.com/ü")
        #expect(HTML.safeURL("https://exämple.com/ü") == "https://exämple.com/ü")
    }

    @Test(arguments: [
        ("thank_you", "Thank you"), ("linkedin", "LinkedIn"), ("LinkedIn", "LinkedIn"), ("e-mail", "E mail"),
        ("émail_x", "Émail x"), ("Phone", "Phone"), ("2nd_contact", "2nd contact"),
    ])
    func frontMatterKeysBecomeLabels(key: String, label: String) {
        #expect(SiteBuilder.label(of: key) == label)
    }

    @Test func safeHrefAcceptsRelativeButNotSchemesOrOtherHosts() {
        #expect(HTML.safeHref("contacts/ann-lee.html") == "contacts/ann-lee.html")
        #expect(HTML.safeHref("../index.html#top") == "../index.html#top")
        #expect(HTML.safeHref("https://example.com") == "https://example.com")
        #expect(HTML.safeHref("javascript:alert(1)") == nil)
        #expect(HTML.safeHref("Java\tScript:alert(1)") == nil)
        #expect(HTML.safeHref("//evil.example.com/x") == nil)
    }
}
