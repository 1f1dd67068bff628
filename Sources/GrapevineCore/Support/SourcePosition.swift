/// A place in a file: a 1-based line and a 1-based column counted in Unicode scalars.
public struct SourcePosition: Sendable, Hashable, Comparable, Codable {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars (as libyaml does).
    public var column: Int

    /// Creates a position from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The first character of a file.
    public static let start = SourcePosition(line: 1, column: 1)

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
