extension [UInt8] {
    /// Appends the UTF-8 of `text`, in one copy from the string's storage: the site appends a
    /// few million pieces, and `append(contentsOf:)` of the `utf8` view takes twice as long.
    mutating func appendUTF8(of text: String) {
        append(text.utf8.span)
    }

    /// Appends `bytes`, in one copy.
    mutating func append(_ bytes: Span<UInt8>) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }
}

extension [UInt8] {
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
