/// A note's bytes as lines, for the writers that change its front matter one line at a time.
struct FrontMatterLines {
    /// Where each line starts, and where a line after the last would start.
    let starts: [Int]
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        self.starts = starts
    }

    /// The number of lines that end with a line break.
    var count: Int { starts.count - 1 }

    /// The text of line `number` (0-based), without its line break and a BOM, trimmed.
    func text(_ number: Int) -> String {
        guard number + 1 < starts.count else { return "" }
        var line = bytes[starts[number]..<contentEnd(number)]
        if number == 0, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        return String(decoding: line, as: UTF8.self).trimmingWhitespace()
    }

    /// Where line `number`'s text ends: before its `\n` or `\r\n`.
    func contentEnd(_ number: Int) -> Int {
        var end = starts[number + 1] - 1
        if end > starts[number], bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }

    /// The 0-based line of the front matter's closing `---` (or `...`), when the first line
    /// opens one.
    var closingLine: Int? {
        guard count > 1, text(0) == "---" else { return nil }
        return (1..<count).first { ["---", "..."].contains(text($0)) }
    }

    /// The file's line break: `\r\n` when its first line ends so, else `\n`.
    var lineBreak: String {
        starts.count > 1 && starts[1] >= 2 && bytes[starts[1] - 2] == UInt8(ascii: "\r") ? "\r\n" : "\n"
    }

    /// Whether line `number` is the top-level `key:` with nothing after it but a blank value
    /// (`~`, `null`, `""`, `''`, `[]`), and no indented or list lines under it that would be
    /// its value: a field a template left to fill in. A comment after it counts as written.
    func isBlankValue(of key: String, at number: Int, before close: Int) -> Bool {
        let start = starts[number]
        guard bytes[start..<contentEnd(number)].starts(with: Array((key + ":").utf8)) else { return false }
        let rest = String(decoding: bytes[(start + key.utf8.count + 1)..<contentEnd(number)], as: UTF8.self)
        guard Self.blankValues.contains(rest.trimmingWhitespace()) else { return false }
        guard number + 1 < close, let next = bytes[starts[number + 1]..<contentEnd(number + 1)].first else {
            return true
        }
        return ![UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-")].contains(next)
    }

    private static let blankValues: Set<String> = ["", "~", "null", "Null", "NULL", "\"\"", "''", "[]"]
}
