extension ImportPlanner {
    /// What of `person` their note will not hold once `action` is done, so that the import says
    /// so rather than drop it in silence: a new note has one `email` and one `phone` (the
    /// preferred ones), so the other addresses and numbers; a note that exists gains only the
    /// fields it lacks and no text (docs/import.md), so any address or number it will not hold
    /// anywhere in its text, and the card's `NOTE` unless its words are there already. Nothing
    /// for a person skipped, or a note left alone on purpose (`--no-update`). And a value the
    /// note holds another of (`differing(from:)`): an import never changes what you wrote.
    func leftOut(of person: ImportedPerson, _ action: ImportPlan.Action, organization: String?)
        -> [ImportPlan.LeftOut]
    {
        let emails = person.emails.map { ImportPlan.LeftOut(field: "email", value: $0) }
        let phones = ([person.phone].compactMap(\.self) + person.otherPhones).map {
            ImportPlan.LeftOut(field: "phone", value: $0)
        }
        let text: String
        let path: String
        switch action {
        case .create:
            return Array(emails.dropFirst()) + (phones.isEmpty ? [] : Array(phones.dropFirst()))
        case .update(let insertion, let planned):
            (text, path) = (String(decoding: planned.contents, as: UTF8.self), insertion.path)
        case .unchanged(let notePath):
            guard updatesMatches, let note = vault.note(atPath: notePath) else { return [] }
            (text, path) = (note.text, notePath)
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
        if let note = vault.note(atPath: path) {
            leftOut += differing(person, organization: organization, from: note)
        }
        return leftOut
    }

    /// The card's title, organization and location where the note has another: someone who
    /// changed jobs or moved is worth knowing about (and a reason to write to them), but the
    /// note's value is what you wrote, and stays. Values that differ only in case or spacing
    /// are the same, and so are organizations as `isSameOrganization` tells.
    private func differing(_ person: ImportedPerson, organization: String?, from note: Note)
        -> [ImportPlan.LeftOut]
    {
        let contact = note.contact
        let pairs: [(field: String, card: String?, noted: String?)] = [
            ("title", person.title, note.title),
            ("organization", organization, contact?.organization?.target),
            ("location", person.location, contact?.location),
        ]
        return pairs.compactMap { field, card, noted in
            guard let card, let noted else { return nil }
            let (cardWords, notedWords) = (Self.words(of: card.lowercased()), Self.words(of: noted.lowercased()))
            guard !cardWords.isEmpty, !notedWords.isEmpty, cardWords != notedWords else { return nil }
            if field == "organization", isSameOrganization(card, noted) { return nil }
            return ImportPlan.LeftOut(field: field, value: card, noted: noted)
        }
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

    /// Whether two names of organizations name one: they find the same organization note, or
    /// the words of one (punctuation aside) begin the other's, as `Globex` and `Globex, Inc.`,
    /// `Acme` and `Acme Foods` do.
    private func isSameOrganization(_ card: String, _ noted: String) -> Bool {
        let found = vault.notes(foundBy: noted, preferring: .organization)
        if !found.isEmpty, found == vault.notes(foundBy: card, preferring: .organization) { return true }
        let words = { (text: String) in
            text.lowercased().split { !$0.isLetter && !$0.isNumber }
        }
        let (cardWords, notedWords) = (words(card), words(noted))
        return cardWords.starts(with: notedWords) || notedWords.starts(with: cardWords)
    }

    /// `text`'s words, one space between them: a card's `NOTE` is found in a note however its
    /// lines were broken.
    private static func words(of text: String) -> String {
        text.words().joined(separator: " ")
    }
}
