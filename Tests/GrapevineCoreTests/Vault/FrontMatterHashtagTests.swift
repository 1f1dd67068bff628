import Testing

@testable import GrapevineCore

@Suite("Hashtags in front matter, which YAML reads as comments")
struct FrontMatterHashtagTests {
    private func problems(_ frontMatter: String) throws -> [String] {
        let vault = try TemporaryVault.load(["contacts/a.md": "---\nname: Ann\n" + frontMatter + "---\n"])
        return vault.diagnostics.map { "\($0.severity) \($0.line):\($0.column) \($0.message) | \($0.hint ?? "")" }
    }

    @Test("tags: #mentor #warm leaves the tags empty: a warning with the list to write")
    func emptyValue() throws {
        #expect(
            try problems("tags: #mentor #warm\n") == [
                "warning 3:7 YAML reads '#mentor #warm' as a comment, so 'tags' is empty | write the tags without '#': 'tags: [mentor, warm]'"
            ])
    }

    @Test("tags: [#mentor, warm] never closes its list: the error points at the '#', not the next line")
    func unclosedList() throws {
        #expect(
            try problems("tags: [#mentor, warm]\nadded: 2026-11-01\n") == [
                "error 3:8 malformed front matter: YAML reads '#mentor, warm]' as a comment, so the list it is in is never closed | write the tags without '#': 'tags: [mentor, warm]'"
            ])
    }

    @Test("a block list item that is a hashtag is an empty item")
    func blockItem() throws {
        #expect(
            try problems("tags:\n  - #mentor\n  - warm\n") == [
                "warning 4:5 YAML reads '#mentor' as a comment, so this item is empty | write the tags without '#': 'tags: [mentor]'"
            ])
    }

    @Test("comments meant as comments, quoted hashtags and a # inside a value are left alone")
    func leftAlone() throws {
        #expect(
            try problems("tags: [mentor] # from the meetup\nphone: \"#123\"\nlocation: Room #4\n# a note\n").isEmpty)
        #expect(try problems("source:   # fill in later\n").isEmpty)
    }
}

@Suite("Quoted hashtags in tags, as Obsidian's tag properties may hold them")
struct QuotedHashtagTests {
    @Test("'#job/search' is the tag job/search: one leading '#' is dropped, one tag with the unquoted one")
    func leadingHashDropped() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md":
                "---\nname: Ann\ntags:\n  - \"#job/search\"\n  - job/search\n  - \"##two\"\n  - \"#\"\n---\n"
        ])
        #expect(vault.notes.first?.tags == ["job/search", "#two"])
        #expect(vault.diagnostics.isEmpty)
    }

    @Test(
        "each tag once, in the order first written, however many there are",
        arguments: [
            ("[\"#a\", a]", ["a"]), ("[a, b]", ["a", "b"]), ("[\"#\", x]", ["x"]), ("[a]", ["a"]),
            ("[a, b, a, c, b]", ["a", "b", "c"]), ("[b, \"#b\", b]", ["b"]), ("[]", []),
        ])
    func eachTagOnce(tags: String, expected: [String]) throws {
        let vault = try TemporaryVault.load(["contacts/a.md": "---\nname: Ann\ntags: \(tags)\n---\n"])
        #expect(vault.notes.first?.tags == expected)
    }
}
