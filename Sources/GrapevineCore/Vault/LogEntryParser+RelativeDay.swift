extension LogEntryParser {
    /// Words for a day counted from the day they were written (`yesterday`, `this morning`).
    private static let relativeDays = [
        "yesterday", "today", "tonight", "this morning", "this afternoon", "this evening", "last night",
    ]

    /// The words a Log item starts with that name a day counted from the day it was written
    /// (`- yesterday emailed: …`, `- Today, called`), as written; `nil` for any other item. Such
    /// an entry means some day the Log cannot know, so it is left out, an error with the form to
    /// write, as a date in another form is. A weekday alone (`Monday call`) is not one of them.
    static func relativeDay(in text: String) -> String? {
        for words in relativeDays {
            guard text.count >= words.count,
                text.prefix(words.count).lowercased() == words
            else { continue }
            let rest = text.dropFirst(words.count)
            guard let next = rest.first else { return String(text) }
            guard next.isWhitespace || next == "," || next == ":" else { continue }
            return String(text.prefix(words.count))
        }
        return nil
    }
}
