extension String {
    /// Whether the text starts `http://` or `https://` (any case). Read on bytes: it is asked
    /// of every link of every interview.
    var isWebAddress: Bool {
        let bytes = utf8.prefix(8).map { $0 | 0x20 }
        return bytes.starts(with: "https://".utf8) || bytes.starts(with: "http://".utf8)
    }

    /// The host of a web address, in lower case: `https://us02web.zoom.us/j/1` → `us02web.zoom.us`.
    var webAddressHost: String? {
        let bytes = Array(utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), bytes[colon...].starts(with: "://".utf8) else {
            return nil
        }
        let start = colon + 3
        let end =
            bytes[start...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }
            ?? bytes.count
        // `user:password@host:port`: the host is after the last `@`, before a `:`.
        let hostStart = bytes[start..<end].lastIndex(of: UInt8(ascii: "@")).map { $0 + 1 } ?? start
        let hostEnd = bytes[hostStart..<end].firstIndex(of: UInt8(ascii: ":")) ?? end
        guard hostEnd > hostStart else { return nil }
        return String(decoding: bytes[hostStart..<hostEnd], as: UTF8.self).lowercased()
    }
}
