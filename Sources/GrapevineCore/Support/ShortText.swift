/// The bytes of a short text being made (a name's key, its slug), kept in place while they fit
/// in 32, then made a string. Reading a vault makes a hundred thousand such keys, and an array
/// allocated and freed for each cost as much as the work of making the key.
struct ShortText {
    private var inline = InlineArray<32, UInt8>(repeating: 0)
    /// All the bytes, once there are more than `inline` holds.
    private var spilled: [UInt8] = []
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    mutating func append(_ byte: UInt8) {
        if count < inline.count {
            inline[count] = byte
        } else {
            if spilled.isEmpty { spilled = Array(inline.span) }
            spilled.append(byte)
        }
        count += 1
    }

    mutating func append(_ bytes: Span<UInt8>) {
        for offset in bytes.indices { append(bytes[offset]) }
    }

    /// The text, its bytes read as UTF-8 (as `String(decoding:as:)` reads them).
    var string: String {
        count <= inline.count
            ? String(decodingUTF8: inline.span.extracting(0..<count)) : String(decoding: spilled, as: UTF8.self)
    }
}
