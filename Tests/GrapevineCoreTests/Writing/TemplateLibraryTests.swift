import Foundation
import Testing

@testable import GrapevineCore

extension TestFolder {
    /// The note and draft templates of a vault in this folder.
    var library: TemplateLibrary { TemplateLibrary(vaultRoot: root) }
}

@Suite("Templates: built-in, overridden, plain text")
struct TemplateLibraryTests {
    @Test("without a user template, the built-in one renders")
    func builtIn() throws {
        let folder = try TestFolder()
        let text = try folder.library.render("organization.md", ["name_yaml": "Brightfield Foods"])
        #expect(text.hasPrefix("---\nname: Brightfield Foods\n"))
        #expect(text.contains("## Research"))
        #expect(folder.library.origin(of: "organization.md") == "built-in organization.md")
    }

    @Test("a template in .grapevine/templates wins over the built-in one")
    func userOverride() throws {
        let folder = try TestFolder([".grapevine/templates/contact.md": "Hello {{name}}, added {{today}}\n"])
        let text = try folder.library.render("contact.md", ["name": "Sam Reyes", "today": "2026-11-21"])
        #expect(text == "Hello Sam Reyes, added 2026-11-21\n")
        #expect(folder.library.origin(of: "contact.md") == ".grapevine/templates/contact.md")
        // Other templates are still the built-in ones.
        #expect(folder.library.origin(of: "interview.md") == "built-in interview.md")
    }

    @Test("values are inserted as written, never HTML-escaped")
    func plainText() throws {
        let folder = try TestFolder()
        let name = "Ana & <Leo> \"O'Brien\""
        let text = try folder.library.render("organization.md", ["name_yaml": name])
        #expect(text.contains("name: \(name)\n"))
        #expect(!text.contains("&amp;") && !text.contains("&lt;") && !text.contains("&quot;"))
    }

    @Test("a broken user template is an error with its file, line and column")
    func located() throws {
        let folder = try TestFolder([
            ".grapevine/templates/contact.md": "---\nname: {{name}}\ntags: {{#tags}}\n---\n"
        ])
        #expect {
            try folder.library.render("contact.md", ["name": "Sam"])
        } throws: { error in
            guard let error = error as? TemplateLibrary.TemplateError else { return false }
            return error.file == ".grapevine/templates/contact.md" && error.line > 1
                && error.description.hasPrefix(".grapevine/templates/contact.md:\(error.line):\(error.column): error:")
        }
    }

    @Test("an error on the first line gets the column of the file, not of the hidden pragma")
    func firstLineColumn() throws {
        let folder = try TestFolder([".grapevine/templates/contact.md": "name: {{/oops}}\n"])
        do {
            _ = try folder.library.render("contact.md", [:])
            Issue.record("the template should not render")
        } catch {
            #expect(error.line == 1)
            #expect((1...16).contains(error.column), "column \(error.column) is outside the first line")
        }
    }

    @Test(
        "a note template that includes or extends another is refused at the tag, naming it",
        arguments: [
            ("Hello {{name}}\n{{> nosuch}}\n", "2:1", "there is no note template 'nosuch' to include"),
            ("Hello {{name}}\n  {{> contact.md}}\n", "2:3", "there is no note template 'contact.md' to include"),
            ("x {{<layout}}{{$main}}x{{/main}}{{/layout}}", "1:3", "there is no note template 'layout' to extend"),
            ("{{=<% %>=}}\n<%>*which%>", "2:1", "there is no note template '*which' to include"),
        ])
    func includesAreRefused(template: String, place: String, words: String) throws {
        let folder = try TestFolder([".grapevine/templates/contact.md": template])
        let errors = [
            #expect(throws: TemplateLibrary.TemplateError.self) { try folder.library.render("contact.md", [:]) },
            #expect(throws: TemplateLibrary.TemplateError.self) { try folder.library.prepared("contact.md") },
        ]
        for error in errors {
            let error = try #require(error)
            #expect(error.description.hasPrefix(".grapevine/templates/contact.md:\(place): error: \(words); "))
            #expect(error.message.hasSuffix("include no other template, so write its text here instead"))
        }
    }

    @Test("a tag that only looks like an include is not one")
    func commentedInclude() throws {
        let folder = try TestFolder([".grapevine/templates/contact.md": "{{! {{> nosuch}}Hi {{name}}\n"])
        #expect(try folder.library.render("contact.md", ["name": "Sam"]) == "Hi Sam\n")
    }

    /// Values for many notes, of several shapes: present, absent, empty, ending a line, with
    /// characters HTML would escape and with the marker's apostrophe.
    static var people: [[String: Any]] {
        [
            ["name": "Sam Reyes", "name_yaml": "Sam Reyes", "today": "2026-11-21"],
            [
                "name": "Ana O'Brien", "name_yaml": "\"Ana O'Brien\"", "title_yaml": "VP & <Head>",
                "today": "2026-11-21",
            ],
            ["name": "Leo", "name_yaml": "Leo", "title_yaml": "", "today": "2026-11-21"],
            ["name": "Kim", "name_yaml": "Kim", "email_yaml": "\"kim@example.com\"\n", "today": "2026-11-21"],
            ["name": "Ana O'Brien", "name_yaml": "\"Ana O'Brien\"", "title_yaml": "CTO", "today": "2026-11-22"],
            ["name": "Jo", "questions": ["Why?", "How?"], "today": "2026-11-21"],
        ]
    }

    @Test(
        "a prepared template renders each note as Mustache does, whatever its values",
        arguments: [
            nil,
            "---\nname: {{name_yaml}}\ntitle:{{#title_yaml}} {{.}}{{/title_yaml}}\n{{^title_yaml}}# no title\n{{/title_yaml}}"
                + "email: {{email_yaml}}\nadded: {{today}}\n---\n\n# {{name}}\n{{#questions}}- {{.}}\n{{/questions}}",
            "{{name}} in capitals: {{uppercased(name)}}\n",
            "{{=<% %>=}}<% name %> and <% title_yaml %>\n",
            "{{#name}}[{{.}}]{{/name}}{{^name}}nobody{{/name}} \u{E000}0' {{name}}\n",
        ] as [String?])
    func preparedLikeMustache(_ template: String?) throws {
        let folder = try TestFolder(template.map { [".grapevine/templates/contact.md": $0] } ?? [:])
        let prepared = try folder.library.prepared("contact.md")
        // Twice over: the first note of a shape is rendered by Mustache, later ones filled in.
        for values in Self.people + Self.people {
            #expect(try prepared.render("contact.md", values) == folder.library.render("contact.md", values))
        }
    }

    /// Sections over a list, nested: each repeats what it holds once per item of each, so 32
    /// of them over two names would repeat the text four billion times.
    @Test("sections over lists nested too deep are an error, not a draft that never ends", .timeLimit(.minutes(1)))
    func nestedListSectionsAreBounded() throws {
        let nested =
            String(repeating: "{{#suggested}}", count: 32) + "x" + String(repeating: "{{/suggested}}", count: 32)
        let folder = try TestFolder([".grapevine/templates/thank-you.md": "Hi\n" + nested + "\n"])
        let values: [String: Any] = ["suggested": ["Bo", "Cy"], "name": "Ann"]
        for library in [folder.library, try folder.library.prepared("thank-you.md")] {
            #expect {
                try library.render("thank-you.md", values)
            } throws: { error in
                // 2^14 = 16,384 is the first count over 10,000: the fourteenth section.
                (error as? TemplateLibrary.TemplateError)?.description.hasPrefix(
                    ".grapevine/templates/thank-you.md:2:183: error: sections over lists are nested") == true
            }
        }
        // The same sections with no list to go over, or a short nesting, render.
        #expect(try folder.library.render("thank-you.md", ["suggested": "Bo"]) == "Hi\nx\n")
        let few =
            String(repeating: "{{#suggested}}", count: 3) + "{{.}}" + String(repeating: "{{/suggested}}", count: 3)
        let short = try TestFolder([".grapevine/templates/thank-you.md": few])
        #expect(try short.library.render("thank-you.md", values) == "BoCyBoCyBoCyBoCy")
    }
}
