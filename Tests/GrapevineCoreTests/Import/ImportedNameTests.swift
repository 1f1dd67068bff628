import Testing

@testable import GrapevineCore

@Suite("Names as export files have them, tidied")
struct ImportedNameTests {
    @Test(
        "LinkedIn's first and last name columns",
        arguments: [
            ("Jane", "Doe, PMP", "Jane Doe", [String]()),
            ("Jane", "Doe, PhD, MBA", "Jane Doe", []),
            ("Sam", "Reyes, Jr.", "Sam Reyes Jr.", []),
            ("Robert \"Bob\"", "Smith", "Robert Smith", ["Bob Smith"]),
            ("Robert", "“Bob” Smith", "Robert Smith", ["Bob Smith"]),
            ("Maria (Masha)", "Ivanova", "Maria Ivanova", ["Masha Ivanova"]),
            ("Ana", "Li (she/her)", "Ana Li", []),
            ("Kofi", "Mensah 🚀", "Kofi Mensah", []),
            ("  José ", " Núñez  ", "José Núñez", []),
            ("Mary", "O'Brien", "Mary O'Brien", []),
            ("Dr. Nkechi", "Obi", "Dr. Nkechi Obi", []),
            ("Ana", "van der Berg \"Annie\"", "Ana van der Berg", ["Annie van der Berg"]),
            ("Jane", "Doe MBA", "Jane Doe", []),
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
            ("Robert \"Bob\" Smith", "Robert Smith", ["Bob Smith"]),
            ("Ana de la Cruz (Anita)", "Ana de la Cruz", ["Anita de la Cruz"]),
            ("Cher", "Cher", []),
        ])
    func full(_ text: String, _ name: String, _ aliases: [String]) {
        let tidied = ImportedName(full: text)
        #expect(tidied.name == name)
        #expect(tidied.aliases == aliases)
    }
}
