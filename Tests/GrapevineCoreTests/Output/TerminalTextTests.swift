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

    @Test("text without controls, line ends, tabs and Grapevine's own colours pass unchanged")
    func ordinaryTextUnchanged() {
        let style = TextStyle(isColored: true)
        for text in [
            "Maria López\tAcme\n", "a\r\nb\r\n", style.bold("x") + style.red("y") + style.dim("z") + style.cyan("w"),
            "", "é ü 💬 \u{A0}",
        ] {
            #expect(TerminalText.safe(text) == text)
        }
    }
}
