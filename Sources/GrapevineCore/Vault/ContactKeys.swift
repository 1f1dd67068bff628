/// How contact details are compared to find one person written twice: `check`'s duplicate
/// warnings, and what an import matches an existing note by.
public enum ContactKeys {
    /// An email address as compared: trimmed, without `mailto:`, lowercase; `nil` when empty.
    public static func email(_ address: String) -> String? {
        var text = Substring(address.trimmingWhitespace())
        if text.lowercased().hasPrefix("mailto:") { text = text.dropFirst(7) }
        let key = text.trimmingWhitespace().lowercased()
        return key.isEmpty ? nil : key
    }

    /// A LinkedIn profile URL as compared: lowercase and percent-decoded, without `http://` or
    /// `https://`, `www.` (or a country's `uk.`), a query, a fragment and trailing `/`:
    /// `https://www.LinkedIn.com/in/Maria-Lopez/` → `linkedin.com/in/maria-lopez`. `nil` when empty.
    public static func linkedIn(_ url: String) -> String? {
        var text = Substring(url.trimmingWhitespace().lowercased())
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) { text = text.dropFirst(scheme.count) }
        if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = text[..<cut] }
        if text.hasPrefix("www.") {
            text = text.dropFirst(4)
        } else if let dot = text.firstIndex(of: "."), text.distance(from: text.startIndex, to: dot) == 2,
            text[text.index(after: dot)...].hasPrefix("linkedin.")
        {
            text = text[text.index(after: dot)...]
        }
        while text.hasSuffix("/") { text = text.dropLast() }
        let key = percentDecoded(String(text))
        return key.isEmpty ? nil : key
    }

    /// `%C3%A9` as `é`; a `%` not followed by two hex digits stays.
    private static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var rest = Array(text.utf8)[...]
        while let byte = rest.popFirst() {
            if byte == UInt8(ascii: "%"), rest.count >= 2,
                let value = UInt8(String(decoding: rest.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                rest = rest.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }
}
