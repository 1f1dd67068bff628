import Testing

@testable import GrapevineCore

@Suite("What a note says about being private, as --public reads it")
struct NotePrivacyTests {
    static func privacy(_ text: String) throws -> Note.Privacy {
        let vault = try TemporaryVault.load(["contacts/pat.md": text])
        return try #require(vault.notes.first).privacy
    }

    @Test("true and false, and no key at all, are read as written")
    func read() throws {
        #expect(try Self.privacy("---\nname: Pat\nprivate: true\n---\n") == .marked)
        #expect(try Self.privacy("---\nname: Pat\nprivate: yes\n---\n") == .marked)
        #expect(try Self.privacy("---\nname: Pat\nprivate: false\n---\n") == .published)
        #expect(try Self.privacy("---\nname: Pat\n---\nprivate: true\n") == .published, "body text is not a field")
        #expect(try Self.privacy("Pat is a note without front matter.\n") == .published)
    }

    @Test(
        "a value that is neither true nor false, or 'Private' with a capital, cannot be told",
        arguments: [
            "private: 1", "private: y", "private: [true]", "private: {hidden: true}", "private: maybe",
            "Private: true", "PRIVATE: false",
        ])
    func unknownValue(line: String) throws {
        #expect(try Self.privacy("---\nname: Pat\n\(line)\n---\nBody\n") == .unknown, "\(line)")
    }

    @Test(
        "an empty value is one meant to be filled in: not published, and a warning at the key says so",
        arguments: ["private:", "private: \"\"", "private: ''", "private: \"  \"", "private: ~", "private: null"])
    func empty(line: String) throws {
        let vault = try TemporaryVault.load(["contacts/pat.md": "---\nname: Pat\n\(line)\n---\nBody\n"])
        #expect(try #require(vault.notes.first).privacy == .unknown, "\(line)")
        #expect(
            vault.diagnostics.map { "\($0.severity) \($0.code.rawValue) \($0.line):\($0.column)" }
                == ["warning invalid-value 3:1"], "\(line)")
        let warning = try #require(vault.diagnostics.first)
        #expect(warning.message.hasPrefix("'private' has no value, so the note is kept private"))
        #expect(warning.hint == "write 'private: true', or 'private: false' to publish it")
    }

    @Test(
        "a YAML merge key ('<<') gives 'private' to a note without its own, as js-yaml (Obsidian) reads it",
        arguments: [
            ("<<: {private: true}", Note.Privacy.marked), ("<<: {private: false}", .published),
            ("<<: {title: Boss}", .published), ("<<: [{title: Boss}, {private: yes}]", .marked),
            ("<<: [{private: no}, {private: true}]", .published), ("<<: {<<: {private: true}}", .marked),
            ("base: &b {private: true}\n<<: *b", .marked),
        ])
    func mergeKey(lines: String, privacy: Note.Privacy) throws {
        #expect(try Self.privacy("---\nname: Pat\n\(lines)\n---\nBody\n") == privacy, "\(lines)")
    }

    @Test(
        "a merge key whose 'private' cannot be read, or that merges no mapping, cannot be told; a warning says so",
        arguments: ["<<: {private: maybe}", "<<: [x, {private: true}]", "<<: plain", "<<: {private: [true]}"])
    func unreadableMergeKey(line: String) throws {
        let vault = try TemporaryVault.load(["contacts/pat.md": "---\nname: Pat\n\(line)\n---\nBody\n"])
        #expect(try #require(vault.notes.first).privacy == .unknown)
        let warning = try #require(vault.diagnostics.first { $0.message.contains("merge key") })
        #expect(warning.severity == .warning)
        #expect(warning.position == SourcePosition(line: 3, column: 1))
    }

    @Test("the note's own 'private' wins over a merge key, as YAML merges")
    func mergeKeyWithOwnPrivate() throws {
        #expect(try Self.privacy("---\nname: Pat\nprivate: true\n<<: {private: false}\n---\n") == .marked)
        #expect(try Self.privacy("---\nname: Pat\n<<: {private: true}\nprivate: false\n---\n") == .published)
    }

    @Test("a file that is not UTF-8 cannot be told (UTF-16 without its mark hides 'private: true' between NULs)")
    func notUTF8() throws {
        let text = "---\nname: Q\nprivate: true\n---\nSecret\n"
        let littleEndian = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let vault = try TemporaryVault.load(
            ["contacts/pat.md": "---\nname: Pat\n---\n"],
            bytes: [
                "contacts/q.md": littleEndian,
                "contacts/r.md": Array("---\nname: R\n".utf8) + [0xFF] + Array("\n---\n".utf8),
            ])
        #expect(
            vault.notes.map { "\($0.path) \($0.privacy)" } == [
                "contacts/pat.md published", "contacts/q.md unknown", "contacts/r.md unknown",
            ])
    }

    @Test("a UTF-16 file with its byte order mark is read (Notepad's 'Unicode'), with a warning to save it as UTF-8")
    func utf16WithByteOrderMark() throws {
        let text = "---\nname: Chloé Martin\nprivate: true\n---\n## Log\n- 2026-11-12 emailed: Ana suggested you\n"
        let vault = try TemporaryVault.load(
            [:],
            bytes: [
                "contacts/le.md": [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                "contacts/be.md": [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] },
            ])
        for note in vault.notes {
            #expect(note.name == "Chloé Martin")
            #expect(note.privacy == .marked)
            #expect(note.contact?.log.map(\.date.description) == ["2026-11-12"])
            #expect(note.body.blocks.count == 2)
        }
        #expect(
            vault.diagnostics.filter { $0.code != .duplicateName }.map {
                "\($0.file) \($0.severity) \($0.code.rawValue)"
            }
            .sorted() == ["contacts/be.md warning not-utf8", "contacts/le.md warning not-utf8"])
    }

    @Test(
        "front matter that is not at the top is reported and cannot be told",
        arguments: [
            ("\n---\nname: Pat\nprivate: true\n---\nBody\n", 2),
            ("   \n\n---\nname: Pat\n---\n", 3),
            (" ---\nname: Pat\nprivate: true\n---\n", 1),
            ("\u{200B}---\nname: Pat\nprivate: true\n---\n", 1),
            ("\u{FEFF}\u{FEFF}---\nname: Pat\n---\n", 1),
            ("----\nname: Pat\nprivate: true\n----\nBody\n", 1),
            ("\r\n---\r\nname: Pat\r\n---\r\n", 2),
            ("# Secret D01\n---\nname: Secret D01\nprivate: true\n---\nSECRET\n", 2),
            ("<!-- saved -->\n---\nname: X\nprivate: true\n---\nSECRET\n", 2),
            ("\n---\n\nprivate: true\n---\nSECRET\n", 2), ("\n---\nprivate: true\n...\nSECRET\n", 2),
        ])
    func misplaced(text: String, line: Int) throws {
        let vault = try TemporaryVault.load(["contacts/pat.md": text])
        let note = try #require(vault.notes.first)
        #expect(note.privacy == .unknown, "\(text.debugDescription)")
        #expect(
            vault.diagnostics.filter { $0.severity == .error }.map { "\($0.code.rawValue) \($0.line):\($0.column)" }
                == ["malformed-front-matter \(line):1"], "\(text.debugDescription)")
        #expect(note.frontMatter.entries.isEmpty, "nothing in it is read")
    }

    @Test(
        "a rule or a heading near the top is not front matter",
        arguments: [
            "Pat\n---\nname: Pat\n---\n", "\n---\n\nA paragraph: with a colon\n\n---\n", "\n---\nname: Pat\n",
            "\n\n***\nname: Pat\n***\n", "Intro\n\n----\nkey: value\n----\n",
            "# Meeting\n---\nAttendees: Ana, Ben\n---\nBody\n",
        ])
    func notMisplaced(text: String) throws {
        let vault = try TemporaryVault.load(["notes/pat.md": text])
        #expect(!vault.diagnostics.contains { $0.code == .malformedFrontMatter }, "\(text.debugDescription)")
        #expect(vault.notes.first?.privacy == .published)
    }
}
