extension ListItem {
    /// The date after `due`, `due:` or `📅` in the item's text, if any.
    public var dueDate: LocalDate? {
        dueMarker?.date
    }

    /// The item's text without its due date, for lists that show the date in a column of its own.
    public var textWithoutDue: String {
        guard let marker = dueMarker else { return text }
        let lowered = text.lowercased()
        guard lowered.count == text.count else { return text }
        let start = text.index(
            text.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: marker.range.lowerBound))
        let end = text.index(
            text.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: marker.range.upperBound))
        return (String(text[..<start]).trimmingWhitespace() + " " + String(text[end...]).trimmingWhitespace())
            .trimmingWhitespace()
    }

    /// The due date and where `due 2026-11-25` (or `📅 2026-11-25`) is in the lowercased text.
    private var dueMarker: (date: LocalDate, range: Range<String.Index>)? {
        let lowered = text.lowercased()
        for marker in ["📅", "due"] {
            for range in lowered.ranges(of: marker) {
                let after = lowered[range.upperBound...].drop { $0 == " " || $0 == ":" }
                if let date = LocalDate(after.prefix(10)) {
                    return (date, range.lowerBound..<lowered.index(after.startIndex, offsetBy: 10))
                }
            }
        }
        return nil
    }
}
