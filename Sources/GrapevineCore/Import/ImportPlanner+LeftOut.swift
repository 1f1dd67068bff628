extension ImportPlanner {
    /// What of `person` their note will not hold once `action` is done, so that the import says
    /// so rather than drop it in silence: a new note has one `email` and one `phone` (the
    /// preferred ones), so the other addresses and numbers; a note that exists gains only the
    /// fields it lacks and no text (docs/import.md), so any address or number it will not hold
    /// anywhere in its text, and the card's `NOTE` unless its words are there already. Nothing
    /// for a person skipped, or a note left alone on purpose (`--no-update`).
    func leftOut(of person: ImportedPerson, _ action: ImportPlan.Action) -> [ImportPlan.LeftOut] {
        let emails = person.emails.map { ImportPlan.LeftOut(field: "email", value: $0) }
        let phones = ([person.phone].compactMap(\.self) + person.otherPhones).map {
            ImportPlan.LeftOut(field: "phone", value: $0)
        }
        let text: String
        switch action {
        case .create:
            return Array(emails.dropFirst()) + (phones.isEmpty ? [] : Array(phones.dropFirst()))
        case .update(_, let planned):
            text = String(decoding: planned.contents, as: UTF8.self)
        case .unchanged(let path):
            guard updatesMatches, let note = vault.note(atPath: path) else { return [] }
            text = note.text
        case .skip:
            return []
        }
        let lowered = text.lowercased()
        let numbers = Set(Self.phoneNumbers(in: text))
        var leftOut = emails.filter { !lowered.contains($0.value.lowercased()) }
        leftOut += phones.filter { !numbers.contains(ImportedPerson.digits(of: $0.value)) }
        if let about = person.about, !Self.words(of: lowered).contains(Self.words(of: about.lowercased())) {
            leftOut.append(ImportPlan.LeftOut(field: "note", value: about))
        }
        return leftOut
    }

    /// The digits of every run of a note's text that could be a phone number: digits, with
    /// spaces, `+`, `-`, `.`, `/` and brackets between them.
    private static func phoneNumbers(in text: String) -> [String] {
        var numbers: [String] = []
        var digits = ""
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if !" +-./()".contains(character) {
                if !digits.isEmpty { numbers.append(digits) }
                digits = ""
            }
        }
        if !digits.isEmpty { numbers.append(digits) }
        return numbers
    }

    /// `text`'s words, one space between them: a card's `NOTE` is found in a note however its
    /// lines were broken.
    private static func words(of text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
