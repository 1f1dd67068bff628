/// The YAML mapping at the top of a note, as Sendable values that remember where they were written.
public struct FrontMatter: Sendable, Equatable {
    /// The key–value pairs, in the order written.
    public var entries: [Entry]

    /// A key and its value.
    public struct Entry: Sendable, Equatable {
        /// The key, as written.
        public var key: String
        /// Where the key is.
        public var keyPosition: SourcePosition
        /// The value.
        public var value: Value
    }

    /// Creates front matter from its entries.
    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The value of `key`, if the key is present.
    public subscript(key: String) -> Value? {
        entry(key)?.value
    }

    /// The entry for `key`, if present.
    public func entry(_ key: String) -> Entry? {
        // By index: the notes' readers ask for a dozen keys each, and each entry looked at
        // would otherwise be copied. Keys of another length are passed over without comparing
        // them: most are, and a comparison of two strings that differ is a call.
        let length = key.utf8.count
        for index in entries.indices where entries[index].key.utf8.count == length && entries[index].key == key {
            return entries[index]
        }
        return nil
    }

    /// A YAML value: a scalar, a list or a mapping, with its position in the file.
    public struct Value: Sendable, Equatable {
        /// What the value holds.
        public enum Content: Sendable, Equatable {
            /// A scalar; `isPlain` is false when it was quoted or a block scalar.
            case scalar(String, isPlain: Bool)
            case list([Value])
            case mapping([Entry])
        }

        /// What the value holds.
        public var content: Content
        /// Where the value starts.
        public var position: SourcePosition

        /// The scalar's text, or `nil` when the value is a list or mapping.
        public var scalar: String? {
            if case .scalar(let text, _) = content { return text }
            return nil
        }

        /// Whether the value is YAML null (`~`, `null` or nothing at all).
        public var isNull: Bool {
            guard case .scalar(let text, true) = content, text.utf8.count <= 4 else { return false }
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }

        /// The word a diagnostic uses for what was found: "a list", "a mapping", "a number".
        var description: String {
            switch content {
            case .list: return "a list"
            case .mapping: return "a mapping"
            case .scalar(let text, _): return "'\(text)'"
            }
        }
    }
}
