/// A tag of a Mustache template (`{{name}}`, `{{#section}}`, `{{> partial}}`, …), found as
/// swift-mustache finds tags: `{{=<% %>=}}` changes the delimiters, `{{{…}}}` is a variable,
/// a comment ends at the first closing delimiter.
///
/// Only the tags are found here, not what they mean: swift-mustache stays the judge of whether
/// a template can be read; the tags say where the problem it found is (`TemplateProblem`) and
/// which templates a site template includes.
struct TemplateTag: Equatable {
    /// The character after the opening delimiter that says what the tag is (`#`, `/`, `>`, …),
    /// or `nil` for a variable.
    var sigil: Character?
    /// What is between the sigil and the closing delimiter, as written.
    var content: String
    /// The delimiters in force where the tag is.
    var open: String
    var close: String
    /// Whether the closing delimiter was found; a tag that is never closed is the last one found.
    var isClosed: Bool
    /// The tag as written (up to the end of its line when it is never closed).
    var text: String
    /// Where the opening delimiter is, in Unicode scalars from 1.
    var line: Int
    var column: Int

    /// The sigils that are not the first character of a variable's name.
    static let sigils: Set<Character> = ["#", "^", "/", "!", "{", "&", ">", "<", "$", "=", "%"]

    /// The name the tag gives, white space around it dropped (`log` for `{{# log }}`).
    var name: String { content.trimmingWhitespace() }

    /// The tags of `text` in order, up to the first that is never closed.
    static func tags(in text: String) -> [TemplateTag] {
        var scanner = Scanner(text)
        var found: [TemplateTag] = []
        while let tag = scanner.next() {
            found.append(tag)
            if !tag.isClosed { break }
        }
        return found
    }

    /// The new delimiters a `{{=<% %>=}}` tag sets, if it is one that can.
    var delimiters: (open: String, close: String)? {
        guard sigil == "=", content.hasSuffix("="), content.count > 1 else { return nil }
        let parts = content.dropLast().words()
        guard parts.count == 2 else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    /// Walks a template's Unicode scalars from tag to tag, keeping count of lines.
    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var open = "{{"
        var close = "}}"
        var index = 0
        var line = 1
        var lineStart = 0

        init(_ text: String) {
            scalars = Array(text.unicodeScalars)
        }

        mutating func next() -> TemplateTag? {
            guard let start = firstIndex(of: open, from: index) else { return nil }
            advance(to: start)
            let (tagLine, tagColumn) = (line, start - lineStart + 1)
            let afterOpen = start + open.unicodeScalars.count
            // An opening delimiter that ends the text is text (swift-mustache stops there).
            guard afterOpen < scalars.count else { return nil }
            let first = Character(scalars[afterOpen])
            let sigil = Self.isSigil(first) ? first : nil
            let contentStart = sigil == nil ? afterOpen : afterOpen + 1
            guard let end = firstIndex(of: close, from: contentStart) else {
                let lineEnd = scalars[start...].firstIndex(of: "\n") ?? scalars.count
                return TemplateTag(
                    sigil: sigil, content: string(contentStart..<max(contentStart, lineEnd)), open: open,
                    close: close, isClosed: false, text: string(start..<lineEnd), line: tagLine, column: tagColumn)
            }
            var tagEnd = end + close.unicodeScalars.count
            // `{{{name}}}`: the third brace follows the closing delimiter.
            if sigil == "{", tagEnd < scalars.count, scalars[tagEnd] == "}" { tagEnd += 1 }
            let tag = TemplateTag(
                sigil: sigil, content: string(contentStart..<end), open: open, close: close, isClosed: true,
                text: string(start..<tagEnd), line: tagLine, column: tagColumn)
            advance(to: tagEnd)
            if let delimiters = tag.delimiters { (open, close) = delimiters }
            return tag
        }

        private static func isSigil(_ character: Character) -> Bool {
            TemplateTag.sigils.contains(character)
        }

        private func string(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(scalars[range]))
        }

        private mutating func advance(to end: Int) {
            while index < end {
                if scalars[index] == "\n" { (line, lineStart) = (line + 1, index + 1) }
                index += 1
            }
        }

        private func firstIndex(of needle: String, from start: Int) -> Int? {
            let needle = Array(needle.unicodeScalars)
            guard !needle.isEmpty, scalars.count >= needle.count else { return nil }
            var index = start
            while index + needle.count <= scalars.count {
                if scalars[index] == needle[0], scalars[index..<index + needle.count].elementsEqual(needle) {
                    return index
                }
                index += 1
            }
            return nil
        }
    }
}
