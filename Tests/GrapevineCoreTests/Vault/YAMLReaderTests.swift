import Testing

@testable import GrapevineCore

private func read(_ yaml: String, firstLine: Int = 2) -> Result<FrontMatter.Value?, YAMLReader.Problem> {
    var yaml = yaml
    return yaml.withUTF8 { bytes in
        do throws(YAMLReader.Problem) {
            return .success(try YAMLReader.read(bytes, firstLine: firstLine))
        } catch {
            return .failure(error)
        }
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
}
