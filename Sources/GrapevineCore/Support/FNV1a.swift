/// FNV-1a, 64 bits: a hash that is the same in every process and on every machine.
///
/// Swift's `Hasher` is seeded randomly per process, so it cannot name anything that must stay
/// the same from one run to the next, such as the UID of a calendar to-do.
enum FNV1a {
    /// The hash of no bytes, where a hash continued over several runs of bytes starts.
    static let start: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of `bytes`.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = start
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= prime
        }
        return hash
    }

    /// `hash` continued over `bytes`: the hash of what it was the hash of, then `bytes`.
    static func hash(_ bytes: Span<UInt8>, continuing hash: UInt64) -> UInt64 {
        var hash = hash
        for index in bytes.indices { hash = Self.hash(bytes[index], continuing: hash) }
        return hash
    }

    /// `hash` continued over one byte.
    static func hash(_ byte: UInt8, continuing hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// The hash of `bytes` as 16 lowercase hexadecimal digits.
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        hex(hash(bytes))
    }

    /// `hash` as 16 lowercase hexadecimal digits.
    static func hex(_ hash: UInt64) -> String {
        // Made in place, not in an array: every `next` makes one for each step.
        var digits = InlineArray<16, UInt8>(repeating: 0)
        for index in 0..<16 {
            let digit = UInt8(truncatingIfNeeded: hash >> (60 - 4 * UInt64(index)) & 0xF)
            digits[index] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
        }
        return String(decodingUTF8: digits.span)
    }
}
