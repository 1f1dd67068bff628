/// A fast 64-bit hash of a file's bytes, the same on every machine: how the site's marker
/// remembers what each page held when it was written.
///
/// Sixteen bytes a step, each step one 64×64→128-bit multiply whose halves are folded together
/// (the mixing of wyhash), so hashing every page of a build costs far less than writing it.
/// It is not cryptographic: it tells an edited file from the one written (two different files
/// hash alike about once in 2^64), but anyone who knows a file's bytes can compute its hash,
/// which is why the marker's word is not enough on its own to remove a file (see "The output
/// folder" in docs/decisions.md).
enum ContentHash {
    private static let seed: UInt64 = 0xa076_1d64_78bd_642f
    private static let stepKey: UInt64 = 0xe703_7ed1_a0b4_28db
    private static let finalKey: UInt64 = 0x8ebc_6af0_9c88_c6e3

    /// The hash of `bytes`.
    static func hash(_ bytes: Span<UInt8>) -> UInt64 {
        let count = bytes.count
        var state = seed ^ UInt64(count)
        var offset = 0
        while count - offset >= 16 {
            // The sixteen bytes are checked once, as a range, and read as two little-endian
            // words (the compiler makes each one load).
            let block = bytes.extracting(offset..<offset + 16)
            var first: UInt64 = 0
            var second: UInt64 = 0
            for index in 0..<8 {
                first |= UInt64(block[index]) << (8 * index)
                second |= UInt64(block[8 + index]) << (8 * index)
            }
            state = mix(first ^ stepKey, second ^ state)
            offset += 16
        }
        // The last 0 to 15 bytes, little-endian, in two words.
        var tail: (UInt64, UInt64) = (0, 0)
        for index in offset..<count {
            let shifted = UInt64(bytes[index]) << UInt64(8 * ((index - offset) % 8))
            if index - offset < 8 { tail.0 |= shifted } else { tail.1 |= shifted }
        }
        state = mix(tail.0 ^ stepKey, tail.1 ^ state)
        return mix(state ^ finalKey, UInt64(count) ^ stepKey)
    }

    /// The hash of `bytes`.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        hash(bytes.span)
    }

    /// `hash` as 16 lowercase hexadecimal digits, as the marker writes it.
    static func hex(_ hash: UInt64) -> String {
        var digits: [UInt8] = []
        appendHex(hash, to: &digits)
        return String(decoding: digits, as: UTF8.self)
    }

    /// Appends `hex(hash)`.
    static func appendHex(_ hash: UInt64, to bytes: inout [UInt8]) {
        for shift in stride(from: 60, through: 0, by: -4) {
            let digit = UInt8(truncatingIfNeeded: hash >> UInt64(shift)) & 0x0F
            bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        }
    }

    /// The hash written as `hex` writes it; `nil` for anything else.
    static func parse(_ text: Substring) -> UInt64? {
        guard text.utf8.count == 16,
            text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { return nil }
        return UInt64(text, radix: 16)
    }

    /// Both halves of the full product, folded together.
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }
}
