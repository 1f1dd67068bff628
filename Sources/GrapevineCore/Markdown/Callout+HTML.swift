/// Obsidian callouts in the HTML cmark-gfm renders: a `<blockquote>` whose first paragraph
/// starts with `[!kind]` is a callout, given to the caller to render (the site's `callout`
/// template) with its title and body as the HTML cmark wrote for them, escaped as it escapes
/// all note text. cmark-gfm writes every tag of its output itself (raw HTML in notes becomes a
/// comment, `<` in text `&lt;`), so its block quotes are found by their tags.
extension Callout {
    /// What a caller makes of one callout: its kind and title (HTML; the kind, capitalized,
    /// when none is written) and its body's HTML (callouts in it already rendered).
    typealias Rendering = (_ callout: Callout, _ titleHTML: String, _ bodyHTML: String) -> String

    /// `html` with each callout rendered by `render`; other block quotes as they are.
    static func rendering(in html: String, _ render: Rendering) -> String {
        guard html.containsBytes("<blockquote>\n<p>[!") else { return html }
        var result = ""
        var rest = html[...]
        while let open = rest.range(of: "<blockquote>\n") {
            guard let close = closingTag(in: rest, after: open.upperBound),
                let callout = callout(in: rest[open.upperBound..<close.lowerBound], render)
            else {
                result += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            result += rest[..<open.lowerBound] + callout
            rest = rest[close.upperBound...]
            if rest.hasPrefix("\n") { rest = rest.dropFirst() }
        }
        return result + rest
    }

    /// The `</blockquote>` that closes the one open before `start`.
    private static func closingTag(in html: Substring, after start: Substring.Index) -> Range<Substring.Index>? {
        var depth = 1
        var position = start
        while let tag = html[position...].range(of: "blockquote>") {
            guard tag.lowerBound > html.startIndex else { return nil }
            let before = html.index(before: tag.lowerBound)
            if html[before] == "/", before > html.startIndex, html[html.index(before: before)] == "<" {
                depth -= 1
                if depth == 0 { return html.index(before: before)..<tag.upperBound }
            } else if html[before] == "<" {
                depth += 1
            }
            position = tag.upperBound
        }
        return nil
    }

    /// The callout a block quote's inner HTML is, rendered; `nil` when it is no callout.
    private static func callout(in inner: Substring, _ render: Rendering) -> String? {
        guard inner.hasPrefix("<p>[!") else { return nil }
        let text = inner.dropFirst(3)
        let lineEnd = text.firstIndex(of: "\n") ?? text.endIndex
        let paragraphEnd = text.range(of: "</p>")?.lowerBound ?? text.endIndex
        let end = min(lineEnd, paragraphEnd)
        guard let callout = Callout(firstLine: text[..<end]) else { return nil }
        let title = callout.title
        // A title cut at a line break that an emphasis or a link spans would leave a tag open.
        let tags = title.ranges(of: "<").count - title.ranges(of: "<!--").count
        guard tags == 2 * title.ranges(of: "</").count else { return nil }
        let body =
            end == paragraphEnd
            ? String(text[end...].dropFirst("</p>".count).drop { $0 == "\n" })
            : "<p>" + text[text.index(after: end)...]
        let named = callout.kind.prefix(1).uppercased() + callout.kind.dropFirst()
        return render(callout, title.isEmpty ? HTML.escape(named) : title, rendering(in: body, render))
    }
}
