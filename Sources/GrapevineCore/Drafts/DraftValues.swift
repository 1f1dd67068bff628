/// Template values with empty ones left out, so a Mustache section over them renders nothing.
struct DraftValues {
    private(set) var dictionary: [String: Any] = [:]

    subscript(key: String) -> String? {
        get { dictionary[key] as? String }
        set { dictionary[key] = newValue.flatMap { $0.isEmpty ? nil : $0 } }
    }

    subscript(key: String) -> Bool? {
        get { dictionary[key] as? Bool }
        set { dictionary[key] = newValue }
    }

    /// `key` as an array and `key_list` as one phrase ("Sam, Ana and Leo"), when not empty.
    mutating func list(_ key: String, _ items: [String], separator: String = ", ") {
        let items = items.filter { !$0.isEmpty }
        guard !items.isEmpty else { return }
        dictionary[key] = items
        dictionary[key + "_list"] = Prose.list(items, separator: separator)
    }

    /// `key` as a list of nested values for a Mustache section, when not empty.
    mutating func set(_ key: String, _ items: [[String: Any]]) {
        dictionary[key] = items.isEmpty ? nil : items
    }
}
