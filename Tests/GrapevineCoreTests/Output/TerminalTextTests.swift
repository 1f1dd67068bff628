import Testing

@testable import GrapevineCore

@Suite("Terminal text")
struct TerminalTextTests {
    @Test(
        "control characters a note could hold are shown, not obeyed",
        arguments: [
            ("title \u{1B}]0;pwned\u{07}", "title ␛]0;pwned␇"),
            ("clear \u{1B}[2J\u{1B}[H", "clear ␛[2J␛[H"),
            ("link \u{1B}]8;;http://evil\u{1B}\\click", "link ␛]8;;http://evil␛\\click"),
            ("over\rwrite", "over␍write"),
            ("nul \u{0} del \u{7F} csi \u{9B}31m", "nul ␀ del ␡ csi \u{FFFD}31m"),
            ("conceal \u{1B}[8m", "conceal ␛[8m"),
        ])
    func controlsAreShown(text: String, shown: String) {
        #expect(TerminalText.safe(text) == shown)
    }

    @Test("text without controls, line ends and tabs pass unchanged")
    func ordinaryTextUnchanged() {
        for text in ["Maria López\tAcme\n", "a\r\nb\r\n", "", "é ü 💬 \u{A0}"] {
            #expect(TerminalText.safe(text) == text)
            #expect(TerminalText.unsealed(text) == text)
        }
    }

    @Test("Grapevine's own colours reach the terminal, without their seal")
    func ownColoursPass() {
        let style = TextStyle(isColored: true)
        let text = style.bold("x") + style.red("y") + style.dim("z") + style.cyan("w")
        let expected = "\u{1B}[1mx\u{1B}[0m\u{1B}[1;31my\u{1B}[0m\u{1B}[2mz\u{1B}[0m\u{1B}[36mw\u{1B}[0m"
        #expect(TerminalText.safe(text) == expected)
        #expect(TerminalText.unsealed(text) == expected)
    }

    @Test("the same colour codes written in a note are shown, even inside a styled text")
    func noteColoursShown() {
        let style = TextStyle(isColored: true)
        let note = "Eve \u{1B}[1;31mred\u{1B}[0m \u{1B}[36m"
        let shown = TerminalText.safe(style.bold(note) + " " + note)
        #expect(shown == "\u{1B}[1mEve ␛[1;31mred␛[0m ␛[36m\u{1B}[0m Eve ␛[1;31mred␛[0m ␛[36m")
        // A pipe gets the note's bytes as written.
        #expect(TerminalText.unsealed(style.bold(note)) == "\u{1B}[1m" + note + "\u{1B}[0m")
    }

    /// Random texts of escape characters, sealed codes, parts of the seal, text and line breaks:
    /// the seal taken out of each sealed code, every other byte kept, as a byte-by-byte reading
    /// gives (which this test does).
    @Test("unsealing finds every sealed code and keeps every other byte, wherever they are")
    func unsealedMatchesByteReading() {
        let sealed = TextStyle.sealedEscape
        let pieces: [[UInt8]] = [
            [0x1B], sealed, Array(sealed.dropLast()), Array(sealed.dropFirst()), Array("[1m".utf8), Array("é\n".utf8),
            Array("text ".utf8),
        ]
        var random = SplitMix(state: 18)
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...12, using: &random)).flatMap { _ in
                pieces.randomElement(using: &random)!
            }
            var expected: [UInt8] = []
            var index = 0
            while index < bytes.count {
                if bytes[index...].starts(with: sealed) {
                    expected.append(0x1B)
                    index += sealed.count
                } else {
                    expected.append(bytes[index])
                    index += 1
                }
            }
            #expect(TerminalText.unsealed(bytes) == expected)
        }
    }
}
