/// Letters of other scripts that a page shows as Latin letters (`Zоra` with a Cyrillic `о` reads
/// "Zora"), and the Latin letter each is read as: how a public site reads a text and the names
/// it hides, so that a private name written with them is found (`TextAsRead`, `LeftOutNames`).
/// A short table of the look-alikes that fonts draw the same, not Unicode's whole list of
/// confusables: Cyrillic, Greek and Armenian letters, a few Latin ones, and Cherokee capitals.
/// Both sides are read through it, so a name written in Cyrillic is still found in Cyrillic.
enum LatinLookAlikes {
    /// The Latin letter `scalar` is read as; `nil` for a scalar that reads as itself.
    static func letter(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard scalar.value >= 0x0250 else { return nil }
        return letters[scalar]
    }

    /// `text` with each look-alike read as its Latin letter; `text` itself when it has none.
    static func reading(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0xC9 }) else { return text }  // nothing from U+0250 on
        var scalars = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            if let latin = letter(for: scalar) {
                scalars.append(latin)
                changed = true
            } else {
                scalars.append(scalar)
            }
        }
        return changed ? String(scalars) : text
    }

    private static let letters: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, String)] = [
            // Cyrillic capitals: АВЕЅІЈКМНОРСТУХҮҺӀԚԜ
            (
                "\u{410}\u{412}\u{415}\u{405}\u{406}\u{408}\u{41A}\u{41C}\u{41D}\u{41E}\u{420}\u{421}\u{422}\u{423}\u{425}\u{4AE}\u{4BA}\u{4C0}\u{51A}\u{51C}",
                "ABESIJKMHOPCTYXYHIQW"
            ),
            // Cyrillic small letters: аеорсухѕіјһԁԛԝӏү
            (
                "\u{430}\u{435}\u{43E}\u{440}\u{441}\u{443}\u{445}\u{455}\u{456}\u{458}\u{4BB}\u{501}\u{51B}\u{51D}\u{4CF}\u{4AF}",
                "aeopcyxsijhdqwly"
            ),
            // Greek capitals: ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹͿ
            (
                "\u{391}\u{392}\u{395}\u{396}\u{397}\u{399}\u{39A}\u{39C}\u{39D}\u{39F}\u{3A1}\u{3A4}\u{3A5}\u{3A7}\u{3F9}\u{37F}",
                "ABEZHIKMNOPTYXCJ"
            ),
            // Greek small letters: αικνορυχϲϳ
            ("\u{3B1}\u{3B9}\u{3BA}\u{3BD}\u{3BF}\u{3C1}\u{3C5}\u{3C7}\u{3F2}\u{3F3}", "aikvopuxcj"),
            // Armenian: օսոհ
            ("\u{585}\u{57D}\u{578}\u{570}", "ounh"),
            // Latin letters drawn as others: ɑɡɩ
            ("\u{251}\u{261}\u{269}", "agi"),
            // Cherokee capitals: ᎪᏴᏟᎬᎻᎫᏦᎷᏢᏚᎢᏔᏃ
            (
                "\u{13AA}\u{13F4}\u{13DF}\u{13AC}\u{13BB}\u{13AB}\u{13E6}\u{13B7}\u{13E2}\u{13DA}\u{13A2}\u{13D4}\u{13C3}",
                "ABCEHJKMPSTWZ"
            ),
        ]
        var letters: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (from, to) in pairs {
            precondition(from.unicodeScalars.count == to.unicodeScalars.count, "\(from)")
            for (scalar, latin) in zip(from.unicodeScalars, to.unicodeScalars) { letters[scalar] = latin }
        }
        return letters
    }()
}
