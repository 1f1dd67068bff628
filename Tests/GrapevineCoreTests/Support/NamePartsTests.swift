import Testing

@testable import GrapevineCore

@Suite("names split for a vCard's N")
struct NamePartsTests {
    /// A name, then its family, given, additional, prefixes, suffixes and nicknames, each joined by `|`.
    static let cases: [(String, [String])] = [
        ("Maria Lopez", ["Lopez", "Maria", "", "", "", ""]),
        ("José Núñez", ["Núñez", "José", "", "", "", ""]),
        ("Mary O'Brien", ["O'Brien", "Mary", "", "", "", ""]),
        ("Cher", ["", "Cher", "", "", "", ""]),
        ("Ana Maria Pereira", ["Pereira", "Ana", "Maria", "", "", ""]),
        ("Dr. Nkechi A. Obi", ["Obi", "Nkechi", "A.", "Dr.", "", ""]),
        ("Martin Luther King Jr.", ["King", "Martin", "Luther", "", "Jr.", ""]),
        ("Jane Doe, PhD", ["Doe", "Jane", "", "", "PhD", ""]),
        ("Jane Doe, PhD, PMP", ["Doe", "Jane", "", "", "PhD|PMP", ""]),
        ("Lopez, Maria", ["Lopez", "Maria", "", "", "", ""]),
        ("Lopez, Maria Elena", ["Lopez", "Maria", "Elena", "", "", ""]),
        ("Vincent van Gogh", ["van Gogh", "Vincent", "", "", "", ""]),
        ("Maria de la Cruz", ["de la Cruz", "Maria", "", "", "", ""]),
        ("José \"Pepe\" Núñez", ["Núñez", "José", "", "", "", "Pepe"]),
        ("Robert (Bob) Smith", ["Smith", "Robert", "", "", "", "Bob"]),
        ("Dr. Who", ["", "Who", "", "Dr.", "", ""]),
        // A remark in brackets at the end is not a nickname.
        ("Jane Smith (Stanford)", ["Smith", "Jane", "", "", "", ""]),
        ("Professor Ada Lovelace", ["Lovelace", "Ada", "", "Professor", "", ""]),
        ("  Sam   Reyes  ", ["Reyes", "Sam", "", "", "", ""]),
        ("", ["", "", "", "", "", ""]),
        // A family name in capitals, first or last, as French and Japanese names are written.
        ("WATANABE Kenji", ["WATANABE", "Kenji", "", "", "", ""]),
        ("DUPONT Jean-Pierre Marie", ["DUPONT", "Jean-Pierre", "Marie", "", "", ""]),
        ("DE LA TOUR Anne-Sophie", ["DE LA TOUR", "Anne-Sophie", "", "", "", ""]),
        ("Anne-Sophie DE LA TOUR", ["DE LA TOUR", "Anne-Sophie", "", "", "", ""]),
        ("Dr. LI Wei", ["LI", "Wei", "", "Dr.", "", ""]),
        ("NGUYỄN Thị Mai", ["NGUYỄN", "Thị", "Mai", "", "", ""]),
        // Capitals everywhere, initials as a given name and numerals say nothing about order.
        ("MARIA LOPEZ", ["LOPEZ", "MARIA", "", "", "", ""]),
        ("SAM reyes", ["reyes", "SAM", "", "", "", ""]),
        ("JP Morgan", ["Morgan", "JP", "", "", "", ""]),
        ("AJ Patel", ["Patel", "AJ", "", "", "", ""]),
        ("John Smith III", ["Smith", "John", "", "", "III", ""]),
    ]

    @Test("a name is split into family, given, additional, prefixes, suffixes and nicknames", arguments: cases)
    func split(name: String, expected: [String]) {
        let parts = NameParts(name)
        let found = [parts.family, parts.given, parts.additional, parts.prefixes, parts.suffixes, parts.nicknames]
        #expect(found.map { $0.joined(separator: "|") } == expected, "\(name)")
    }

    @Test(
        "the quick test for a word in capitals misses none that the long way finds",
        arguments: [
            "WATANABE Kenji", "Jean-Pierre DUPONT", "DE LA TOUR Anne-Sophie", "O'BRIEN Sean", "Anna LI", "A-B-C Smith",
            "ÉLODIE Martin", "Kenji ŌTSUKA",
        ])
    func quickTestForCapitals(name: String) {
        let words = ArraySlice(name.split(separator: " ").map(String.init))
        #expect(NameParts.familyInCapitals(words) != nil)
        #expect(NameParts.mayHaveWordInCapitals(name))
    }

    @Test(
        "the quick test says no for names with no two capitals in a word",
        arguments: [
            "Maria Lopez", "McDonald Ross", "Sean Murphy-Hale", "mary-ann lee", "Dr. Ana de la Cruz", "José Núñez",
            "Ólafur Árnason", "王小明",
        ])
    func noCapitals(name: String) {
        #expect(!NameParts.mayHaveWordInCapitals(name))
    }
}
