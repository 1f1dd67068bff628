import Testing

@testable import GrapevineCore

@Suite("A missing front matter field, one line")
struct FrontMatterInsertionTests {
    private func insert(_ key: String, _ value: String, into text: String) throws -> String {
        let field = FrontMatterInsertion(path: "contacts/sam.md", key: key, value: value)
        return String(decoding: try field.inserted(into: Array(text.utf8)).contents, as: UTF8.self)
    }

    @Test("an absent key goes before the closing line, in the file's line ending, the rest byte for byte")
    func absent() throws {
        #expect(
            try insert("connected", "2024-11-05", into: "---\nname: Sam\n---\nbody\n")
                == "---\nname: Sam\nconnected: 2024-11-05\n---\nbody\n")
        #expect(
            try insert("connected", "2024-11-05", into: "\u{FEFF}---\r\nname: Sam\r\n...\r\nbody")
                == "\u{FEFF}---\r\nname: Sam\r\nconnected: 2024-11-05\r\n...\r\nbody")
    }

    @Test(
        "a key a template left blank gets its value on its own line",
        arguments: ["title:", "title: ", "title: ~", "title: null", "title: \"\"", "title: ''", "title: []"])
    func blank(_ line: String) throws {
        #expect(
            try insert("title", "Chemist", into: "---\nname: Sam\n\(line)\nemail:\n---\n")
                == "---\nname: Sam\ntitle: Chemist\nemail:\n---\n")
    }

    @Test(
        "a key with a value, a comment, or a value on the lines under it, is never touched",
        arguments: [
            "title: Chemist", "title: # ask her", "title:\n  - Chemist", "title:\n- Chemist", "title: |\n  Chemist",
            "title: false",
        ])
    func written(_ lines: String) {
        #expect(throws: FrontMatterInsertion.Failure.alreadySet(path: "contacts/sam.md", key: "title")) {
            try insert("title", "Lead", into: "---\nname: Sam\n\(lines)\n---\n")
        }
    }

    @Test("a CRLF blank line keeps its line ending; a note without front matter is refused")
    func lineEndings() throws {
        #expect(try insert("title", "Chemist", into: "---\r\ntitle:\r\n---\r\n") == "---\r\ntitle: Chemist\r\n---\r\n")
        #expect(throws: FrontMatterInsertion.Failure.noFrontMatter(path: "contacts/sam.md")) {
            try insert("title", "Chemist", into: "# Sam\n\nno front matter\n")
        }
    }
}
