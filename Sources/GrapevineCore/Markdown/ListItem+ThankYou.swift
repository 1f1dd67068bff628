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
        let word = "thank".utf8
        var matched = word.startIndex
        for byte in text {
            let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
            if lower == word[matched] {
                matched = word.index(after: matched)
                if matched == word.endIndex { return true }
            } else {
                // No letter of "thank" after its first is a "t": a mismatch starts over.
                matched = lower == UInt8(ascii: "t") ? word.index(after: word.startIndex) : word.startIndex
            }
        }
        return false
    }

    private static let thankYouWords = ["thank-you", "thank you", "thankyou", "thank‑you"]
}
