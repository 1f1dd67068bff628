extension String {
    /// The string without leading and trailing white space and newlines.
    func trimmingWhitespace() -> String {
        // Most values have nothing to trim, which their two ends show at once.
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80, !UInt8.isASCIISpace(first),
            !UInt8.isASCIISpace(last)
        {
            return self
        }
        let trimmed = Substring(self).trimmingWhitespace()
        return trimmed.utf8.count == utf8.count ? self : String(trimmed)
    }
}

extension String {
    /// Lines `range` (1-based, inclusive) without their line endings, `\n` or `\r\n`.
    ///
    /// Works on UTF-8 bytes: Swift reads `\r\n` as one `Character`, which a split on `"\n"`
    /// would never find.
    func lines(_ range: ClosedRange<Int>) -> [String] {
        var result: [String] = []
        var number = 1
        for line in utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if number > range.upperBound { break }
            if number >= range.lowerBound {
                result.append(String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self))
            }
            number += 1
        }
        return result
    }
}

extension Substring {
    /// The substring without leading and trailing white space and newlines.
    func trimmingWhitespace() -> Substring {
        // Fast path over ASCII white space; Character classification only at non-ASCII edges.
        let utf8 = self.utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, UInt8.isASCIISpace(utf8[start]) { start = utf8.index(after: start) }
        while end > start, UInt8.isASCIISpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        let trimmed = self[start..<end]
        guard let first = trimmed.utf8.first, let last = trimmed.utf8.last, first >= 0x80 || last >= 0x80 else {
            return trimmed
        }
        guard let from = trimmed.firstIndex(where: { !$0.isWhitespace }),
            let to = trimmed.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return trimmed[from...to]
    }
}

extension UInt8 {
    /// Space, tab, newline, carriage return, vertical tab or form feed.
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}

extension SourcePosition {
    /// The position `scalars` Unicode scalars further along the same line.
    func advanced(by scalars: Int) -> SourcePosition {
        SourcePosition(line: line, column: column + scalars)
    }
}
