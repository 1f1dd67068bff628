import Testing

@testable import GrapevineCore

/// A note's Markdown as `show` and `prep` print it: the words a reader sees, a link's address
/// after them, the lines' block markup kept.
@Suite("Markdown as a terminal shows it")
struct TerminalMarkdownTests {
    @Test(
        "each line as a reader sees it",
        arguments: [
            (
                "- See the [careers page](https://acme.com/jobs).",
                "- See the careers page (https://acme.com/jobs)."
            ),
            ("**Bold**, *em*, __strong__ and `code`", "Bold, em, strong and code"),
            ("- [[Sam Reyes|Sam]] runs it; [[Ana Li]] too", "- Sam runs it; Ana Li too"),
            ("[https://acme.com](https://acme.com)", "https://acme.com"),
            ("Ask [Sam](../contacts/sam.md) first", "Ask Sam first"),
            ("[email me](mailto:ana@acme.com)", "email me (mailto:ana@acme.com)"),
            ("[posting](<https://acme.com/a> \"Posting\")", "posting (https://acme.com/a)"),
            ("  - [ ] nested **task**", "  - [ ] nested task"),
            ("1. first [[x]]", "1. first x"),
            ("## Sub *heading*", "## Sub heading"),
            ("> a **quote**", "> a quote"),
            ("- ~~Filled role~~ (gone)", "- ~~Filled role~~ (gone)"),
            ("snake_case, C# and a\\*b", "snake_case, C# and a*b"),
            ("| a | **b** |", "| a | **b** |"),
            ("[1]: https://acme.com", "[1]: https://acme.com"),
            ("- ", "-"),
        ])
    func line(markdown: String, shown: String) {
        #expect(TerminalMarkdown.of(markdown) == shown)
    }

    @Test("code blocks stay as written, and blank lines stay")
    func codeBlock() {
        let markdown = "Intro **x**\n\n```\n**y** [a](https://b.c)\n```\nafter [[Z]]"
        #expect(TerminalMarkdown.of(markdown) == "Intro x\n\n```\n**y** [a](https://b.c)\n```\nafter Z")
    }
}
