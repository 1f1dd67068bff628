import Testing

@testable import GrapevineCore

@Suite("Trimming white space")
struct StringTextTests {
    @Test(arguments: [
        ("Maria Lopez", "Maria Lopez"),
        ("  Maria Lopez", "Maria Lopez"),
        ("Maria Lopez\t\r\n", "Maria Lopez"),
        ("José", "José"),
        ("\u{00A0}José Núñez\u{2003}", "José Núñez"),
        ("a\u{00A0}", "a"),
        ("\u{3000}", ""),
        ("   ", ""),
        ("", ""),
        ("x", "x"),
    ])
    func trimmingWhitespace(text: String, trimmed: String) {
        #expect(text.trimmingWhitespace() == trimmed)
        #expect(Substring(text).trimmingWhitespace() == trimmed)
    }
}

@Suite("Finding bytes")
struct ByteOffsetTests {
    @Test(
        "the first occurrence at or after an offset, byte for byte",
        arguments: [
            ("ask Ann to meet Ann", "Ann", 0, 4), ("ask Ann to meet Ann", "Ann", 5, 16), ("ask Ann", "Ann", 5, nil),
            ("José and José", "José", 1, 10), ("abc", "", 2, 2), ("abc", "", 4, nil), ("ab", "abc", 0, nil),
        ] as [(String, String, Int, Int?)])
    func byteOffset(text: String, fragment: String, from: Int, offset: Int?) {
        #expect(text.byteOffset(of: fragment, from: from) == offset)
    }
}

@Suite("Lowercasing by scalars")
struct LowercasedByScalarsTests {
    @Test(arguments: [
        "Interview with Anaïs Hansen", "İSTANBUL Çağla", "ΣΊΣΥΦΟΣ Ἀθῆναι", "Straße ǅemal", "JOSE\u{301} N",
        "Zoë 🎉 Ward", "KELVIN \u{212A}", "", "ABC", "Ⅻ Ⓐ ＡＢＣ", "\r\nX",
    ])
    func sameAsTheStandardLibrary(text: String) {
        #expect(Array(text.lowercasedByScalars().utf8) == Array(text.lowercased().utf8))
        #expect(Array(text.dropFirst().lowercasedByScalars().utf8) == Array(text.dropFirst().lowercased().utf8))
    }
}
