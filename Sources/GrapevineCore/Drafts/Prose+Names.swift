/// How a letter greets someone: "Hi Dr. Obi," for `Dr. Nkechi Obi, PhD`, "Hi Mary," for `Mary O'Brien`.
extension Prose {
    /// The name to greet someone by: their titles with their family name when their name
    /// starts with one ("Dr. Obi", "Prof. van der Berg"), else their first name.
    static func greetingName(_ name: String) -> String {
        let parts = PersonName(name)
        // `Sir Ian McKellen`, `Dame Judi Dench`: these titles go with the first name.
        if let title = parts.titles.first, PersonName.firstNameTitles.contains(PersonName.key(title)),
            let first = parts.firstName
        {
            return title + " " + first
        }
        guard !parts.titles.isEmpty, let family = parts.familyName else { return parts.firstName ?? name }
        return (parts.titles + [family]).joined(separator: " ")
    }

    /// The first word of a name after any title: "Mary" for "Mary O'Brien", "Nkechi" for "Dr. Nkechi Obi".
    static func firstName(_ name: String) -> String {
        PersonName(name).firstName ?? name
    }
}

/// A display name taken apart for greetings: titles in front, the given and family names, and
/// suffixes (`Jr.`, `PhD`) left out.
struct PersonName {
    /// The titles the name starts with, as written: `Dr.`, `Prof.`.
    var titles: [String] = []
    /// The words between the titles and the suffixes.
    var words: [String] = []

    /// Titles that go with the family name in a greeting, compared without case or a final dot.
    static let titleWords: Set<String> = ["dr", "prof", "professor", "mr", "ms", "mrs", "mx", "rev", "sir", "dame"]
    /// Titles that go with the first name: `Sir Ian`.
    static let firstNameTitles: Set<String> = ["sir", "dame"]
    /// Words after the family name that are not part of it, compared as `titleWords` are.
    static let suffixWords: Set<String> = [
        "jr", "sr", "ii", "iii", "iv", "phd", "ph.d", "md", "m.d", "dds", "esq", "mba", "msc", "ma", "bsc",
    ]

    /// Words that belong to the family name that follows them.
    static let particles: Set<String> = [
        "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos", "du", "la", "le", "ten",
        "ter", "van", "von",
    ]

    init(_ name: String) {
        // Anything after a comma is a suffix or a degree: "Nkechi Obi, PhD", "Sam Reyes, Jr."; a
        // remark in brackets is not part of the name: "Jane Smith (Stanford)".
        let beforeComma = name.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        var words = beforeComma.split(whereSeparator: \.isWhitespace).map(String.init)
        if let remark = words.firstIndex(where: { $0.hasPrefix("(") }), remark > 0 { words.removeSubrange(remark...) }
        while let first = words.first, words.count > 1, Self.titleWords.contains(Self.key(first)) {
            titles.append(first)
            words.removeFirst()
        }
        while let last = words.last, words.count > 1, Self.suffixWords.contains(Self.key(last)) {
            words.removeLast()
        }
        self.words = words
    }

    /// The first given name, when there is one: not an initial before it (`J. Robert
    /// Oppenheimer` is greeted as Robert).
    var firstName: String? {
        let isInitial = { (word: String) in word.count == 2 && word.last == "." && word.first?.isLetter == true }
        return words.dropLast().first { !isInitial($0) } ?? words.first
    }

    /// The last word, with the particles before it: "Obi", "van der Berg", "de la Cruz".
    var familyName: String? {
        guard var start = words.indices.last else { return nil }
        while start > 0, Self.particles.contains(words[start - 1].lowercased()) { start -= 1 }
        return words[start...].joined(separator: " ")
    }

    static func key(_ word: String) -> String {
        var word = word.lowercased()
        if word.hasSuffix(".") { word.removeLast() }
        return word
    }
}
