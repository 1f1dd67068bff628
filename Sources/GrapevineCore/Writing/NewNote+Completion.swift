/// A new contact's text made whole: the fields its template has no place for, and what the
/// template's defaults must not say.
extension NewNote {
    /// `text`, rendered from a contact template for the note at `path`, for an imported
    /// person: `added:` taken out, `about` put in the body before the Log section, and each of
    /// `fields` the template left out (or blank) written into its front matter, to be checked
    /// when the note is read. Other notes stay as rendered.
    static func completed(_ text: String, with fields: ContactFields, at path: String) -> Completion {
        guard fields.isImported else { return Completion(text) }
        var bytes = removingField("added", from: Array(text.utf8))
        if let about = fields.about, !about.isEmpty { bytes = inserting(about, beforeLogIn: bytes) }
        let withoutFields = String(decoding: bytes, as: UTF8.self)
        // A field the template wrote itself stays as it is. A template whose front matter
        // cannot take the fields is left as rendered: reading the note back says what is wrong.
        let insertion = FrontMatterInsertion(path: path, fields: fields.frontMatter)
        guard let inserted = try? insertion.unverified(into: bytes, leavingOutWritten: true),
            !inserted.result.fields.isEmpty
        else { return Completion(withoutFields) }
        return Completion(
            String(decoding: inserted.contents, as: UTF8.self), check: (inserted.expectation, withoutFields))
    }

    /// The bytes without the front matter's top-level `key:` line.
    private static func removingField(_ key: String, from bytes: [UInt8]) -> [UInt8] {
        let lines = FileLines(bytes)
        let prefix = Array((key + ":").utf8)
        guard let close = lines.closingFenceLine,
            let line = (2..<close).first(where: { lines.text(ofLine: $0)?.starts(with: prefix) == true })
        else { return bytes }
        // A value on the lines under the key (a list) goes with it.
        var end = line + 1
        while end < close, let first = lines.text(ofLine: end)?.first,
            [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-")].contains(first)
        {
            end += 1
        }
        return Array(bytes[..<lines.start(ofLine: line)] + bytes[lines.start(ofLine: end)...])
    }

    /// The bytes with `about` as paragraphs before the body's `Log` heading, or at the end.
    /// Each of its lines stays text (`asText`), so the Log heading after it stays a heading.
    private static func inserting(_ about: String, beforeLogIn bytes: [UInt8]) -> [UInt8] {
        let lines = FileLines(bytes)
        let newline = String(decoding: lines.newline, as: UTF8.self)
        let text =
            about.split(separator: "\n", omittingEmptySubsequences: false).map(asText)
            .joined(separator: newline) + newline + newline
        let bodyStart = (lines.closingFenceLine ?? 0) + 1
        let log = bodyStart <= lines.count ? (bodyStart...lines.count).first { isLogHeading(lines, $0) } : nil
        guard let log else {
            let separator = bytes.isEmpty || lines.endsWithNewline ? "" : newline
            return bytes + Array((separator + newline + text).utf8).dropLast(newline.utf8.count)
        }
        let offset = lines.start(ofLine: log)
        return Array(bytes[..<offset]) + Array(text.utf8) + Array(bytes[offset...])
    }

    /// A line of imported text, escaped with a backslash where it would start a block: a
    /// heading (`#`), a fence (```` ``` ````, `~~~`) or an HTML block (`<!--`, `<pre>`), which
    /// run to their end marker, past the text, swallowing the Log heading; or a line of `-` or `=`
    /// alone, which makes the line above it a heading (`Log` over `---` read as a Log).
    static func asText(_ line: Substring) -> String {
        let indent = line.prefix { $0 == " " }
        let rest = line.dropFirst(indent.count)
        guard indent.count < 4, let first = rest.first else { return String(line) }
        let underline = rest.trimmingWhitespace()
        let opensBlock =
            first == "#" || first == "<" || rest.hasPrefix("```") || rest.hasPrefix("~~~")
            || (!underline.isEmpty && (underline.allSatisfy { $0 == "-" } || underline.allSatisfy { $0 == "=" }))
        return opensBlock ? indent + "\\" + rest : String(line)
    }

    /// Whether a line is an ATX heading whose text is `Log` (any level, any case, a `:` after it).
    private static func isLogHeading(_ lines: FileLines, _ number: Int) -> Bool {
        guard let bytes = lines.text(ofLine: number) else { return false }
        let line = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
        guard line.hasPrefix("#") else { return false }
        var heading = Substring(line.drop { $0 == "#" }.trimmingWhitespace())
        if heading.hasSuffix(":") { heading = heading.dropLast() }
        return heading.lowercased() == "log" && line.prefix { $0 == "#" }.count <= 6
    }
}
