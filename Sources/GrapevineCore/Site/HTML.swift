/// Escaping and URL checks for the HTML the site writes.
public enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, safe in element text and in
    /// quoted attribute values.
    public static func escape(_ text: String) -> String {
        var text = text
        guard text.withUTF8({ $0.contains(where: needsEscape) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// `url` when it is an absolute `http:`, `https:` or `mailto:` URL, else `nil`.
    ///
    /// ASCII control characters are removed first and surrounding whitespace trimmed, as
    /// browsers do, so `java\tscript:` is seen as `javascript:`. Entities such as `&#106;` are
    /// not decoded: they stay text, and escaping turns them into harmless characters. Relative
    /// references are refused: site-internal links are built by the site itself.
    public static func safeURL(_ url: String) -> String? {
        // Without a colon there is no scheme (most values: names, places).
        guard url.utf8.contains(UInt8(ascii: ":")) else { return nil }
        let cleaned = clean(url)
        guard let scheme = scheme(of: cleaned) else { return nil }
        return allowedSchemes.contains(scheme) ? cleaned : nil
    }

    /// `href` when it is a safe absolute URL or a relative reference without a scheme (and not
    /// `//host`), else `nil`: the check for links the site builds itself.
    static func safeHref(_ href: String) -> String? {
        let cleaned = clean(href)
        if scheme(of: cleaned) == nil {
            return cleaned.hasPrefix("//") || cleaned.hasPrefix("\\") ? nil : cleaned
        }
        return safeURL(cleaned)
    }

    private static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        default: return false
        }
    }

    /// `url` without ASCII control characters and without surrounding whitespace.
    private static func clean(_ url: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in url.unicodeScalars where !(scalar.value < 0x20 || scalar.value == 0x7F) {
            scalars.append(scalar)
        }
        return String(scalars).trimmingWhitespace()
    }

    /// The lowercased scheme (the letters before the first `:`), or `nil` when the URL has none
    /// because a `/`, `?` or `#` comes first or the characters cannot form a scheme.
    private static func scheme(of url: String) -> String? {
        var scheme = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case ":": return scheme.isEmpty ? nil : scheme.lowercased()
            case "/", "?", "#": return nil
            default: scheme.unicodeScalars.append(scalar)
            }
        }
        return nil
    }
}
