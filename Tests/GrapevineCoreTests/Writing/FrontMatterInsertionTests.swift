import Testing

@testable import GrapevineCore

@Suite("Missing front matter fields, one line each, in one write")
struct FrontMatterInsertionTests {
    private func insert(_ fields: [(String, String)], into text: String, leavingOutWritten: Bool = false) throws
        -> (text: String, inserted: FrontMatterInsertion.Inserted)
    {
        let insertion = FrontMatterInsertion(
            path: "contacts/sam.md", fields: fields.map { FrontMatterInsertion.Field(key: $0.0, value: $0.1) })
        let (contents, inserted) = try insertion.inserted(
            into: Array(text.utf8), leavingOutWritten: leavingOutWritten)
        return (String(decoding: contents, as: UTF8.self), inserted)
    }

    private func insert(_ key: String, _ value: String, into text: String) throws -> String {
        try insert([(key, value)], into: text).text
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
            "title: false", "title: \"\" # ask", "title: [Chemist]",
        ])
    func written(_ lines: String) throws {
        let text = "---\nname: Sam\n\(lines)\n---\n"
        #expect(
            throws: FrontMatterInsertion.Failure.alreadySet(path: "contacts/sam.md", key: "title", line: 3, column: 1)
        ) {
            try insert("title", "Lead", into: text)
        }
        let leftOut = try insert([("title", "Lead")], into: text, leavingOutWritten: true)
        #expect(leftOut.text == text)
        #expect(leftOut.inserted.fields.isEmpty)
    }

    @Test("several fields in one edit: blank ones filled where they are, absent ones before the fence, in order")
    func several() throws {
        let original = "---\r\nname: Sam\r\ntitle:\r\nemail: sam@work.example\r\ntags: []\r\n---\r\n\r\nBody\r\n"
        let (text, inserted) = try insert(
            [
                ("organization", "\"[[Acme]]\""), ("title", "Chemist"), ("email", "\"sam@home.example\""),
                ("tags", "[chemist]"), ("connected", "2024-11-05"),
            ],
            into: original, leavingOutWritten: true)
        #expect(
            text
                == "---\r\nname: Sam\r\ntitle: Chemist\r\nemail: sam@work.example\r\ntags: [chemist]\r\n"
                + "organization: \"[[Acme]]\"\r\nconnected: 2024-11-05\r\n---\r\n\r\nBody\r\n")
        #expect(inserted.fields.map(\.key) == ["organization", "title", "tags", "connected"])
        #expect(inserted.line == 3)
        #expect(inserted.lines.first == "organization: \"[[Acme]]\"")
        #expect(
            throws: FrontMatterInsertion.Failure.alreadySet(path: "contacts/sam.md", key: "email", line: 4, column: 1)
        ) {
            try insert([("title", "Chemist"), ("email", "\"x@y.z\"")], into: original)
        }
    }

    @Test("a note without front matter gets one; one with broken or unterminated front matter is refused")
    func noFrontMatter() throws {
        #expect(
            try insert("title", "Chemist", into: "# Sam\n\nno front matter\n")
                == "---\ntitle: Chemist\n---\n# Sam\n\nno front matter\n")
        #expect(throws: FrontMatterInsertion.Failure.brokenFrontMatter(path: "contacts/sam.md")) {
            try insert("title", "Chemist", into: "---\ntitle: [Chemist\n---\n")
        }
        #expect(throws: FrontMatterInsertion.Failure.brokenFrontMatter(path: "contacts/sam.md")) {
            try insert("title", "Chemist", into: "---\nname: Sam\n")
        }
    }

    @Test("a CRLF blank line keeps its line ending")
    func lineEndings() throws {
        #expect(try insert("title", "Chemist", into: "---\r\ntitle:\r\n---\r\n") == "---\r\ntitle: Chemist\r\n---\r\n")
    }

    @Test("a value that would not read back as written is refused")
    func unreadable() {
        #expect(throws: FrontMatterInsertion.Failure.unreadable(path: "contacts/sam.md")) {
            try insert("title", "[Chemist", into: "---\nname: Sam\ntitle:\n---\n")
        }
    }

    @Test("unverified: what reading the result must show, met by the result and by nothing else")
    func expectation() throws {
        let insertion = FrontMatterInsertion(
            path: "contacts/sam.md",
            fields: [.init(key: "title", value: "Chemist"), .init(key: "connected", value: "2024-11-05")])
        let original = "---\nname: Sam\ntitle:\nadded: 2026-11-01\n---\nbody\n"
        let (contents, inserted, expectation) = try insertion.unverified(into: Array(original.utf8))
        let read = { (text: String) in
            NoteReader(path: "contacts/sam.md", parser: MarkdownParser(), makesSuggestions: false).read(text.utf8.span)
        }
        let text = String(decoding: contents, as: UTF8.self)
        #expect(text == "---\nname: Sam\ntitle: Chemist\nadded: 2026-11-01\nconnected: 2024-11-05\n---\nbody\n")
        #expect(inserted.fields.map(\.key) == ["title", "connected"])
        #expect(expectation.isMet(by: read(text)))
        // Another value for a kept entry, a field missing, a kept entry moved, a new error.
        #expect(!expectation.isMet(by: read(text.replacingOccurrences(of: "name: Sam", with: "name: Kim"))))
        #expect(!expectation.isMet(by: read(text.replacingOccurrences(of: "connected: 2024-11-05\n", with: ""))))
        #expect(!expectation.isMet(by: read(text.replacingOccurrences(of: "---\nname", with: "---\n\nname"))))
        #expect(!expectation.isMet(by: read(text.replacingOccurrences(of: "2026-11-01", with: "someday"))))
    }
}
