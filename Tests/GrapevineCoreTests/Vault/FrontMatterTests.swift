import Testing

@testable import GrapevineCore

/// What `FrontMatterSplit` found, as strings so tests can compare them.
private struct Split: Equatable {
    /// `nil` without front matter, `"<unterminated>"` when it never closes, else the YAML text.
    var yaml: String?
    var body: String
    var bodyLineOffset: Int
}

private func split(_ text: String) -> Split {
    let bytes = text.utf8.span
    let split = FrontMatterSplit(bytes)
    let yaml: String?
    switch split.fence {
    case .none: yaml = nil
    case .unterminated: yaml = "<unterminated>"
    case .carriageReturns: yaml = "<carriage returns>"
    case .closed(let range): yaml = String(decodingUTF8: bytes.extracting(range))
    case .toml(let range): yaml = "<toml> " + String(decodingUTF8: bytes.extracting(range))
    case .json(let range): yaml = "<json> " + String(decodingUTF8: bytes.extracting(range))
    case .logseq(let range): yaml = "<logseq> " + String(decodingUTF8: bytes.extracting(range))
    case .misplaced(let line): yaml = "<misplaced at \(line)>"
    }
    let body = String(decodingUTF8: bytes.extracting(split.bodyStart...))
    return Split(yaml: yaml, body: body, bodyLineOffset: split.bodyLineOffset)
}

private func decode(_ bytes: [UInt8]) -> (String, SourcePosition?) {
    NoteReader.decode(bytes.span)
}

@Suite("Front matter: fences and decoding")
struct FrontMatterTests {
    @Test(arguments: [
        "# Title\n\nBody\n", "", "Body only", "--- not a fence\n---\n", "...\nname: x\n...\n",
    ])
    func noFrontMatter(text: String) {
        #expect(split(text) == Split(yaml: nil, body: text, bodyLineOffset: 0))
    }

    @Test(
        "front matter with the wrong fence or something before it is not read, but is told apart",
        arguments: [
            "----\nname: x\n----\n", " ---\nname: x\n---\n",
            // Smart Punctuation's `---` (trial 31: a contact written on an iPhone lost its fields in silence).
            "—-\nname: x\n—-\n", "——\r\nname: x\r\n——\r\n", "–––\nname: x\n–––\n", "—\nname: x\n—\n",
        ])
    func misplacedFrontMatter(text: String) {
        #expect(split(text) == Split(yaml: "<misplaced at 1>", body: text, bodyLineOffset: 0))
    }

    @Test(
        "a line of long dashes with words, or a dash between rules, is no fence",
        arguments: [
            "— a thought\nname: x\n—\n", "—x—\nname: x\n—-\n", "—-\nJust a line.\n—-\n",
        ])
    func longDashText(text: String) {
        #expect(split(text).yaml == nil)
    }

    @Test("front matter fenced with long dashes is an error that says Smart Punctuation made them")
    func smartPunctuationFence() throws {
        let vault = try TemporaryVault.load([
            "contacts/nina-patel.md":
                "—-\nname: Nina Patel\norganization: PulsePoint\nadded: 2026-12-01\n—-\nMet her.\n"
        ])
        let problem = try #require(vault.diagnostics.first { $0.code == .malformedFrontMatter })
        #expect(problem.severity == .error)
        #expect(problem.line == 1)
        #expect(
            problem.hint
                == "write each fence as three hyphens, '---': Smart Punctuation (on an iPhone, iPad or Mac) turned "
                + "them into a long dash, '—-'")
    }

    @Test func dashFences() {
        let expected = Split(yaml: "name: A\ntype: contact\n", body: "# Body\n", bodyLineOffset: 4)
        #expect(split("---\nname: A\ntype: contact\n---\n# Body\n") == expected)
    }

    @Test func plusFencesHoldTOML() {
        #expect(
            split("+++\nname = \"A\"\n+++ \nBody\n")
                == Split(yaml: "<toml> name = \"A\"\n", body: "Body\n", bodyLineOffset: 3))
        #expect(split("+++\nname = \"A\"\n---\nBody\n").yaml == nil, "a '+++' closed by '---' is text")
    }

    @Test func dotsCloseTheFrontMatter() {
        #expect(split("---\nname: A\n...\nBody\n") == Split(yaml: "name: A\n", body: "Body\n", bodyLineOffset: 3))
    }

    @Test func trailingSpacesAndTabsOnFences() {
        #expect(split("---  \nname: A\n--- \t\nBody\n") == Split(yaml: "name: A\n", body: "Body\n", bodyLineOffset: 3))
        #expect(split("---\nname: A\n...  \nBody\n") == Split(yaml: "name: A\n", body: "Body\n", bodyLineOffset: 3))
    }

    @Test(arguments: ["---\rname: A\r---\rBody\r", "---\r", "---\r\rname: A\n---\n"])
    func classicMacLineEndingsAreNotRead(text: String) {
        #expect(split(text) == Split(yaml: "<carriage returns>", body: text, bodyLineOffset: 0))
    }

    @Test func crlfFences() {
        let text = "---\r\nname: A\r\nrole: B\r\n---\r\nBody\r\nmore\r\n"
        #expect(split(text) == Split(yaml: "name: A\r\nrole: B\r\n", body: "Body\r\nmore\r\n", bodyLineOffset: 4))
    }

    @Test func onlyTheFirstClosingFenceCounts() {
        let expected = Split(yaml: "a: 1\n", body: "Body\n---\nmore\n", bodyLineOffset: 3)
        #expect(split("---\na: 1\n---\nBody\n---\nmore\n") == expected)
    }

    @Test func emptyFrontMatter() {
        #expect(split("---\n---\nBody\n") == Split(yaml: "", body: "Body\n", bodyLineOffset: 2))
    }

    @Test func closingFenceAtEndOfFileWithoutNewline() {
        #expect(split("---\nname: A\n---") == Split(yaml: "name: A\n", body: "", bodyLineOffset: 3))
    }

    @Test func fenceLikeLinesInsideYAMLDoNotClose() {
        let expected = Split(yaml: "note: --- x\n  ---a\n", body: "", bodyLineOffset: 4)
        #expect(split("---\nnote: --- x\n  ---a\n---\n") == expected)
    }

    @Test(arguments: [("---\nname: A\nBody\n", "name: A\nBody\n"), ("---\n", ""), ("---", "")])
    func unterminatedFrontMatterLeavesTheRestAsBody(text: String, rest: String) {
        // The body starts after the opening fence, so its lines still map to the file's lines.
        #expect(split(text) == Split(yaml: "<unterminated>", body: rest, bodyLineOffset: 1))
    }

    @Test func bodyLineOffsetMakesBodyPositionsFileLines() {
        let bytes = "---\nname: A\ntags: [x]\n---\n\nSee [[Sam]].\n".utf8.span
        let split = FrontMatterSplit(bytes)
        let document = MarkdownParser().parse(bytes.extracting(split.bodyStart...), lineOffset: split.bodyLineOffset)
        #expect(document.links.first?.position == SourcePosition(line: 6, column: 5))
    }

    // MARK: Decoding

    @Test func byteOrderMarkIsDropped() {
        let (text, problem) = decode([0xEF, 0xBB, 0xBF] + Array("---\nname: A\n---\nBody\n".utf8))
        #expect(problem == nil)
        #expect(text == "---\nname: A\n---\nBody\n")
        #expect(split(text) == Split(yaml: "name: A\n", body: "Body\n", bodyLineOffset: 3))
    }

    @Test func validUTF8IsDecodedAsIs() {
        let (text, problem) = decode(Array("name: José 🎉\r\n".utf8))
        #expect(text == "name: José 🎉\r\n")
        #expect(problem == nil)
    }

    @Test func invalidUTF8IsRepairedAndLocated() {
        // 'é' in UTF-8, newline, 'b', then a byte that can never start a UTF-8 sequence: UTF-8
        // with a bad byte, which is replaced.
        let (text, problem) = decode([0xC3, 0xA9, 0x0A, 0x62, 0xFF, 0x63])
        #expect(problem == SourcePosition(line: 2, column: 2))
        #expect(text == "é\nb\u{FFFD}c")
    }

    @Test func textWithoutUTF8IsReadAsWindows1252AndLocated() {
        // 'a', newline, 'b', then 'ÿ' and '€' in Windows-1252; no character of UTF-8 anywhere.
        let (text, problem) = decode([0x61, 0x0A, 0x62, 0xFF, 0x80, 0x63])
        #expect(problem == SourcePosition(line: 2, column: 2))
        #expect(text == "a\nbÿ€c")
    }

    @Test func invalidUTF8AfterMultiByteCharactersCountsScalars() {
        // "é" is two bytes but one column; the Latin-1 "é" (0xE9) after it is invalid here.
        let (_, problem) = decode(Array("x\néé".utf8) + [0xE9, 0x20])
        #expect(problem == SourcePosition(line: 2, column: 3))
    }
}
