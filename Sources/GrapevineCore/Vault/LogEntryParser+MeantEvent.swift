/// The event word meant by words that are not one: a slip (`emaild`, `followed-up`), or the
/// event in other words (`coffee chat`, `texted`, `thank-you`, `sent my resume`). Such an entry
/// is a plain dated note (SPEC §2.1), which `next` reads nothing into, so it would go on saying
/// "reach out" to someone you have met: `check` says which event word to write, and `log`
/// refuses the words with the same one (`meantEvent`, for both).
extension LogEntryParser {
    /// An event word meant, and how it was written.
    struct MeantEvent: Sendable, Equatable {
        /// How the words differ from the event word.
        enum Way: Sendable { case misspelled, otherWords }

        /// What was written for the event: `followed-up`, `Had a call`.
        var written: String
        /// The event word: `followed up`, `met`.
        var event: String
        /// The entry after its date as it would be written with the event word: `met: Had a call with her`.
        var rewritten: String
        var way: Way
    }

    /// The event word the words from `start` on were meant to be, if they are not one and say
    /// one: the longer of a slip and a phrase that stands for an event (`thank-you sent` is the
    /// phrase, not a slip of `thank`); a slip when both are as long.
    static func meantEvent(in bytes: Span<UInt8>, from start: Int) -> MeantEvent? {
        let slip = misspelledEvent(in: bytes, from: start)
        guard let said = eventInOtherWords(in: bytes, from: start) else { return slip }
        guard let slip, slip.written.utf8.count >= said.written.utf8.count else { return said }
        return slip
    }

    /// The event word the words from `start` on were probably meant to be: one with `_` or `-`
    /// for its space (`reached_out`, `followed-up`), or, for a word of five letters or more,
    /// within an edit or two of one (`emaild`, `folowed up`, `skiped`).
    private static func misspelledEvent(in bytes: Span<UInt8>, from start: Int) -> MeantEvent? {
        let text = String(decodingUTF8: bytes.extracting(start..<bytes.count))
        // The first words, split at white space, `_`, `-` and `:`, with where each ends.
        var words: [(word: String, end: String.Index)] = []
        var wordStart: String.Index?
        for index in text.indices where words.count < 3 {
            let character = text[index]
            if character.isWhitespace || character == "_" || character == "-" || character == ":" {
                if let begin = wordStart { words.append((String(text[begin..<index]), index)) }
                wordStart = nil
                if character == ":" { break }
            } else if wordStart == nil {
                wordStart = index
            }
        }
        if let begin = wordStart, words.count < 3 { words.append((String(text[begin...]), text.endIndex)) }
        guard let event = Spelling.closest(toStartOf: words.map(\.word), in: LogEvent.words.map(\.word)) else {
            return nil
        }
        let count = event.split(separator: " ").count
        let typed = words.prefix(count).map(\.word).joined(separator: " ")
        // Short words only as written with other separators: `set` is not `met`.
        guard typed.count >= 5 || typed.lowercased() == event else { return nil }
        let end = words[count - 1].end
        let written = String(text[..<end])
        // `met-up`: the word is right, and what follows it makes the item a plain note.
        guard written.lowercased() != event else { return nil }
        let after = text[end...].drop { $0 == ":" || $0.isWhitespace }
        // `skipped` and `snoozed` go on with the kind of step: `skipped schedule: a connector`.
        let joint = after.isEmpty ? "" : (event == "skipped" || event == "snoozed" ? " " : ": ")
        return MeantEvent(written: written, event: event, rewritten: event + joint + after, way: .misspelled)
    }

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

    /// The phrases, lowercase, each `sent …` also with whom it was sent to (`sent him an
    /// update`, `sent her my resume`). Only phrases that say the event happened: `set up a call`
    /// or `lunch with the team` are plain notes.
    private static let phrases: [Phrase] = saidPhrases.flatMap { phrase in
        let written = String(decoding: phrase.bytes, as: UTF8.self)
        guard written.hasPrefix("sent "), !["him", "her", "them"].contains(where: { written.hasPrefix("sent \($0) ") })
        else { return [phrase] }
        let what = written.dropFirst("sent ".count)
        return [phrase]
            + ["him", "her", "them"].map {
                Phrase("sent \($0) \(what)", phrase.event, onlySaysTheEvent: phrase.onlySaysTheEvent)
            }
    }

    /// The phrases as listed, before `phrases` adds whom a `sent …` was sent to.
    private static let saidPhrases: [Phrase] =
        [
            "texted", "pinged", "dm'd", "dmed", "contacted", "inmailed", "sent a message", "sent a linkedin message",
            "sent a dm", "sent an email", "sent email", "sent a linkedin note", "sent a connection note",
            "message sent",
            "linkedin message sent", "email sent", "e-mail sent",
            "sent connection request", "sent a connection request", "connection request sent",
        ].map {
            Phrase($0, "messaged", onlySaysTheEvent: true)
        }
        // A message by its channel (`LinkedIn message, no reply yet`): the channel is kept as the text.
        + [
            "linkedin message", "linkedin msg", "linkedin dm", "linkedin inmail", "linkedin note", "inmail",
            "whatsapp message", "text message", "sent a text", "sent a whatsapp",
        ].map { Phrase($0, "messaged", onlySaysTheEvent: false) }
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
        // The note that first reaches someone, by its name: kept as the text, as in `emailed: intro`.
        + [
            "intro", "intro email", "intro sent", "sent an intro", "sent intro", "sent an introduction",
            "introduction", "introduced myself", "cold email", "cold emailed", "cold-emailed", "first message",
        ].map { Phrase($0, "reached out", onlySaysTheEvent: false) }
        // The event's own word in another form, which a slip of one or two letters does not reach.
        + [
            "follow-up", "follow up", "followup", "followed-up", "f/u", "follow-up sent", "follow up sent",
            "sent a follow-up", "sent a follow up", "sent follow-up", "sent follow up", "nudged",
        ].map { Phrase($0, "followed up", onlySaysTheEvent: true) }
        + [
            "thank-you", "thank you", "thanks", "thx", "thank-you note", "thank you note", "thank-you email",
            "thank you email", "sent a thank-you", "sent a thank you", "sent thank-you", "sent thank you",
            "sent thanks", "sent a thank-you note", "sent a thank you note", "thank-you sent", "thank you sent",
            "thank-you note sent", "thank you note sent",
        ].map { Phrase($0, "thanked", onlySaysTheEvent: true) }
        + [
            "application sent", "sent application", "sent an application", "sent my application",
            "submitted application", "submitted an application", "submitted my application",
        ].map { Phrase($0, "applied", onlySaysTheEvent: true) }
        + [
            "sent my resume", "sent my résumé", "sent my cv", "sent cv", "sent the resume",
            "resume sent", "cv sent",
        ].map { Phrase($0, "sent resume", onlySaysTheEvent: true) }
        + ["sent an update", "sent update", "sent a progress update", "gave an update"].map {
            Phrase($0, "updated", onlySaysTheEvent: true)
        }
        // Telling a referrer how it went (`told him about the call with Priya`), kept as the text.
        + ["him", "her", "them"].flatMap { who in
            ["told \(who) about", "let \(who) know", "caught \(who) up", "filled \(who) in"]
        }.map { Phrase($0, "updated", onlySaysTheEvent: false) }
        + [
            "she declined", "he declined", "they declined", "said no", "she said no", "he said no", "they said no",
            "turned me down", "she turned me down", "he turned me down", "they turned me down", "not interested",
        ].map { Phrase($0, "declined", onlySaysTheEvent: true) }

    /// The event the words from `start` on say in other words, if they do: what was written
    /// for it, the event word, and the entry as it would be written with it (`met: coffee chat`).
    private static func eventInOtherWords(in bytes: Span<UInt8>, from start: Int) -> MeantEvent? {
        var best: Phrase?
        for phrase in phrases where startsWithWord(bytes, at: start, phrase.bytes) {
            if phrase.bytes.count > best?.bytes.count ?? 0 { best = phrase }
        }
        guard let best else { return nil }
        let end = start + best.bytes.count
        let written = String(decodingUTF8: bytes.extracting(start..<end))
        // `He replied, wants to chat`: the text as an event word's would be, after the comma.
        let textStart = textStart(bytes, afterWordEndingAt: end)
        let rest = String(decodingUTF8: bytes.extracting(trimmed(bytes, from: textStart)))
        let text =
            best.onlySaysTheEvent ? rest : String(decodingUTF8: bytes.extracting(trimmed(bytes, from: start)))
        return MeantEvent(
            written: written, event: best.event, rewritten: best.event + (text.isEmpty ? "" : ": " + text),
            way: .otherWords)
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
        case "reached out": "if you wrote to them"
        case "followed up": "if you wrote to them again"
        case "applied": "if you applied"
        default: "if you sent them an update"
        }
    }
}
