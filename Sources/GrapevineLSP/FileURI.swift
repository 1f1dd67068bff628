import GrapevineCore

/// `file://` URIs and the absolute paths they name (RFC 3986, RFC 8089): the client names
/// documents by URI, Grapevine by path.
enum FileURI {
    /// The absolute path a `file:` URI names, percent-decoded; `nil` for another scheme, a
    /// remote host, or an encoding that is not UTF-8.
    static func path(of uri: String) -> String? {
        guard uri.lowercased().hasPrefix("file://") else { return nil }
        var rest = uri.dropFirst("file://".count)
        // `file:///path` has an empty host; `file://localhost/path` names this machine too.
        if let slash = rest.firstIndex(of: "/") {
            let host = rest[..<slash]
            guard host.isEmpty || host.lowercased() == "localhost" else { return nil }
            rest = rest[slash...]
        } else {
            return nil
        }
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        return decoded(rest)
    }

    /// The `file:` URI of an absolute path, every byte but unreserved ones and `/` percent-encoded.
    static func uri(ofPath path: String) -> String {
        PercentEncoding.encoded(path[...], after: "file://")
    }

    private static func decoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) else {
                return nil
            }
            bytes.append(value)
            utf8 = utf8.dropFirst(2)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
