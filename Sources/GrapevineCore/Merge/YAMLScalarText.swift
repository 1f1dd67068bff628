/// A YAML scalar as written in a front matter line: where it ends, and how a new value is
/// written in its place.
enum YAMLScalarText {
    /// The byte range of the scalar that starts at `offset` (its quotes included): a double- or
    /// single-quoted string, a wikilink written without quotes (`[[Dan Moore]]`, which YAML reads
    /// as a list in a list), or a plain scalar up to a comment or the end of the line (in a flow
    /// list also up to `,`, `]` or `}`), trailing spaces left out. `nil` when it does not end on
    /// its line.
    static func range(in bytes: [UInt8], at offset: Int, inFlow: Bool) -> Range<Int>? {
        guard offset < bytes.count else { return nil }
        let newline = UInt8(ascii: "\n")
        var end = offset
        switch bytes[offset] {
        case UInt8(ascii: "\""):
            end += 1
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                guard bytes[end] != newline else { return nil }
                end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
            }
            return end < bytes.count ? offset..<(end + 1) : nil
        case UInt8(ascii: "'"):
            end += 1
            while end < bytes.count {
                guard bytes[end] != newline else { return nil }
                if bytes[end] == UInt8(ascii: "'") {
                    guard end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "'") else { return offset..<(end + 1) }
                    end += 1
                }
                end += 1
            }
            return nil
        case UInt8(ascii: "["):
            guard offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "[") else { return nil }
            while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "]") && bytes[end + 1] == UInt8(ascii: "]")) {
                guard bytes[end] != newline else { return nil }
                end += 1
            }
            return end + 1 < bytes.count ? offset..<(end + 2) : nil
        default:
            let stops: [UInt8] = inFlow ? Array(",]}".utf8) : []
            while end < bytes.count, bytes[end] != newline, bytes[end] != UInt8(ascii: "\r"),
                !stops.contains(bytes[end]),
                !(bytes[end] == UInt8(ascii: "#") && end > offset && UInt8.isASCIISpace(bytes[end - 1]))
            {
                end += 1
            }
            while end > offset, UInt8.isASCIISpace(bytes[end - 1]) { end -= 1 }
            return end > offset ? offset..<end : nil
        }
    }

    /// `text` written for the place of `raw`: plain where `raw` was plain and YAML reads `text`
    /// back unchanged as plain, else double-quoted.
    static func written(_ text: String, like raw: ArraySlice<UInt8>) -> String {
        guard let first = raw.first, first != UInt8(ascii: "\""), first != UInt8(ascii: "'"),
            first != UInt8(ascii: "[")
        else { return YAMLText.quoted(text) }
        return YAMLText.scalar(text)
    }
}
