import CYAML

/// Reads a YAML document into `FrontMatter.Value`s: the simple form nearly every front matter
/// takes with `SimpleYAMLReader`, anything else with libyaml's event API.
///
/// libyaml (the system's, `CYAML`) driven directly: building Sendable values straight from
/// events is about five times faster than building a YAML library's own tree first (`Yams.compose`,
/// measured on 16,000 notes), and the vault is read on every command.
enum YAMLReader {
    /// A syntax problem, or a document over one of the limits, located in the file.
    struct Problem: Error, Equatable {
        var message: String
        var position: SourcePosition
        /// The limit the document is over; `nil` for a syntax problem.
        var limit: Limit?

        init(message: String, position: SourcePosition, limit: Limit? = nil) {
            self.message = message
            self.position = position
            self.limit = limit
        }
    }

    /// What a document may not exceed, so that a hostile one is reported rather than read for
    /// minutes (an alias bomb) or deep enough to exhaust a stack on the way.
    enum Limit: Sendable, Equatable {
        /// More bytes than `maxBytes`.
        case size
        /// Lists and mappings nested more than `maxDepth` deep, aliases expanded.
        case depth
        /// Aliases that stand for more than `maxExpandedValues` values in all.
        case aliases
    }

    /// The most bytes read: front matter is a few lines; text belongs in the body.
    static let maxBytes = 2 * 1024 * 1024
    /// The deepest nesting of lists and mappings: front matter needs two or three levels.
    static let maxDepth = 64
    /// The most values all the aliases of a document may stand for (each value an alias
    /// repeats counts once per use): "billion laughs" expands nine aliases to 10⁹ values.
    static let maxExpandedValues = 10_000

    /// Parses `yaml`, whose first line is line `firstLine` of its file; `nil` for an empty document.
    /// A key written twice in one mapping is an error, unless `keepingRepeatedKeys`: then the
    /// mapping has an entry for each (the config reads them all).
    static func read(
        _ yaml: Span<UInt8>, firstLine: Int, keepingRepeatedKeys: Bool = false
    ) throws(Problem) -> FrontMatter.Value? {
        guard yaml.count <= maxBytes else {
            throw Problem(
                message: "is \(yaml.count) bytes long, over the limit of \(maxBytes)",
                position: SourcePosition(line: firstLine, column: 1), limit: .size)
        }
        if let value = SimpleYAMLReader.read(yaml, firstLine: firstLine) { return value }
        return try readWithLibyaml(yaml, firstLine: firstLine, keepingRepeatedKeys: keepingRepeatedKeys)
    }

    /// The same with libyaml alone, which reads any YAML.
    static func readWithLibyaml(
        _ yaml: Span<UInt8>, firstLine: Int, keepingRepeatedKeys: Bool = false
    ) throws(Problem) -> FrontMatter.Value? {
        // A front matter has at most one top-level key per line: room for them all at once
        // saves growing the array four times for the usual ten keys.
        let lineCount = yaml.count(of: UInt8(ascii: "\n")) + 1
        // libyaml reads the bytes in place, through a pointer valid only in this closure.
        return try yaml.withUnsafeBufferPointer { (yaml) throws(Problem) in
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            defer { parser.deallocate() }
            guard yaml_parser_initialize(parser) == 1 else {
                throw Problem(message: "out of memory", position: SourcePosition(line: firstLine, column: 1))
            }
            defer { yaml_parser_delete(parser) }
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, yaml.baseAddress, yaml.count)
            var reader = EventReader(parser: parser, firstLine: firstLine, keepsRepeatedKeys: keepingRepeatedKeys)
            reader.rootMappingCapacity = lineCount
            return try reader.readDocument()
        }
    }
}

/// Pulls events from a libyaml parser and assembles values, within `YAMLReader`'s limits.
private struct EventReader {
    let parser: UnsafeMutablePointer<yaml_parser_t>
    let firstLine: Int
    /// Whether a key written twice in a mapping is kept twice rather than refused.
    let keepsRepeatedKeys: Bool
    /// Each anchor's value, how many values it holds (the aliases in it expanded) and how deep
    /// it nests.
    private var anchors: [String: (value: FrontMatter.Value, count: Int, height: Int)] = [:]
    /// The values read so far, each alias counted as the values it stands for.
    private var valueCount = 0
    /// The values aliases have stood for so far.
    private var expandedCount = 0
    /// How many lists and mappings hold the value being read.
    private var depth = 0
    /// The deepest nesting reached inside the value being read (from `depth` on).
    private var deepest = 0
    /// The capacity to reserve for the first (outermost) mapping read.
    var rootMappingCapacity = 0

    init(parser: UnsafeMutablePointer<yaml_parser_t>, firstLine: Int, keepsRepeatedKeys: Bool) {
        self.parser = parser
        self.firstLine = firstLine
        self.keepsRepeatedKeys = keepsRepeatedKeys
    }

    mutating func readDocument() throws(YAMLReader.Problem) -> FrontMatter.Value? {
        var event = try next()  // stream start
        yaml_event_delete(&event)
        event = try next()
        defer { yaml_event_delete(&event) }
        guard event.type == YAML_DOCUMENT_START_EVENT else { return nil }
        var root = try next()
        let value = try readValue(&root)
        var end = try next()  // document end
        yaml_event_delete(&end)
        return value
    }

    /// Reads the value that starts with `event`, consuming (and freeing) everything it spans.
    private mutating func readValue(_ event: inout yaml_event_t) throws(YAMLReader.Problem) -> FrontMatter.Value {
        defer { yaml_event_delete(&event) }
        let position = self.position(event.start_mark)
        let firstValue = valueCount
        valueCount += 1
        // The nesting this value reaches, for an anchor on it.
        let outerDeepest = deepest
        deepest = depth
        defer { deepest = max(deepest, outerDeepest) }
        let value: FrontMatter.Value
        let anchor: UnsafeMutablePointer<yaml_char_t>?
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            anchor = scalar.anchor
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            value = FrontMatter.Value(
                content: .scalar(text, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE), position: position)
        case YAML_SEQUENCE_START_EVENT:
            anchor = event.data.sequence_start.anchor
            try enterCollection(at: position)
            value = FrontMatter.Value(content: .list(try readList()), position: position)
            depth -= 1
        case YAML_MAPPING_START_EVENT:
            anchor = event.data.mapping_start.anchor
            try enterCollection(at: position)
            value = FrontMatter.Value(content: .mapping(try readMapping()), position: position)
            depth -= 1
        case YAML_ALIAS_EVENT:
            return try aliased(String(cString: event.data.alias.anchor), at: position)
        default:
            throw YAMLReader.Problem(message: "unexpected YAML event", position: position)
        }
        if let anchor {
            anchors[String(cString: anchor)] = (value, valueCount - firstValue, deepest - depth)
        }
        return value
    }

    /// One more list or mapping around what is read next.
    private mutating func enterCollection(at position: SourcePosition) throws(YAMLReader.Problem) {
        depth += 1
        try checkDepth(depth, at: position)
    }

    private mutating func checkDepth(_ reached: Int, at position: SourcePosition) throws(YAMLReader.Problem) {
        deepest = max(deepest, reached)
        guard reached > YAMLReader.maxDepth else { return }
        throw YAMLReader.Problem(
            message: "nests lists and mappings more than \(YAMLReader.maxDepth) deep", position: position,
            limit: .depth)
    }

    /// The value of an anchor, where the alias `*name` stands; counted as every value it holds.
    private mutating func aliased(_ name: String, at position: SourcePosition) throws(YAMLReader.Problem)
        -> FrontMatter.Value
    {
        guard let anchor = anchors[name] else {
            throw YAMLReader.Problem(message: "the alias '*\(name)' names no anchor", position: position)
        }
        // The alias itself was counted as one value; it stands for `anchor.count`.
        valueCount += anchor.count - 1
        expandedCount += anchor.count
        guard expandedCount <= YAMLReader.maxExpandedValues else {
            throw YAMLReader.Problem(
                message: "expands aliases to more than \(YAMLReader.maxExpandedValues) values", position: position,
                limit: .aliases)
        }
        try checkDepth(depth + anchor.height, at: position)
        var value = anchor.value
        value.position = position
        return value
    }

    private mutating func readList() throws(YAMLReader.Problem) -> [FrontMatter.Value] {
        var values: [FrontMatter.Value] = []
        while true {
            var event = try next()
            if event.type == YAML_SEQUENCE_END_EVENT {
                yaml_event_delete(&event)
                return values
            }
            values.append(try readValue(&event))
        }
    }

    private mutating func readMapping() throws(YAMLReader.Problem) -> [FrontMatter.Entry] {
        var entries: [FrontMatter.Entry] = []
        entries.reserveCapacity(rootMappingCapacity)
        rootMappingCapacity = 0
        var keys = MappingKeys()
        while true {
            var event = try next()
            if event.type == YAML_MAPPING_END_EVENT {
                yaml_event_delete(&event)
                return entries
            }
            let key = try readValue(&event)
            guard let name = key.scalar else {
                throw YAMLReader.Problem(message: "a key must be text, not \(key.description)", position: key.position)
            }
            guard keys.isNew(name, in: entries) || keepsRepeatedKeys else {
                throw YAMLReader.Problem(message: "the key '\(name)' appears twice", position: key.position)
            }
            var valueEvent = try next()
            entries.append(FrontMatter.Entry(key: name, keyPosition: key.position, value: try readValue(&valueEvent)))
        }
    }

    private mutating func next() throws(YAMLReader.Problem) -> yaml_event_t {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw problem() }
        return event
    }

    private func problem() -> YAMLReader.Problem {
        let what = parser.pointee.problem.map { String(cString: $0) } ?? "invalid YAML"
        // libyaml's own limit (1,000 levels), met before ours when its scanner looks ahead.
        if what.hasPrefix("Maximum nesting level") {
            return YAMLReader.Problem(
                message: "nests lists and mappings more than \(YAMLReader.maxDepth) deep",
                position: position(parser.pointee.problem_mark), limit: .depth)
        }
        var message = what
        if let context = parser.pointee.context.map({ String(cString: $0) }) {
            message += " (\(context))"
        }
        // `\t- x`: libyaml says "found character that cannot start any token", of a tab.
        let input = parser.pointee.input.string
        let at = parser.pointee.problem_mark.index
        if at < input.end - input.start, input.start[at] == UInt8(ascii: "\t") {
            message = "a tab where YAML allows only spaces"
        }
        // At the end of the text ("did not find expected ']'"), where the unclosed thing
        // started is more useful than the end.
        var mark = parser.pointee.problem_mark
        if mark.index >= parser.pointee.input.string.end - parser.pointee.input.string.start,
            parser.pointee.context != nil
        {
            mark = parser.pointee.context_mark
        }
        return YAMLReader.Problem(message: message, position: position(mark))
    }

    private func position(_ mark: yaml_mark_t) -> SourcePosition {
        SourcePosition(line: firstLine + Int(mark.line), column: Int(mark.column) + 1)
    }
}
