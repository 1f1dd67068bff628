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

    public func bold(_ text: String) -> String { wrap(text, .bold) }
    public func dim(_ text: String) -> String { wrap(text, .dim) }
    public func red(_ text: String) -> String { wrap(text, .red) }
    public func yellow(_ text: String) -> String { wrap(text, .yellow) }
    public func green(_ text: String) -> String { wrap(text, .green) }
    public func cyan(_ text: String) -> String { wrap(text, .cyan) }

    /// The styles, by their ANSI codes.
    enum Code: String, CaseIterable {
        case bold = "1", dim = "2", red = "1;31", yellow = "1;33", green = "32", cyan = "36"
    }

    /// Every code `wrap` writes, and the reset: the only escape sequences `TerminalText` lets
    /// through, and only when sealed.
    static let codes = ["0"] + Code.allCases.map(\.rawValue)

    /// Written after the escape character of every code this style writes, so that
    /// `TerminalText` tells them from the same bytes in a note (which can hold anything):
    /// characters of Unicode's private use area drawn at random when the process starts, which
    /// no note can know. `Console` takes it out before anything is printed.
    static let seal = String(
        String.UnicodeScalarView((0..<6).map { _ in Unicode.Scalar(UInt32.random(in: 0xE000...0xF8FF))! }))

    /// The bytes that begin one of this style's codes: the escape character and the seal.
    static let sealedEscape = Array(("\u{1B}" + seal).utf8)

    private func wrap(_ text: String, _ code: Code) -> String {
        guard isColored else { return text }
        var bytes: [UInt8] = []
        let begun = begin(code, in: &bytes)
        bytes.appendUTF8(of: text)
        end(begun, in: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where a style began in bytes (`begin`): the escape sequence, then what it styles.
    struct Begun {
        var escape: Int
        var content: Int
    }

    /// Begins styling what is appended to `bytes` next, for text written as bytes (`next`
    /// writes tens of thousands of steps); `end` ends it. `wrap` styles a string with them.
    func begin(_ code: Code, in bytes: inout [UInt8]) -> Begun {
        let escape = bytes.count
        if isColored { bytes.appendUTF8(of: "\u{1B}\(Self.seal)[\(code.rawValue)m") }
        return Begun(escape: escape, content: bytes.count)
    }

    /// Ends the style `begun`: nothing styles an empty text.
    func end(_ begun: Begun, in bytes: inout [UInt8]) {
        guard isColored else { return }
        if bytes.count == begun.content {
            bytes.removeSubrange(begun.escape...)
        } else {
            bytes.appendUTF8(of: "\u{1B}\(Self.seal)[0m")
        }
    }
}
