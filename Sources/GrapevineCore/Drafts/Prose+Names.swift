/// How a letter greets someone: "Hi Dr. Obi," for `Dr. Nkechi Obi, PhD`, "Hi Mary," for
/// `Mary O'Brien`, "Hi Maria," for `Lopez, Maria`, "Hi Kenji," and "Hi Dr. Watanabe," for
/// `WATANABE Kenji` and `Dr. WATANABE Kenji`. The name is taken apart as the vCard export
/// does (`NameParts`).
extension Prose {
    /// The name to greet someone by: their titles with their family name when their name
    /// starts with one ("Dr. Obi", "Prof. van der Berg"), else their nickname when it is
    /// written in quotes (`Robert "Bob" Smith`), else their first name.
    static func greetingName(_ name: String) -> String {
        let parts = NameParts(name)
        // `Sir Ian McKellen`, `Dame Judi Dench`: these titles go with the first name.
        if let title = parts.prefixes.first, NameParts.goesWithFirstName(title), let first = parts.firstName {
            return title + " " + first
        }
        if !parts.prefixes.isEmpty, let family = parts.family.first ?? parts.given.first {
            return (parts.prefixes + [NameParts.withoutCapitals(family)]).joined(separator: " ")
        }
        return parts.nicknames.first ?? parts.firstName ?? name
    }

    /// The first given name, after any title: "Mary" for "Mary O'Brien", "Nkechi" for "Dr. Nkechi Obi".
    static func firstName(_ name: String) -> String {
        NameParts(name).firstName ?? name
    }
}
