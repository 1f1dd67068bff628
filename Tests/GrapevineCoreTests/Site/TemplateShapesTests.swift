import Mustache
import Testing

@testable import GrapevineCore

@Suite("Template shapes: pages filled in from a rendered shape")
struct TemplateShapesTests {
    @Test func builtInTemplatesCanBeFilledIn() {
        for (name, text) in SiteTemplates.defaults {
            #expect(TemplateShapes.canFillIn(text), "\(name)")
        }
    }

    @Test(arguments: [
        "{{uppercased(name)}}", "{{#empty(name)}}none{{/empty(name)}}", "{{=<% %>=}}<% name %>",
        "{{>*partial}}", "{{ reversed(name) }}", "a\u{E000}0'b", "{{{ reversed(html) }}}",
        "ok {{name}} then {{#a}}{{b(c)}}{{/a}}", "{{ =<% %>= }}",
    ])
    func templatesWhoseOutputMayDependOnTheTextAreNot(source: String) {
        #expect(!TemplateShapes.canFillIn(source))
    }

    @Test(arguments: [
        "{{name}}", "{{{html}}}", "(parentheses) outside {{name}} tags", "{ single {braces} (x) }",
        "{{>partial}}", "{{#a}}{{/a}}", "= {{name}} * ", "\u{E001}\u{E0000}é", "{{",
    ])
    func templatesThatOnlyPlaceValuesCanBe(source: String) {
        #expect(TemplateShapes.canFillIn(source))
    }

    /// Sections on flags and on text, escaped and unescaped values, empty text, numbers, and a
    /// value ending a line inside an indented partial (Mustache indents after line breaks).
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        let page = """
            <h1 title="{{name}}">{{name}}</h1>
            {{#flag}}<p>{{{html}}}</p>{{/flag}}{{^flag}}<p>no flag</p>{{/flag}}
            {{#note}}<em>{{note}}</em>{{/note}}
              {{>list}}
            <p>{{count}} · {{{html}}}</p>

            """
        library.register(try! MustacheTemplate(string: page), named: "page")
        library.register(try! MustacheTemplate(string: "<ul>\n{{{items}}}{{{more}}}</ul>\n"), named: "list")
        return library
    }()

    static var values: [PageValues] {
        [
            page(
                name: "Ann & <Bo>", flag: true, html: "<b>x</b>", note: "", count: 3, items: "<li>a</li>\n",
                more: "<li>b</li>\n"),
            page(
                name: "Cy \"C\"", flag: false, html: "<i>y</i>", note: "a 'note'", count: 0, items: "<li>c</li>\n",
                more: ""),
            page(name: "Di", flag: true, html: "", note: "n", count: 12, items: "", more: "<li>d</li>"),
            page(
                name: "Ed", flag: true, html: "<b>z</b>", note: "", count: 7, items: "<li>e</li>\n",
                more: "<li>f</li>\n"),
        ]
    }

    static func page(
        name: String, flag: Bool, html: String, note: String, count: Int, items: String, more: String
    ) -> PageValues {
        var values = PageValues()
        values["name"] = name
        values["flag"] = flag
        values["html"] = html
        values["note"] = note
        values["count"] = count
        values["items"] = items
        values["more"] = more
        return values
    }

    @Test(arguments: [true, false])
    func filledInPagesEqualMustachesOwn(verifying: Bool) throws {
        let shapes = TemplateShapes(verifying: verifying)
        // Twice: the first time makes each shape, the second fills it in; one memo throughout,
        // as a list's parts share one, so that it is kept and replaced as the shape changes.
        var memo: TemplateShapes.Memo?
        for values in Self.values + Self.values {
            let filled = Self.render(shapes, values, memo: &memo)
            #expect(filled == Self.library.render(values.dictionary, withTemplate: "page"))
        }
        // Ann and Ed have the same shape: Ed's page is filled in from the one made for Ann.
        #expect(shapes.counts.shapes == 3)
        #expect(shapes.counts.mustache == 0)
    }

    private static func render(_ shapes: TemplateShapes, _ values: PageValues, memo: inout TemplateShapes.Memo?)
        -> String
    {
        var html = HTMLWriter()
        shapes.render("page", values, in: library, into: &html, memo: &memo)
        return html.html
    }

    @Test func aValueSetTwiceShowsTheLaterOne() throws {
        var values = Self.values[0]
        values["name"] = "Later"
        values["flag"] = false
        var memo: TemplateShapes.Memo?
        let filled = Self.render(TemplateShapes(), values, memo: &memo)
        #expect(filled.contains("<h1 title=\"Later\">Later</h1>"))
        #expect(filled.contains("no flag"))
        #expect(filled == Self.library.render(values.dictionary, withTemplate: "page"))
    }
}

@Suite("Page values: a page's text, numbers and flags in order")
struct PageValuesTests {
    @Test func theLaterValueOfAKeyWinsAndNilRemovesIt() {
        var values = PageValues()
        values["name"] = "Ann"
        values["name"] = "Bo"
        values["count"] = 2
        #expect(values["name"] == "Bo")
        #expect(values.dictionary["name"] as? String == "Bo")
        values["name"] = nil as String?
        #expect(values["name"] == nil as String?)
        #expect(values.keys == ["count"])
    }

    @Test func putSetsTheTextAndWhetherThereIsAny() {
        var values = PageValues()
        values.put("ledTo", HTMLWriter("<ul></ul>"))
        values.put("log", HTMLWriter())
        values.put("unusual", HTMLWriter("x"))
        #expect(values["hasLedTo"] == true)
        #expect(values["hasLog"] == false)
        #expect(values["hasUnusual"] == true)
        #expect(values["ledTo"] == "<ul></ul>")
    }
}
