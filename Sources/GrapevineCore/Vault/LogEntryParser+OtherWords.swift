/// Log events written in other words: `coffee chat`, `texted`, `heard back`, `sent my resume`.
/// Such an entry is a plain dated note (SPEC §2.1), which `next` reads nothing into, so it would
/// go on saying "reach out" to someone you have met; `check` says which event word to write.
extension LogEntryParser {
    /// A phrase, the event word it stands for, and whether it only says the event (`texted`,
    /// which the hint replaces) or describes it (`coffee chat`, which the hint keeps as the text).
    private struct Phrase {
        let bytes: [UInt8]
        let event: String
        let onlySaysTheEvent: Bool

        init(_ phrase: String, _ event: String, onlySaysTheEvent: Bool) {
            bytes = Array(phrase.utf8)
            self.event = event
            self.onlySaysTheEvent = onlySaysTheEvent
        }
    }

    /// The phrases, lowercase. Only phrases that say the event happened: `set up a call` or
    /// `lunch with the team` are plain notes.
    private static let phrases: [Phrase] =
        [
            "texted", "pinged", "dm'd", "dmed", "contacted", "inmailed", "sent a message", "sent a linkedin message",
            "sent a dm", "sent an email", "sent email", "sent him a message", "sent her a message",
            "sent them a message", "sent a linkedin note", "sent a connection note", "message sent",
            "linkedin message sent", "email sent", "e-mail sent",
            "sent connection request", "sent a connection request", "connection request sent",
        ].map {
            Phrase($0, "messaged", onlySaysTheEvent: true)
        }
        + [
            "got a reply", "got an answer", "got a response", "heard back", "responded", "reply", "response",
            "reply received", "response received", "got back to me", "they got back to me", "she got back to me",
            "he got back to me",
            "they wrote back", "she wrote back", "he wrote back", "they replied", "she replied", "he replied",
            "they answered", "she answered", "he answered", "they responded", "she responded", "he responded",
        ].map { Phrase($0, "replied", onlySaysTheEvent: true) }
        // `she wrote me back`, `he called me back`: the `back` forms of the event table, said of them.
        + ["she", "he", "they"].flatMap { who in
            ["wrote", "emailed", "called", "texted", "messaged"].map { "\(who) \($0) me back" }
        }.map { Phrase($0, "replied", onlySaysTheEvent: true) }
        + [
            "had a call", "had a chat", "had coffee", "had a coffee", "had lunch", "had a meeting", "had a zoom",
            "had a video call", "had a phone call", "coffee chat", "coffee with", "phone call", "video call",
            "zoom call", "call with", "spoke with", "spoke to", "talked with", "talked to", "chatted",
            "informational interview", "interviewed with", "meeting with",
        ].map { Phrase($0, "met", onlySaysTheEvent: false) }
        + [
            "sent a thank-you", "sent a thank you", "sent thank-you", "sent thank you", "sent thanks",
            "thank-you sent", "thank you sent", "thank-you note sent", "thank you note sent",
        ].map { Phrase($0, "thanked", onlySaysTheEvent: true) }
        + [
            "sent my resume", "sent my résumé", "sent my cv", "sent cv", "sent the resume", "sent resumé",
            "resume sent", "cv sent",
        ].map { Phrase($0, "sent resume", onlySaysTheEvent: true) }
        + ["sent an update", "sent update", "sent a progress update", "gave an update"].map {
            Phrase($0, "updated", onlySaysTheEvent: true)
        }
        + [
            "she declined", "he declined", "they declined", "said no", "she said no", "he said no", "they said no",
            "turned me down", "she turned me down", "he turned me down", "they turned me down", "not interested",
        ].map { Phrase($0, "declined", onlySaysTheEvent: true) }

    /// The event the words from `start` on say in other words, if they do: what was written
    /// for it, the event word, and the entry as it would be written with it (`met: coffee chat`).
    static func eventInOtherWords(
        in bytes: Span<UInt8>, from start: Int
    ) -> (written: String, event: String, rewritten: String)? {
        var best: Phrase?
        for phrase in phrases where startsWithWord(bytes, at: start, phrase.bytes) {
            if phrase.bytes.count > best?.bytes.count ?? 0 { best = phrase }
        }
        guard let best else { return nil }
        let end = start + best.bytes.count
        let written = String(decodingUTF8: bytes.extracting(start..<end))
        let rest = String(decodingUTF8: bytes.extracting(trimmed(bytes, from: skipSeparators(bytes, from: end))))
        let text =
            best.onlySaysTheEvent ? rest : String(decodingUTF8: bytes.extracting(trimmed(bytes, from: start)))
        return (written, best.event, best.event + (text.isEmpty ? "" : ": " + text))
    }

    /// "if you met": when the event word is the one to write.
    static func condition(of event: String) -> String {
        switch event {
        case "messaged": "if you wrote to them"
        case "replied": "if they replied"
        case "met": "if you met"
        case "thanked": "if you thanked them"
        case "sent resume": "if you sent your resume"
        case "declined": "if they said no"
        default: "if you sent them an update"
        }
    }
}
