extension SiteTemplates {
    /// Text from a note with its links, as HTML: the text escaped, each wikilink through
    /// `link.html` and each URL through `url.html`.
    func html(of text: InlineText) -> HTMLWriter {
        var html = HTMLWriter()
        var memo: TemplateShapes.Memo?
        for piece in text.pieces {
            switch piece {
            case .text(let text):
                html.appendEscaped(text)
            case .link(let label, let href):
                writeLink(name: label, href: href, into: &html)
            case .url(let text, let href):
                var values = PageValues(capacity: 3)
                values["text"] = text
                values["url"] = href
                values["href"] = href
                render("url", values, into: &html, memo: &memo)
            }
        }
        return html
    }
}
