/// Finds `[[target]]` and `[[target|label]]` in a run of UTF-8 text.
enum Wikilink {
    static let opener: [UInt8] = Array("[[".utf8)

    struct Match: Equatable {
        /// The byte offset of `[[` in the run.
        var offset: Int
        /// The byte offset just past the closing `]]`.
        var end: Int
        var target: String
        var label: String?
    }

    /// `text` as people read it: each wikilink as its label, else its target (`[[Sam Park|Sam]]`
    /// is "Sam"); the rest as written.
    static func shown(_ text: String) -> String {
        guard text.utf8.span.firstIndex(of: UInt8(ascii: "[")) != nil else { return text }
        let bytes = Array(text.utf8)
        let links = matches(in: bytes)
        guard !links.isEmpty else { return text }
        var result = ""
        var offset = 0
        for link in links {
            result += String(decoding: bytes[offset..<link.offset], as: UTF8.self)
            result += link.label ?? link.target
            offset = link.end
        }
        return result + String(decoding: bytes[offset...], as: UTF8.self)
    }

    /// Every wikilink in `text`, in order. A wikilink never spans a line; `[[target#heading]]`
    /// links to `target`.
    static func matches(in text: [UInt8]) -> [Match] {
        var result: [Match] = []
        var index = 0
        let open = UInt8(ascii: "["), close = UInt8(ascii: "]")
        while index + 3 < text.count {
            guard text[index] == open, text[index + 1] == open else {
                index += 1
                continue
            }
            var end = index + 2
            while end + 1 < text.count, !(text[end] == close && text[end + 1] == close),
                text[end] != UInt8(ascii: "\n"), text[end] != open
            {
                end += 1
            }
            guard end + 1 < text.count, text[end] == close, text[end + 1] == close else {
                index += 1
                continue
            }
            if let match = match(text[(index + 2)..<end], at: index, end: end + 2) {
                result.append(match)
            }
            index = end + 2
        }
        return result
    }

    /// The target (before any `|` and `#`) and label (after `|`) of the text inside `[[ ]]`.
    private static func match(_ inner: ArraySlice<UInt8>, at offset: Int, end: Int) -> Match? {
        let bar = inner.firstIndex(of: UInt8(ascii: "|"))
        var target = inner[..<(bar ?? inner.endIndex)]
        if let hash = target.firstIndex(of: UInt8(ascii: "#")) { target = target[..<hash] }
        let cleanTarget = String(decoding: target, as: UTF8.self).trimmingWhitespace()
        guard !cleanTarget.isEmpty else { return nil }
        let label = bar.map { String(decoding: inner[($0 + 1)...], as: UTF8.self).trimmingWhitespace() }
        return Match(offset: offset, end: end, target: cleanTarget, label: label?.isEmpty == true ? nil : label)
    }
}
