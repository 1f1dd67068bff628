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

    @Test(
        "a family name of one word, a comma, then given names: the given names go first (trial P)",
        arguments: [
            ("Hartmann, Klaus", "", "Klaus Hartmann", [String](), true),
            ("", "Hartmann, Klaus", "Klaus Hartmann", [], true),
            ("Hartmann, Klaus Peter", "", "Klaus Peter Hartmann", [], true),
            ("Dubois, Jean-Luc", "", "Jean-Luc Dubois", [], true),
            ("Brown, LaToya", "", "LaToya Brown", [], true),
            ("Hartmann, Klaus, PhD", "", "Klaus Hartmann", ["PhD"], true),
            ("Smith, John, Jr.", "", "John Smith Jr.", [], true),
            // Credentials and suffixes stay what they were, known or in capitals.
            ("Hartmann, PhD", "", "Hartmann", ["PhD"], false),
            ("Hartmann, EdD", "", "Hartmann", ["EdD"], false),
            ("Hartmann, Esq", "", "Hartmann", ["Esq"], false),
            ("Hartmann, CSPO", "", "Hartmann", ["CSPO"], false),
            ("Hartmann, Jr.", "", "Hartmann Jr.", [], false),
            // Not the whole name: a comma in one column of two ends that column, as before.
            ("Jane, Marie", "Doe", "Jane Doe", ["Marie"], false),
            // Two words before the comma: a name and a remark, not a family name.
            ("Klaus Hartmann, Munich", "", "Klaus Hartmann", ["Munich"], false),
            ("Hartmann, klaus", "", "Hartmann", ["klaus"], false),
            // Trial R: a family name of several words that begins with particles is one too.
            ("van der Berg, Anna", "", "Anna van der Berg", [], true),
            ("de la Cruz, María", "", "María de la Cruz", [], true),
            ("Van Dyke, Joe", "", "Joe Van Dyke", [], true),
            ("", "bin Talal, Omar", "Omar bin Talal", [], true),
            ("van der Berg, PhD", "", "van der Berg", ["PhD"], false),
            ("Anna van Berg, Munich", "", "Anna van Berg", ["Munich"], false),
        ])
    func familyNameFirst(_ first: String, _ last: String, _ name: String, _ leftOut: [String], _ turned: Bool) {
        let read = ImportedName(first: first, last: last)
        #expect(read.name == name)
        #expect(read.leftOut == leftOut)
        #expect(read.isTurnedRound == turned)
        #expect(read.tidyings.contains(.familyNameFirst) == turned)
        // A vCard's `FN` is one field: the name in it alone is read the same way.
        if first.isEmpty || last.isEmpty { #expect(ImportedName(full: first + last).name == name) }
    }

    @Test(
        "an East Asian name in the first and last name columns is written family name first, without a space",
        arguments: [
            ("小明", "王", "王小明"), ("健太", "佐藤", "佐藤健太"), ("민준", "김", "김민준"), (" 小明 ", "王", "王小明"),
            // A name in Latin letters, or written in one column, or half of each, stays as before.
            ("Xiaoming", "Wang", "Xiaoming Wang"), ("王小明", "", "王小明"), ("Kenji", "佐藤", "Kenji 佐藤"),
        ])
    func eastAsian(first: String, last: String, name: String) {
        let read = ImportedName(first: first, last: last)
        #expect(read.name == name)
        #expect(read.leftOut.isEmpty && read.tidyings.isEmpty)
    }

    @Test("a name turned round is said at its row")
    func turnedRoundWarning() throws {
        let read = ImportedName(first: "Hartmann, Klaus", last: "")
        let problem = try #require(ImportProblem.tidiedName("Hartmann, Klaus", as: read, line: 55))
        #expect(
            problem.message
                == "'Hartmann, Klaus' is read as the name 'Klaus Hartmann'; if they write it otherwise, change 'name' "
                + "in the note")
    }
}

/// No part of a name goes without a word: what is not in the name or the aliases is in
/// `leftOut`, and the import says so at the row (testers found `Maria "Mia" Lopez` and
/// `Dr. Maria Lopez PhD` changed in silence).
@Suite("Names as export files have them: what was left out, and the warning")
struct TidiedNameTests {
    @Test(
        "what is left out of a name, as written",
        arguments: [
            ("Dr. Maria", "Lopez PhD", "Dr. Maria Lopez", [String](), ["PhD"]),
            ("Maria \"Mia\"", "Lopez", "Maria Lopez", ["Mia"], []),
            ("Jane", "Doe, PhD, MBA", "Jane Doe", [], ["PhD", "MBA"]),
            ("Ana", "Li (she/her)", "Ana Li", [], ["(she/her)"]),
            ("Kofi", "Mensah 🚀", "Kofi Mensah", [], ["🚀"]),
            ("Dev 👩‍💻", "Rao", "Dev Rao", [], ["👩‍💻"]),
            (
                "Alexandria", "Worthington (Lexi The Great Engineer Of Things)", "Alexandria Worthington", [],
                [
                    "(Lexi The Great Engineer Of Things)"
                ]
            ),
            ("Wen R. \"Bo\"", "Singh, CSM", "Wen R. Singh", ["Bo"], ["CSM"]),
            // Only spacing, a suffix moved or a nickname equal to the name: nothing to say.
            ("  José ", " Núñez  ", "José Núñez", [], []),
            ("Sam", "Reyes, Jr.", "Sam Reyes Jr.", [], []),
            ("\"Sunny\"", "", "Sunny", [], []),
            ("Mary", "O'Brien", "Mary O'Brien", [], []),
        ])
    func leftOut(_ first: String, _ last: String, _ name: String, _ aliases: [String], _ leftOut: [String]) {
        let read = ImportedName(first: first, last: last)
        #expect(read.name == name)
        #expect(read.aliases == aliases)
        #expect(read.leftOut == leftOut)
        let written = [first, last].map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
        let warning = ImportProblem.tidiedName(written, as: read, line: 7)
        #expect((warning == nil) == (aliases.isEmpty && leftOut.isEmpty))
        if let warning {
            #expect(warning.severity == .warning && warning.line == 7 && warning.skipped == nil)
            #expect(warning.message.hasPrefix("'\(written)' is read as the name '\(name)'"))
            for part in aliases + leftOut { #expect(warning.message.contains("'\(part)'")) }
        }
    }

    @Test func theWarningNamesEveryPart() throws {
        let read = ImportedName(full: "Wen \"Bo\" (Bobby) Singh 🚀, PhD, MBA")
        let written = "Wen \"Bo\" (Bobby) Singh 🚀, PhD, MBA"
        let warning = try #require(ImportProblem.tidiedName(written, as: read, line: 3))
        #expect(
            warning.formatted(file: "c.vcf")
                == "c.vcf:3: warning: '\(written)' is read as the name 'Wen Singh' with the aliases 'Bo' and "
                + "'Bobby', leaving out '🚀', 'PhD' and 'MBA'; if they write it otherwise, change 'name' or "
                + "'aliases' in the note")
    }
}
