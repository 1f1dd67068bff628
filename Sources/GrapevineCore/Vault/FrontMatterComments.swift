/// A hashtag meant as a front matter value that YAML reads as the start of a comment:
/// `tags: #mentor #warm` (the value is then empty) or `tags: [#mentor, warm]` (the list is
/// then never closed), as people write tags in notes.
struct FrontMatterComment: Equatable {
    /// Where the `#` is.
    var position: SourcePosition
    /// The key of the line, when the line starts with one.
    var key: String?
    /// The comment, from the `#` to the end of the line.
    var text: String
    /// Whether the `#` starts the key's value (`key: #…`), rather than an item of a list.
    var startsValue: Bool

    /// Every such `#` in the front matter `yaml`, whose first line is line `firstLine` of the file.
    static func find(in yaml: Span<UInt8>, firstLine: Int) -> [FrontMatterComment] {
        // Nearly all front matter has no `#` at all: a look for one is all it costs.
        guard yaml.firstIndex(of: UInt8(ascii: "#")) != nil else { return [] }
        var found: [FrontMatterComment] = []
        var (lineStart, line) = (0, firstLine)
        var lastKey: String?
        while lineStart < yaml.count {
            var lineEnd = lineStart
            while lineEnd < yaml.count, yaml[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if let comment = inLine(Array(yaml.extracting(lineStart..<lineEnd)), line: line, lastKey: &lastKey) {
                found.append(comment)
            }
            (lineStart, line) = (lineEnd + 1, line + 1)
        }
        return found
    }

    /// The `#` of one line; `lastKey` is the key of the last line that had one (the key a
    /// block list's items belong to).
    private static func inLine(_ bytes: [UInt8], line: Int, lastKey: inout String?) -> FrontMatterComment? {
        let (colon, hash, space) = (UInt8(ascii: ":"), UInt8(ascii: "#"), UInt8(ascii: " "))
        var key: String?
        var valueStart: Int?
        if let first = bytes.first, first != space, first != hash, first != UInt8(ascii: "-"),
            let separator = bytes.indices.first(where: {
                bytes[$0] == colon && ($0 + 1 == bytes.count || bytes[$0 + 1] == space)
            })
        {
            key = String(decoding: bytes[..<separator], as: UTF8.self)
            lastKey = key
            valueStart = separator + 1
        }
        var isQuoted = false
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { isQuoted.toggle() }
            // A hashtag (`#mentor`): a comment meant as one starts with `# `.
            guard byte == hash, !isQuoted, index > 0, index + 1 < bytes.count,
                bytes[index - 1] == space || bytes[index - 1] == UInt8(ascii: "["),
                bytes[index + 1] != space, bytes[index + 1] != hash
            else { continue }
            var before = index - 1
            while before > 0, bytes[before] == space { before -= 1 }
            let opener = bytes[before]
            let startsValue = valueStart.map { before == $0 - 1 } ?? false
            let startsItem = opener == UInt8(ascii: "-") && bytes[..<before].allSatisfy { $0 == space }
            guard startsValue || startsItem || opener == UInt8(ascii: "[") || opener == UInt8(ascii: ",") else {
                continue
            }
            let column = String(decoding: bytes[..<index], as: UTF8.self).unicodeScalars.count + 1
            let text = String(decoding: bytes[index...], as: UTF8.self).trimmingWhitespace()
            return FrontMatterComment(
                position: SourcePosition(line: line, column: column), key: key ?? lastKey, text: text,
                startsValue: startsValue)
        }
        return nil
    }

    /// What to write instead: tags without their `#`, any other value in quotes.
    var hint: String {
        guard key == "tags" else {
            return "put the value in quotes: '\(key ?? "key"): \"\(text)\"'"
        }
        let tags = text.split { $0 == " " || $0 == "," || $0 == "[" || $0 == "]" }.map { $0.drop { $0 == "#" } }
            .filter { !$0.isEmpty }
        return "write the tags without '#': 'tags: [\(tags.joined(separator: ", "))]'"
    }
}
