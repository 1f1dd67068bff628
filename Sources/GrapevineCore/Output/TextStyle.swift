/// ANSI styling for terminal output; every method returns its text unchanged when colour is off.
public struct TextStyle: Sendable {
    /// Whether to emit ANSI escape codes.
    public var isColored: Bool

    /// Plain text, for pipes, files, and `NO_COLOR`.
    public static let plain = TextStyle(isColored: false)

    /// Creates a style.
    public init(isColored: Bool) {
        self.isColored = isColored
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func red(_ text: String) -> String { wrap(text, "1;31") }
    public func yellow(_ text: String) -> String { wrap(text, "1;33") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }

    /// Every code `wrap` writes, and the reset: the only escape sequences `TerminalText` lets through.
    static let codes = ["0", "1", "2", "1;31", "1;33", "32", "36"]

    private func wrap(_ text: String, _ code: String) -> String {
        isColored && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
