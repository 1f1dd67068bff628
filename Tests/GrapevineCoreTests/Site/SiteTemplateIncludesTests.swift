import Foundation
import Testing

@testable import GrapevineCore

/// Site templates that include each other for ever are refused when they are read: following
/// them overflowed the stack while the site was built.
@Suite("Site templates: includes")
struct SiteTemplateIncludesTests {
    /// The templates of a vault holding `templates` (file name → text) in `.grapevine/templates/`.
    static func load(_ templates: [String: String]) throws -> Result<SiteTemplates, TemplateLibrary.TemplateError> {
        let folder = try TestFolder(
            Dictionary(uniqueKeysWithValues: templates.map { (".grapevine/templates/" + $0.key, $0.value) }))
        do throws(TemplateLibrary.TemplateError) {
            return .success(try SiteTemplates(vaultRoot: folder.root))
        } catch {
            return .failure(error)
        }
    }

    @Test(
        "a cycle is an error at the tag in the user's template",
        arguments: [
            (["contact.html": "{{> contact}}"], ".grapevine/templates/contact.html:1:1", "contact.html → contact.html"),
            (
                ["contact.html": "{{<layout}}{{$main}}\n  {{>contact}}{{/main}}{{/layout}}"],
                ".grapevine/templates/contact.html:2:3", "contact.html → contact.html"
            ),
            // Through a built-in: the user's layout includes contact, which extends layout.
            (["layout.html": "<main>{{>contact}}</main>"], ".grapevine/templates/layout.html:1:7", "layout.html"),
            (["layout.html": "{{<layout}}{{/layout}}"], ".grapevine/templates/layout.html:1:1", "layout.html"),
            // Changed delimiters do not hide an include.
            (["contact.html": "{{=<% %>=}}\n<%> contact %>"], ".grapevine/templates/contact.html:2:1", "contact.html"),
            (["contact.html": "{{>*page}}"], ".grapevine/templates/contact.html:1:1", "named by a value"),
        ])
    func cyclesAreErrors(templates: [String: String], location: String, words: String) throws {
        guard case .failure(let error) = try Self.load(templates) else {
            Issue.record("\(templates) was accepted")
            return
        }
        #expect(error.description.hasPrefix(location + ": error: "), "\(error)")
        #expect(error.description.contains(words), "\(error)")
    }

    /// Ten includes of the next template, nine deep: no cycle, but ten billion templates for
    /// every page; checking for cycles along every path took as long.
    @Test("templates that include one another too many times over are an error", .timeLimit(.minutes(1)))
    func tooManyExpansionsAreAnError() throws {
        let names = ["layout", "link", "step", "step-detail", "log-entry", "task", "reminder", "meeting", "member"]
        var templates = ["backlink.html": "x"]
        for (name, next) in zip(names, names.dropFirst() + ["backlink"]) {
            templates[name + ".html"] = String(repeating: "{{> \(next)}}", count: 10)
        }
        templates["layout.html"]! += "{{$main}}{{/main}}"
        guard case .failure(let error) = try Self.load(templates) else {
            Issue.record("the templates were accepted")
            return
        }
        // backlink stands for 1, member 11, meeting 111, reminder 1,111: task passes 2,000 at its
        // second include.
        #expect(error.description.hasPrefix(".grapevine/templates/task.html:1:15: error: "), "\(error)")
        #expect(error.description.contains("more than 2000 times over"), "\(error)")
        #expect(error.description.contains("task.html → reminder.html); include"), "\(error)")
    }

    @Test("the built-in templates are far from the limit, and a template included twice is followed once")
    func builtInsAndSharedIncludes() throws {
        let shared = ["layout.html": "{{> link}}{{> step}}{{$main}}{{/main}}", "step.html": "{{> link}}{{> link}}"]
        guard case .success = try Self.load(shared) else {
            Issue.record("the templates were refused")
            return
        }
    }

    @Test(
        "includes that end are fine, and so are tags that only look like includes",
        arguments: [
            ["contact.html": "{{! {{> contact}} }}{{{name}}} {{#x}}{{/x}}"],
            ["layout.html": "<main>{{$main}}{{/main}}</main>", "contact.html": "{{<layout}}{{/layout}}"],
        ])
    func acyclicIsFine(templates: [String: String]) throws {
        guard case .success = try Self.load(templates) else {
            Issue.record("\(templates) was refused")
            return
        }
    }

    @Test(
        "a template that extends or includes one no template is named is an error listing the templates",
        arguments: [
            (
                ["contact.html": "{{<mylayout}}{{$main}}<p>{{name}}</p>{{/main}}{{/mylayout}}"], "1:1",
                "'mylayout' to extend"
            ),
            (
                ["contact.html": "{{<layout}}{{$main}}\n  {{> nothere}}{{/main}}{{/layout}}"], "2:3",
                "'nothere' to include"
            ),
            (["log-entry.html": "<li>{{{text}}}{{>step-details}}</li>"], "1:15", "'step-details' to include"),
        ])
    func unknownTemplatesAreErrors(templates: [String: String], place: String, words: String) throws {
        guard case .failure(let error) = try Self.load(templates) else {
            Issue.record("\(templates) was accepted")
            return
        }
        let file = templates.keys.first!
        #expect(error.description.hasPrefix(".grapevine/templates/\(file):\(place): error: "), "\(error)")
        #expect(error.description.contains("there is no site template \(words)"), "\(error)")
        #expect(error.description.contains("the templates are layout, dashboard, contacts, contact,"), "\(error)")
    }

    @Test func theBuiltInTemplatesIncludeNoCycle() throws {
        guard case .success = try Self.load([:]) else {
            Issue.record("the built-in templates were refused")
            return
        }
    }
}
