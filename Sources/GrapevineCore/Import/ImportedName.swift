/// A person's name as an export file has it, tidied for a note: `Robert "Bob" Smith, PMP`
/// → `Robert Smith`, also known as `Bob`.
///
/// What goes: credentials after a comma (`, PhD`, `, PMP, CSM`) or at the end (`Jane Doe MBA`),
/// pronouns in parentheses (`(she/her)`), emoji and other pictographs, extra white space.
/// What moves: given names after a family name of one word and a comma (`Hartmann, Klaus` →
/// `Klaus Hartmann`), as address books and lists write names; an East Asian name in first and
/// last name columns is written as its language writes it (`小明` and `王` → `王小明`).
/// What stays: everything else as written — titles (`Dr.`), generational suffixes after a
/// comma (`Smith, Jr.` → `Smith Jr.`), capitals. A nickname in quotes or parentheses leaves
/// the name and becomes an alias, as written (as a vCard's `NICKNAME` does).
///
/// What went is kept in `leftOut`, so that the import can say so (`ImportProblem.tidiedName`).
struct ImportedName: Equatable {
    /// The name to write.
    var name: String
    /// Other names: the nicknames.
    var aliases: [String]
    /// What was written in the name and is neither in `name` nor in `aliases`, as written:
    /// `PhD`, `(she/her)`, `🚀`, a part in parentheses too long to be a nickname.
    var leftOut: [String] = []
    /// Whether given names written after the family name and a comma were put first.
    var isTurnedRound = false

    /// The name from a CSV's first, middle and last name columns, each tidied on its own: a
    /// comma in the first (`Jo, Jr.`) ends the first name, not the whole name.
    /// A name in one of the three columns alone may be written family name first (`Hartmann,
    /// Klaus` in `First Name`).
    init(first: String, middle: String = "", last: String) {
        if middle.trimmingWhitespace().isEmpty, Self.isEastAsian(first), Self.isEastAsian(last) {
            // 王 and 小明 in the last and first name columns are 王小明: East Asian names are
            // written family name first, without a space.
            self.init(text: last.trimmingWhitespace() + first.trimmingWhitespace(), suffixes: [], leftOut: [])
            return
        }
        var leftOut: [String] = []
        let fields = [first, middle, last]
        let parts = fields.indices.map { field in
            let alone = fields.indices.allSatisfy { $0 == field || fields[$0].trimmingWhitespace().isEmpty }
            return Self.beforeComma(Self.cleaned(fields[field], leftOut: &leftOut), mayBeTurnedRound: alone)
        }
        self.init(
            text: parts.map(\.text).joined(separator: " "), suffixes: parts.flatMap(\.suffixes),
            leftOut: leftOut + parts.flatMap(\.credentials), isTurnedRound: parts.contains(where: \.isTurnedRound))
    }

    /// Whether `part` is written only in Chinese characters, kana or Hangul (`王`, `健太`, `민준`).
    private static func isEastAsian(_ part: String) -> Bool {
        let scalars = part.trimmingWhitespace().unicodeScalars
        return !scalars.isEmpty
            && scalars.allSatisfy { WordFolder.isCharacterWord($0) || (0xAC00...0xD7A3).contains($0.value) }
    }

    /// The name from one field (a vCard's `FN`).
    init(full: String) {
        var leftOut: [String] = []
        let (text, suffixes, credentials, isTurnedRound) = Self.beforeComma(
            Self.cleaned(full, leftOut: &leftOut), mayBeTurnedRound: true)
        self.init(text: text, suffixes: suffixes, leftOut: leftOut + credentials, isTurnedRound: isTurnedRound)
    }

    /// The name from its text before any comma (given names after it already put first) and
    /// the generational suffixes after one; `leftOut` is what was taken out of the text already.
    private init(text: String, suffixes: [String], leftOut: [String], isTurnedRound: Bool = false) {
        let (bare, nicknames, leftOut) = Self.withoutNicknames(text, leftOut: leftOut)
        var words = Self.words(bare)
        if words.isEmpty, let nickname = nicknames.first { words = Self.words(nickname) }
        var credentials: [String] = []
        while words.count > 2, let last = words.last, Self.credentials.contains(last) {
            credentials.insert(words.removeLast(), at: 0)
        }
        words += suffixes
        let name = words.joined(separator: " ")
        aliases = nicknames.filter { !$0.isEmpty && NameKey.fold($0) != NameKey.fold(name) }
        self.name = name
        self.leftOut = leftOut + credentials
        self.isTurnedRound = isTurnedRound
    }

    /// A way a name is not read as written, for the import to count rows by.
    enum Tidying: String, CaseIterable, Sendable {
        case nickname, credential, pronouns, pictograph, remark, familyNameFirst

        /// What the rows of this kind had done to their names, after "N names had" or "1 name had".
        var done: String {
            switch self {
            case .nickname: "a nickname made an alias"
            case .credential: "a credential left out"
            case .pronouns: "pronouns left out"
            case .pictograph: "an emoji left out"
            case .remark: "a remark in parentheses left out"
            case .familyNameFirst: "the family name first, put last"
            }
        }
    }

    /// The ways this name is not read as written, in `Tidying`'s order.
    var tidyings: [Tidying] {
        let kinds = Set(
            leftOut.map(Self.tidying(ofLeftOut:)) + (aliases.isEmpty ? [] : [.nickname])
                + (isTurnedRound ? [.familyNameFirst] : []))
        return Tidying.allCases.filter(kinds.contains)
    }

    /// What kind of part of `leftOut` `part` is, by the rule that took it out.
    private static func tidying(ofLeftOut part: String) -> Tidying {
        if let first = part.first, closing[first] != nil { return part.contains("/") ? .pronouns : .remark }
        return part.contains(where: \.isLetter) || part.contains(where: \.isNumber) ? .credential : .pictograph
    }

    // MARK: Private

    /// The text before the first comma, and the generational suffixes among the parts after it
    /// (the rest are credentials). When `mayBeTurnedRound` and the text before the comma is a
    /// family name alone (`isFamilyName`), a first part after it made of given names
    /// (`isGivenNames`) goes before it: `Hartmann, Klaus, PhD` is `Klaus Hartmann` and `PhD`.
    private static func beforeComma(
        _ text: String, mayBeTurnedRound: Bool
    ) -> (text: String, suffixes: [String], credentials: [String], isTurnedRound: Bool) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return (text, [], [], false) }
        var after = parts.dropFirst().map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
        var before = String(parts[0])
        var isTurnedRound = false
        if mayBeTurnedRound, isFamilyName(before), let given = after.first, isGivenNames(given) {
            before = given + " " + before
            after.removeFirst()
            isTurnedRound = true
        }
        let isSuffix = { (part: String) in generational.contains(part.lowercased().replacing(".", with: "")) }
        return (before, after.filter(isSuffix), after.filter { !isSuffix($0) }, isTurnedRound)
    }

    /// Whether the text before a comma can be a family name alone: one word, or words that all
    /// but the last are particles (`van der Berg, Anna`, `de la Cruz, María`, `Van Dyke, Joe`).
    static func isFamilyName(_ text: String) -> Bool {
        let words = words(text)
        guard words.count > 1 else { return words.count == 1 }
        return words.dropLast().allSatisfy { particles.contains($0.lowercased()) }
    }

    /// The words that begin family names of several words.
    private static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "del", "della", "la", "le", "du", "da", "di", "dos", "das", "do", "ter",
        "ten", "bin", "ibn", "al", "el", "st", "st.", "saint", "y",
    ]

    /// Whether a part after a comma is given names: words of letters (and `-`, `'`) that start
    /// with a capital and hold a small letter (`Klaus`, `Jean-Luc`, `LaToya`), none a credential
    /// or a suffix. A credential not in the list is most often in capitals (`CSPO`, `MA`).
    static func isGivenNames(_ part: String) -> Bool {
        let words = words(part)
        return !words.isEmpty && words.count <= 3
            && words.allSatisfy { word in
                let bare = word.lowercased().replacing(".", with: "")
                return word.first?.isUppercase == true && word.contains(where: \.isLowercase)
                    && word.allSatisfy { $0.isLetter || "-'’".contains($0) }
                    && !foldedCredentials.contains(bare) && !generational.contains(bare)
            }
    }

    /// The text without parts in quotes or parentheses, the nicknames among them (not
    /// pronouns, which hold a `/`), and `leftOut` with the other parts added.
    private static func withoutNicknames(
        _ text: String, leftOut: [String]
    ) -> (text: String, nicknames: [String], leftOut: [String]) {
        var result = ""
        var nicknames: [String] = []
        var leftOut = leftOut
        var characters = Substring(text)
        while let first = characters.first {
            characters = characters.dropFirst()
            guard let close = closing[first], let end = characters.firstIndex(of: close) else {
                result.append(first)
                continue
            }
            let inside = characters[..<end].trimmingWhitespace()
            characters = characters[characters.index(after: end)...]
            result.append(" ")
            if !inside.contains("/"), !inside.isEmpty, inside.count < 30 {
                nicknames.append(words(String(inside)).joined(separator: " "))
            } else if !inside.isEmpty {
                leftOut.append(String(first) + words(String(inside)).joined(separator: " ") + String(close))
            }
        }
        return (result, nicknames, leftOut)
    }

    /// The text without pictographs, invisible joiners and variation selectors; the
    /// pictographs are added to `leftOut`, a run of them as one.
    private static func cleaned(_ text: String, leftOut: inout [String]) -> String {
        var scalars = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        // A run of pictographs is left out as one; joiners and selectors alone are not worth a word.
        func endRun() {
            if run.contains(where: { !$0.properties.isVariationSelector && $0 != "\u{200D}" }) {
                leftOut.append(String(run))
            }
            run = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if !scalar.isASCII,
                properties.isEmojiPresentation || properties.generalCategory == .otherSymbol
                    || properties.isVariationSelector || scalar == "\u{200D}" || scalar == "\u{FE0F}"
            {
                scalars.append(" ")
                run.append(scalar)
            } else {
                endRun()
                scalars.append(scalar)
            }
        }
        endRun()
        return String(scalars)
    }

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// Opening quotes and parentheses, with what closes them.
    private static let closing: [Character: Character] = [
        "\"": "\"", "\u{201C}": "\u{201D}", "\u{201E}": "\u{201C}", "\u{00AB}": "\u{00BB}", "(": ")",
    ]

    /// Suffixes that belong to the name, lowercased and without dots.
    private static let generational: Set<String> = ["jr", "sr", "ii", "iii", "iv", "v"]

    /// Credentials people add to their names, as they write them; dropped at the end of a
    /// name of three words or more even without a comma.
    private static let credentials: Set<String> = [
        "PhD", "Ph.D.", "MBA", "PMP", "CPA", "CFA", "CFP", "MD", "M.D.", "PE", "P.E.", "CISSP", "CSM", "SHRM-CP",
        "SHRM-SCP", "SPHR", "PHR", "RN", "Esq.", "MSc", "M.Sc.", "MPH", "LCSW", "DDS", "PMI-ACP", "CISA", "CISM",
        "CCNA", "CSCP", "CPHR", "FCA", "ACCA", "CIPD", "CEng", "PEng", "P.Eng.", "EdD", "Ed.D.", "MEd",
        "M.Ed.", "DPhil", "D.Phil.", "MPhil", "BSc", "B.Sc.", "BEng", "MEng", "PsyD", "Psy.D.", "DrPH", "MRes",
        "PharmD", "Pharm.D.", "MArch", "DMin", "ThD",
    ]

    /// `credentials` lowercased and without dots, for a part after a comma to be told from given
    /// names (`Esq` is `Esq.`).
    private static let foldedCredentials = Set(credentials.map { $0.lowercased().replacing(".", with: "") })
}
