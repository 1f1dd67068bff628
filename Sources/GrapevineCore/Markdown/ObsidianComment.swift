/// Where a note's Markdown holds Obsidian comments, `%% a remark %%` inline or `%%` lines around
/// several lines: text its writer keeps out of what is shown, as an HTML comment (`RawHTML`).
///
/// A comment runs from a `%%` to the next `%%`, over lines and paragraphs; one never closed
/// runs to the end of the note (Obsidian hides the rest too; hiding more is safer than showing
/// a remark). A `%%` in fenced code or a code span (on its line) is text, as is `\%%`.
///
/// The body is parsed with the comments blanked (`blanked`), so no section, item, link or
/// draft holds them; a note's source shown as Markdown (its page, a prep sheet) and its search
/// index entry leave the bytes of `ranges` out (`RawHTML.removing`).
enum ObsidianComment {
    /// The byte ranges of the comments in `bytes` from `start` on (a note's body), each with
    /// its `%%` marks, in order, none overlapping. None when there is no `%%` (one byte search).
    static func ranges(in bytes: Span<UInt8>, from start: Int = 0) -> [Range<Int>] {
        guard hasMark(bytes, from: start) else { return [] }
        var ranges: [Range<Int>] = []
        var open: Int?
        var fence: (byte: UInt8, length: Int)?
        var lineStart = start
        while lineStart < bytes.count {
            let lineEnd = bytes.firstIndex(of: UInt8(ascii: "\n"), from: lineStart) ?? bytes.count
            var offset = lineStart
            if open == nil, let opened = fence {
                if closesFence(opened, bytes, lineStart, lineEnd) { fence = nil }
                offset = lineEnd
            } else if open == nil, let opening = fenceOpening(bytes, lineStart, lineEnd) {
                fence = opening
                offset = lineEnd
            }
            while offset < lineEnd {
                if let from = open {
                    guard let close = mark(in: bytes, offset, lineEnd) else { break }
                    ranges.append(from..<close + 2)
                    open = nil
                    offset = close + 2
                    continue
                }
                switch bytes[offset] {
                case UInt8(ascii: "\\"): offset += 2
                case UInt8(ascii: "`"): offset = codeSpanEnd(bytes, offset, lineEnd)
                case UInt8(ascii: "%") where offset + 1 < lineEnd && bytes[offset + 1] == UInt8(ascii: "%"):
                    open = offset
                    offset += 2
                default: offset += 1
                }
            }
            lineStart = lineEnd + 1
        }
        if let from = open { ranges.append(from..<bytes.count) }
        return ranges
    }

    /// `bytes` with the bytes of `ranges` made spaces, line breaks kept, so that every other
    /// byte keeps its line and column.
    static func blanked(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>]) -> [UInt8] {
        var copy = Array(bytes)
        for range in ranges {
            for offset in range where copy[offset] != UInt8(ascii: "\n") && copy[offset] != UInt8(ascii: "\r") {
                copy[offset] = UInt8(ascii: " ")
            }
        }
        return copy
    }

    /// Whether `bytes` holds `%%` from `start` on.
    private static func hasMark(_ bytes: Span<UInt8>, from start: Int) -> Bool {
        var offset = start
        while let found = bytes.firstIndex(of: UInt8(ascii: "%"), from: offset) {
            if found + 1 < bytes.count, bytes[found + 1] == UInt8(ascii: "%") { return true }
            offset = found + 1
        }
        return false
    }

    /// The offset of the first `%%` in `offset..<end`.
    private static func mark(in bytes: Span<UInt8>, _ offset: Int, _ end: Int) -> Int? {
        var offset = offset
        while offset + 1 < end {
            if bytes[offset] == UInt8(ascii: "%"), bytes[offset + 1] == UInt8(ascii: "%") { return offset }
            offset += 1
        }
        return nil
    }

    /// After the code span whose backticks start at `offset`, or after the backticks when no
    /// run as long closes it on the line.
    private static func codeSpanEnd(_ bytes: Span<UInt8>, _ offset: Int, _ end: Int) -> Int {
        let length = run(of: UInt8(ascii: "`"), bytes, offset, end)
        var search = offset + length
        while search < end {
            guard bytes[search] == UInt8(ascii: "`") else {
                search += 1
                continue
            }
            let closing = run(of: UInt8(ascii: "`"), bytes, search, end)
            if closing == length { return search + closing }
            search += closing
        }
        return offset + length
    }

    /// The fence (three or more backticks or tildes) that opens the line, after white space,
    /// quote and list markers.
    private static func fenceOpening(_ bytes: Span<UInt8>, _ start: Int, _ end: Int) -> (byte: UInt8, length: Int)? {
        var offset = start
        while offset < end,
            [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">")].contains(bytes[offset])
                || (bytes[offset] == UInt8(ascii: "-") || bytes[offset] == UInt8(ascii: "*"))
                    && offset + 1 < end && bytes[offset + 1] == UInt8(ascii: " ")
        {
            offset += 1
        }
        guard offset < end, bytes[offset] == UInt8(ascii: "`") || bytes[offset] == UInt8(ascii: "~") else { return nil }
        let length = run(of: bytes[offset], bytes, offset, end)
        return length >= 3 ? (bytes[offset], length) : nil
    }

    private static func closesFence(
        _ fence: (byte: UInt8, length: Int), _ bytes: Span<UInt8>, _ start: Int, _ end: Int
    ) -> Bool {
        var offset = start
        while offset < end,
            bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t")
                || bytes[offset] == UInt8(ascii: ">")
        {
            offset += 1
        }
        return offset < end && run(of: fence.byte, bytes, offset, end) >= fence.length
    }

    private static func run(of byte: UInt8, _ bytes: Span<UInt8>, _ offset: Int, _ end: Int) -> Int {
        var length = 0
        while offset + length < end, bytes[offset + length] == byte { length += 1 }
        return length
    }
}
