extension NameKey {
    /// Words that go before a name and do not tell people apart.
    static let honorifics: [String] = ["dr", "prof", "mr", "ms", "mrs", "mx"]

    /// The key under which two ways of writing one person's name are equal: the slug's words
    /// (case, accents, apostrophes and punctuation folded) without leading honorifics
    /// (`Dr.`, `Prof.`, `Mr.`, `Ms.`, `Mrs.`, `Mx.`) and without middle initials, joined by
    /// spaces, the family name last (`givenNameFirst`). `Dr. Nkechi A. Obi`, `Obi, Nkechi` and
    /// `nkechi obi` → `nkechi obi`; `Ana Li` and `Ann Lee` stay apart, and so do `J. Obi` and
    /// `Nkechi Obi` (a first initial is not dropped).
    /// Different middle initials are told apart by `initialsAgree`.
    static func lookAlike(_ name: String) -> String {
        lookAlikeParts(name).key
    }

    /// The middle initials `lookAlike` leaves out, in order: `Nkechi A. B. Obi` → `ab`. Two
    /// names with one key whose initials differ (`Abena C. Cruz`, `Abena K. Cruz`) are two
    /// people; a name without initials may be either.
    static func middleInitials(_ name: String) -> String {
        lookAlikeParts(name).initials
    }

    /// Whether two names with one `lookAlike` key may be one person: their middle initials
    /// are the same, or one has none.
    static func initialsAgree(_ a: String, _ b: String) -> Bool {
        let (first, second) = (middleInitials(a), middleInitials(b))
        return first.isEmpty || second.isEmpty || first == second
    }

    /// The look-alike key of a name of two words with the words the other way round (`wei chen`
    /// for `chen wei`): a name written family name first by one person and last by another.
    /// `nil` for a key of another number of words, or of two equal words. Two names that are
    /// each other's swap are one person only at one organization (`DuplicateNotes`): `Thomas
    /// James` and `James Thomas` are two people often enough.
    static func swapped(lookAlikeKey key: String) -> String? {
        guard let space = key.utf8.firstIndex(of: UInt8(ascii: " ")) else { return nil }
        let (first, last) = (key[..<space], key[key.utf8.index(after: space)...])
        guard !last.isEmpty, !last.utf8.contains(UInt8(ascii: " ")), first != last else { return nil }
        return "\(last) \(first)"
    }

    /// `name` with a family name written first put last, as people type names for a list:
    /// `Lopez, Maria` → `Maria Lopez`, `van der Berg, Pieter, PhD` → `Pieter van der Berg, PhD`,
    /// `WATANABE Kenji` → `Kenji WATANABE`.
    /// Only a name of two parts around a comma, the one after it not suffixes alone
    /// (`NameParts.isSuffix`: `Ann Lee, PhD`, `Smith, Jr.`) nor a legal form (`Acme, Inc.`);
    /// parts of suffixes after a further comma stay at the end. Any other name as written.
    static func givenNameFirst(_ name: String) -> String {
        guard name.utf8.span.contains(UInt8(ascii: ",")) else { return capitalsFirstPutLast(name) }
        var parts = name.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        var suffixes: [Substring] = []
        while parts.count > 2, let last = parts.last, isSuffixes(last) {
            suffixes.insert(last, at: 0)
            parts.removeLast()
        }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !isSuffixes(parts[1]) else { return name }
        return (["\(parts[1]) \(parts[0])"] + suffixes.map(String.init)).joined(separator: ", ")
    }

    /// `name` with a family name written first in capitals put last, after any honorific
    /// (`WATANABE Kenji` → `Kenji WATANABE`, `NameParts.familyInCapitals`); any other name as
    /// written.
    private static func capitalsFirstPutLast(_ name: String) -> String {
        // Every note's name comes here when a vault is read; nearly none has a word in capitals.
        guard NameParts.mayHaveWordInCapitals(name) else { return name }
        let words = name.words().map(String.init)
        let start = words.prefix(while: NameParts.isHonorific).count
        guard let capitals = NameParts.familyInCapitals(words[start...]), capitals.lowerBound == start else {
            return name
        }
        return (words[..<start] + words[capitals.upperBound...] + words[capitals]).joined(separator: " ")
    }

    /// Whether every word of a part of a name after a comma is a suffix or a legal form.
    private static func isSuffixes(_ part: Substring) -> Bool {
        let words = part.words().map(String.init)
        return !words.isEmpty
            && words.allSatisfy { NameParts.isSuffix($0) || legalForms.contains(slug($0).replacing("-", with: "")) }
    }

    /// The key's words joined by spaces, and the middle initials, in one pass over the slug's
    /// bytes: every note's name goes through here when a vault is read.
    private static func lookAlikeParts(_ name: String) -> (key: String, initials: String) {
        let slugged = slug(givenNameFirst(name))
        let slug = slugged.utf8.span
        var words: [Range<Int>] = []
        var start = 0
        for end in 0...slug.count where end == slug.count || slug[end] == UInt8(ascii: "-") {
            if end > start { words.append(start..<end) }
            start = end + 1
        }
        var first = 0
        while words.count - first > 1, isHonorific(slug.extracting(words[first])) {
            first += 1
        }
        var key = ShortText()
        var initials = ShortText()
        for index in words.indices.dropFirst(first) {
            let word = slug.extracting(words[index])
            if index != first, index != words.count - 1, isOneLetter(word) {
                initials.append(word)
                continue
            }
            if !key.isEmpty { key.append(UInt8(ascii: " ")) }
            key.append(word)
        }
        return (key.string, initials.string)
    }

    /// The legal forms that end an organization's name and do not tell organizations apart.
    static let legalForms: Set<String> = [
        "inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co", "company", "gmbh", "ag",
        "sa", "sas", "sarl", "srl", "spa", "plc", "llp", "lp", "bv", "nv", "pty", "oy", "ab", "kk", "pbc",
    ]

    /// The key under which two ways of writing one organization's name are equal: the slug's
    /// words (as `slug` folds them) without a leading `the` and without the legal forms at the
    /// end, joined by spaces. `The Acme Foods, Inc.` and `acme foods` → `acme foods`; one word
    /// is always kept (`Co.` stays `co`).
    static func organizationLookAlike(_ name: String) -> String {
        // Split on the dash's byte: a slug has no mark that could join a dash into another
        // character, and splitting characters cost 7,000 instructions a name.
        var words = slug(name).utf8.split(separator: UInt8(ascii: "-")).map { String(Substring($0)) }
        if words.count > 1, words.first == "the" { words.removeFirst() }
        while words.count > 1, let last = words.last, legalForms.contains(last) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// The key under which organizations named in fields without a note are one placeholder:
    /// the name folded (`fold`) without the legal forms at its end and the commas before them.
    /// `Figma`, `Figma, Inc.`, `Figma Inc` and `figma` are one; `C++ Corp` and `C# Corp` stay
    /// two (`organizationLookAlike`, which drops punctuation, only warns about notes). A name
    /// that is one legal form is kept, without the periods after it: `Co` and `Co.` are one.
    static func placeholderOrganization(_ name: String) -> String {
        // Most names are ASCII and end in a word that is no legal form, without a comma: folded
        // as they are, without being cut into words (every contact's organization is keyed so).
        if name.isASCII {
            let utf8 = name.utf8
            let end = utf8.lastIndex { !UInt8.isASCIISpace($0) }.map(utf8.index(after:)) ?? utf8.startIndex
            let start = utf8[..<end].lastIndex(where: UInt8.isASCIISpace).map(utf8.index(after:)) ?? utf8.startIndex
            let last = String(name[start..<end]).lowercased()
            if last.utf8.last != UInt8(ascii: ","), !legalForms.contains(last.filter { !".,".contains($0) }) {
                return fold(name)
            }
        }
        var words = name.words()
        while words.count > 1, let last = words.last,
            legalForms.contains(last.lowercased().filter { !".,".contains($0) })
        {
            words.removeLast()
        }
        // Left with one word only when it is a legal form, or when the name was one word.
        let isLegalForm = words.count == 1 && legalForms.contains(words[0].lowercased().filter { !".,".contains($0) })
        var text = words.joined(separator: " ")
        while let last = text.last, last == "," || (isLegalForm && last == ".") { text.removeLast() }
        return fold(text)
    }

    /// Whether a slug word is a single character (`ł` takes two bytes).
    private static func isOneLetter(_ word: Span<UInt8>) -> Bool {
        word.count == 1 || (word[0] >= 0x80 && String(decodingUTF8: word).count == 1)
    }

    /// Whether a word of a slug is one of `honorifics`.
    private static func isHonorific(_ word: Span<UInt8>) -> Bool {
        for honorific in honorifics where honorific.utf8.count == word.count && word.starts(with: honorific.utf8) {
            return true
        }
        return false
    }

    /// Letters that have no decomposition into a base letter and an accent, and the base
    /// letters people type for them: the one table slugs (and so name lookups, file names and
    /// look-alike names) and search (`WordFolder`) fold them by; the site's script is written
    /// with it (`SearchIndex.foldingScript`).
    static let plainLetters: [Unicode.Scalar: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th",
        "ħ": "h", "ς": "σ",
    ]
}
