/// Where a Referrals item written without a link says the person works.
extension InterviewReader {
    /// The words right after `name` in a Referrals item's `text` (at `start`) that may say
    /// where they work: in brackets (`Omar Said (City of Lakeport Digital Services) — product
    /// lead`), or after ` at `, ` / ` or ` | ` up to the next separator (`Kim Ro at Northwind,
    /// data`, `Nina Petrova / Zephyr`), on the
    /// item's first line (which ends at UTF-8 offset `lineEnd`); with where they are.
    static func placeAfterName(_ name: String, in text: String, lineEnd: Int?, at start: SourcePosition)
        -> Reference?
    {
        guard let offset = text.byteOffset(of: name) else { return nil }
        let utf8 = text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: min(lineEnd ?? utf8.count, utf8.count))
        let after = utf8.index(utf8.startIndex, offsetBy: offset + name.utf8.count)
        guard after <= end else { return nil }
        let rest = text[after..<end]
        let opening = rest.drop { $0 == " " || $0 == "\t" }
        let words: Substring
        let inBrackets = opening.first == "("
        if inBrackets {
            guard let close = opening.firstIndex(of: ")") else { return nil }
            words = opening[opening.index(after: opening.startIndex)..<close]
        } else if rest.first == " ", Self.startsWithAt(opening) {
            words = opening.dropFirst(3)
        } else if rest.first == " ", let mark = opening.first, mark == "/" || mark == "|",
            opening.dropFirst().first == " "
        {
            // `Nina Petrova / Zephyr`, `Jo Park | Northwind`: a name and a place, as a list of
            // people is often written; a place only when an organization is called so.
            words = opening.dropFirst(2)
        } else {
            return nil
        }
        let place = words.drop(while: \.isWhitespace)
        // After ` at `, the name of the place runs to the next separator, as a person's name does.
        let target = inBrackets ? String(place).trimmingWhitespace() : personName(in: String(place))
        guard !target.isEmpty else { return nil }
        let column = start.column + text.unicodeScalars[text.startIndex..<place.startIndex].count
        return Reference(target: target, form: .name, position: SourcePosition(line: start.line, column: column))
    }

    /// Whether `text` starts with `at ` in any case, read from its first bytes (no scalar but
    /// `A` and `T` lowercases to them).
    private static func startsWithAt(_ text: Substring) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let a = bytes.next(), let t = bytes.next(), let space = bytes.next() else { return false }
        return a | 0x20 == UInt8(ascii: "a") && t | 0x20 == UInt8(ascii: "t") && space == UInt8(ascii: " ")
    }
}
