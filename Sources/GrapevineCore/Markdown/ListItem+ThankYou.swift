extension ListItem {
    /// Whether the item is a task about a thank-you (`- [ ] Send thank-you note`, `- [x] thanks
    /// email to Dana`): in an interview's note, the box stands for that interview's thank-you
    /// (`next` and `check` read it so). "Thank Sam for the intro" is not one: it thanks someone
    /// else, for something else.
    var isThankYouTask: Bool {
        guard checked != nil else { return false }
        let words = text.lowercased()
        guard words.contains("thank") else { return false }
        return Self.thankYouWords.contains { words.contains($0) }
            || words.split(whereSeparator: { !$0.isLetter }).contains("thanks")
    }

    private static let thankYouWords = ["thank-you", "thank you", "thankyou", "thank‑you"]
}
