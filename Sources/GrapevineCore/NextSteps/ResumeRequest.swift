/// Who asked for your resume at a meeting and whom it went to, as far as the vault tells: what
/// `send-resume`, the `thank-you` step and `draft thank-you` say of it, to each person met.
///
/// `resume_requested: true` says that someone asked, not who. Met alone, it was the person met;
/// in a group, those the notes say asked (a sentence about the resume that is theirs, by the
/// rule that picks the line a thank-you quotes: `Lee: send me your resume.`) and those a `sent
/// resume` entry on or after the meeting says got it; nobody known when nothing says who.
struct ResumeRequest: Sendable, Equatable {
    /// The people who asked, in the order met; empty when the vault does not say who.
    var askers: [Graph.NodeID]
    /// The `resume_sent` of a note of the meeting: sent, to whoever asked.
    var sentOnNote: Interview.Sent?
    /// The day of the first `sent resume` entry on or after the meeting, by person met.
    var sentTo: [Graph.NodeID: LocalDate]

    /// What a message to one of the people met says of the resume.
    enum Reply: Equatable {
        /// Nothing: someone else asked.
        case nothing
        /// "As you asked, I have attached my resume."
        case attach
        /// "As you asked, I sent you my resume" on that day.
        case sent(Interview.Sent)
        /// Someone asked, and the vault does not say who: a message cannot say it was them.
        case askerUnknown
    }

    /// The people who asked and have not been sent it: all of them while nobody is known to
    /// have asked and no note says it went out.
    var waiting: [Graph.NodeID] {
        sentOnNote != nil ? [] : askers.filter { sentTo[$0] == nil }
    }

    /// Whether the resume is still to send: no note says it went out, and someone who asked
    /// (anyone, when it is not known who) has no `sent resume` entry.
    var isPending: Bool {
        sentOnNote == nil && (askers.isEmpty || !waiting.isEmpty)
    }

    /// What a message to `person` says as of `today`: a `resume_sent` after today has not gone out.
    func reply(to person: Graph.NodeID, today: LocalDate) -> Reply {
        guard !askers.isEmpty else { return .askerUnknown }
        guard askers.contains(person) else { return .nothing }
        if let day = sentTo[person] { return .sent(.on(day)) }
        switch sentOnNote {
        case .on(let day)? where day <= today: return .sent(.on(day))
        case .undated?: return .sent(.undated)
        case .on?, nil: return .attach
        }
    }

    /// Whether a sentence of the notes speaks of the resume, the thing asked for (a CV too):
    /// "send me your resume", "asked for my CV", "share your résumé", "send resume" — never the
    /// verb ("let's resume next week", "we'll resume the chat after her holiday").
    static func isAboutResume(_ sentence: String) -> Bool {
        let words = sentence.lowercased().split { !$0.isLetter && !"'’-".contains($0) }.map(String.init)
        return words.indices.contains { isResumeNoun(words, at: $0) }
    }

    /// Whether `words[index]` is the noun: spelt with an accent, `CV`, or `resume` after a
    /// determiner (`your`, `an updated`), a possessive (`Alex's`) or a word that asks for a thing
    /// (`send resume`, `asked for resume`). Written plain after anything else it reads as the verb.
    private static func isResumeNoun(_ words: [String], at index: Int) -> Bool {
        let word = words[index]
        if nounSpellings.contains(word) || (word == "vitae" && index > 0 && words[index - 1] == "curriculum") {
            return true
        }
        guard word == "resume" || word == "resumes" else { return false }
        var before = index - 1
        while before >= 0, resumeModifiers.contains(words[before]) { before -= 1 }
        guard before >= 0 else { return false }
        let previous = words[before]
        let isPossessive = (previous.hasSuffix("'s") || previous.hasSuffix("’s")) && !contractions.contains(previous)
        return determinersAndAsks.contains(previous) || isPossessive
    }

    /// Spellings that are only ever the noun.
    private static let nounSpellings: Set<String> = ["résumé", "resumé", "résumés", "resumés", "cv", "cvs"]

    /// Words between a determiner and the noun: `your updated resume`, `a one-page CV`.
    private static let resumeModifiers: Set<String> = [
        "updated", "current", "latest", "new", "full", "short", "revised", "tailored", "final", "old", "one-page",
        "two-page", "pdf",
    ]

    /// Words after which `resume` is the thing: determiners of your resume or one (not `her`
    /// or `that`: "help her resume", "talks that resume"), and words that ask for it.
    private static let determinersAndAsks: Set<String> = [
        "a", "an", "the", "my", "your", "this", "send", "sent", "share", "forward", "attach", "for",
    ]

    /// Words ending in `'s` that are no possessive: "let's resume", "it's resuming".
    private static let contractions: Set<String> = [
        "let's", "let’s", "it's", "it’s", "that's", "that’s", "what's", "what’s", "he's", "he’s", "she's", "she’s",
        "there's", "there’s", "who's", "who’s",
    ]
}

extension NextStepContext {
    /// The resume asked for at `meeting`, from every note of it; `nil` when nobody asked.
    func resumeRequest(at meeting: Meeting) -> ResumeRequest? {
        let ofMeeting = notes(ofMeeting: meeting)
        let notes = ofMeeting.isEmpty ? [meeting] : ofMeeting
        guard notes.contains(where: { $0.interview.resumeRequested }) else { return nil }
        var sentTo: [Graph.NodeID: LocalDate] = [:]
        for person in meeting.people {
            let sent = self.person(person)?.log.first { $0.event == .resumeSent && $0.date >= meeting.date }
            sentTo[person] = sent?.date
        }
        let askedInNotes =
            meeting.people.count > 1 ? askers(inNotesOf: notes, among: meeting.people) : Set(meeting.people)
        return ResumeRequest(
            askers: meeting.people.filter { askedInNotes.contains($0) || sentTo[$0] != nil },
            sentOnNote: notes.lazy.compactMap(\.interview.resumeSent).first, sentTo: sentTo)
    }

    /// The people of a group whose words a sentence of the notes about the resume is.
    private func askers(inNotesOf notes: [Meeting], among people: [Graph.NodeID]) -> Set<Graph.NodeID> {
        let sentences = notes.compactMap { vault.note(for: $0.node) }.flatMap(DraftComposer.meetingWords)
            .flatMap(Prose.sentences).filter(ResumeRequest.isAboutResume)
        return Set(
            people.filter { person in
                let others = people.filter { $0 != person }.map(name)
                return sentences.contains {
                    DraftComposer.attribution(of: $0, to: name(person), others: others) == .theirs
                }
            })
    }
}
