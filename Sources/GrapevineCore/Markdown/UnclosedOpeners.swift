#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Escapes the `<?` and `<![CDATA[` that nothing closes, in Markdown with very many of them.
///
/// cmark-gfm 0.29 looks for the end of a processing instruction (`?>`) or of a CDATA section
/// (`]]>`) from every `<?` or `<![CDATA[` in a paragraph to the paragraph's end: 100,000 of
/// them on one line took 11 s in `check` and 24 s in `site` (quadratic; later cmark releases
/// fixed it). An opener nothing closes is shown as the text it is, so a backslash before its
/// `<` (`\<?`) changes nothing a reader sees, and the parser no longer looks. Only Markdown with
/// more than `limit` such openers is rewritten (no note written by hand has them): columns on
/// those lines then count the backslashes too. Openers closed on their own line, inside a
/// code span or a fenced code block are left as they are (a backslash would show there).
enum UnclosedOpeners {
    /// How many unclosed openers a text may hold before they are escaped.
    static let limit = 256

    /// `bytes` with a backslash before each unclosed opener, or `nil` when there are at most
    /// `limit` of them (the text is parsed as it is).
    static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        // Most texts have a handful of `<` at most: counted first (`memchr` skips to each one
        // many bytes at a time), nothing allocated.
        guard let base = bytes.baseAddress else { return nil }
        var candidates = 0
        var start = 0
        while start < bytes.count, let found = memchr(base + start, Int32(UInt8(ascii: "<")), bytes.count - start) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if opener(bytes, at: index) != nil { candidates += 1 }
            start = index + 1
        }
        guard candidates > limit else { return nil }
        var marked: [Int] = []
        var fence: (byte: UInt8, count: Int)?
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            if let marker = fenceMarker(line) {
                if let open = fence {
                    if marker.byte == open.byte, marker.count >= open.count, marker.isBare { fence = nil }
                } else {
                    fence = (marker.byte, marker.count)
                }
            } else if fence == nil {
                for offset in unclosed(in: line) { marked.append(lineStart + offset) }
            }
            lineStart = lineEnd + 1
        }
        guard marked.count > limit else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + marked.count)
        var copied = 0
        for index in marked {
            result.append(contentsOf: bytes[copied..<index])
            result.append(UInt8(ascii: "\\"))
            copied = index
        }
        result.append(contentsOf: bytes[copied...])
        return result
    }

    /// The closer the opener at `index` (a `<`) needs: `?>` for `<?`, `]]>` for `<![CDATA[`.
    private static func opener(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> [UInt8]? {
        guard index + 1 < bytes.count else { return nil }
        if bytes[index + 1] == UInt8(ascii: "?") { return processingEnd }
        if bytes[index + 1] == UInt8(ascii: "!"), bytes[index...].starts(with: cdataStart) { return cdataEnd }
        return nil
    }

    private static let processingEnd = Array("?>".utf8)
    private static let cdataStart = Array("<![CDATA[".utf8)
    private static let cdataEnd = Array("]]>".utf8)

    /// The offsets in `line` of the openers no closer follows on the line, outside code spans
    /// and not escaped already (an odd number of backslashes before the `<`).
    private static func unclosed(in line: UnsafeBufferPointer<UInt8>) -> [Int] {
        // From the end: whether each closer appears after the current position, and the code
        // spans not passed yet.
        var code = CodeSpans.ranges(in: line)
        var closesProcessing = false
        var closesCDATA = false
        var found: [Int] = []
        for index in line.indices.reversed() {
            while let last = code.last, last.lowerBound > index { code.removeLast() }
            if line[index...].starts(with: processingEnd) { closesProcessing = true }
            if line[index...].starts(with: cdataEnd) { closesCDATA = true }
            guard line[index] == UInt8(ascii: "<"), let closer = opener(line, at: index) else { continue }
            let isClosed = closer == processingEnd ? closesProcessing : closesCDATA
            guard !isClosed, code.last?.contains(index) != true else { continue }
            var backslashes = 0
            while index - backslashes > 0, line[index - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
            if backslashes % 2 == 0 { found.append(index) }
        }
        return found.reversed()
    }

    /// A code fence on `line` (up to three spaces, then three or more backticks or tildes):
    /// its character, its length, and whether nothing but spaces follows (a closing fence).
    private static func fenceMarker(_ line: UnsafeBufferPointer<UInt8>) -> (byte: UInt8, count: Int, isBare: Bool)? {
        var index = 0
        while index < min(3, line.count), line[index] == UInt8(ascii: " ") { index += 1 }
        guard index < line.count, line[index] == UInt8(ascii: "`") || line[index] == UInt8(ascii: "~") else {
            return nil
        }
        let byte = line[index]
        var end = index
        while end < line.count, line[end] == byte { end += 1 }
        guard end - index >= 3 else { return nil }
        let rest = line[end...]
        // A backtick fence's info string has no backtick.
        if byte == UInt8(ascii: "`"), rest.contains(UInt8(ascii: "`")) { return nil }
        return (byte, end - index, rest.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") })
    }
}
