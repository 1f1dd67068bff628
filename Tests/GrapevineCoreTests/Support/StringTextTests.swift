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

@Suite("Words between white space")
struct WordsTests {
    @Test("the words split(whereSeparator: isWhitespace) finds, for any text")
    func sameAsSplittingCharacters() {
        let pieces = [
            "Ana", "de", "la", "Cruz", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{1F}", "é", "e\u{301}",
            "\u{00A0}", "\u{2003}", "\u{85}", "talk", "to", ",", "?", "",
        ]
        var random = SplitMix(state: 7)
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...10, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            let expected = text.split(whereSeparator: \.isWhitespace)
            #expect(text.words() == expected, "\(text.debugDescription)")
            let inner = Substring(text).dropFirst()
            #expect(inner.words() == inner.split(whereSeparator: \.isWhitespace), "\(text.debugDescription)")
        }
    }
}
