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
    /// Whether every character is ASCII, read from the bytes in place (`utf8.allSatisfy` goes
    /// through an iterator, several times slower on the names and paths checked per note).
    var isASCII: Bool {
        utf8.span.allSatisfy { $0 < 0x80 }
    }

    /// Whether `fragment` occurs in the string, byte for byte. (`contains` on strings is
    /// Foundation's `range(of:)` wherever Foundation is imported, and costs far more.)
    func containsBytes(_ fragment: String) -> Bool {
        byteOffset(of: fragment) != nil
    }

    /// The UTF-8 offset of the first occurrence of `fragment` at or after the offset `start`,
    /// byte for byte.
    func byteOffset(of fragment: String, from start: Int = 0) -> Int? {
        let text = utf8.span
        let fragment = fragment.utf8.span
        guard !fragment.isEmpty else { return start <= text.count ? start : nil }
        var from = start
        while let start = text.firstIndex(of: fragment[0], from: from), start <= text.count - fragment.count {
            if (1..<fragment.count).allSatisfy({ text[start + $0] == fragment[$0] }) { return start }
            from = start + 1
        }
        return nil
    }

    /// Lines `range` (1-based, inclusive) without their line endings, `\n` or `\r\n`; lines
    /// before the first or after the last are not there.
    ///
    /// Works on UTF-8 bytes: Swift reads `\r\n` as one `Character`, which a split on `"\n"`
    /// would never find.
    func lines(_ range: ClosedRange<Int>) -> [String] {
        let utf8 = self.utf8
        return lineBounds(upTo: range.upperBound).dropFirst(range.lowerBound > 1 ? range.lowerBound - 1 : 0).map {
            line in
            let start = utf8.index(utf8.startIndex, offsetBy: line.lowerBound)
            var end = utf8.index(utf8.startIndex, offsetBy: line.upperBound)
            if start < end, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
            return String(decoding: utf8[start..<end], as: UTF8.self)
        }
    }

    /// Lines `range` (1-based, inclusive) as they are written, line breaks between them
    /// included, without the last line's break; lines before the first or after the last are
    /// not there. `bounds`, when given, are `lineBounds` of at least those lines, found once
    /// for several calls.
    func text(ofLines range: ClosedRange<Int>, bounds: [Range<Int>]? = nil) -> Substring {
        let lines = (bounds ?? lineBounds(upTo: range.upperBound)).prefix(max(0, range.upperBound)).dropFirst(
            range.lowerBound > 1 ? range.lowerBound - 1 : 0)
        guard let first = lines.first, let last = lines.last else { return "" }
        let utf8 = self.utf8
        let end = min(max(0, last.upperBound), utf8.count)
        let start = min(max(0, first.lowerBound), end)
        return Substring(
            utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
    }

    /// The byte ranges of the first `count` lines, without their `\n` (fewer when the text
    /// has fewer lines): a long text is not read past the lines asked for.
    func lineBounds(upTo count: Int) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let bytes = utf8.span
        var lines: [Range<Int>] = []
        // Room for every line asked for (a text has at most one per byte, and one more).
        lines.reserveCapacity(min(count, bytes.count + 1))
        var start = 0
        while lines.count < count {
            let end = bytes.firstIndex(of: UInt8(ascii: "\n"), from: start)
            lines.append(start..<(end ?? bytes.count))
            guard let end else { break }
            start = end + 1
        }
        return lines
    }
}

extension StringProtocol {
    /// `lowercased()`, made the same way (each scalar's lowercase mapping, one after the
    /// other), as bytes: the standard library appends each mapping to a `String`, which cost
    /// 10,000 instructions for a heading such as `Interview with Anaïs Hansen`.
    func lowercasedByScalars() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            } else {
                bytes += scalar.properties.lowercaseMapping.utf8
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension StringProtocol where SubSequence == Substring {
    /// The words between white space: what `words()` returns,
    /// found on the bytes when the text is ASCII (a byte a character, and no white space but
    /// `UInt8.isASCIISpace`), as nearly every name and Referrals item is: reading characters
    /// cost ten times as much.
    func words() -> [Substring] {
        let utf8 = self.utf8
        var words: [Substring] = []
        var start: String.Index?
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte < 0x80 else { return split(whereSeparator: \.isWhitespace) }
            if UInt8.isASCIISpace(byte) {
                if let first = start { words.append(self[first..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if let first = start { words.append(self[first..<utf8.endIndex]) }
        return words
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
