/// The line of an interview's notes that a message quotes back to its writer ("From your notes:
/// …"), chosen so that a meeting with several people never puts one person's words in another's
/// mouth.
extension DraftComposer {
    /// Whose words a sentence of the notes records.
    enum Attribution: Equatable {
        /// The person the message is about: `Ravi: plain language is the whole job.`, or a
        /// sentence that names them.
        case theirs
        /// Another of the people met: `Jordan: …`, or a sentence that names them and not this person.
        case someoneElse
        /// Nobody met in particular.
        case nobody
    }

    /// The sentence of the interview note at `index`'s Notes to quote about `person`: the first
    /// sentence of its first item when they met alone; in a meeting with several people, the
    /// first sentence that is theirs, else the first that is nobody's, never another's (`nil`
    /// when every sentence is).
    func highlight(ofInterview index: Int, about person: Graph.NodeID) -> String? {
        let shared = Self.sharedNotes(vault.notes[index])
        let others = vault.graph.neighbors(.met, from: Graph.node(ofNote: index)).filter { $0 != person }
        guard !others.isEmpty else { return shared.first.map(Prose.firstSentence) }
        let sentences = shared.flatMap(Prose.sentences)
        let attributions = sentences.map { Self.attribution(of: $0, to: name(person), others: others.map(name)) }
        let chosen = attributions.firstIndex(of: .theirs) ?? attributions.firstIndex(of: .nobody)
        return chosen.map { sentences[$0] }
    }

    /// An item of the notes (a Resources or Leads item) as a message to `person` says it, without
    /// their name before a colon (`Lee: read "Mismatch"` to Lee is `read "Mismatch"`); `nil` when
    /// it is what another of the people met said (`Dana: …`, `Mismatch (Dana's pick)`): "as you
    /// recommended" and "you mentioned" are not said of it. Met alone (`others` empty), never `nil`.
    static func theirWords(_ text: String, to person: String, others: [String]) -> String? {
        // Met alone, a text without a colon is said as it is: most are (every step asks).
        let hasColon = text.utf8.contains(UInt8(ascii: ":"))
        if others.isEmpty && !hasColon { return text }
        guard others.isEmpty || attribution(of: text, to: person, others: others) != .someoneElse else { return nil }
        guard hasColon, let colon = text.firstIndex(of: ":"),
            Spoken(person).is(String(text[..<colon]).trimmingWhitespace())
        else { return text }
        let rest = text[text.index(after: colon)...].trimmingWhitespace()
        return rest.isEmpty ? text : String(rest)
    }

    /// The texts of `texts` as a message to `person` says them (`theirWords`), those another
    /// person met in the interview note at `index` said left out.
    func theirWords(_ texts: [String], ofInterview index: Int, to person: Graph.NodeID) -> [String] {
        let others = vault.graph.neighbors(.met, from: Graph.node(ofNote: index)).filter { $0 != person }.map(name)
        return texts.compactMap { Self.theirWords($0, to: name(person), others: others) }
    }

    /// Whose words `sentence` records, of the person named `person` and the `others` met with
    /// them: a name before a colon at its start says it (`Jordan:`, `Ravi Patel:`), else the
    /// names it contains (a first, family or nick name as a word; `Jordan's` names Jordan).
    static func attribution(of sentence: String, to person: String, others: [String]) -> Attribution {
        let words = Set(
            sentence.split { !$0.isLetter && !"-'’".contains($0) }.map { word in
                word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : String(word)
            })
        let person = Spoken(person)
        let others = others.map(Spoken.init)
        if let colon = sentence.firstIndex(of: ":") {
            let speaker = String(sentence[..<colon]).trimmingWhitespace()
            if person.is(speaker) { return .theirs }
            if others.contains(where: { $0.is(speaker) }) { return .someoneElse }
        }
        if !person.words.isDisjoint(with: words) { return .theirs }
        return others.contains { !$0.words.isDisjoint(with: words) } ? .someoneElse : .nobody
    }

    /// A person as notes name them: by full name, or by a first, family or nick name alone.
    private struct Spoken {
        let name: String
        let words: Set<String>

        init(_ name: String) {
            let parts = NameParts(name)
            self.name = name
            words = Set(parts.given + parts.family + parts.nicknames)
        }

        /// Whether `speaker`, the words before a colon, is this person.
        func `is`(_ speaker: String) -> Bool {
            speaker == name || words.contains(speaker)
        }
    }
}
