import Testing

@testable import GrapevineCore

/// The dates people write are cut into tokens from the text's bytes when it is ASCII
/// (`LogDateForms.asciiTokens`); the tokens must be those read by characters, whatever the text.
@Suite("Date tokens: bytes and characters agree")
struct LogDateTokenTests {
    @Test(arguments: [
        "3rd December 2026", "Dec. 21ST, 2026", "12/01/2026 met Ana", "2026-12-2", "30.11.2026.md",
        "Friday, Nov 6", "10:30 call", "12345 Main St", "1st", "2nd-3rd", "", " Nov 6", "Nov 6\r\n7",
        "a very long line of words that goes on past the forty characters read 2026",
        String(repeating: "9", count: 39) + "st",
    ])
    func examples(text: String) throws {
        let fast = try #require(LogDateForms.asciiTokens(text))
        #expect(fast == LogDateForms.characterTokens(text))
    }

    @Test("texts with other characters in the part read are read by characters")
    func otherCharacters() {
        for text in ["Dé 3", "3 Dec\u{301}", "Ⅻ 2026", String(repeating: "a", count: 40) + "\u{301}"] {
            #expect(LogDateForms.asciiTokens(text) == nil, "\(text)")
        }
    }

    @Test("random texts: the same tokens both ways")
    func randomTexts() {
        let pieces = [
            "0", "1", "2", "9", "12", "2026", "st", "nd", "RD", "Th", "Dec", "dec.", "May", "x", ".", "-", "/", " ",
            ",", ":", "\r\n", "\n", "\t", "é", "e\u{301}", "(", "[[",
        ]
        var random = SplitMix(state: 31)
        var readAsBytes = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...24, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            guard let fast = LogDateForms.asciiTokens(text) else { continue }
            readAsBytes += 1
            #expect(fast == LogDateForms.characterTokens(text), "\(text.debugDescription)")
        }
        #expect(readAsBytes > 5_000)
    }
}
