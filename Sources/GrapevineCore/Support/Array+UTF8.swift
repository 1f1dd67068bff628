extension [UInt8] {
    /// Appends the UTF-8 of `text`: from the string's storage in one copy where it has one (a
    /// native string always does), which takes half the time of `append(contentsOf:)` of the
    /// `utf8` view; the site appends a few million pieces.
    mutating func appendUTF8(of text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil {
            append(contentsOf: text.utf8)
        }
    }

    /// Appends the UTF-8 bytes of `text` at the byte offsets `range`, in one copy as
    /// `appendUTF8(of:)` does: byte scanners copy the runs between the bytes they change.
    mutating func appendUTF8(of text: String, in range: Range<Int>) {
        if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0[range]) }) == nil {
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            append(contentsOf: utf8[start..<utf8.index(start, offsetBy: range.count)])
        }
    }
}

extension [UInt8] {
    /// Appends `bytes`, in one copy.
    mutating func append(_ bytes: Span<UInt8>) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    /// Appends `value` in decimal, as `String(value)` would write it, without making the string.
    mutating func appendDecimal(_ value: Int) {
        let width = value.decimalWidth
        append(contentsOf: repeatElement(UInt8(ascii: "-"), count: width))
        var (index, rest) = (endIndex - 1, value.magnitude)
        repeat {
            self[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            (index, rest) = (index - 1, rest / 10)
        } while rest > 0
    }
}

extension Int {
    /// How many characters `String(self)` has.
    var decimalWidth: Int {
        var width = self < 0 ? 2 : 1
        var rest = magnitude
        while rest >= 10 {
            rest /= 10
            width += 1
        }
        return width
    }
}
