extension String {
    /// The string without leading and trailing white space and newlines.
    func trimmingWhitespace() -> String {
        String(Substring(self).trimmingWhitespace())
    }
}

extension Substring {
    /// The substring without leading and trailing white space and newlines.
    func trimmingWhitespace() -> Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return self[first...last]
    }
}

extension SourcePosition {
    /// The position `scalars` Unicode scalars further along the same line.
    func advanced(by scalars: Int) -> SourcePosition {
        SourcePosition(line: line, column: column + scalars)
    }
}
