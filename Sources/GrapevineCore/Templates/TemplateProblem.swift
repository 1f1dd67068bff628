import Mustache

/// Why swift-mustache could not read a template, said in plain words at the tag to fix: the
/// opening tag of a section never closed, the closing tag that closes the wrong one, the tag
/// that is never ended.
///
/// swift-mustache reports one of its error cases (`expectedSectionEnd`, …) at the place it had
/// read to, which for a section never closed is the end of the file. Its verdict is kept; the
/// place and the words come from reading the template's tags again (`TemplateTag`).
struct TemplateProblem: Equatable {
    var line: Int
    var column: Int
    var message: String

    /// The problem in `text` that made swift-mustache throw `error`, reported at
    /// `fallback` (its line and column in `text`) when the tags do not show it.
    static func explaining(_ error: any Error, in text: String, fallback: (line: Int, column: Int)) -> TemplateProblem {
        if let problem = first(in: text) { return problem }
        // The tags show nothing wrong: say what swift-mustache said, at a place in the file.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = min(max(fallback.line, 1), max(lines.count, 1))
        let length = lines.isEmpty ? 0 : lines[line - 1].unicodeScalars.count
        return TemplateProblem(
            line: line, column: min(max(fallback.column, 1), length + 1),
            message: "this template cannot be read: " + plainWords(for: error))
    }

    /// The first problem in `text`'s tags, in the order swift-mustache meets them.
    static func first(in text: String) -> TemplateProblem? {
        // Each open section, with the first tag in it that is not allowed there (in a
        // `{{<parent}}`, only blocks may be), and whether blocks there replace the parent's.
        var open: [(tag: TemplateTag, misplaced: TemplateTag?, holdsBlocks: Bool)] = []
        for tag in TemplateTag.tags(in: text) {
            if let problem = problem(with: tag) { return problem }
            if let last = open.indices.last, open[last].tag.sigil == "<", open[last].misplaced == nil,
                !(tag.sigil == "$" && open[last].holdsBlocks), ![Character("!"), "=", "/"].contains(tag.sigil)
            {
                open[last].misplaced = tag
            }
            switch tag.sigil {
            case "#", "^", "$", "<":
                open.append((tag, nil, tag.sigil == "<"))
            case "=":
                // New delimiters end the part of a `{{<parent}}` where blocks are read (as swift-mustache does).
                if let last = open.indices.last { open[last].holdsBlocks = false }
            case "/":
                guard let section = open.last, section.tag.name == tag.name else {
                    return wrongClose(tag, open: open.last?.tag)
                }
                open.removeLast()
                if let misplaced = section.misplaced { return TemplateProblem(misplaced, inParent: section.tag) }
            default:
                break
            }
        }
        return open.last.map { TemplateProblem(neverClosed: $0.tag) }
    }

    /// The problem with `tag` itself, whatever is around it: swift-mustache is asked to read it
    /// alone, with the delimiters in force where it is.
    private static func problem(with tag: TemplateTag) -> TemplateProblem? {
        guard tag.isClosed else { return TemplateProblem(unclosed: tag) }
        let alone = (tag.open == "{{" && tag.close == "}}" ? "" : "{{=\(tag.open) \(tag.close)=}}") + tag.text
        do {
            _ = try MustacheTemplate(string: alone)
            return nil
        } catch let error as MustacheTemplate.ParserError {
            // Its end reached too soon: a `{{{name}}` missing its third brace.
            guard let error = error.error as? MustacheTemplate.Error else {
                return TemplateProblem(tag, .unfinishedName)
            }
            switch error {
            // A section alone is never closed, a closing tag alone closes nothing: the tag is fine.
            case .expectedSectionEnd, .sectionCloseNameIncorrect: return nil
            default: return TemplateProblem(tag, error)
            }
        } catch {
            return nil
        }
    }
}

extension TemplateProblem {
    /// A section, block or `{{<parent}}` with no closing tag.
    init(neverClosed tag: TemplateTag) {
        let what =
            switch tag.sigil {
            case "^": "the inverted section '\(tag.name)' opened here"
            case "$": "the block '\(tag.name)' opened here"
            case "<": "'\(tag.text)' opened here"
            default: "the section '\(tag.name)' opened here"
            }
        self.init(
            line: tag.line, column: tag.column,
            message: "\(what) is never closed; add \(tag.open)/\(tag.name)\(tag.close) where it ends")
    }

    /// A tag whose closing delimiter never comes.
    init(unclosed tag: TemplateTag) {
        let what = tag.sigil == "!" ? "the comment" : "the tag"
        self.init(
            line: tag.line, column: tag.column,
            message: "\(what) '\(Self.shortened(tag.text))' is never closed; end it with \(tag.close)")
    }

    /// A closing tag that does not close the section open where it is, if any.
    static func wrongClose(_ tag: TemplateTag, open section: TemplateTag?) -> TemplateProblem {
        let start = "'\(tag.text)' closes '\(tag.name)', "
        guard let section else {
            return TemplateProblem(
                line: tag.line, column: tag.column,
                message: start + "which is not open here; remove it, or open the section before it with "
                    + "\(tag.open)#\(tag.name)\(tag.close)")
        }
        return TemplateProblem(
            line: tag.line, column: tag.column,
            message: start + "but the section open here is '\(section.name)' (line \(section.line), column "
                + "\(section.column)); close that one first with \(section.open)/\(section.name)\(section.close)")
    }

    /// A tag inside `{{<parent}}…{{/parent}}` that is not a block.
    init(_ tag: TemplateTag, inParent parent: TemplateTag) {
        self.init(
            line: tag.line, column: tag.column,
            message: "'\(Self.shortened(tag.text))' cannot be inside '\(parent.text)', which holds only blocks "
                + "(\(parent.open)$name\(parent.close)…\(parent.open)/name\(parent.close)) that replace those of "
                + "'\(parent.name)'; move it into a block, or after \(parent.open)/\(parent.name)\(parent.close)")
    }

    /// A tag swift-mustache cannot read even alone.
    init(_ tag: TemplateTag, _ error: MustacheTemplate.Error) {
        let quoted = "'\(Self.shortened(tag.text))'"
        let message: String
        switch error {
        case .invalidSetDelimiter:
            message =
                "\(quoted) does not set delimiters; write \(tag.open)=<% %>=\(tag.close): "
                + "the two new delimiters, a space between them, inside = signs"
        case .transformAppliedToInheritanceSection:
            message = "a block cannot apply a function, as \(quoted) does; write \(tag.open)$name\(tag.close)"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            message =
                "\(quoted) is not a setting Mustache knows; the one setting is "
                + "\(tag.open)% CONTENT_TYPE: TEXT\(tag.close) (or HTML), else remove the tag"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            message = "\(quoted) cannot be inside a \(tag.open)<parent\(tag.close); only blocks can"
        case .unfinishedName, .expectedSectionEnd, .sectionCloseNameIncorrect:
            message = Self.unreadableName(tag, quoted)
        @unknown default:
            message = "\(quoted) cannot be read: \(error)"
        }
        self.init(line: tag.line, column: tag.column, message: message)
    }

    /// Why the name in `tag` cannot be read.
    private static func unreadableName(_ tag: TemplateTag, _ quoted: String) -> String {
        if tag.sigil == "{", !tag.text.hasSuffix(tag.close + "}") {
            return "\(quoted) opens with \(tag.open){ but does not end with }\(tag.close); "
                + "write \(tag.open){\(tag.name)}\(tag.close)"
        }
        if tag.name.contains("\n") {
            return "the tag '\(shortened(tag.text))' is not closed on its line; end it with \(tag.close)"
        }
        if tag.name.contains("(") || tag.name.contains(")") {
            return "\(quoted) has parentheses that do not pair up; a function is applied as "
                + "\(tag.open)function(name)\(tag.close)"
        }
        let kind = tag.sigil == ">" || tag.sigil == "<" ? "a template's name" : "a name"
        return "\(quoted) is not a tag Mustache can read: \(kind) is letters, digits and . _ - ? "
            + "with no spaces"
    }

    /// `text` cut to its first line and 40 characters, for quoting.
    static func shortened(_ text: String) -> String {
        let line = text.prefix { $0 != "\n" }
        return line.count > 40 || line.count < text.count ? line.prefix(40) + "…" : String(line)
    }

    /// What swift-mustache's `error` means, for the rare one the tags cannot place.
    private static func plainWords(for error: any Error) -> String {
        switch (error as? MustacheTemplate.ParserError)?.error as? MustacheTemplate.Error {
        case .expectedSectionEnd?: "a section is never closed"
        case .sectionCloseNameIncorrect?: "a closing tag does not close the section open there"
        case .unfinishedName?: "a tag's name cannot be read"
        case .invalidSetDelimiter?: "a tag that sets delimiters is not written {{=<% %>=}}"
        case .transformAppliedToInheritanceSection?: "a block applies a function"
        case .illegalTokenInsideInheritSection?, .textInsideInheritSection?: "a {{<parent}} holds more than blocks"
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?: "a {{% setting}} is not one Mustache knows"
        case nil: "a tag is never closed"
        @unknown default: "\(error)"
        }
    }
}
