/// Escaping and URL checks for the HTML the site writes.
public enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, safe in element text and in
    /// quoted attribute values.
    public static func escape(_ text: String) -> String {
        var escaped: [UInt8] = []
        escape(text, into: &escaped)
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Appends the UTF-8 of `text` to `output`, escaped as `escape` does.
    static func escape(_ text: String, into output: inout [UInt8]) {
        // The five characters are ASCII, and no byte of a longer character is. The runs of
        // bytes between them (most text is one run) are copied at once.
        let bytes = text.utf8.span
        var start = 0
        while let offset = firstEscaped(in: bytes, from: start) {
            output.append(bytes.extracting(start..<offset))
            output.append(contentsOf: entity(for: bytes[offset]).utf8)
            start = offset + 1
        }
        output.append(bytes.extracting(start..<bytes.count))
    }

    /// The offset of the first byte at or after `start` that `escape` replaces; `nil` when
    /// there is none.
    ///
    /// Eight bytes at a time, the site escapes millions of names, titles and links, nearly all
    /// with nothing to replace: in `word ^ pattern` the bytes equal to the pattern's are zero,
    /// and `(x - 0x01…01) & ~x & 0x80…80` is not zero when a byte of `x` is. `&` and `'`
    /// (0x26, 0x27) differ in their lowest bit alone, `<` and `>` (0x3C, 0x3E) in the next: a
    /// word with that bit set in every byte is compared with both at once. The bytes of a word
    /// that has one are read one by one. Tested against a byte-by-byte search (`HTMLTests`).
    static func firstEscaped(in bytes: Span<UInt8>, from start: Int) -> Int? {
        let raw = bytes.bytes
        var offset = start
        while bytes.count - offset >= 8 {
            let word = raw.unsafeLoadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let marks =
                zeroMarks(word ^ 0x2222_2222_2222_2222)
                | zeroMarks((word | 0x0101_0101_0101_0101) ^ 0x2727_2727_2727_2727)
                | zeroMarks((word | 0x0202_0202_0202_0202) ^ 0x3E3E_3E3E_3E3E_3E3E)
            if marks != 0 { break }
            offset += 8
        }
        while offset < bytes.count {
            if isEscaped(bytes[offset]) { return offset }
            offset += 1
        }
        return nil
    }

    /// The high bit of each zero byte of `word` set (and maybe of a byte after one), no other bit.
    @inline(__always)
    private static func zeroMarks(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    /// Whether `byte` is one of the five that `escape` replaces: one shift and test for the
    /// many bytes that are not.
    @inline(__always)
    static func isEscaped(_ byte: UInt8) -> Bool {
        byte < 64 && (escapedBytes >> UInt64(byte)) & 1 != 0
    }

    /// Bit `b` is set for each byte `b` that `escape` replaces.
    private static let escapedBytes: UInt64 =
        1 << UInt8(ascii: "&") | 1 << UInt8(ascii: "<") | 1 << UInt8(ascii: ">") | 1 << UInt8(ascii: "\"")
        | 1 << UInt8(ascii: "'")

    /// The entity that stands for one of the bytes `escape` replaces.
    private static func entity(for byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        default: "&#39;"
        }
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

    /// `url` without ASCII control characters and without surrounding whitespace.
    private static func clean(_ url: String) -> String {
        // Most URLs have neither: they are returned as they are.
        let bytes = url.utf8
        let isPrintable = { (byte: UInt8) in byte > 0x20 && byte < 0x7F }
        if bytes.first.map(isPrintable) != false, bytes.last.map(isPrintable) != false,
            !bytes.contains(where: { $0 < 0x20 || $0 == 0x7F })
        {
            return url
        }
        var scalars = String.UnicodeScalarView()
        for scalar in url.unicodeScalars where !(scalar.value < 0x20 || scalar.value == 0x7F) {
            scalars.append(scalar)
        }
        return String(scalars).trimmingWhitespace()
    }

    /// The lowercased scheme (the letters before the first `:`), or `nil` when the URL has none
    /// because a `/`, `?` or `#` comes first or the characters cannot form a scheme.
    private static func scheme(of url: String) -> String? {
        // The characters that end a scheme are ASCII: bytes are enough to find them.
        for (offset, byte) in url.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: ":"): return offset == 0 ? nil : String(url.utf8.prefix(offset))!.lowercased()
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"): return nil
            default: continue
            }
        }
        return nil
    }
}
