/// A person's display name split into the five parts of a vCard `N` (RFC 6350 §6.2.2), for
/// address books that sort by family name, and for the greeting of a draft.
///
/// A guess from how the name is written, never a rule about names: the last word is the
/// family name, with the particles written before it in lower case (`van`, `de`, `da`, …);
/// the first is the given name; words between are additional names. Honorifics before the
/// name (`Dr.`), generational suffixes after it (`Jr.`) and credentials after a comma (`PhD`)
/// go to their own parts, nicknames in quotes or parentheses to `nicknames`, and `Family,
/// Given` is read the other way round, as is a family name in capitals (`WATANABE Kenji`,
/// `familyInCapitals`). A remark in brackets at the end (`Jane Smith (Stanford)`) is not part
/// of the name. A name of one word is a given name. The card keeps the name exactly as written
/// in `FN`; these parts only help sorting.
struct NameParts: Sendable, Equatable {
    var family: [String] = []
    var given: [String] = []
    var additional: [String] = []
    var prefixes: [String] = []
    var suffixes: [String] = []
    /// Names written in quotes or parentheses: `José "Pepe" Núñez`, `Robert (Bob) Smith`.
    var nicknames: [String] = []

    /// The parts of `name`.
    init(_ name: String) {
        var words = Self.words(of: Self.withoutRemark(name), nicknames: &nicknames)
        var afterComma: [[String]] = []
        if let comma = words.firstIndex(where: { $0.hasSuffix(",") }) {
            let rest = words[(comma + 1)...].joined(separator: " ")
            afterComma = rest.split(separator: ",").map { $0.split(separator: " ").map(String.init) }
                .filter { !$0.isEmpty }
            words = Array(words[...comma])
            words[comma].removeLast()
            if words[comma].isEmpty { words.removeLast() }
        }
        while let last = afterComma.last, last.allSatisfy(Self.isSuffix) {
            suffixes.insert(contentsOf: last, at: 0)
            afterComma.removeLast()
        }
        if !afterComma.isEmpty {
            // "Lopez, Maria": the family name first.
            family = words
            words = afterComma.flatMap { $0 }
        }
        split(words, hasFamily: !family.isEmpty)
    }

    /// The parts of `name` whose given name is known (a contact's `first_name:`), whatever the
    /// order it is written in. Written first (`José María Ortega y Gasset`, first name José
    /// María), the words after it and before the family name `init(_:)` finds are additional
    /// names; written last (`Nguyễn Văn An`, first name An), the words before it are the family
    /// name; anywhere else or not at all (`Robert Smith`, first name Bob), it only takes the
    /// given name's place.
    init(_ name: String, firstName: String?) {
        self.init(name)
        let first = firstName?.words().map(String.init) ?? []
        guard !first.isEmpty else { return }
        let sameWords = { (a: ArraySlice<String>, b: [String]) in
            a.elementsEqual(b) { NameKey.fold($0) == NameKey.fold($1) }
        }
        let familyWords = family.flatMap { $0.split(separator: " ").map(String.init) }
        let words = given + additional + familyWords
        if words.count >= first.count, sameWords(words.prefix(first.count), first) {
            let rest = Array(words.dropFirst(first.count))
            if rest.count >= familyWords.count, sameWords(rest.suffix(familyWords.count), familyWords) {
                additional = Array(rest.dropLast(familyWords.count))
            } else {
                (additional, family) = ([], rest.isEmpty ? [] : [rest.joined(separator: " ")])
            }
        } else if words.count > first.count, sameWords(words.suffix(first.count), first) {
            (additional, family) = ([], [words.dropLast(first.count).joined(separator: " ")])
        }
        given = [first.joined(separator: " ")]
    }

    /// The given name to call someone by: the first given or additional name that is not an
    /// initial (`J. Robert Oppenheimer` is Robert).
    var firstName: String? {
        let isInitial = { (word: String) in word.count == 2 && word.last == "." && word.first?.isLetter == true }
        return (given + additional).first { !isInitial($0) } ?? given.first
    }

    /// `name` without a remark in brackets at its end: "Jane Smith (Stanford)" is Jane Smith.
    private static func withoutRemark(_ name: String) -> String {
        let trimmed = name.trimmingWhitespace()
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("),
            !trimmed[..<open].trimmingWhitespace().isEmpty
        else { return name }
        return String(trimmed[..<open])
    }

    /// The remaining words: prefixes, given, additional, family and suffixes.
    private mutating func split(_ words: [String], hasFamily: Bool) {
        var words = words[...]
        while words.count > 1, let first = words.first, Self.isHonorific(first) {
            prefixes.append(first)
            words.removeFirst()
        }
        while words.count > 1, let last = words.last, Self.isGenerational(last) {
            suffixes.insert(last, at: 0)
            words.removeLast()
        }
        if !hasFamily, let capitals = Self.familyInCapitals(words) {
            family = [words[capitals].joined(separator: " ")]
            words.removeSubrange(capitals)
        }
        guard let first = words.popFirst() else { return }
        given = [first]
        if family.isEmpty, let last = words.popLast() {
            family = [last]
            while let particle = words.last, Self.particles.contains(particle) {
                family.insert(particle, at: 0)
                words.removeLast()
            }
        }
        additional = Array(words)
        // A family name of several words is one value: "van Gogh".
        if family.count > 1 { family = [family.joined(separator: " ")] }
    }

    /// The family name of `words` when it is written in capitals among words that are not, as
    /// French and Japanese names often are: at the start (`WATANABE Kenji`, `DE LA TOUR
    /// Anne-Sophie`) or at the end (`Jean-Pierre DUPONT`). `nil` when no word or every word is
    /// in capitals (`MARIA LOPEZ` says nothing about order), or when no other word is written
    /// with a capital then small letters (`SAM reyes` is typed loosely). A word of two capitals
    /// counts only with a vowel second (`LI`, `WU`, `DE`), so that initials as a given name (`JP
    /// Morgan`, `AJ Patel`) are not taken for a family name.
    static func familyInCapitals(_ words: ArraySlice<String>) -> Range<Int>? {
        let isCapitals = { (word: String) -> Bool in
            let letters = Array(word.filter(\.isLetter))
            guard letters.count >= 2, letters.allSatisfy(\.isUppercase), !isGenerational(word) else { return false }
            return letters.count > 2 || "AEIOUY".contains(letters[1])
        }
        let leading = words.prefix(while: isCapitals).count
        let trailing = words.reversed().prefix(while: isCapitals).count
        // The capitals stand out only against a name written in title case: `SAM reyes` is typed loosely.
        let isTitleCase = { (word: String) in word.first?.isUppercase == true && word.contains(where: \.isLowercase) }
        guard leading < words.count, words.contains(where: isTitleCase) else { return nil }
        if leading > 0 { return words.startIndex..<(words.startIndex + leading) }
        return trailing > 0 ? (words.endIndex - trailing)..<words.endIndex : nil
    }

    /// Whether `name` may hold a word in capitals (`familyInCapitals`): two capital letters in
    /// one word with no small letter between them (`O'BRIEN`, `ŌTSUKA`). A quick test for a
    /// name that has none, which is nearly every name.
    static func mayHaveWordInCapitals(_ name: String) -> Bool {
        var afterCapital = false
        for scalar in name.unicodeScalars {
            let isCapital: Bool
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                    afterCapital = false
                    continue
                }
                isCapital = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
                if !isCapital, byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { afterCapital = false }
            } else {
                isCapital = scalar.properties.isUppercase
                if scalar.properties.isLowercase || scalar.properties.isWhitespace { afterCapital = false }
            }
            if isCapital {
                if afterCapital { return true }
                afterCapital = true
            }
        }
        return false
    }

    /// A family name written in capitals (`familyInCapitals`) as it is said in a letter: each
    /// part capitalized, particles in lower case (`DE LA TOUR` → `de la Tour`, `O'BRIEN-SMITH` →
    /// `O'Brien-Smith`); a name with any lower-case letter as written.
    static func withoutCapitals(_ family: String) -> String {
        guard family.contains(where: \.isUppercase), !family.contains(where: \.isLowercase) else { return family }
        return family.split(separator: " ").map { word in
            let lower = word.lowercased()
            if particles.contains(lower) { return lower }
            var result = ""
            for character in lower {
                let startsPart = result.isEmpty || result.last.map { "-'’".contains($0) } == true
                result += startsPart ? character.uppercased() : String(character)
            }
            return result
        }
        .joined(separator: " ")
    }

    /// The words of `name`, with quoted and parenthesised nicknames taken out.
    private static func words(of name: String, nicknames: inout [String]) -> [String] {
        var kept = ""
        var nickname: String?
        var closing: Character = "\""
        for character in name {
            if nickname != nil {
                if character == closing {
                    if let found = nickname?.trimmingWhitespace(), !found.isEmpty { nicknames.append(found) }
                    nickname = nil
                    kept.append(" ")
                } else {
                    nickname?.append(character)
                }
            } else if let close = Self.nicknameQuotes[character] {
                nickname = ""
                closing = close
            } else {
                kept.append(character)
            }
        }
        if let unclosed = nickname { kept += " " + unclosed }
        return kept.words().map(String.init)
    }

    /// The marks a nickname is written between, by the opening one.
    private static let nicknameQuotes: [Character: Character] = [
        "\"": "\"", "“": "”", "„": "“", "«": "»", "(": ")",
    ]

    /// Lower-case words that belong to the family name after them: `Vincent van Gogh`.
    private static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "ter",
        "ten", "bin", "binti", "al", "el", "zu", "af", "av",
    ]

    private static func folded(_ word: String) -> String {
        word.lowercased().filter { $0 != "." }
    }

    static func isHonorific(_ word: String) -> Bool {
        ["dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "dame", "rev", "fr"].contains(folded(word))
    }

    /// Whether a title goes with the first name in a greeting (`Sir Ian`), not the family name.
    static func goesWithFirstName(_ title: String) -> Bool {
        ["sir", "dame"].contains(folded(title))
    }

    private static func isGenerational(_ word: String) -> Bool {
        ["jr", "sr", "ii", "iii", "iv"].contains(folded(word))
    }

    /// A generational suffix or a credential: `Jr.`, `PhD`, `MBA`, `P.Eng.`, or any word of
    /// two to six capitals (`PMP`, `CPA`).
    static func isSuffix(_ word: String) -> Bool {
        if isGenerational(word) { return true }
        let letters = word.filter { $0 != "." }
        if ["phd", "md", "mba", "esq", "msc", "bsc", "peng", "dphil", "edd"].contains(letters.lowercased()) {
            return true
        }
        return (2...6).contains(letters.count) && letters.allSatisfy { $0.isUppercase }
    }
}
