import Mustache

/// The HTML templates of the site and its stylesheet: the built-in ones, or the user's own
/// `.grapevine/templates/NAME.html` and `.grapevine/templates/style.css` when they exist.
///
/// Templates are Mustache, the same engine as note templates, in HTML mode: `{{value}}` is
/// escaped, so a note's text can never become markup; pages extend `layout.html` with
/// `{{<layout}}{{$main}}…{{/main}}{{/layout}}`.
///
/// Values are escaped by `HTML.escape`, not by swift-mustache's own escaping, which works on
/// whole characters and so lets a quote through when a combining mark follows it (`"́`),
/// closing the attribute it is in.
public struct SiteTemplates: Sendable {
    /// The stylesheet's file name, in the site and in `.grapevine/templates/`.
    public static let styleName = "style.css"

    private let library: MustacheLibrary
    /// Pages filled in from rendered shapes, or `nil` when a template cannot be filled in.
    private let shapes: TemplateShapes?
    /// The stylesheet.
    public let style: String
    /// The link part prepared for a node with a page and one without: it is written dozens of
    /// times on every page. `nil` when the shapes are not used or the part needs Mustache.
    private let link: (withPage: TemplateShapes.Prepared?, withoutPage: TemplateShapes.Prepared?)

    /// The templates of the vault at `root`; a user template that cannot be parsed is an error
    /// naming its file, line and column.
    public init(vaultRoot root: String) throws(TemplateLibrary.TemplateError) {
        try self.init(vaultRoot: root, fillingIn: true)
    }

    /// The templates of the vault at `root`; without `fillingIn`, every page is rendered by
    /// Mustache (for tests that compare the two).
    init(vaultRoot root: String, fillingIn: Bool) throws(TemplateLibrary.TemplateError) {
        let files = TemplateLibrary(vaultRoot: root)
        var library = MustacheLibrary()
        var canFillIn = true
        var isBuiltIn = true
        MustacheContentTypes.register(EscapedHTML(), named: EscapedHTML.name)
        var sources: [(name: String, text: String, origin: String)] = []
        for (name, builtIn) in Self.defaults + Self.parts {
            let (text, origin) = try files.source(of: name + ".html", builtIn: builtIn)
            isBuiltIn = isBuiltIn && origin.hasPrefix("built-in ")
            canFillIn = canFillIn && TemplateShapes.canFillIn(text)
            library.register(
                try TemplateLibrary.parse(text, contentType: EscapedHTML.name, origin: origin), named: name)
            sources.append((name, text, origin))
        }
        try Self.checkIncludes(of: sources)
        self.library = library
        let shapes = fillingIn && canFillIn ? TemplateShapes(verifying: !isBuiltIn) : nil
        self.shapes = shapes
        link = (
            shapes?.prepare("link", keys: ["name", "href"], in: library),
            shapes?.prepare("link", keys: ["name"], in: library)
        )
        style = try files.source(of: Self.styleName, builtIn: Self.defaultStyle).text
    }

    /// The file names of the templates a user can override, stylesheet included.
    public static var names: [String] {
        (defaults + parts).map { $0.name + ".html" } + [styleName]
    }

    /// The built-in text of the template `file` (`contact.html`, `style.css`), if there is one.
    public static func builtIn(_ file: String) -> String? {
        if file == styleName { return defaultStyle }
        return (defaults + parts).first { $0.name + ".html" == file }?.text
    }

    /// The page the template `name` (`contact`, `dashboard`, …) gives for `values`, as UTF-8.
    func render(_ name: String, _ values: PageValues) -> HTMLWriter {
        var html = HTMLWriter(capacity: 16 * 1024)
        render(name, values, into: &html)
        return html
    }

    /// Adds what the template `name` (a page or a part of one) gives for `values` to `html`.
    func render(_ name: String, _ values: PageValues, into html: inout HTMLWriter) {
        if let shapes {
            shapes.render(name, values, in: library, into: &html)
        } else {
            html.append(library.render(values.dictionary, withTemplate: name) ?? "")
        }
    }

    /// Adds the link part (`link.html`) for a node named `name` whose page is at `href`, if it has one.
    func writeLink(name: String, href: String?, into html: inout HTMLWriter) {
        let newline = UInt8(ascii: "\n")
        if let prepared = href == nil ? link.withoutPage : link.withPage, !name.isEmpty, name.utf8.last != newline,
            href?.isEmpty != true, href?.utf8.last != newline
        {
            TemplateShapes.fill(prepared, with: (name, href), into: &html)
        } else {
            var values = PageValues(capacity: 2)
            values["name"] = name
            values["href"] = href
            render("link", values, into: &html)
        }
    }

    /// Adds what the template `name` (a page or a part of one) gives for `values` to `html`;
    /// `memo` is for the parts of one list, one after the other.
    func render(
        _ name: String, _ values: PageValues, into html: inout HTMLWriter, memo: inout TemplateShapes.Memo?
    ) {
        if let shapes {
            shapes.render(name, values, in: library, into: &html, memo: &memo)
        } else {
            html.append(library.render(values.dictionary, withTemplate: name) ?? "")
        }
    }
}

/// HTML escaping for Mustache's `{{value}}`: `HTML.escape`.
private struct EscapedHTML: MustacheContentType {
    static let name = "GRAPEVINE_HTML"

    func escapeText(_ text: String) -> String {
        HTML.escape(text)
    }
}
