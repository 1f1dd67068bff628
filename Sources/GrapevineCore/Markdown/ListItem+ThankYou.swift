extension ListItem {
    /// Whether the item is a task about a thank-you (`- [ ] Send thank-you note`, `- [x] thanks
    /// email to Dana`): in an interview's note, the box stands for that interview's thank-you
    /// (`next` and `check` read it so). "Thank Sam for the intro" is not one: it thanks someone
    /// else, for something else.
    var isThankYouTask: Bool {
        // Every ticked agenda question of every interview comes here: most are turned away
        // on their bytes, without a lowercased copy.
        guard checked != nil, Self.mentionsThank(text.utf8) else { return false }
        let words = text.lowercased()
        return Self.thankYouWords.contains { words.contains($0) }
            || words.split(whereSeparator: { !$0.isLetter }).contains("thanks")
    }

    /// Whether `text` has "thank" in it, in any case.
    private static func mentionsThank(_ text: String.UTF8View) -> Bool {
        let bytes = text.span
        // A "t" or "T" whose next four bytes spell "hank": no lowercased copy, no index into
        // the word for each byte (a third of the time of `next`'s task steps).
        guard bytes.count >= 5 else { return false }
        for start in 0..<bytes.count - 4 where bytes[start] | 0x20 == UInt8(ascii: "t") {
            if bytes[start + 1] | 0x20 == UInt8(ascii: "h"), bytes[start + 2] | 0x20 == UInt8(ascii: "a"),
                bytes[start + 3] | 0x20 == UInt8(ascii: "n"), bytes[start + 4] | 0x20 == UInt8(ascii: "k")
            {
                return true
            }
        }
        return false
    }

    private static let thankYouWords = ["thank-you", "thank you", "thankyou", "thank‑you"]
}
