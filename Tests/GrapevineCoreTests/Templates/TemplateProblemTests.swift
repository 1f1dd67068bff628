import Mustache
import Testing

@testable import GrapevineCore

/// A template swift-mustache cannot read is an error in our own words, at the tag to fix: its
/// error cases (`expectedSectionEnd`, …) at the place it had read to (for a section never
/// closed, past the end of the file) told a user nothing.
@Suite("Templates: what is wrong with a broken one, and where")
struct TemplateProblemTests {
    /// The error of the note template `contact.md` holding `text`.
    static func error(_ text: String) throws -> TemplateLibrary.TemplateError? {
        let folder = try TestFolder([".grapevine/templates/contact.md": text])
        do {
            _ = try folder.library.render("contact.md", ["name": "Sam"])
            return nil
        } catch {
            return error
        }
    }

    /// The names of swift-mustache's error cases, none of which a message may show.
    static let caseNames = [
        "sectionCloseNameIncorrect", "unfinishedName", "expectedSectionEnd", "invalidSetDelimiter",
        "transformAppliedToInheritanceSection", "illegalTokenInsideInheritSection", "textInsideInheritSection",
        "invalidConfigVariableSyntax", "unrecognisedConfigVariable", "overflow",
    ]

    @Test(
        "each kind of broken template is named at its tag, with what to write",
        arguments: [
            // A section never closed: at the opening tag, not past the end of the file.
            (
                "Hello {{name}}\n{{#log}}\nline\nmore\n", "2:1",
                "the section 'log' opened here is never closed; add {{/log}}"
            ),
            ("{{^a}}{{/a}}  {{^ b }}", "1:15", "the inverted section 'b' opened here is never closed; add {{/b}}"),
            ("{{#a}}\n  {{#b}}\n{{/b}}\n", "1:1", "the section 'a' opened here is never closed; add {{/a}}"),
            ("{{=<% %>=}}\n<%#a%>\n", "2:1", "the section 'a' opened here is never closed; add <%/a%>"),
            ("{{<p}}\n{{$x}}{{/x}}{{/p}}{{<q}}", "2:19", "'{{<q}}' opened here is never closed; add {{/q}}"),
            ("{{$main}}\n", "1:1", "the block 'main' opened here is never closed; add {{/main}}"),
            // A closing tag for another section, or for none.
            (
                "Hi\n{{#log}}\nline\n{{/wrong}}\n", "4:1",
                "'{{/wrong}}' closes 'wrong', but the section open here is 'log' (line 2, column 1); "
                    + "close that one first with {{/log}}"
            ),
            ("{{#a}}{{#b}}\n{{/a}}\n", "2:1", "the section open here is 'b' (line 1, column 7)"),
            ("name: {{/oops}}\n", "1:7", "'{{/oops}}' closes 'oops', which is not open here; remove it"),
            // Tags never ended.
            ("Hello {{name}}\nx {{name\nmore\n", "2:3", "the tag '{{name' is never closed; end it with }}"),
            ("{{name", "1:1", "the tag '{{name' is never closed; end it with }}"),
            ("{{#a}}\n{{/a", "2:1", "the tag '{{/a' is never closed"),
            ("x {{! a comment\nmore\n", "1:3", "the comment '{{! a comment' is never closed; end it with }}"),
            ("x {{{name}}\nmore\n", "1:3", "'{{{name}}' opens with {{{ but does not end with }}}; write {{{name}}}"),
            ("x {{{name}}", "1:3", "opens with {{{ but does not end with }}}"),
            ("x {{name\n  more}}\n", "1:3", "the tag '{{name…' is not closed on its line; end it with }}"),
            // Names and settings that cannot be read.
            ("x {{first name}}\n", "1:3", "'{{first name}}' is not a tag Mustache can read: a name is letters, digits"),
            ("{{> my partial}}", "1:1", "a template's name is letters, digits"),
            ("x {{f(name}}\n", "1:3", "'{{f(name}}' has parentheses that do not pair up"),
            ("é {{#héllo}}", "1:3", "'{{#héllo}}' is not a tag Mustache can read"),
            ("x {{=<% %>}}\n", "1:3", "'{{=<% %>}}' does not set delimiters; write {{=<% %>=}}"),
            ("x {{% FOO: BAR}}\n", "1:3", "'{{% FOO: BAR}}' is not a setting Mustache knows"),
            ("x {{%CONTENT_TYPE: PDF}}\n", "1:3", "is not a setting Mustache knows"),
            ("x {{$b(t)}}{{/b}}\n", "1:3", "a block cannot apply a function, as '{{$b(t)}}' does"),
            // Inside `{{<parent}}`, only blocks.
            ("x {{<p}}{{name}}{{/p}}\n", "1:9", "'{{name}}' cannot be inside '{{<p}}', which holds only blocks"),
            ("{{<p}}\n{{$a}}{{/a}}\n  {{#s}}{{/s}}\n{{/p}}", "3:3", "'{{#s}}' cannot be inside '{{<p}}'"),
        ])
    func described(template: String, place: String, words: String) throws {
        let error = try #require(try Self.error(template), "\(template) was accepted")
        #expect(error.description.hasPrefix(".grapevine/templates/contact.md:\(place): error: "), "\(error)")
        #expect(error.message.contains(words), "\(error)")
        for name in Self.caseNames { #expect(!error.message.contains(name), "\(error)") }
    }

    /// Every tag of every built-in template removed, or cut short by its last character: a
    /// broken template of any shape, the way hand edits break them.
    static var brokenBuiltIns: [(name: String, text: String)] {
        let builtIns = DefaultTemplates.all + (SiteTemplates.defaults + SiteTemplates.parts).map { ($0.name, $0.text) }
        return builtIns.flatMap { name, text in
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return TemplateTag.tags(in: text).flatMap { tag -> [(String, String)] in
                var line = String(lines[tag.line - 1])
                let scalars = Array(line.unicodeScalars)
                let start = tag.column - 1
                let length = min(tag.text.unicodeScalars.count, scalars.count - start)
                let cut = { (drop: Range<Int>) in
                    String(String.UnicodeScalarView(scalars[..<drop.lowerBound] + scalars[drop.upperBound...]))
                }
                var broken: [(String, String)] = []
                for drop in [start..<start + length, start + length - 1..<start + length] {
                    line = cut(drop)
                    var edited = lines.map(String.init)
                    edited[tag.line - 1] = line
                    broken.append((name, edited.joined(separator: "\n")))
                }
                return broken
            }
        }
    }

    @Test("whatever breaks a template, the error is at a place in the file, in words")
    func everyBreakage() throws {
        var refused = 0
        for (name, text) in Self.brokenBuiltIns {
            guard let error = try Self.error(text) else { continue }
            refused += 1
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect((1...lines.count).contains(error.line), "\(name): \(error)")
            if (1...lines.count).contains(error.line) {
                let length = lines[error.line - 1].unicodeScalars.count
                #expect((1...length + 1).contains(error.column), "\(name): \(error)")
            }
            for caseName in Self.caseNames { #expect(!error.message.contains(caseName), "\(name): \(error)") }
            #expect(!error.message.hasPrefix("this template cannot be read"), "\(name): \(error)")
        }
        #expect(refused > 50)
    }

    @Test(
        "templates swift-mustache reads are not refused by the tags read again",
        arguments: [
            "{{#a}}\n{{#b}}x{{/b}}\n{{/a}}\n{{name}}", "{{! {{#a}} }}", "{{{name}}} {{&name}} {{ name }}",
            "{{=<% %>=}}<%#a%><%/a%> {{#b}}", "{{<layout}}{{$main}}{{name}}{{/main}}{{/layout}}",
            "{{#upper(a)}}{{/upper(a)}}", "x {{", "{{# log }}{{/log}}",
        ])
    func readable(template: String) throws {
        #expect(TemplateProblem.first(in: template) == nil)
    }
}
