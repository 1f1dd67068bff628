/// Front matter values written back as YAML on one line, and compared without positions.
enum FlowYAML {
    /// `Dan`, `"[[Dan Moore]]"`, `[a, b]`, `{date: 2026-12-01, text: "Ask about Q1"}`.
    static func text(_ value: FrontMatter.Value) -> String {
        switch value.content {
        case .scalar(let text, let isPlain): return scalar(text, plain: isPlain)
        case .list(let items): return "[" + items.map(Self.text).joined(separator: ", ") + "]"
        case .mapping(let entries):
            return "{" + entries.map { scalar($0.key, plain: true) + ": " + text($0.value) }.joined(separator: ", ")
                + "}"
        }
    }

    /// A scalar as it was (`plain`) when it reads back the same inside a flow list, else quoted.
    static func scalar(_ text: String, plain: Bool) -> String {
        let special = text.contains { ",[]{}#&*!|>'\"%@`".contains($0) } || text.contains(": ")
        let safe =
            plain && !text.isEmpty && !special && text.trimmingWhitespace() == text
            && !["true", "false", "null", "yes", "no", "on", "off", "~"].contains(text.lowercased())
        return safe ? text : YAMLText.quoted(text)
    }

    /// Whether two values hold the same, wherever they were written.
    static func same(_ left: FrontMatter.Value, _ right: FrontMatter.Value) -> Bool {
        switch (left.content, right.content) {
        case (.scalar(let a, _), .scalar(let b, _)): return a.trimmingWhitespace() == b.trimmingWhitespace()
        case (.list(let a), .list(let b)): return a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
        case (.mapping(let a), .mapping(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && same($0.value, $1.value) }
        default: return false
        }
    }
}
