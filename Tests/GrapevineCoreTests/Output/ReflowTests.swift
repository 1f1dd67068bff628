import Testing

@testable import GrapevineCore

@Suite("Reflow")
struct ReflowTests {
    @Test("re-wraps paragraphs and list items to the width, list items with a hanging indent")
    func wraps() {
        let markdown = """
            One two three four five six seven eight nine ten eleven twelve.
            Thirteen fourteen.

            - [ ] alpha beta gamma delta epsilon zeta eta theta
              iota kappa
            1. one two three four five six seven eight
            """
        #expect(
            Reflow.lines(markdown, width: 30, indent: "  ") == [
                "  One two three four five six", "  seven eight nine ten eleven", "  twelve. Thirteen fourteen.", "",
                "  - [ ] alpha beta gamma delta", "        epsilon zeta eta theta", "        iota kappa",
                "  1. one two three four five", "     six seven eight",
            ])
    }

    @Test("keeps headings, tables and code as written, and collapses blank lines")
    func verbatim() {
        let markdown = """


            ## Notes
            | a long table row | that must not be broken |


            ```
            code that is long and stays long
            ```

            """
        #expect(
            Reflow.lines(markdown, width: 20) == [
                "## Notes", "| a long table row | that must not be broken |", "", "```",
                "code that is long and stays long", "```",
            ])
    }

    @Test("a word longer than the line stays whole on its own line")
    func longWord() {
        #expect(
            Reflow.wrap(["see", "https://example.com/a/very/long/path", "now"], first: "", hanging: "", width: 10)
                == ["see", "https://example.com/a/very/long/path", "now"])
    }
}
