import Mustache

/// The Mustache templates for new notes and drafts: the built-in ones, or the user's own
/// from `.grapevine/templates/NAME.md` when that file exists.
///
/// Templates render plain text: `{{name}}` is inserted as written, never HTML-escaped.
public struct TemplateLibrary: Sendable {
    /// Where users keep their own templates, relative to the vault.
    public static let folder = ".grapevine/templates"

    /// A template that cannot be used, with where the problem is.
    public struct TemplateError: Error, Equatable, CustomStringConvertible {
        /// The template file, vault-relative, or `built-in NAME` for a default.
        public var file: String
        public var line: Int
        public var column: Int
        public var message: String
        /// The template's text, for quoting the line; `nil` when there is none to quote.
        var text: String?

        /// The error as `check` prints a diagnostic: `file:line:col: error: …`, the line quoted
        /// with a caret under the column.
        public var description: String { formatted(DiagnosticFormatter()) }

        /// The error as `formatter` prints diagnostics (in colour, on a terminal).
        public func formatted(_ formatter: DiagnosticFormatter) -> String {
            formatter.format(diagnostic, text: text)
        }

        /// The error as a diagnostic of its template file.
        public var diagnostic: Diagnostic {
            Diagnostic(
                .error, .unusableTemplate, message, file: file, at: SourcePosition(line: line, column: column))
        }
    }

    private let root: String
    /// Templates read and parsed already, by file name (`prepared`).
    private var parsed: [String: Prepared] = [:]

    /// A library for the vault at `root`.
    public init(vaultRoot root: String) {
        self.root = root
    }

    /// Renders the template `file` (`contact.md`, `thank-you.md`, …) with `values`: a dictionary
    /// whose values are strings, numbers, booleans, arrays and nested dictionaries.
    public func render(_ file: String, _ values: [String: Any]) throws(TemplateError) -> String {
        if let prepared = parsed[file] { return try prepared.render(values) }
        let (text, origin) = try source(of: file, builtIn: Self.builtIn(file))
        let template = try Self.parseNoteTemplate(text, origin: origin)
        try Sections(text, origin: origin).checkRepetitions(values)
        return template.render(values)
    }

    /// The same library with `file` read and parsed once, for rendering many notes from it
    /// (an import): reading and parsing it for each note took a sixth of an import's time.
    public func prepared(_ file: String) throws(TemplateError) -> TemplateLibrary {
        let (text, origin) = try source(of: file, builtIn: Self.builtIn(file))
        var library = self
        library.parsed[file] = Prepared(
            file: file, source: text, origin: origin, template: try Self.parseNoteTemplate(text, origin: origin))
        return library
    }

    /// `text` parsed as a note or draft template, which includes no other template: swift-mustache
    /// renders a `{{> name}}` or `{{< name}}` it cannot find as nothing, so a part of every note
    /// made from the template would go missing without a word. Site templates, which may include
    /// each other, refuse a name no template has in the same words (`SiteTemplates.checkIncludes`).
    static func parseNoteTemplate(_ text: String, origin: String) throws(TemplateError) -> MustacheTemplate {
        let template = try parse(text, contentType: "TEXT", origin: origin)
        if let include = SiteTemplates.includes(in: text).first {
            let name = (include.isDynamic ? "*" : "") + include.name
            throw TemplateError(
                file: origin, line: include.line, column: include.column,
                message: "there is no note template '\(name)' to \(include.isParent ? "extend" : "include"); "
                    + "note and draft templates include no other template, so write its text here instead",
                text: text)
        }
        return template
    }

    /// A template parsed once, and the shapes of its output when its values can be filled in
    /// (`TemplateShapes`): Mustache looks every value up through dynamic casts, a third of
    /// making an imported note; a note of a shape seen before is its text with the values put in.
    private struct Prepared: Sendable {
        let file: String
        let template: MustacheTemplate
        let sections: Sections
        /// The template alone in a library, for `TemplateShapes`; `nil` when it is always
        /// rendered by Mustache.
        let shapes: (library: MustacheLibrary, shapes: TemplateShapes)?

        init(file: String, source: String, origin: String, template: MustacheTemplate) {
            self.file = file
            self.template = template
            sections = Sections(source, origin: origin)
            // A note template includes no partial (`parseNoteTemplate`): alone in a library,
            // it is all there is to look up.
            guard TemplateShapes.canFillIn(source) else {
                shapes = nil
                return
            }
            var library = MustacheLibrary()
            library.register(template, named: file)
            shapes = (library, TemplateShapes(verifying: true))
        }

        /// What the template gives for `values`; filled in when they are all text.
        func render(_ values: [String: Any]) throws(TemplateError) -> String {
            try sections.checkRepetitions(values)
            guard let shapes else { return template.render(values) }
            var page = PageValues(capacity: values.count)
            for key in values.keys.sorted() {
                guard let text = values[key] as? String else { return template.render(values) }
                page[key] = text
            }
            var text = HTMLWriter(capacity: 1024)
            shapes.shapes.render(file, page, in: shapes.library, into: &text)
            return text.html
        }
    }

    /// `text` parsed as a Mustache template whose values are escaped by the content type named
    /// `contentType`; a template that cannot be parsed is an error at `origin`, at the tag to
    /// fix and in plain words (`TemplateProblem`).
    static func parse(_ text: String, contentType: String, origin: String) throws(TemplateError) -> MustacheTemplate {
        // The pragma goes on the template's first line, so line numbers stay those of the file.
        let pragma = "{{% CONTENT_TYPE: \(contentType)}}"
        do {
            return try MustacheTemplate(string: pragma + text)
        } catch {
            var place = (line: 1, column: 1)
            if let context = (error as? MustacheTemplate.ParserError)?.context {
                let column = context.lineNumber == 1 ? context.columnNumber - pragma.count : context.columnNumber
                place = (context.lineNumber, column)
            }
            let problem = TemplateProblem.explaining(error, in: text, fallback: place)
            throw TemplateError(
                file: origin, line: problem.line, column: problem.column, message: problem.message, text: text)
        }
    }

    /// Where the template `file` comes from: its vault-relative path, or `built-in NAME`.
    public func origin(of file: String) -> String {
        (try? source(of: file, builtIn: ""))?.origin ?? Self.folder + "/" + file
    }

    /// The text of the template `file` and where it comes from: the user's own
    /// `.grapevine/templates/<file>` when there is one, else `builtIn`.
    ///
    /// The user's file is read as the vault's other files are (`VaultFile`): one that is not a
    /// regular file, is a symlink leading outside the vault or nowhere, or cannot be read is an
    /// error rather than silently replaced by the built-in one, since the output would not be
    /// what its owner asked for.
    func source(of file: String, builtIn: String) throws(TemplateError) -> (text: String, origin: String) {
        let path = Self.folder + "/" + file
        var buffer: [UInt8] = []
        switch VaultFile.withContents(of: path, inVault: root, buffer: &buffer, { String(decodingUTF8: $0) })
        {
        case .success(let text): return (text, path)
        case .failure(let error):
            throw TemplateError(
                file: path, line: 1, column: 1, message: "this template cannot be used: \(error.message)")
        case nil: return (builtIn, "built-in " + file)
        }
    }

    private static func builtIn(_ file: String) -> String {
        DefaultTemplates.all.first { $0.file == file }?.text ?? ""
    }
}
