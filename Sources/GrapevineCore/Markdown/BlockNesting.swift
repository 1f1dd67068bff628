#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Escapes the block quote and list item markers past `limit` at the start of a line.
///
/// cmark-gfm checks, for every node it adds to the tree, that the node is not one of its new
/// parent's ancestors, walking up to the root: its time is the note's nodes times their depth.
/// `>` written 100,000 times and then 200,000 `[` (a 300 KB note) spent minutes there, in
/// `check`, `site`, `next` and the language server alike. Markers past the limit are given a
/// backslash (`\>`, `\-`, `1\.`), so they are read as the text they show, inside the deepest
/// block still opened; the rest of the note is read as it is. No note written by hand nests so
/// deep: columns on such a line then count the backslash too.
enum BlockNesting {
    /// How many block quotes and list items a line may open.
    static let limit = 100

    /// `bytes` with a backslash before the first marker past `limit` on each line that has
    /// one, and the first such line (1-based); `nil` when no line has (the text is parsed as it
    /// is).
    static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: [UInt8], firstLine: Int)? {
        guard let base = bytes.baseAddress else { return nil }
        var marked: [(offset: Int, line: Int)] = []
        var lineStart = 0
        var line = 1
        while lineStart < bytes.count {
            let lineEnd =
                memchr(base + lineStart, Int32(UInt8(ascii: "\n")), bytes.count - lineStart).map {
                    base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
                } ?? bytes.count
            if let offset = markerPastLimit(bytes, from: lineStart, to: lineEnd) { marked.append((offset, line)) }
            lineStart = lineEnd + 1
            line += 1
        }
        guard let first = marked.first else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + marked.count)
        var copied = 0
        for (offset, _) in marked {
            result.append(contentsOf: bytes[copied..<offset])
            result.append(UInt8(ascii: "\\"))
            copied = offset
        }
        result.append(contentsOf: bytes[copied...])
        return (result, first.line)
    }

    /// Where the marker past `limit` on the line `start..<end` is to be escaped (its `>`, `-`,
    /// `*`, `+`, or an ordered item's `.` or `)`); `nil` when the line opens no more than `limit`.
    private static func markerPastLimit(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var index = start
        var count = 0
        while true {
            while index < end, isBlank(bytes[index]) { index += 1 }
            guard index < end else { return nil }
            let marker: Int
            switch bytes[index] {
            case UInt8(ascii: ">"):
                marker = index
                index += 1
            case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
                guard index + 1 == end || isBlank(bytes[index + 1]) else { return nil }
                marker = index
                index += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                var digits = index
                let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
                while digits < end, digits - index < 9, isDigit(bytes[digits]) { digits += 1 }
                guard digits < end, bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")"),
                    digits + 1 == end || isBlank(bytes[digits + 1])
                else { return nil }
                marker = digits
                index = digits + 1
            default:
                return nil
            }
            count += 1
            if count > limit { return marker }
        }
    }

    /// A space or a tab.
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
