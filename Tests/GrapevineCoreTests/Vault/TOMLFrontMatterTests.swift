import Testing

@testable import GrapevineCore

@Suite("Front matter in TOML between '+++' lines, as Hugo writes it")
struct TOMLFrontMatterTests {
    @Test("is an error naming the form, with the first field written as YAML; the body after it is the body")
    func reported() throws {
        let vault = try TemporaryVault.load([
            "contacts/gus-lim.md":
                "+++\n# from Hugo\nname = \"Gus Lim\"\norganization = \"Acme\"\n+++\n## Log\n- 2026-11-04 messaged\n"
        ])
        let problems = vault.diagnostics.map {
            "\($0.severity) \($0.line):\($0.column) \($0.code.rawValue) | \($0.hint ?? "")"
        }
        #expect(
            problems == [
                "error 1:1 malformed-front-matter | write it as YAML between lines '---', such as 'name: \"Gus Lim\"'"
            ])
        let note = try #require(vault.notes.first)
        #expect(note.frontMatter.entries.isEmpty, "none of the TOML is read as fields")
        #expect(note.bodyLineOffset == 5)
        #expect(note.contact?.log.map(\.date.description) == ["2026-11-04"], "the Log under it is read")
        #expect(vault.notesOfUnknownPrivacy == [0], "site --public leaves it out")
    }

    @Test("'+++' that is never closed, or not on the first line, is text")
    func textOtherwise() throws {
        for text in ["+++\nname = \"Gus\"\n", "Intro\n+++\nname = \"Gus\"\n+++\n", "++++\na = 1\n++++\n"] {
            let vault = try TemporaryVault.load(["notes/a.md": text])
            #expect(!vault.diagnostics.contains { $0.code == .malformedFrontMatter }, "\(text.debugDescription)")
            #expect(vault.notes.first?.bodyLineOffset == 0)
        }
    }

    @Test("a TOML block with no simple field still gets the YAML hint")
    func hintWithoutExample() throws {
        let vault = try TemporaryVault.load(["notes/a.md": "+++\n[params]\n+++\nBody\n"])
        #expect(vault.diagnostics.map(\.hint) == ["write it as YAML between lines '---'"])
    }
}

@Suite("Front matter as a JSON object, as Hugo and Zettlr write it")
struct JSONFrontMatterTests {
    @Test("is an error naming the form, with the first field written as YAML; the body after it is the body")
    func reported() throws {
        let vault = try TemporaryVault.load([
            "contacts/mia-green.md":
                "{\n  \"name\": \"Mia Green\",\n  \"private\": true\n}\n## Log\n- 2026-11-04 messaged\n"
        ])
        let problems = vault.diagnostics.map {
            "\($0.severity) \($0.line):\($0.column) \($0.code.rawValue) | \($0.message) | \($0.hint ?? "")"
        }
        #expect(
            problems == [
                "error 1:1 malformed-front-matter | the front matter is JSON (between lines '{' and '}'), which "
                    + "Grapevine does not read; none of its fields is used | write it as YAML between lines '---', "
                    + "such as 'name: \"Mia Green\"'"
            ])
        let note = try #require(vault.notes.first)
        #expect(note.frontMatter.entries.isEmpty)
        #expect(note.bodyLineOffset == 4)
        #expect(note.contact?.log.map(\.date.description) == ["2026-11-04"], "the Log under it is read")
        #expect(vault.notesOfUnknownPrivacy == [0], "site --public leaves it out")
    }

    @Test("a note that starts with a brace of its own is text")
    func textOtherwise() throws {
        for text in ["{\nname: Gus\n}\n", "{\n\"name\": \"Gus\"\n", "{ \"a\": 1 }\nText\n", "Intro\n{\n\"a\": 1\n}\n"] {
            let vault = try TemporaryVault.load(["notes/a.md": text])
            #expect(!vault.diagnostics.contains { $0.code == .malformedFrontMatter }, "\(text.debugDescription)")
            #expect(vault.notes.first?.bodyLineOffset == 0)
        }
    }
}

@Suite("Logseq page properties (key:: value lines at the top)")
struct LogseqPropertiesTests {
    @Test("the tester's page: one error with the first property as YAML, no 'missing note' for a link in them")
    func reported() throws {
        let vault = try TemporaryVault.load([
            "pages/Tom Hale.md":
                "type:: contact\norganization:: [[Beta Corp]]\nadded:: 2026-11-25\nreferred_by:: [[Maria Lopez]]\n\n"
                + "- ## Log\n\t- 2026-11-26 emailed: hi\n",
            "pages/Ann.md": "organization:: [[Beta Corp]]\nprivate:: true\nBody [[Zed]].\n",
        ])
        let problems = vault.diagnostics.map { "\($0.file):\($0.line) \($0.code.rawValue) | \($0.hint ?? "")" }
        #expect(
            problems == [
                "pages/Ann.md:1 malformed-front-matter | write it as YAML between lines '---', such as "
                    + "'organization: \"[[Beta Corp]]\"'",
                "pages/Ann.md:3 missing-note | check the spelling, or create the note",
                "pages/Tom Hale.md:1 malformed-front-matter | write it as YAML between lines '---', such as "
                    + "'type: contact'",
            ])
        #expect(vault.diagnostics.first?.message.hasPrefix("the front matter is Logseq page properties") == true)
        let ann = try #require(vault.notes.first { $0.path == "pages/Ann.md" })
        #expect(ann.bodyLineOffset == 2)
        #expect(Set(vault.notesOfUnknownPrivacy).count == 2, "site --public leaves both out: private:: is not read")
    }

    @Test("a '::' that is not a property line at the top is text")
    func textOtherwise() throws {
        for text in ["Intro\ntype:: contact\n", "a b:: c\n", "key::value\n", "- type:: contact\n"] {
            let vault = try TemporaryVault.load(["notes/a.md": text])
            #expect(!vault.diagnostics.contains { $0.code == .malformedFrontMatter }, "\(text.debugDescription)")
            #expect(vault.notes.first?.bodyLineOffset == 0)
        }
    }
}
