/// Referrals items written as something to do rather than as a name (`talk to Jo in HR`,
/// `check out the careers page`): the one rule `check`, `next`, the drafts, the graph and the
/// site read them by, since they all take the person from the item as the reader gives it.
extension InterviewReader {
    /// Whether the words an item names someone by are a phrase, not a name: one of them, as
    /// written in lowercase, is a word of a sentence (`to`, `the`, `about`, `out`, `ask`,
    /// `maybe`…; `phraseWords`). A name typed all in lowercase is still a name (`jo smith`, `ana
    /// de la cruz`), and capitals never make a phrase (`Kevin To`).
    static func isPhrase(_ words: String) -> Bool {
        words.words().contains { word in
            word.first?.isLowercase == true && phraseWords.contains(String(bare(word)))
        }
    }

    /// Whether the words start as something to do does, in any case (`Check out…`, `talk to…`):
    /// with a word of a phrase, not one for someone unknown (`the recruiter`).
    static func startsLikeToDo(_ words: String) -> Bool {
        guard let first = words.words().first else { return false }
        let folded = bare(first).lowercased()
        return phraseWords.contains(folded) && !unknownPersonWords.contains(folded)
    }

    /// The name inside a phrase, and its UTF-8 offset there: the first run of capitalised words
    /// (`Lee Park`, `Anna van der Berg`, `Lee P.`) at the start of the phrase or after a word
    /// that puts a person next (`talk to Jo in HR` → `Jo`, `ask Priya Shah about the team` →
    /// `Priya Shah`, `Ask Priya Shah` → `Priya Shah`). A word in capitals is not a name (`HR`,
    /// `CTO`), nor a word for a role or for what to do (`Recruiter`, `Talk`). `nil` when the
    /// phrase has no such run (`check out the careers page`, `talk to jo`, `Head of Data`).
    static func nameInPhrase(_ phrase: String) -> (name: String, offset: Int)? {
        let words = phrase.words()
        var mayFollow = true
        for (index, word) in words.enumerated() {
            let folded = bare(word).lowercased()
            if mayFollow, isNameWord(word), !notNameWords.contains(folded) {
                let run = nameRun(in: words, from: index)
                let name = String(phrase[word.startIndex..<bare(run.last!).endIndex])
                return (name, phrase.utf8.distance(from: phrase.startIndex, to: word.startIndex))
            }
            mayFollow = personFollows.contains(folded)
        }
        return nil
    }

    /// Whether a word is, in any case, a word for a role, a team or what to do, never a name
    /// (`Recruiter`, `Design`, `talk`).
    static func isNoNameWord(_ word: Substring) -> Bool {
        notNameWords.contains(bare(word).lowercased())
    }

    /// The capitalised words from `start` on, at most four: name words, and particles between
    /// two of them (`Anna van der Berg`); a word with punctuation after it (`Sam?`) ends the run.
    private static func nameRun(in words: [Substring], from start: Int) -> ArraySlice<Substring> {
        var end = start + 1
        var next = end
        while next < words.count, end - start < 4, bare(words[end - 1]).endIndex == words[end - 1].endIndex {
            let word = words[next]
            next += 1
            if particles.contains(word) { continue }
            guard isNameWord(word), !notNameWords.contains(bare(word).lowercased()) else { break }
            end = next
        }
        return words[start..<end]
    }

    /// A word without the punctuation a sentence puts after it (`Sam?`, `Park,`); an initial
    /// keeps its period (`P.`).
    private static func bare(_ word: Substring) -> Substring {
        if isInitial(word) { return word }
        return word.prefix(word.count - word.reversed().prefix { "?!.,;:".contains($0) }.count)
    }

    private static func isInitial(_ word: Substring) -> Bool {
        word.count == 2 && word.first?.isUppercase == true && word.last == "."
    }

    /// A word a name is made of: a capital, then letters (`-` and apostrophes too) with a small
    /// one among them (`Jo`, `O'Brien`, `Jean-Luc`, `McKay`), or an initial (`P.`).
    private static func isNameWord(_ word: Substring) -> Bool {
        if isInitial(word) { return true }
        let letters = bare(word)
        return letters.count > 1 && letters.first?.isUppercase == true && letters.contains(where: \.isLowercase)
            && letters.allSatisfy { $0.isLetter || "-'’".contains($0) }
    }

    /// Lowercase words that begin family names and may sit inside a name run.
    private static let particles: Set<Substring> = [
        "de", "da", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "bin", "ibn", "al", "el",
        "dos", "das", "ter", "ten",
    ]

    /// Words after which a person's name comes (`to`, `ask`, `with`, `maybe`…).
    private static let personFollows: Set<String> = [
        "to", "ask", "asking", "with", "contact", "contacting", "email", "e-mail", "emailing", "call", "ping",
        "message", "text", "dm", "meet", "see", "intro", "introduce", "introduced", "introduction", "cc", "try",
        "maybe", "perhaps", "possibly", "probably", "also", "definitely", "named", "called", "reach", "connect",
        "suggested", "suggests", "recommended", "recommends", "please", "pls", "via",
    ]

    /// Lowercase words that make an item's words a phrase rather than a name: the words after
    /// which a name comes, and other words of a sentence no name is made of. Not the particles
    /// of names (`de`, `la`, `van`), nor words that are also given names (`will`, `may`, `an`).
    private static let phraseWords: Set<String> = personFollows.union([
        "the", "a", "in", "on", "about", "for", "from", "of", "out", "up", "into", "over", "by", "via", "if", "when",
        "after", "before", "later", "again", "soon", "who", "that", "this", "her", "his", "their", "them", "him",
        "she", "he", "they", "it", "is", "was", "are", "should", "could", "would", "can", "might", "said", "says",
        "knows", "works", "runs", "talk", "chat", "check", "look", "get", "send", "go", "write", "find", "i", "me",
        "my", "our", "your", "re",
    ])

    /// Capitalised words that are no name in a phrase: what to do, roles, and words for
    /// someone not known by name (`Ask`, `Talk`, `Recruiter`, `Head`, `The`).
    private static let notNameWords: Set<String> = phraseWords.union(roleWords).union(unknownPersonWords).union([
        "head", "lead", "chief", "senior", "junior", "principal", "product", "design", "engineering", "data",
        "marketing", "sales", "finance", "operations", "ops", "research", "platform", "growth", "legal", "support",
        "security", "analytics", "science", "talent", "careers", "jobs", "office", "group", "linkedin", "slack",
        "zoom", "teams", "twitter", "discord", "whatsapp", "signal", "mail", "gmail",
    ])
}
