import Mustache

/// The HTML templates of the site and its stylesheet: the built-in ones, or the user's own
/// `.grapevine/templates/NAME.html` and `.grapevine/templates/style.css` when they exist.
///
/// Templates are Mustache, the same engine as note templates, in HTML mode: `{{value}}` is
/// escaped, so a note's text can never become markup; pages extend `layout.html` with
/// `{{<layout}}{{$main}}…{{/main}}{{/layout}}` and share the partials `link`, `steps`,
/// `details` and `backlinks`.
public struct SiteTemplates: Sendable {
    /// The stylesheet's file name, in the site and in `.grapevine/templates/`.
    public static let styleName = "style.css"

    private let library: MustacheLibrary
    /// The stylesheet.
    public let style: String

    /// The templates of the vault at `root`; a user template that cannot be parsed is an error
    /// naming its file, line and column.
    public init(vaultRoot root: String) throws(TemplateLibrary.TemplateError) {
        let files = TemplateLibrary(vaultRoot: root)
        var library = MustacheLibrary()
        for (name, text) in Self.defaults {
            let file = name + ".html"
            let source = files.userText(of: file) ?? text
            do {
                library.register(try MustacheTemplate(string: source), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateLibrary.TemplateError(
                    file: files.origin(of: file), line: error.context.lineNumber, column: error.context.columnNumber,
                    message: "this template cannot be read: \(error.error)")
            } catch {
                throw TemplateLibrary.TemplateError(
                    file: files.origin(of: file), line: 1, column: 1, message: "this template cannot be read: \(error)")
            }
        }
        self.library = library
        style = files.userText(of: Self.styleName) ?? Self.defaultStyle
    }

    /// The file names of the templates a user can override, stylesheet included.
    public static var names: [String] {
        defaults.map { $0.name + ".html" } + [styleName]
    }

    /// The built-in text of the template `file` (`contact.html`, `style.css`), if there is one.
    public static func builtIn(_ file: String) -> String? {
        if file == styleName { return defaultStyle }
        return defaults.first { $0.name + ".html" == file }?.text
    }

    /// The page the template `name` (`contact`, `dashboard`, …) gives for `values`.
    func render(_ name: String, _ values: [String: Any]) -> String {
        library.render(values, withTemplate: name) ?? ""
    }
}
