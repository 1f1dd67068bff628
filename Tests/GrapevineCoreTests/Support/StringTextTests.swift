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
