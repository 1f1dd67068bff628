extension VCardFile {
    /// The person a card describes, or `nil` when it describes none; `problems` gains why, or
    /// what of the card was not read as written.
    static func person(from card: VCardReader.Card, problems: inout [ImportProblem]) -> ImportedPerson? {
        switch person(from: card) {
        case .success(let (person, notes)):
            problems += notes
            return person
        case .failure(let problem):
            problems.append(problem)
            return nil
        }
    }

    /// The person a card describes with what of it was not read as written, or why it describes none.
    private static func person(
        from card: VCardReader.Card
    ) -> Result<(ImportedPerson, [ImportProblem]), ImportProblem> {
        let properties = card.properties
        func first(_ name: String) -> VCardProperty? {
            properties.filter { $0.name == name }.min { $0.preference < $1.preference }
        }
        let organization = first("ORG")?.components.first?.trimmingWhitespace() ?? ""
        let kind = first("KIND")?.text.lowercased() ?? ""
        if ["org", "organization", "group", "location"].contains(kind)
            || first("X-ABSHOWAS")?.text.uppercased() == "COMPANY"
        {
            let what = organization.isEmpty ? "" : " ('\(organization)')"
            return .failure(
                ImportProblem(
                    .warning, line: card.line, "the card is for an organization\(what), not a person; skipped",
                    skipped: "an organization"))
        }
        let name = self.name(fn: first("FN")?.text, n: first("N")?.components ?? [])
        let written = writtenName(fn: first("FN")?.text, n: first("N")?.components ?? [])
        if !written.isEmpty, NameKey.slug(name.name).isEmpty {
            return .failure(.nameWithoutLetters(written, line: card.line))
        }
        guard !name.name.isEmpty else {
            let known = organization.isEmpty ? "" : " (only '\(organization)')"
            return .failure(
                ImportProblem(.warning, line: card.line, "the card has no name\(known); skipped", skipped: "no name"))
        }
        var notes: [ImportProblem] = []
        if let tidied = ImportProblem.tidiedName(written, as: name, line: card.line) { notes.append(tidied) }
        var person = ImportedPerson(name: name.name, line: card.line)
        person.firstName = firstName(n: first("N")?.components ?? [], name: name.name)
        for alias in name.aliases + nicknames(properties, name: name.name) where !person.aliases.contains(alias) {
            person.aliases.append(alias)
        }
        person.organization = organization.isEmpty ? nil : organization
        person.title = nonEmpty(first("TITLE")?.text)
        person.emails = emails(properties, problems: &notes)
        (person.phone, person.otherPhones) = phones(properties)
        person.linkedin = linkedin(properties)
        person.location = location(first("ADR")?.components ?? [])
        person.about = nonEmpty(first("NOTE")?.text.replacing("\r\n", with: "\n").replacing("\r", with: "\n"))
        person.tags = tags(properties)
        person.uid = nonEmpty(first("UID")?.text)
        person.referredBy = referrers(properties)
        return .success((person, notes))
    }

    // MARK: Private

    /// `N`'s given name when it is written in the name but is not the given name grapevine
    /// finds there (`Nguyễn Văn An`, given name An; `José María Ortega y Gasset`, José María):
    /// a note's `first_name:`. A given name the name does not hold is left out.
    private static func firstName(n: [String], name: String) -> String? {
        guard n.count > 1 else { return nil }
        let given = n[1].words().joined(separator: " ")
        let fold = { (text: String) in NameKey.fold(text).split(separator: " ") }
        let (words, givenWords) = (fold(name), fold(given))
        guard !givenWords.isEmpty, words.count > givenWords.count,
            (0...words.count - givenWords.count).contains(where: {
                words[$0..<$0 + givenWords.count].elementsEqual(givenWords)
            }),
            NameKey.fold(NameParts(name).given.first ?? "") != NameKey.fold(given)
        else { return nil }
        return given
    }

    /// `FN` as written, else `N`'s parts: what a message quotes.
    private static func writtenName(fn: String?, n: [String]) -> String {
        let full = fn?.replacing("\n", with: " ").trimmingWhitespace() ?? ""
        guard full.isEmpty else { return full }
        return n.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The name from `FN`, else from `N`; `Doe, Jane` turned round when `N` says that is
    /// family name first.
    private static func name(fn: String?, n: [String]) -> ImportedName {
        let part = { (index: Int) in index < n.count ? n[index].trimmingWhitespace() : "" }
        let (family, given, middle, prefix, suffix) = (part(0), part(1), part(2), part(3), part(4))
        let fromN =
            [prefix, given, middle, family].filter { !$0.isEmpty }.joined(separator: " ")
            + (suffix.isEmpty ? "" : ", " + suffix)
        var full = fn?.replacing("\n", with: " ").trimmingWhitespace() ?? ""
        if full.isEmpty { full = fromN }
        if !family.isEmpty, !given.isEmpty, full.hasPrefix(family + ","),
            full.dropFirst(family.count + 1).trimmingWhitespace().hasPrefix(given)
        {
            full = fromN
        }
        return ImportedName(full: full)
    }

    /// `NICKNAME` values, each as written: what the address book's owner calls them
    /// (`Pepe`), or another name they go by (`Samantha Reyes`, as `export vcard` writes
    /// aliases).
    private static func nicknames(_ properties: [VCardProperty], name: String) -> [String] {
        properties.filter { $0.name == "NICKNAME" }.flatMap(\.list).map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty && NameKey.fold($0) != NameKey.fold(name) }
    }

    /// Who referred them: `RELATED` properties marked `X-GRAPEVINE=referred-by`, as `export
    /// vcard` writes them, a card's UID or (`VALUE=text`) a name. Other relations (a spouse,
    /// a colleague, the `RELATED` of other address books) say nothing of who gave you the name.
    private static func referrers(_ properties: [VCardProperty]) -> [ContactCard.Referrer] {
        let marker = ContactCard.referredBy
        var referrers: [ContactCard.Referrer] = []
        for property in properties
        where property.name == "RELATED" && property.parameter(marker.parameter).contains(marker.value) {
            let value = property.text.trimmingWhitespace()
            guard !value.isEmpty else { continue }
            let referrer: ContactCard.Referrer =
                property.parameter("VALUE").contains("text") ? .name(value) : .card(uid: value)
            if !referrers.contains(referrer) { referrers.append(referrer) }
        }
        return referrers
    }

    /// The email addresses, the most preferred first, each once; `problems` gains a warning
    /// for each value that is not an address, as the LinkedIn reader's (`EmailAddress`).
    private static func emails(_ properties: [VCardProperty], problems: inout [ImportProblem]) -> [String] {
        var read: [(address: String, preference: Int)] = []
        for property in properties where property.name == "EMAIL" && !property.text.trimmingWhitespace().isEmpty {
            if let address = EmailAddress.read(property.text) {
                read.append((address, property.preference))
            } else {
                problems.append(EmailAddress.problem(property.text, line: property.line))
            }
        }
        var seen: Set<String> = []
        return read.sorted { $0.preference < $1.preference }.map(\.address)
            .filter { address in ContactKeys.email(address).map { seen.insert($0).inserted } ?? false }
    }

    /// The most preferred phone number, else a mobile one, else the first; and the others, in
    /// the card's order, each number once.
    private static func phones(_ properties: [VCardProperty]) -> (phone: String?, others: [String]) {
        let phones = properties.filter { $0.name == "TEL" && !$0.text.trimmingWhitespace().isEmpty }
        let preferred = phones.min { $0.preference < $1.preference }.flatMap { $0.preference <= 100 ? $0 : nil }
        let mobile = phones.first { !Set($0.types).isDisjoint(with: ["cell", "mobile", "iphone"]) }
        guard let phone = preferred ?? mobile ?? phones.first else { return (nil, []) }
        let number = { (property: VCardProperty) in
            let number = property.text.trimmingWhitespace()
            return number.lowercased().hasPrefix("tel:") ? String(number.dropFirst(4)) : String(number)
        }
        var seen: Set<String> = [ImportedPerson.digits(of: number(phone))]
        let others = phones.map(number).filter { seen.insert(ImportedPerson.digits(of: $0)).inserted }
        return (number(phone), others)
    }

    /// The first LinkedIn profile among the addresses (`URL`, Apple's `X-SOCIALPROFILE`).
    private static func linkedin(_ properties: [VCardProperty]) -> String? {
        let addresses = properties.filter { ["URL", "X-SOCIALPROFILE"].contains($0.name) }
            .map { $0.text.trimmingWhitespace() }
        guard let address = addresses.first(where: isProfile) else { return nil }
        let lowered = address.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") ? address : "https://" + address
    }

    /// Whether an address is a LinkedIn profile's (`linkedin.com/in/…`, or `/pub/…` as older
    /// profiles had), not a company page's or another site's.
    private static func isProfile(_ address: String) -> Bool {
        guard let key = ContactKeys.linkedIn(address) else { return false }
        return key.hasPrefix("linkedin.com/in/") || key.hasPrefix("linkedin.com/pub/")
    }

    /// `City, Region` from an address, else its country.
    private static func location(_ address: [String]) -> String? {
        let part = { (index: Int) in index < address.count ? address[index].trimmingWhitespace() : "" }
        let place = [part(3), part(4)].filter { !$0.isEmpty }.joined(separator: ", ")
        return nonEmpty(place.isEmpty ? part(6) : place)
    }

    /// `CATEGORIES`, each once, without the groups Google gives every contact.
    private static func tags(_ properties: [VCardProperty]) -> [String] {
        var seen: Set<String> = []
        return properties.filter { $0.name == "CATEGORIES" }.flatMap(\.list).map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty && !["mycontacts", "starred"].contains($0.lowercased()) }
            .filter { seen.insert($0.lowercased()).inserted }
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingWhitespace(), !text.isEmpty else { return nil }
        return text
    }
}
