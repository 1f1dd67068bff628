/// A new contact's text made whole: the fields its template has no place for, and what the
/// template's defaults must not say.
extension NewNote {
    /// `text`, rendered from a contact template, for an imported person: with each of
    /// `fields` the template left out (or blank) written into its front matter, `added:` taken
    /// out, and `about` put in the body before the Log section. Other notes stay as rendered.
    static func completed(_ text: String, with fields: ContactFields) -> String {
        guard fields.isImported else { return text }
        var bytes = Array(text.utf8)
        for (key, value) in frontMatter(of: fields) {
            let field = FrontMatterInsertion(path: "", key: key, value: value)
            // A field the template wrote itself (or a template without front matter) stays as it is.
            if let inserted = try? field.inserted(into: bytes) { bytes = inserted.contents }
        }
        bytes = removingField("added", from: bytes)
        if let about = fields.about, !about.isEmpty { bytes = inserting(about, beforeLogIn: bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes without the front matter's top-level `key:` line.
    private static func removingField(_ key: String, from bytes: [UInt8]) -> [UInt8] {
        let lines = FrontMatterLines(bytes)
        guard let close = lines.closingLine,
            let line = (1..<close).first(where: { bytes[lines.starts[$0]...].starts(with: Array((key + ":").utf8)) })
        else { return bytes }
        // A value on the lines under the key (a list) goes with it.
        var end = line + 1
        while end < close, let first = bytes[lines.starts[end]..<lines.contentEnd(end)].first,
            [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-")].contains(first)
        {
            end += 1
        }
        return Array(bytes[..<lines.starts[line]] + bytes[lines.starts[end]...])
    }

    /// The bytes with `about` as paragraphs before the body's `Log` heading, or at the end.
    /// A line of it that would read as a heading is escaped, so it stays text.
    private static func inserting(_ about: String, beforeLogIn bytes: [UInt8]) -> [UInt8] {
        let lines = FrontMatterLines(bytes)
        let lineBreak = lines.lineBreak
        let text =
            about.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("#") ? "\\" + $0 : String($0) }
            .joined(separator: lineBreak) + lineBreak + lineBreak
        let bodyStart = (lines.closingLine ?? -1) + 1
        let log = (bodyStart..<lines.count).first { isLogHeading(lines.text($0)) }
        guard let log else {
            let separator = bytes.isEmpty || bytes.last == UInt8(ascii: "\n") ? "" : lineBreak
            return bytes + Array((separator + lineBreak + text).utf8).dropLast(lineBreak.utf8.count)
        }
        let offset = lines.starts[log]
        return Array(bytes[..<offset]) + Array(text.utf8) + Array(bytes[offset...])
    }

    /// Whether a line is an ATX heading whose text is `Log` (any level, any case, a `:` after it).
    private static func isLogHeading(_ line: String) -> Bool {
        guard line.hasPrefix("#") else { return false }
        var heading = Substring(line.drop { $0 == "#" }.trimmingWhitespace())
        if heading.hasSuffix(":") { heading = heading.dropLast() }
        return heading.lowercased() == "log" && line.prefix { $0 == "#" }.count <= 6
    }
}
