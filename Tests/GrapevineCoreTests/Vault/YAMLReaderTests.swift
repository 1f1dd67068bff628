import Testing

@testable import GrapevineCore

private func read(_ yaml: String, firstLine: Int = 2) -> Result<FrontMatter.Value?, YAMLReader.Problem> {
    do throws(YAMLReader.Problem) {
        return .success(try YAMLReader.read(yaml.utf8.span, firstLine: firstLine))
    } catch {
        return .failure(error)
    }
}

/// The entries of a document that must parse as a mapping.
private func mapping(_ yaml: String, firstLine: Int = 2) throws -> [FrontMatter.Entry] {
    let value = try #require(try read(yaml, firstLine: firstLine).get())
    guard case .mapping(let entries) = value.content else {
        Issue.record("not a mapping: \(value)")
        return []
    }
    return entries
}

private func readProblem(_ yaml: String, firstLine: Int = 2) throws -> YAMLReader.Problem {
    guard case .failure(let problem) = read(yaml, firstLine: firstLine) else {
        Issue.record("'\(yaml)' parsed without a problem")
        throw CancellationError()
    }
    return problem
}

private func at(_ line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(line: line, column: column)
}

@Suite("YAML reader")
struct YAMLReaderTests {
    @Test func plainAndQuotedScalars() throws {
        let yaml = """
            name: Maria Lopez
            title: 'Head of Data'
            quote: "Say \\"hi\\""
            count: 3
            added: 2026-10-14
            empty:
            """
        let entries = try mapping(yaml)
        #expect(entries.map(\.key) == ["name", "title", "quote", "count", "added", "empty"])
        #expect(
            entries.map(\.value.content) == [
                .scalar("Maria Lopez", isPlain: true), .scalar("Head of Data", isPlain: false),
                .scalar("Say \"hi\"", isPlain: false), .scalar("3", isPlain: true),
                .scalar("2026-10-14", isPlain: true), .scalar("", isPlain: true),
            ])
        #expect(entries.last?.value.isNull == true)
        #expect(entries[0].value.isNull == false)
    }

    @Test(arguments: [("~", true), ("null", true), ("NULL", true), ("'null'", false), ("\"\"", false), ("x", false)])
    func nullValues(written: String, isNull: Bool) throws {
        #expect(try mapping("key: \(written)\n").first?.value.isNull == isNull)
    }

    @Test func positionsAreOffsetByFirstLineWithOneBasedColumns() throws {
        let yaml = "name: Maria\n  # comment\ntitle:   Lead\n"
        let value = try #require(try read(yaml, firstLine: 2).get())
        #expect(value.position == at(2, 1))
        let entries = try mapping(yaml, firstLine: 2)
        #expect(entries.map(\.keyPosition) == [at(2, 1), at(4, 1)])
        #expect(entries.map(\.value.position) == [at(2, 7), at(4, 10)])
        #expect(try mapping("name: Maria\n", firstLine: 10).first?.value.position == at(10, 7))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let entries = try mapping("name: José Núñez\nnote: é 🎉 end\n")
        #expect(entries[0].value.scalar == "José Núñez")
        #expect(try mapping("über: x\n").first?.value.position == at(2, 7))
        // The ':' after the emoji is the 7th character but the 10th byte.
        let problem = try readProblem("name: 🎉 ok\nbad: 🎉: x\n")
        #expect(problem.position == at(3, 7))
    }

    @Test func blockAndFlowLists() throws {
        let entries = try mapping("tags: [a, \"b c\"]\naliases:\n  - Mo\n  - M. Lopez\nsingle: [one]\n")
        guard case .list(let flow) = entries[0].value.content,
            case .list(let block) = entries[1].value.content
        else {
            Issue.record("not lists: \(entries)")
            return
        }
        #expect(flow.map(\.scalar) == ["a", "b c"])
        #expect(flow.map(\.position) == [at(2, 8), at(2, 11)])
        #expect(block.map(\.scalar) == ["Mo", "M. Lopez"])
        #expect(block.map(\.position) == [at(4, 5), at(5, 5)])
        #expect(entries[1].value.position == at(4, 3))
        #expect(entries[2].value.scalar == nil)
    }

    @Test func nestedMappings() throws {
        let yaml = """
            site:
              title: "Alex's search"
              out: _site
            remind: {date: 2026-12-01, text: Ask about Q1}
            cadence:
              nested:
                deep: 1
            """
        let entries = try mapping(yaml)
        guard case .mapping(let site) = entries[0].value.content,
            case .mapping(let remind) = entries[1].value.content,
            case .mapping(let cadence) = entries[2].value.content,
            case .mapping(let nested) = cadence.first?.value.content
        else {
            Issue.record("not mappings: \(entries)")
            return
        }
        #expect(site.map(\.key) == ["title", "out"])
        #expect(site.map(\.value.scalar) == ["Alex's search", "_site"])
        #expect(site.map(\.keyPosition) == [at(3, 3), at(4, 3)])
        #expect(remind.map(\.key) == ["date", "text"])
        #expect(remind.map(\.value.scalar) == ["2026-12-01", "Ask about Q1"])
        #expect(nested.first?.key == "deep" && nested.first?.keyPosition == at(8, 5))
    }

    @Test func blockScalars() throws {
        let yaml = "literal: |\n  line one\n  line two\nfolded: >\n  line one\n  line two\nstrip: |-\n  no newline\n"
        let entries = try mapping(yaml)
        #expect(entries[0].value.content == .scalar("line one\nline two\n", isPlain: false))
        #expect(entries[1].value.content == .scalar("line one line two\n", isPlain: false))
        #expect(entries[2].value.content == .scalar("no newline", isPlain: false))
    }

    @Test func anchorsAndAliases() throws {
        let yaml = "base: &org Acme Foods\ncopy: *org\nlist: &tags [a, b]\nagain: *tags\n"
        let entries = try mapping(yaml)
        #expect(entries[1].value.scalar == "Acme Foods")
        // An alias stands where it is written, not where its anchor is.
        #expect(entries[1].value.position == at(3, 7))
        guard case .list(let again) = entries[3].value.content else {
            Issue.record("alias of a list is not a list: \(entries[3])")
            return
        }
        #expect(again.map(\.scalar) == ["a", "b"])
    }

    @Test func anAliasWithoutAnchorIsAProblem() throws {
        let problem = try readProblem("name: x\ncopy: *missing\n")
        #expect(problem.message.contains("missing"))
        #expect(problem.position == at(3, 7))
    }

    @Test(arguments: ["", "\n\n", "# only a comment\n", "# one\n   # two\n\n"])
    func emptyDocumentsAreNil(yaml: String) throws {
        #expect(try read(yaml).get() == nil)
    }

    @Test func aScalarOrListRootIsReturnedAsIs() throws {
        #expect(try read("just text\n").get()?.content == .scalar("just text", isPlain: true))
        #expect(
            try read("- a\n- b\n").get()?.content
                == .list([
                    FrontMatter.Value(content: .scalar("a", isPlain: true), position: at(2, 3)),
                    FrontMatter.Value(content: .scalar("b", isPlain: true), position: at(3, 3)),
                ]))
    }

    // MARK: Problems

    @Test func badIndentation() throws {
        let problem = try readProblem("name: Maria\n  title: Lead\n")
        #expect(problem.position.line == 3)
        #expect(problem.message.contains("mapping values are not allowed"))
    }

    @Test func badlyIndentedListItem() throws {
        let problem = try readProblem("tags:\n  - a\n - b\n")
        #expect(problem.position.line == 4)
    }

    @Test func unclosedFlowSequence() throws {
        let problem = try readProblem("name: Maria\ntags: [unclosed\nother: x\n", firstLine: 5)
        #expect(problem.message.contains("flow sequence"))
        #expect(problem.position.line >= 6)
    }

    @Test func tabIndentation() throws {
        let problem = try readProblem("tags:\n\t- a\n")
        #expect(problem.position == at(3, 1))
        #expect(problem.message.contains("tab") || problem.message.contains("cannot start any token"))
    }

    @Test func duplicateKeyNamesTheKeyAtItsSecondPlace() throws {
        let problem = try readProblem("name: A\ntitle: B\nname: C\n")
        #expect(problem.message == "the key 'name' appears twice")
        #expect(problem.position == at(4, 1))
    }

    @Test func duplicateKeysInNestedMappingsToo() throws {
        let problem = try readProblem("site:\n  out: a\n  out: b\n")
        #expect(problem.message.contains("'out'"))
        #expect(problem.position == at(4, 3))
    }

    @Test func nonScalarKey() throws {
        let list = try readProblem("[a, b]: x\n")
        #expect(list.message == "a key must be text, not a list")
        #expect(list.position == at(2, 1))
        let mapping = try readProblem("name: x\n? {a: 1}\n: y\n")
        #expect(mapping.message == "a key must be text, not a mapping")
        #expect(mapping.position == at(3, 3))
    }

    @Test func sameKeyInDifferentMappingsIsFine() throws {
        let entries = try mapping("a:\n  name: x\nb:\n  name: y\n")
        #expect(entries.map(\.key) == ["a", "b"])
    }

    // MARK: Limits

    /// `a` holds 9 values, `b` nine aliases of `a`, and so on: nine levels stand for 9⁹ values.
    static let aliasBomb: String = {
        var lines = ["name: Bomb", "a: &a [x, x, x, x, x, x, x, x, x]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append(
                "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func anAliasBombIsStoppedAtTheAliasThatGoesOverTheLimit() throws {
        let problem = try readProblem(Self.aliasBomb)
        #expect(problem.limit == .aliases)
        #expect(problem.message == "expands aliases to more than 10000 values")
        // a: 10 values, b: 91, c: 820, d: 7,381; the first `*d` in `e` takes the aliases past 10,000.
        #expect(problem.position == at(7, 8))
    }

    @Test func aliasesStandingForFewValuesAreFine() throws {
        let entries = try mapping("a: &a [x, y]\nb: [*a, *a, *a]\nc: &c {k: *a}\nd: [*c, *c]\n")
        #expect(entries.map(\.key) == ["a", "b", "c", "d"])
    }

    @Test func everyUseOfAnAliasCounts() throws {
        // 5,001 values, twice: over the limit only because the alias is used twice.
        let list = "[" + Array(repeating: "x", count: 5_000).joined(separator: ", ") + "]"
        #expect(try mapping("a: &a \(list)\nb: *a\n").count == 2)
        let problem = try readProblem("a: &a \(list)\nb: *a\nc: *a\n")
        #expect(problem.limit == .aliases)
        #expect(problem.position == at(4, 4))
    }

    /// `depth` counts the document's own mapping: `x`'s value nests one level less.
    @Test(arguments: [YAMLReader.maxDepth, YAMLReader.maxDepth + 1])
    func nestingIsLimited(depth: Int) throws {
        let inner = depth - 1
        let flow = "x: " + String(repeating: "[", count: inner) + String(repeating: "]", count: inner) + "\n"
        var block = "x:\n"
        for level in 1..<inner { block += String(repeating: "  ", count: level) + "k:\n" }
        block += String(repeating: "  ", count: inner) + "k: v\n"
        for yaml in [flow, block] {
            if depth <= YAMLReader.maxDepth {
                #expect(try mapping(yaml).count == 1)
            } else {
                let problem = try readProblem(yaml)
                #expect(problem.limit == .depth)
                #expect(problem.message == "nests lists and mappings more than \(YAMLReader.maxDepth) deep")
            }
        }
    }

    @Test func aliasesCannotNestDeeperThanTheLimit() throws {
        let half = YAMLReader.maxDepth / 2 + 1
        let inner = String(repeating: "[", count: half) + String(repeating: "]", count: half)
        let outer = String(repeating: "[", count: half) + "*a" + String(repeating: "]", count: half)
        let problem = try readProblem("a: &a \(inner)\nb: \(outer)\n")
        #expect(problem.limit == .depth)
        #expect(problem.position.line == 3)
    }

    @Test(arguments: [("x: ", "["), ("x: ", "{a: "), ("x:\n  ", "- ")])
    func hundredThousandLevelsAreAProblemNotAStackOverflow(start: String, opener: String) throws {
        let yaml = start + String(repeating: opener, count: 100_000) + "v\n"
        #expect(try readProblem(yaml).limit == .depth)
    }

    @Test func aDocumentOverTheSizeLimitIsNotRead() throws {
        let line = "k: " + String(repeating: "v", count: 1_000) + "\n"
        let yaml = String(repeating: line, count: YAMLReader.maxBytes / line.utf8.count + 1)
        let problem = try readProblem(yaml, firstLine: 2)
        #expect(problem.limit == .size)
        #expect(problem.position == at(2, 1))
    }

    /// 40,000 keys: comparing each with those before it is 800 million comparisons (a minute);
    /// a set of them takes a fraction of a second.
    @Test(arguments: [false, true])
    func duplicateKeysAreFoundInLinearTime(nested: Bool) throws {
        let count = 40_000
        let indent = nested ? "  " : ""
        var yaml = nested ? "outer:\n" : ""
        for key in 0..<count { yaml += "\(indent)k\(key): v\n" }
        let entries = try mapping(yaml)
        if nested {
            guard case .mapping(let inner) = entries.first?.value.content else {
                Issue.record("not a nested mapping")
                return
            }
            #expect(inner.count == count)
        } else {
            #expect(entries.count == count)
        }
        let problem = try readProblem(yaml + "\(indent)k\(count / 2): again\n")
        #expect(problem.message == "the key 'k\(count / 2)' appears twice")
        #expect(problem.position == at(2 + count + (nested ? 1 : 0), indent.count + 1))
    }
}
