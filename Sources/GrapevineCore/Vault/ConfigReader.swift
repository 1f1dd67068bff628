/// Reads `.grapevine/config.yml`, reporting unknown keys and wrong types like any note.
struct ConfigReader {
    static let path = ".grapevine/config.yml"
    static let keys = [
        "owner", "site", "cadence", "holidays", "questions", "private_fields", "public_fields", "ignore",
        "search_ended",
    ]

    /// The config and its problems; the defaults where the file is broken.
    static func read(_ text: String, utf8Problem: SourcePosition?) -> (Config, [Diagnostic]) {
        if let utf8Problem {
            return (Config(), [problem("the config file is not valid UTF-8", at: utf8Problem)])
        }
        let root: FrontMatter.Value?
        do throws(YAMLReader.Problem) {
            root = try YAMLReader.read(text.utf8.span, firstLine: 1, keepingRepeatedKeys: true)
        } catch {
            // The reader's code is a note's (`malformed-front-matter`); the config's is its own.
            var problem = NoteReader.diagnostic(error, file: path, subject: "config")
            problem.code = .malformedConfig
            return (Config(), [problem])
        }
        // A document with no value (a lone `---`, only comments, `~`) is an empty config.
        guard let root, !root.isNull else { return (Config(), []) }
        guard case .mapping(let entries) = root.content else {
            let message = "the config must be a mapping of 'key: value' lines"
            return (Config(), [problem(message, at: root.position)])
        }
        let (read, repeated) = withoutRepeatedKeys(entries)
        var fields = FieldReader(frontMatter: FrontMatter(entries: read), file: path)
        let config = Self.read(&fields)
        return (config, repeated + fields.diagnostics)
    }

    /// The keys whose lists are joined when written twice: more ignored, more private, never less.
    static let joinedKeys: Set<String> = ["ignore", "private_fields"]

    /// `entries` with each key once, and an error for each key written again. A config is
    /// edited by appending (`ignore: […]` under the `ignore: []` that `init` wrote): dropping
    /// the whole file for it would drop what it says is private or ignored. The lists of
    /// `joinedKeys` are joined; of any other key, the last value is read.
    private static func withoutRepeatedKeys(_ entries: [FrontMatter.Entry]) -> ([FrontMatter.Entry], [Diagnostic]) {
        var read: [FrontMatter.Entry] = []
        var problems: [Diagnostic] = []
        for entry in entries {
            guard let earlier = read.firstIndex(where: { $0.key == entry.key }) else {
                read.append(entry)
                continue
            }
            let joined = joinedKeys.contains(entry.key)
            problems.append(
                Diagnostic(
                    .error, .malformedConfig,
                    "the key '\(entry.key)' appears twice; "
                        + (joined ? "both lists are read" : "the value on line \(entry.keyPosition.line) is read"),
                    file: path, at: entry.keyPosition, hint: "write '\(entry.key)' once"))
            guard joined else {
                read[earlier] = entry
                continue
            }
            var value = read[earlier].value
            value.content = .list(items(read[earlier].value) + items(entry.value))
            read[earlier].value = value
        }
        return (read, problems)
    }

    /// A list's items, a single value as one, none for null.
    private static func items(_ value: FrontMatter.Value) -> [FrontMatter.Value] {
        if value.isNull { return [] }
        if case .list(let items) = value.content { return items }
        return [value]
    }

    /// An error that leaves the config unread (`malformed-config`).
    private static func problem(_ message: String, at position: SourcePosition) -> Diagnostic {
        Diagnostic(.error, .malformedConfig, message, file: path, at: position)
    }

    private static func read(_ fields: inout FieldReader) -> Config {
        var config = Config()
        reportUnknownKeys(in: fields.frontMatter, allowed: keys, section: nil, fields: &fields)
        config.owner = fields.string("owner")
        if let site = mapping("site", &fields) {
            var siteFields = FieldReader(frontMatter: site, file: path)
            reportUnknownKeys(in: site, allowed: ["title", "out"], section: "site", fields: &siteFields)
            config.siteTitle = siteFields.string("title")
            if let out = siteFields.string("out") {
                config.siteOut = out
                config.siteOutPosition = siteFields.value("out")?.position
            }
            fields.merge(siteFields)
        }
        if let cadence = mapping("cadence", &fields) {
            config.cadence = readCadence(cadence, &fields)
        }
        config.cadence.holidays = Array(Set(fields.dates("holidays"))).sorted()
        config.searchEnded = fields.date("search_ended")
        config.questions = strings("questions", &fields, else: config.questions)
        config.privateFields = fieldNames("private_fields", &fields, else: config.privateFields)
        config.publicFields = fieldNames("public_fields", &fields, else: [])
        let ignore = fields.scalars("ignore")
        (config.ignore, config.ignorePositions) = (ignore.map(\.text), ignore.map(\.position))
        for (pattern, position) in ignore {
            guard let (problem, hint) = IgnorePattern.problem(in: pattern) else { continue }
            fields.report(
                .error, .invalidValue, "the ignore pattern '\(pattern)' cannot be read: \(problem)", at: position,
                hint: hint)
        }
        return config
    }

    /// Where a user may put the settings that grapevine does not read: `.yaml` is YAML's other
    /// extension, and the brief of a trial wrote it (session thirty-five).
    static let misnamedPaths = [".grapevine/config.yaml"]

    /// An error for each settings file under a name grapevine does not read, whose holidays,
    /// cadences and private fields would otherwise be left out without a word.
    static func misnamedProblems(root: String) -> [Diagnostic] {
        misnamedPaths.filter { FileSystem.exists(root + "/" + $0) }.map { misnamed in
            Diagnostic(
                .error, .malformedConfig, "grapevine reads its settings from \(path), not from this file: none is used",
                file: misnamed, at: SourcePosition(line: 1, column: 1),
                hint: FileSystem.exists(root + "/" + path)
                    ? "move what it sets into \(path), then delete this file" : "rename it to \(path)")
        }
    }

    /// The problems of a config with the vault it is in, which only its notes tell: a `site.out`
    /// where no site may go (`SiteFolder.location`: the vault, outside it, a hidden folder, a
    /// folder of notes, whose notes are read all the same), and `ignore` patterns that leave out
    /// every note (`notePaths` are those the walk found).
    static func placementProblems(
        of config: Config, root: String, notePaths: some Collection<String>
    ) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if let position = config.siteOutPosition {
            let path = VaultLocator.absolute(config.siteOut, from: root)
            if let refusal = SiteFolder.location(path, vaultRoot: root, notePaths: notePaths, configured: true).refusal
            {
                problems.append(
                    Diagnostic(
                        .error, .invalidValue, "'site.out' cannot be '\(config.siteOut)': \(refusal)", file: Self.path,
                        at: position,
                        hint: "write a folder of its own inside the vault, such as 'out: _site' (the default), or "
                            + "build elsewhere with 'grapevine site --out PATH'"))
            }
        }
        if notePaths.isEmpty, let position = config.ignorePositions.first {
            var unignored = config
            unignored.ignore = []
            let count = VaultWalker(root: root, config: unignored).listing().notes.count
            if count > 0 {
                problems.append(
                    Diagnostic(
                        .warning, .invalidValue,
                        "the 'ignore' patterns leave out every note of the vault (\(count) "
                            + (count == 1 ? "note" : "notes") + ")",
                        file: Self.path, at: position,
                        hint: "remove the pattern that matches everything (such as '**', '*' or '*.md'); 'ignore' "
                            + "is for folders to skip, such as 'drafts/**'"))
            }
        }
        return problems
    }

    /// The text or list of text at `key`; `fallback` when there is none, or when nothing in it
    /// could be read (reported): a mistyped `private_fields` must not publish email and phone.
    private static func strings(_ key: String, _ fields: inout FieldReader, else fallback: [String]) -> [String] {
        guard fields.value(key) != nil else { return fallback }
        let problems = fields.diagnostics.count
        let strings = fields.strings(key)
        return strings.isEmpty && fields.diagnostics.count > problems ? fallback : strings
    }

    /// The keys listed at `key` (`private_fields`, `public_fields`); `fallback` when there is
    /// no list, or when nothing in it could be read (reported). Text with commas in it
    /// (`private_fields: email, phone, salary`, one text in YAML, as `tags: a, b` is) is read as
    /// the keys it lists, with a warning that shows the list: a key has no comma, and reading
    /// it as one key left `salary` published without a word.
    private static func fieldNames(_ key: String, _ fields: inout FieldReader, else fallback: [String]) -> [String] {
        guard fields.value(key) != nil else { return fallback }
        let problems = fields.diagnostics.count
        let items = fields.scalars(key)
        guard !items.isEmpty || fields.diagnostics.count == problems else { return fallback }
        var names: [(name: String, position: SourcePosition)] = []
        var texts: [(text: String, position: SourcePosition)] = []
        for item in items {
            guard item.text.utf8.contains(UInt8(ascii: ",")) else {
                names.append((item.text, item.position))
                continue
            }
            texts.append(item)
            for name in item.text.split(separator: ",") {
                let name = String(name.trimmingWhitespace())
                if !name.isEmpty { names.append((name, item.position)) }
            }
        }
        let list = "[" + names.map(\.name).joined(separator: ", ") + "]"
        for text in texts {
            fields.report(
                .warning, .listAsText,
                "'\(text.text)' in '\(key)' is one text with commas in it; it is read as the list \(list)",
                at: text.position, hint: "write '\(key): \(list)'")
        }
        reportMisspelledFields(names, in: key, &fields)
        if key == "private_fields" { reportPrivateName(names, &fields) }
        return names.map(\.name)
    }

    /// An error for `name` in `private_fields`: a note's name is the title of its page and the
    /// text of every link, step and graph node that points to it, so a site without it would
    /// still be about that person; the field cannot be left out alone, and reading the list as
    /// it is published every name the user meant to hide. `site --public` refuses the config.
    private static func reportPrivateName(
        _ names: [(name: String, position: SourcePosition)], _ fields: inout FieldReader
    ) {
        for (name, position) in names where name.lowercased() == "name" {
            fields.report(
                .error, .invalidValue,
                "'\(name)' cannot be a private field: a note's name is its page's title and the text of every "
                    + "link to it, so the public site would show it all the same",
                at: position,
                hint: "remove it from 'private_fields', and write 'private: true' in each note whose person must "
                    + "not be on the public site")
        }
    }

    /// Warns about an entry of `private_fields` or `public_fields` that is no key Grapevine
    /// reads but is one written slightly wrong (`organisation`): the field it meant stays
    /// published, or hidden, without a word. Keys of your own are left alone.
    private static func reportMisspelledFields(
        _ names: [(name: String, position: SourcePosition)], in key: String, _ fields: inout FieldReader
    ) {
        let known = Set(NoteReader.keys.values.joined())
        for (name, position) in names {
            guard !known.contains(name), let meant = Spelling.closest(to: name, in: known),
                // `LinkedIn`: a key of your own, written in capitals (`private_fields` ignores case).
                name.lowercased() != meant
            else { continue }
            fields.report(
                .warning, .unknownKey, "'\(name)' in '\(key)' is no field Grapevine reads; did you mean '\(meant)'?",
                at: position, hint: "write '\(meant)'")
        }
    }

    private static func readCadence(_ cadence: FrontMatter, _ fields: inout FieldReader) -> Cadence {
        var result = Cadence()
        var cadenceFields = FieldReader(frontMatter: cadence, file: path)
        reportUnknownKeys(in: cadence, allowed: Cadence.keys.map(\.key), section: "cadence", fields: &cadenceFields)
        for (key, property) in Cadence.keys {
            guard let days = cadenceFields.integer(key), let value = cadenceFields.value(key) else { continue }
            if days < 0 {
                cadenceFields.report(.error, .invalidValue, "'\(key)' must not be negative", at: value.position)
            } else if days > Cadence.maximum {
                cadenceFields.report(
                    .error, .invalidValue, "'\(key)' must be at most \(Cadence.maximum) (ten years)",
                    at: value.position, hint: "the default is \(result[keyPath: property])")
            } else {
                result[keyPath: property] = days
            }
        }
        fields.merge(cadenceFields)
        return result
    }

    private static func mapping(_ key: String, _ fields: inout FieldReader) -> FrontMatter? {
        guard let value = fields.value(key) else { return nil }
        guard case .mapping(let entries) = value.content else {
            fields.wrongType(key, value, expected: "a mapping of 'key: value' lines")
            return nil
        }
        return FrontMatter(entries: entries)
    }

    private static func reportUnknownKeys(
        in mapping: FrontMatter, allowed: [String], section: String?, fields: inout FieldReader
    ) {
        for entry in mapping.entries where !allowed.contains(entry.key) {
            let name = section.map { "\($0).\(entry.key)" } ?? entry.key
            let suggestion = Spelling.closest(to: entry.key, in: allowed)
            fields.report(
                .warning, .unknownKey, "unknown config key '\(name)'", at: entry.keyPosition,
                hint: suggestion.map { "did you mean '\($0)'?" } ?? "known keys: \(allowed.joined(separator: ", "))")
        }
    }
}

extension FieldReader {
    /// Takes over the diagnostics of a reader of a nested mapping.
    mutating func merge(_ other: FieldReader) {
        for diagnostic in other.diagnostics {
            report(
                diagnostic.severity, diagnostic.code, diagnostic.message, at: diagnostic.position, hint: diagnostic.hint
            )
        }
    }
}
