import CYaml

/// Reads a YAML document into `FrontMatter.Value`s: the simple form nearly every front matter
/// takes with `SimpleYAMLReader`, anything else with libyaml's event API.
///
/// This is the parser inside Yams, driven directly: building Sendable values straight from
/// events is about five times faster than `Yams.compose` on small front matters (measured on
/// 16,000 notes), and the vault is read on every command.
enum YAMLReader {
    /// A syntax problem, located in the file.
    struct Problem: Error, Equatable {
        var message: String
        var position: SourcePosition
    }

    /// Parses `yaml`, whose first line is line `firstLine` of its file; `nil` for an empty document.
    static func read(_ yaml: UnsafeBufferPointer<UInt8>, firstLine: Int) throws(Problem) -> FrontMatter.Value? {
        if let value = SimpleYAMLReader.read(yaml, firstLine: firstLine) { return value }
        return try readWithLibyaml(yaml, firstLine: firstLine)
    }

    /// The same with libyaml alone, which reads any YAML.
    static func readWithLibyaml(_ yaml: UnsafeBufferPointer<UInt8>, firstLine: Int) throws(Problem)
        -> FrontMatter.Value?
    {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw Problem(message: "out of memory", position: SourcePosition(line: firstLine, column: 1))
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, yaml.baseAddress, yaml.count)
        var reader = EventReader(parser: parser, firstLine: firstLine)
        // A front matter has at most one top-level key per line: room for them all at once
        // saves growing the array four times for the usual ten keys.
        reader.rootMappingCapacity = yaml.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        return try reader.readDocument()
    }
}

/// Pulls events from a libyaml parser and assembles values.
private struct EventReader {
    let parser: UnsafeMutablePointer<yaml_parser_t>
    let firstLine: Int
    private var anchors: [String: FrontMatter.Value] = [:]
    /// The capacity to reserve for the first (outermost) mapping read.
    var rootMappingCapacity = 0

    init(parser: UnsafeMutablePointer<yaml_parser_t>, firstLine: Int) {
        self.parser = parser
        self.firstLine = firstLine
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
            value = FrontMatter.Value(content: .list(try readList()), position: position)
        case YAML_MAPPING_START_EVENT:
            anchor = event.data.mapping_start.anchor
            value = FrontMatter.Value(content: .mapping(try readMapping()), position: position)
        case YAML_ALIAS_EVENT:
            let name = String(cString: event.data.alias.anchor)
            guard var aliased = anchors[name] else {
                throw YAMLReader.Problem(message: "the alias '*\(name)' names no anchor", position: position)
            }
            aliased.position = position
            return aliased
        default:
            throw YAMLReader.Problem(message: "unexpected YAML event", position: position)
        }
        if let anchor { anchors[String(cString: anchor)] = value }
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
            if entries.contains(where: { $0.key == name }) {
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
        var message = what
        if let context = parser.pointee.context.map({ String(cString: $0) }) {
            message += " (\(context))"
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
