import Testing

@testable import GrapevineCore

@Suite("Names as export files have them, tidied")
struct ImportedNameTests {
    @Test(
        "LinkedIn's first and last name columns; a nickname in quotes or parentheses is an alias as written",
        arguments: [
            ("Jane", "Doe, PMP", "Jane Doe", [String]()),
            ("Jane", "Doe, PhD, MBA", "Jane Doe", []),
            ("Sam", "Reyes, Jr.", "Sam Reyes Jr.", []),
            ("Robert \"Bob\"", "Smith", "Robert Smith", ["Bob"]),
            ("Robert", "“Bob” Smith", "Robert Smith", ["Bob"]),
            ("Maria (Masha)", "Ivanova", "Maria Ivanova", ["Masha"]),
            ("Ana", "Li (she/her)", "Ana Li", []),
            ("Kofi", "Mensah 🚀", "Kofi Mensah", []),
            ("  José ", " Núñez  ", "José Núñez", []),
            ("Mary", "O'Brien", "Mary O'Brien", []),
            ("Dr. Nkechi", "Obi", "Dr. Nkechi Obi", []),
            ("Ana", "van der Berg \"Annie\"", "Ana van der Berg", ["Annie"]),
            ("Jane", "Doe MBA", "Jane Doe", []),
            // A comma in the first column ends the first name only: the last name stays.
            ("Jo, Jr.", "Smith", "Jo Smith Jr.", []),
            ("Jane, CPA", "Doe", "Jane Doe", []),
            ("", "", "", []),
        ])
    func linkedIn(_ first: String, _ last: String, _ name: String, _ aliases: [String]) {
        let tidied = ImportedName(first: first, last: last)
        #expect(tidied.name == name)
        #expect(tidied.aliases == aliases)
    }

    @Test(
        "one field, as a vCard's FN",
        arguments: [
            ("Dr. Nkechi A. Obi, PhD", "Dr. Nkechi A. Obi", [String]()),
            ("Robert \"Bob\" Smith", "Robert Smith", ["Bob"]),
            ("Ana de la Cruz (Anita)", "Ana de la Cruz", ["Anita"]),
            ("Cher", "Cher", []),
            ("\"Sunny\"", "Sunny", []),
        ])
    func full(_ text: String, _ name: String, _ aliases: [String]) {
        let tidied = ImportedName(full: text)
        #expect(tidied.name == name)
        #expect(tidied.aliases == aliases)
    }
}
