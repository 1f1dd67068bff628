import Testing

@testable import GrapevineCore

/// The stylesheet's rules for long text (trial of December 5): a long URL in a Log entry made
/// a phone's page scroll sideways, and one long name squeezed the contacts table's Status.
/// Looked at in headless Chromium at 390 pixels wide; here the rules that did it.
@Suite("Stylesheet: long text")
struct StyleTests {
    /// One rule of the stylesheet: its declarations for `selector`, as written.
    static func rule(_ selector: String) -> String? {
        let style = SiteTemplates.defaultStyle
        guard
            let start = style.range(of: "\n" + selector + " {")?.upperBound
                ?? style.range(of: " " + selector + " {")?.upperBound,
            let end = style[start...].firstIndex(of: "}")
        else { return nil }
        return String(style[start..<end]).trimmingWhitespace()
    }

    @Test func longWordsAndURLsBreakInsideThePageButNotInTables() {
        #expect(Self.rule("main")?.contains("overflow-wrap: anywhere;") == true)
        #expect(Self.rule("th, td") == "overflow-wrap: normal;")
    }

    @Test func aLongNameWrapsInTheContactsTableAndAStatusNever() {
        #expect(
            Self.rule("table.contacts td:first-child, table.contacts td:last-child") == "overflow-wrap: anywhere;")
        #expect(Self.rule("span.status")?.contains("white-space: nowrap;") == true)
    }

    /// Trial J: `ليلى حداد 2026-11-10` in a list could show the date on the wrong side of the
    /// name. Links, names without a page and titles take their direction from their own text.
    @Test func aNameWrittenRightToLeftIsSetApart() {
        #expect(Self.rule("main a, .no-page, h1") == "unicode-bidi: plaintext;")
    }
}
