import Testing

@testable import GrapevineCore

@Suite("Columns: aligned as a terminal shows them")
struct ColumnsTests {
    @Test("a wide character takes two columns, a combining mark none, when cells are padded")
    func wideCharacters() {
        var columns = Columns()
        columns.add("王小明", "Tencent")
        columns.add("Jose\u{301}", "Acme")
        columns.add("Ana", "Beta")
        #expect(
            columns.lines() == [
                "  王小明  Tencent",
                "  Jose\u{301}    Acme",
                "  Ana     Beta",
            ])
    }

    @Test("the widths of scalars: wide, narrow, zero")
    func widths() {
        #expect(TerminalWidth.of("日本") == 4)
        #expect(TerminalWidth.of("한국") == 4)
        #expect(TerminalWidth.of("ＡＢ") == 4)
        #expect(TerminalWidth.of("😀") == 2)
        #expect(TerminalWidth.of("abc") == 3)
        #expect(TerminalWidth.of("e\u{301}\u{200D}") == 1)
        #expect(TerminalWidth.of("Ωß") == 2)
    }
}
