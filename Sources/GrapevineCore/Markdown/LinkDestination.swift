/// The destination of an inline Markdown link, `[text](destination "title")`, found in a
/// line's bytes as CommonMark reads it: after spaces, either `<…>` or a run without spaces
/// whose brackets pair up (`…/wiki/Foo_(bar)`).
enum LinkDestination {
    /// The bytes of the destination that starts after the `(` just before `offset`; with
    /// `beforeFragment`, only up to a `#` or `?` (the note a link names, without its heading
    /// or query). Empty when the link has no destination.
    static func range(in bytes: [UInt8], after offset: Int, beforeFragment: Bool = false) -> Range<Int> {
        var start = offset
        while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
        let angled = start < bytes.count && bytes[start] == UInt8(ascii: "<")
        if angled { start += 1 }
        var end = start
        var depth = 0
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\n") || angled && byte == UInt8(ascii: ">") { break }
            if beforeFragment, byte == UInt8(ascii: "#") || byte == UInt8(ascii: "?") { break }
            if !angled, byte == UInt8(ascii: " ") { break }
            if !angled, byte == UInt8(ascii: "(") { depth += 1 }
            if !angled, byte == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
            }
            end += 1
        }
        return start..<end
    }
}
