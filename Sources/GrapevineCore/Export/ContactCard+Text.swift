extension ContactCard {
    /// The `PRODID` of every card `export vcard` writes.
    static let producer = ContentLine.producerPrefix + "Contacts//EN"

    /// The parameter of a `RELATED` property that says this person was referred by that one
    /// (`X-GRAPEVINE=referred-by`), which `import vcard` reads back.
    static let referredBy = (parameter: "X-GRAPEVINE", value: "referred-by")

    /// `X-GRAPEVINE=referred-by`, as written.
    static let referredByParameter = referredBy.parameter + "=" + referredBy.value

    /// The card's content lines, from `BEGIN:VCARD` to `END:VCARD`, unfolded.
    var lines: [String] {
        var lines = ["BEGIN:VCARD", "VERSION:4.0", "PRODID:" + Self.producer, "UID:" + uid]
        lines.append("FN:" + ContentLine.escaped(formattedName))
        lines.append("N:" + Self.structured([name.family, name.given, name.additional, name.prefixes, name.suffixes]))
        if !nicknames.isEmpty { lines.append("NICKNAME:" + Self.list(nicknames)) }
        if let organization { lines.append("ORG:" + ContentLine.escaped(organization)) }
        if let title { lines.append("TITLE:" + ContentLine.escaped(title)) }
        if let email { lines.append("EMAIL:" + ContentLine.escaped(email)) }
        if let phone { lines.append("TEL:" + ContentLine.escaped(phone)) }
        if let linkedin { lines.append("URL:" + ContentLine.uri(linkedin)) }
        if !howYouMet.isEmpty { lines.append("NOTE:" + ContentLine.escaped(howYouMet.joined(separator: "\n"))) }
        if !categories.isEmpty { lines.append("CATEGORIES:" + Self.list(categories)) }
        for referrer in referredBy {
            switch referrer {
            case .card(let uid):
                lines.append("RELATED;TYPE=contact;\(Self.referredByParameter):" + uid)
            case .name(let name):
                lines.append("RELATED;TYPE=contact;VALUE=text;\(Self.referredByParameter):" + ContentLine.escaped(name))
            }
        }
        lines.append("END:VCARD")
        return lines
    }

    /// Values of one property, each escaped, separated by commas: `CATEGORIES:a,b\,c`.
    private static func list(_ values: [String]) -> String {
        values.map(ContentLine.escaped).joined(separator: ",")
    }

    /// The components of a structured value (`N`), separated by semicolons, each a list.
    private static func structured(_ components: [[String]]) -> String {
        components.map(list).joined(separator: ";")
    }
}
