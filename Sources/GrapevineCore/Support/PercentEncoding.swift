/// Paths in URLs (RFC 3986): every byte but the unreserved ones (letters, digits, `-._~`) and
/// slashes percent-encoded, for the site's links and the language server's `file:` URIs.
public enum PercentEncoding {
    /// `prefix`, then `path` with every byte but the unreserved ones and slashes percent-encoded.
    public static func encoded(_ path: Substring, after prefix: String) -> String {
        let isKept = { (byte: UInt8) in isUnreserved(byte) || byte == UInt8(ascii: "/") }
        // Most paths are slugs, with nothing to encode.
        let bytes = path.utf8.span
        guard bytes.indices.contains(where: { !isKept(bytes[$0]) }) else { return prefix + path }
        var encoded = Array(prefix.utf8)
        encoded.reserveCapacity(prefix.utf8.count + 3 * bytes.count)
        for offset in bytes.indices {
            let byte = bytes[offset]
            if isKept(byte) {
                encoded.append(byte)
            } else {
                encoded.append(UInt8(ascii: "%"))
                encoded.append(hexDigits[Int(byte >> 4)])
                encoded.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// A letter, a digit, `-`, `.`, `_` or `~`.
    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}
