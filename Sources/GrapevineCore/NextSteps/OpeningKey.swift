/// What tells one opening from another, so that one written both in an interview's Leads and in
/// an organization's Openings is one `apply` step: its address (the first `http://` or
/// `https://` URL in the item), else its title's words (`Prose.opening`, folded and without
/// fillers, as an `applied` entry is matched: `Applications`). Two items with addresses are the
/// same opening when the addresses are; else when their titles are, at the same organization
/// (the caller's part: a lead's organization is where the people met work).
struct OpeningKey: Equatable {
    /// The address, without a trailing `/`; `nil` when the item has none.
    var address: String?
    /// The title's words, the address left out.
    var title: Set<String>

    init(_ item: ListItem) {
        let text = item.leadText
        let found = Self.addressRange(in: text)
        address = found.map { String(text[$0]) }.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        var words = text
        if let found { words.removeSubrange(found) }
        title = Applications.titleWords(of: words)
    }

    /// Whether `other` is the same opening (see above).
    func isSame(as other: OpeningKey) -> Bool {
        if let address, let theirs = other.address { return address == theirs }
        return !title.isEmpty && title == other.title
    }

    /// The first URL in `text`: from `http://` or `https://` to a space or a bracket, without the
    /// punctuation that ends a sentence.
    private static func addressRange(in text: String) -> Range<String.Index>? {
        guard let start = [text.range(of: "https://"), text.range(of: "http://")].compactMap({ $0?.lowerBound }).min()
        else { return nil }
        var end = text[start...].firstIndex { $0.isWhitespace || ")]>\"'".contains($0) } ?? text.endIndex
        while end > start, ".,;:!?".contains(text[text.index(before: end)]) { end = text.index(before: end) }
        return start..<end
    }
}
