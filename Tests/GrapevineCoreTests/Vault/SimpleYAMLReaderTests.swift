import Testing

@testable import GrapevineCore

/// What the simple reader and libyaml make of one document.
private func readBoth(_ yaml: String) -> (simple: FrontMatter.Value?, libyaml: FrontMatter.Value?) {
    let bytes = yaml.utf8.span
    let simple = SimpleYAMLReader.read(bytes, firstLine: 2)
    let libyaml = try? YAMLReader.readWithLibyaml(bytes, firstLine: 2)
    return (simple, libyaml ?? nil)
}

@Suite("Simple YAML reader")
struct SimpleYAMLReaderTests {
    @Test(arguments: [
        "name: Maria Lopez\ntitle: Head of Data\n",
        "organization: \"[[Acme Foods]]\"\nreferred_by: '[[Sam Reyes]]'\n",
        "phone: \"+1 646 555 0126\"\nadded: 2026-10-14\ndate: 2026-10-23 13:30\n",
        "location: Madrid, Spain\nname: Rhys O'Connor\ntitle: Co-founder & CEO\nlanguage: C#\n",
        "name: José Núñez\nnote: é 🎉 end\nwebsite: https://example.com/a:b\n",
        "tags: [a, \"b c\", d e, 'f']\nsingle: [one]\nspaced: [ x ,  y ]\n",
        "tags:\n  - a\n  - \"b c\"\n  - 'd'\nnext: x\n",
        "aliases:\n    - Mo\n    - M. Lopez\n",
        "name:   Maria\nkey_2: x\nx-y: z\nNAME: w\n",
        "name: x",
        "ratio: 3:4\nurl: a#b\n",
    ])
    func readsWhatLibyamlReads(yaml: String) throws {
        let (simple, libyaml) = readBoth(yaml)
        #expect(simple != nil)
        #expect(simple == libyaml)
    }

    @Test(arguments: [
        "",
        "# comment\nname: x\n",
        "name: x # comment\n",
        "name: x\n\ntitle: y\n",
        "quote: \"Say \\\"hi\\\"\"\n",
        "quote: 'it''s'\n",
        "quote: \"a\" \n",
        "name: x \n",
        "name:\ttab\n",
        "name: x\r\ntitle: y\r\n",
        "empty:\nname: x\n",
        "empty:\n",
        "site:\n  title: x\n",
        "remind: {date: 2026-12-01, text: Ask}\n",
        "tags: []\n",
        "tags: [a,]\n",
        "tags: [a, [b]]\n",
        "tags: [a, b\nc: d\n",
        "contact: [[Sam Reyes]]\n",
        "tags:\n- a\n- b\n",
        "tags:\n  - a\n   - b\n",
        "tags:\n  -  a\n",
        "tags:\n  - a: b\n",
        "summary: one\n  two\n",
        "name: a: b\n",
        "name: a:\n",
        "name: &anchor x\ncopy: *anchor\n",
        "text: |\n  block\n",
        "name: x\nname: y\n",
        "first name: x\n",
        "name : x\n",
        "-name: x\n",
        "name: -x\n",
        "name: ?x\n",
        "name: x\u{85}y\n",
        "name: x\u{2028}y\n",
        "name: \u{FEFF}x\n",
        "name: x\u{7F}\n",
        "name: x\u{1}\n",
    ])
    func leavesEverythingElseToLibyaml(yaml: String) {
        #expect(readBoth(yaml).simple == nil)
    }
}

@Suite("Simple YAML reader on a huge flow list")
struct SimpleYAMLReaderHugeListTests {
    /// `tags: [t0, t1, …]` with 150,000 items on one line (1 MB): placing each item by counting
    /// from the line's start made this minutes of work; counted on from the item before, it is
    /// one pass. The limit is generous: the quadratic count took over a minute on its own.
    @Test("a 1 MB flow list is read in one pass, each item placed at its column")
    func hugeFlowList() throws {
        let items = (0..<150_000).map { $0 % 1000 == 0 ? "é\($0)" : "t\($0)" }
        let yaml = "name: Big\ntags: [" + items.joined(separator: ",") + "]\n"
        let clock = ContinuousClock()
        let start = clock.now
        let value = SimpleYAMLReader.read(yaml.utf8.span, firstLine: 2)
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(10), "\(elapsed)")
        guard case .mapping(let entries) = value?.content, case .list(let read) = entries.last?.value.content else {
            Issue.record("not read as a list")
            return
        }
        #expect(read.count == items.count)
        // Columns count characters: each `é` before an item is one column, two bytes.
        for (index, item) in items.enumerated() where index % 10_007 == 0 || index == items.count - 1 {
            let column = 8 + items[..<index].reduce(0) { $0 + $1.count + 1 }
            #expect(read[index].position == SourcePosition(line: 3, column: column), "item \(index)")
            #expect(read[index].content == .scalar(item, isPlain: true))
        }
    }
}

@Suite("Simple YAML reader against libyaml on generated documents")
struct SimpleYAMLReaderDifferentialTests {
    /// Whenever the simple reader gives a value, libyaml gives the same, positions included.
    @Test func agreesWithLibyamlWheneverItReads() {
        let keys = ["k", "name", "tags", "a_b", "x-y", "Title2"]
        let separators = [":", ": ", ":  ", ":\n  - ", ":\n    - "]
        let atoms = [
            "a", "b", "x1", "_k", "K-y", " ", "  ", ":", ": ", "#", " #", "\"", "'", "''", "\\", "[", "]", "{", "}",
            ",", ", ", "-", "- ", "\n", "\n  ", "\n  - ", "\n   - ", "\n- ", "é", "🎉", "\u{A0}", "\u{85}", "\u{2028}",
            "\u{FEFF}", "\t", "\r", "\u{1}", "&", "*", "!", "|", ">", "?", "%", "@", "`", "~", ".", "/", "+", "=", "(",
            ")", "0", "\n\n", "null", "---", "[a, b]", "\"q r\"", "'s t'", "2026-10-14", "[[Sam Reyes]]",
        ]
        // Text that keeps a document in the simple form, half the time.
        let plain = ["word", "two words", "Maria Lopez", "https://x.example/a:b", "3:4", "a#b", "é", "x", "- y"]
        var random = SplitMix(state: 7)
        var read = 0
        var differing: [String] = []
        for _ in 0..<80_000 {
            var yaml = ""
            for _ in 0..<Int.random(in: 1...5, using: &random) {
                yaml += keys.randomElement(using: &random)! + separators.randomElement(using: &random)!
                for _ in 0..<Int.random(in: 0...5, using: &random) {
                    yaml += (Bool.random(using: &random) ? plain : atoms).randomElement(using: &random)!
                }
                yaml += "\n"
            }
            let bytes = yaml.utf8.span
            let (simple, libyaml) =
                (SimpleYAMLReader.read(bytes, firstLine: 2), try? YAMLReader.readWithLibyaml(bytes, firstLine: 2))
            guard let simple else { continue }
            read += 1
            if simple != libyaml ?? nil { differing.append(yaml) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        // Enough of them are in the simple form for the comparison to mean something.
        #expect(read > 5_000)
    }
}
