/// How contact details are compared to find one person written twice: `check`'s duplicate
/// warnings, and what an import matches an existing note by.
public enum ContactKeys {
    /// An email address as compared: trimmed, without `mailto:`, lowercase; `nil` when empty.
    public static func email(_ address: String) -> String? {
        // On bytes: `mailto:` and the white space trimmed are ASCII. Every contact's address is
        // folded each time a vault loads, and Character by Character that was a tenth of `check`'s
        // work between notes.
        var text = Substring(address.lowercased().trimmingWhitespace())
        if text.utf8.starts(with: "mailto:".utf8) { text = Substring(text.utf8.dropFirst(7)).trimmingWhitespace() }
        return text.isEmpty ? nil : String(text)
    }

    /// A LinkedIn profile URL as compared: lowercase and percent-decoded, without `http://` or
    /// `https://`, `www.` (or a country's `uk.`), a query, a fragment and trailing `/`:
    /// `https://www.LinkedIn.com/in/Maria-Lopez/` → `linkedin.com/in/maria-lopez`. `nil` when empty.
    public static func linkedIn(_ url: String) -> String? {
        // On bytes, as `email`: everything cut off is ASCII.
        let lowercase = url.lowercased().trimmingWhitespace()
        let bytes = lowercase.utf8.span
        var (start, end) = (0, bytes.count)
        for scheme in ["https://", "http://"] where bytes.extracting(start..<end).starts(with: scheme.utf8) {
            start += scheme.utf8.count
        }
        var cut = start
        while cut < end, bytes[cut] != UInt8(ascii: "?"), bytes[cut] != UInt8(ascii: "#") { cut += 1 }
        end = cut
        // A country's two characters before the first dot (`uk.`).
        let isCountry = { (byte: UInt8) in byte < 0x80 && byte != UInt8(ascii: ".") }
        let host = bytes.extracting(start..<end)
        if host.starts(with: "www.".utf8) {
            start += 4
        } else if host.count > 3, isCountry(host[0]), isCountry(host[1]), host[2] == UInt8(ascii: "."),
            host.extracting(3...).starts(with: "linkedin.".utf8)
        {
            start += 3
        }
        while end > start, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        let utf8 = lowercase.utf8
        let first = utf8.index(utf8.startIndex, offsetBy: start)
        let key = percentDecoded(utf8[first..<utf8.index(first, offsetBy: end - start)])
        return key.isEmpty ? nil : key
    }

    /// `%C3%A9` as `é`; a `%` not followed by two hex digits stays.
    private static func percentDecoded(_ text: Substring.UTF8View) -> String {
        guard text.contains(UInt8(ascii: "%")) else { return String(Substring(text)) }
        var bytes: [UInt8] = []
        var rest = Array(text)[...]
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
