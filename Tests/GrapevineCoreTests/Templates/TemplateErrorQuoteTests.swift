import Testing

@testable import GrapevineCore

/// A template error is printed as `check` prints a diagnostic, by the same printer: the place,
/// the line quoted, a caret under the column.
@Suite("Templates: errors quote the line with a caret")
struct TemplateErrorQuoteTests {
    @Test("a note template's tag never closed: its line quoted, the caret at the tag")
    func noteTemplate() throws {
        let error = try #require(try TemplateProblemTests.error("---\nname: {{name}}\n---\nHi {{#x}}\nhello\n"))
        #expect(
            error.description == """
                .grapevine/templates/contact.md:4:4: error: the section 'x' opened here is never closed; \
                add {{/x}} where it ends
                   4 | Hi {{#x}}
                     |    ^
                """)
        #expect(error.description == DiagnosticFormatter().format(error.diagnostic, text: error.text))
        #expect(error.diagnostic.code == .unusableTemplate)
    }

    @Test("a caret under a tag after wide characters and tabs, as under a note's")
    func wideCharactersAndTabs() throws {
        let error = try #require(try TemplateProblemTests.error("名前\t{{name"))
        #expect(error.description.hasSuffix("   1 | 名前\t{{name\n     |     \t^"), "\(error)")
    }

    @Test("a site template's include of no template, and a cycle: quoted from the user's file")
    func siteTemplates() throws {
        let unknown = ["contact.html": "{{<layout}}{{$main}}\n  {{> nothere}}{{/main}}{{/layout}}"]
        guard case .failure(let error) = try SiteTemplateIncludesTests.load(unknown) else {
            Issue.record("accepted")
            return
        }
        #expect(error.description.hasSuffix("\n   2 |   {{> nothere}}{{/main}}{{/layout}}\n     |   ^"), "\(error)")
        guard
            case .failure(let cycle) = try SiteTemplateIncludesTests.load(["layout.html": "<main>{{>contact}}</main>"])
        else {
            Issue.record("accepted")
            return
        }
        #expect(cycle.description.hasSuffix("\n   1 | <main>{{>contact}}</main>\n     |       ^"), "\(cycle)")
    }

    @Test("a template that cannot be read at all has no line to quote: the first line alone")
    func unreadable() {
        let error = TemplateLibrary.TemplateError(
            file: ".grapevine/templates/contact.md", line: 1, column: 1, message: "this template cannot be used: x")
        #expect(error.description == ".grapevine/templates/contact.md:1:1: error: this template cannot be used: x")
    }
}
