/// Profile addresses compared as one when they lead to the same profile:
/// `https://www.linkedin.com/in/Jane-Doe/` and `http://linkedin.com/in/jane-doe` are one person.
enum ProfileURL {
    /// The key two ways of writing one address share: lowercased, without the scheme, `www.`
    /// or a country's subdomain of linkedin.com (`uk.linkedin.com`), without a query, a
    /// fragment or trailing slashes, percent escapes decoded.
    static func key(_ address: String) -> String {
        var text = Substring(address.trimmingWhitespace().lowercased())
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) { text = text.dropFirst(scheme.count) }
        if let end = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = text[..<end] }
        while text.hasSuffix("/") { text = text.dropLast() }
        let slash = text.firstIndex(of: "/") ?? text.endIndex
        var host = text[..<slash]
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        if host.hasSuffix(".linkedin.com") { host = "linkedin.com" }
        return String(host) + percentDecoded(text[slash...])
    }

    /// Whether the address is a LinkedIn profile's (`linkedin.com/in/…`, or `/pub/…` as older
    /// profiles had).
    static func isLinkedIn(_ address: String) -> Bool {
        let key = key(address)
        return key.hasPrefix("linkedin.com/in/") || key.hasPrefix("linkedin.com/pub/")
    }

    /// `%C3%A9` as `é`; an escape that is not two hex digits, or bytes that are not UTF-8, stay as written.
    private static func percentDecoded(_ text: Substring) -> String {
        guard text.contains("%") else { return String(text) }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let value = UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
            {
                result.append(value)
                index += 3
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(validating: result, as: UTF8.self)?.lowercased() ?? String(text)
    }
}
