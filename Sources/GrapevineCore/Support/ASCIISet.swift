/// A set of ASCII bytes, tested with a shift and a mask: byte scanners ask "is this one of
/// the few bytes I stop at?" for every byte of the text they scan.
struct ASCIISet: Sendable {
    /// Bit `b` for byte `b` below 64, and bit `b - 64` for the others below 128.
    private let low: UInt64
    private let high: UInt64

    init(_ characters: String) {
        var (low, high): (UInt64, UInt64) = (0, 0)
        for byte in characters.utf8 {
            precondition(byte < 0x80, "an ASCIISet holds ASCII bytes only")
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        self.low = low
        self.high = high
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let word = byte < 64 ? low : high
        return byte < 128 && (word >> UInt64(byte & 63)) & 1 != 0
    }
}
