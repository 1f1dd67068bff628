import Foundation
import Testing

@testable import GrapevineCore

/// The site's script folds a query as `grapevine search` folds notes: the script's functions,
/// run by Node.js on the table of `WordFolderTests` and more, give the same words as
/// `WordFolder`. (Chromium runs the same V8; `BrowserTests` searches a built site in it.)
@Suite("Search folding: Swift and the site's script agree")
struct FoldingParityTests {
    static let node: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/node" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()

    /// Strings beyond the table: every plain letter, ASCII punctuation, marks outside the
    /// accents block, compatibility forms.
    static let more: [String] = [
        String(NameKey.plainLetters.keys.map(Character.init)) + " "
            + NameKey.plainLetters.keys.map { String($0).uppercased() }.joined(),
        (32..<127).map { String(UnicodeScalar(UInt8($0))) }.joined(),
        "it's `code` don`t ’tis", "ǈubljana ǋ", "ﷺ ㍱ ㎏ ™ ①", "Å Å Ω K", "ﬃ ﬄ ſt", "ᾅ ǖ ḗ", "क्षत्रिय हिन्दी", "עִבְרִית", "ٱلْعَرَبِيَّة",
        "Ǆ Ǉ Ǌ ǲ", "ᏣᎳᎩ", "𝐁𝐨𝐥𝐝 𝟏𝟐", "ＡＢＣ　ｄｅｆ", "\u{2028}x\u{2029}y\u{85}z\u{A0}w",
    ]

    @Test(
        "the script's grapevineWords gives the words WordFolder gives",
        .enabled(if: node != nil, "node is not on PATH; install Node.js to compare the site's folding with Swift's"))
    func sameWords() throws {
        let texts = WordFolderTests.table.map(\.0) + Self.more
        let output = try Self.runNode(
            SearchIndex.foldingScript + """
                var texts = JSON.parse(require("fs").readFileSync(0, "utf8"));
                process.stdout.write(JSON.stringify(texts.map(function (text) {
                  return grapevineWords(text).map(function (word) { return word.word; });
                })));
                """, input: texts)
        let words = try #require(try JSONSerialization.jsonObject(with: output) as? [[String]])
        for (text, script) in zip(texts, words) {
            #expect(script == WordFolder.words(of: text), "\(text.debugDescription)")
        }
    }

    @Test(
        "an ASCII line the index leaves unfolded is folded by the script as WordFolder folds it",
        .enabled(if: node != nil, "node is not on PATH"))
    func asciiLines() throws {
        var random = SplitMix(state: 5)
        let pieces = ["Word", "x", " ", "'", "`", "-", "_", "9", "A1", ".", "!", "\t", "~", "+", "#", "C++"]
        let lines = (0..<300).map { _ in
            (0..<Int.random(in: 1...12, using: &random)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &random)]
            }
            .joined()
        }
        let output = try Self.runNode(
            SearchIndex.foldingScript + """
                var lines = JSON.parse(require("fs").readFileSync(0, "utf8"));
                process.stdout.write(JSON.stringify(lines.map(grapevineFoldASCII)));
                """, input: lines)
        let folded = try #require(try JSONSerialization.jsonObject(with: output) as? [String])
        for (line, script) in zip(lines, folded) {
            #expect(script == WordFolder.words(of: line).joined(separator: " "), "\(line.debugDescription)")
        }
    }

    /// Runs `script` in Node.js with `input` as JSON on standard input; what it printed.
    static func runNode(_ script: String, input: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(node))
        process.arguments = ["-e", script]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: input))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return output
    }
}
