/// Finds `[[target]]` and `[[target|label]]` in a run of UTF-8 text.
enum Wikilink {
    static let opener: [UInt8] = Array("[[".utf8)

    struct Match: Equatable {
        /// The byte offset of `[[` in the run.
        var offset: Int
        var target: String
        var label: String?
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
            if let match = match(String(decoding: text[(index + 2)..<end], as: UTF8.self), at: index) {
                result.append(match)
            }
            index = end + 2
        }
        return result
    }

    private static func match(_ inner: String, at offset: Int) -> Match? {
        let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        var target = Substring(parts[0])
        if let hash = target.firstIndex(of: "#") { target = target[..<hash] }
        let cleanTarget = String(target).trimmingWhitespace()
        guard !cleanTarget.isEmpty else { return nil }
        let label = parts.count > 1 ? String(parts[1]).trimmingWhitespace() : nil
        return Match(offset: offset, target: cleanTarget, label: label?.isEmpty == true ? nil : label)
    }
}
