/// Rewrites references in one file's bytes to point somewhere else, touching only the target:
/// `[[Old|label]]` → `[[New|label]]`, `[text](../contacts/old.md#log)` →
/// `[text](../contacts/new.md#log)`, `referred_by: [Old, Dan]` → `referred_by: [New, Dan]`.
///
/// Each rewrite is one replaced range of bytes; a reference it cannot find where the reader
/// said it is, or whose form it does not know (a reference-style link), is left as a failure
/// for the caller to report.
struct ReferenceRewriter {
    let path: String
    /// The note relative links are written from: the file's own path, or, for the text of a
    /// note that moves into another, that note's.
    var base: String
    let bytes: [UInt8]
    let lines: FileLines
    let frontMatter: FrontMatter
    private(set) var edits = ByteEdits()
    /// What changed, one line each, by line: `notes/ideas.md:7: [[Maria L.]] → [[Maria Lopez]]`.
    var changes: [String] {
        made.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element.text)
    }
    private var made: [(line: Int, text: String)] = []
    /// The places that could not be rewritten, `file:line`.
    private(set) var failures: [String] = []
    private var done: Set<Int> = []

    init(path: String, bytes: [UInt8], frontMatter: FrontMatter) {
        self.path = path
        self.base = path
        self.bytes = bytes
        self.lines = FileLines(bytes)
        self.frontMatter = frontMatter
    }

    /// Points a front matter reference under `key`, or a body wikilink, at `target` (a name or
    /// a vault path without `.md`); a body Markdown link at the note `path` instead.
    mutating func rewrite(_ reference: Reference, frontMatterKey key: String?, target: String, path notePath: String) {
        guard let offset = lines.offset(of: reference.position) else { return fail(reference) }
        guard done.insert(offset).inserted else { return }
        let rewritten: (Range<Int>, String)?
        if let key {
            rewritten = frontMatterValue(
                at: offset, line: reference.position.line, key: key, form: reference.form, target: target)
        } else if reference.form == .path {
            rewritten = linkDestination(at: offset, to: notePath)
        } else {
            rewritten = wikilinkTarget(at: offset, target: target)
        }
        guard let (range, text) = rewritten else { return fail(reference) }
        let old = String(decoding: bytes[range], as: UTF8.self)
        guard old != text else { return }
        edits.replace(range, with: Array(text.utf8))
        made.append(
            (reference.position.line, "\(path.escapingControlCharacters):\(reference.position.line): \(old) → \(text)"))
    }

    private mutating func fail(_ reference: Reference) {
        failures.append("\(path.escapingControlCharacters):\(reference.position.line):\(reference.position.column)")
    }

    // MARK: Front matter

    private func frontMatterValue(at offset: Int, line: Int, key: String, form: Reference.Form, target: String)
        -> (Range<Int>, String)?
    {
        let value = frontMatter.entry(key)?.value
        let inFlow: Bool
        if case .list = value?.content, let start = value.flatMap({ lines.offset(of: $0.position) }) {
            inFlow = start < bytes.count && bytes[start] == UInt8(ascii: "[")
        } else {
            inFlow = false
        }
        if let value, let start = scalarStart(holding: offset, line: line, in: value), start < offset {
            return wikilinkInString(at: offset, scalarStart: start, inFlow: inFlow, target: target)
        }
        guard let range = YAMLScalarText.range(in: bytes, at: offset, inFlow: inFlow) else { return nil }
        let raw = bytes[range]
        if raw.starts(with: Wikilink.opener) {
            // Written without quotes, `[[Old]]` is YAML's list in a list: the new one is quoted.
            let inner = raw.dropFirst(2).dropLast(2)
            return (range, YAMLText.quoted("[[" + Self.replacingTarget(in: inner, with: target) + "]]"))
        }
        guard let text = Self.scalarText(raw) else { return nil }
        let trimmed = text.trimmingWhitespace()
        let new: String
        if form == .wikilink, trimmed.hasPrefix("[["), trimmed.hasSuffix("]]") {
            // `"[[Nora]], [[Omar]]"` read from its start (the reader could not place each link):
            // rewriting it as one link would drop the others.
            guard Wikilink.matches(in: Array(trimmed.utf8)).count == 1 else { return nil }
            new = "[[" + Self.replacingTarget(in: Array(trimmed.utf8).dropFirst(2).dropLast(2), with: target) + "]]"
        } else {
            new = target
        }
        return (range, YAMLScalarText.written(new, like: raw))
    }

    /// Where the scalar of `value` (or of one of its items) that holds `offset` starts: the
    /// nearest start at or before it on its line; `nil` when none is.
    private func scalarStart(holding offset: Int, line: Int, in value: FrontMatter.Value) -> Int? {
        var starts = [value.position]
        if case .list(let items) = value.content { starts += items.map(\.position) }
        return starts.filter { $0.line == line }.compactMap { lines.offset(of: $0) }.filter { $0 <= offset }.max()
    }

    /// `"[[Nora Field]], [[Old]]"`: the range of `Old` in the string that starts at `start`, and
    /// `target` written as that string writes text; `nil` when the link is not inside it, or
    /// `target` cannot be written there (a quote or `#` in a string without quotes).
    private func wikilinkInString(at offset: Int, scalarStart start: Int, inFlow: Bool, target: String)
        -> (Range<Int>, String)?
    {
        guard let scalar = YAMLScalarText.range(in: bytes, at: start, inFlow: inFlow), scalar.contains(offset),
            let (range, _) = wikilinkTarget(at: offset, target: target), range.upperBound <= scalar.upperBound
        else { return nil }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return (range, target.replacing("\\", with: "\\\\").replacing("\"", with: "\\\""))
        case UInt8(ascii: "'"): return (range, target.replacing("'", with: "''"))
        default:
            let isPlain = target.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || " .-_'".unicodeScalars.contains($0)
            }
            return isPlain ? (range, target) : nil
        }
    }

    /// The text of a scalar as YAML reads it, for the simple forms only: plain, single-quoted,
    /// or double-quoted without escapes. `nil` otherwise.
    private static func scalarText(_ raw: ArraySlice<UInt8>) -> String? {
        guard let first = raw.first else { return nil }
        let inner = String(decoding: raw.dropFirst().dropLast(), as: UTF8.self)
        switch first {
        case UInt8(ascii: "\""): return inner.contains("\\") ? nil : inner
        case UInt8(ascii: "'"): return inner.replacing("''", with: "'")
        default: return String(decoding: raw, as: UTF8.self)
        }
    }

    // MARK: Body

    /// `[[Old#heading|label]]` → `[[New#heading|label]]`: the range of `Old`, and `New`.
    private func wikilinkTarget(at offset: Int, target: String) -> (Range<Int>, String)? {
        guard bytes[offset...].starts(with: Wikilink.opener) else { return nil }
        var end = offset + 2
        while end < bytes.count, bytes[end] != UInt8(ascii: "|"), bytes[end] != UInt8(ascii: "#"),
            bytes[end] != UInt8(ascii: "]"), bytes[end] != UInt8(ascii: "\n"),
            !(bytes[end] == UInt8(ascii: "\\") && end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: "|"))
        {
            end += 1
        }
        guard end < bytes.count, bytes[end] != UInt8(ascii: "\n") else { return nil }
        var start = offset + 2
        while start < end, UInt8.isASCIISpace(bytes[start]) { start += 1 }
        while end > start, UInt8.isASCIISpace(bytes[end - 1]) { end -= 1 }
        return start < end ? (start..<end, target) : nil
    }

    /// `[text](../contacts/old.md#log "title")`: the range of `../contacts/old.md`, and the
    /// path from this note to `notePath` (vault-relative), percent-encoded as the site's links
    /// are; `/contacts/new.md` when the link was written from the vault's root.
    private func linkDestination(at offset: Int, to notePath: String) -> (Range<Int>, String)? {
        // An image's `![` is found at its `!`.
        let offset = bytes[offset] == UInt8(ascii: "!") ? offset + 1 : offset
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "["),
            let close = Self.closingBracket(in: bytes, from: offset),
            close + 1 < bytes.count, bytes[close + 1] == UInt8(ascii: "(")
        else { return nil }
        let destination = LinkDestination.range(in: bytes, after: close + 2, beforeFragment: true)
        let (start, end) = (destination.lowerBound, destination.upperBound)
        guard end > start else { return nil }
        let fromRoot = bytes[start] == UInt8(ascii: "/")
        let relative =
            fromRoot ? "/" + SitePaths.relative(from: "", to: notePath) : SitePaths.relative(from: base, to: notePath)
        return (start..<end, relative)
    }

    /// The `]` that closes the `[` at `open` on its line, past backslash escapes and nested
    /// brackets; `nil` when the label goes on past the line.
    static func closingBracket(in bytes: [UInt8], from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The inside of a wikilink (`Old#heading|label`) with its target replaced.
    static func replacingTarget(in inner: ArraySlice<UInt8>, with target: String) -> String {
        let end =
            inner.firstIndex { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "#") } ?? inner.endIndex
        var start = inner.startIndex
        while start < end, UInt8.isASCIISpace(inner[start]) { start += 1 }
        var targetEnd = end
        while targetEnd > start, UInt8.isASCIISpace(inner[targetEnd - 1]) { targetEnd -= 1 }
        return String(decoding: inner[inner.startIndex..<start], as: UTF8.self) + target
            + String(decoding: inner[targetEnd...], as: UTF8.self)
    }
}
