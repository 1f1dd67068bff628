import Foundation
import Testing

@testable import GrapevineCore

@Suite("LinkedIn's Connections.csv")
struct LinkedInConnectionsTests {
    static let preamble = """
        Notes:
        "When exporting your connection data, you may notice that some of the email addresses are missing. \
        You will only see email addresses for connections who have allowed their connections to see or download \
        their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn \
        more here https://www.linkedin.com/help/linkedin/answer/261"


        """
    static let header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"

    private func read(_ text: String) throws -> LinkedInConnections {
        try LinkedInConnections.read(Array(text.utf8), file: "Connections.csv")
    }

    @Test("the header is found after the notes, whatever their length, and rows keep their file lines")
    func preamble() throws {
        let rows = "Jane,Doe,https://www.linkedin.com/in/jane-doe,,Acme Foods,Chemist,05 Nov 2024\n"
        for text in [Self.preamble + Self.header + rows, Self.header + rows, "Notes:\nshort\n" + Self.header + rows] {
            let connections = try read(text)
            #expect(connections.people.map(\.name) == ["Jane Doe"])
            #expect(connections.rows == 1)
            #expect(connections.problems.isEmpty)
        }
        #expect(try read(Self.preamble + Self.header + rows).people[0].line == 5)
    }

    @Test("a notes paragraph that names the columns inside its quotes is not taken for the header")
    func headerWordsInNotes() throws {
        let notes = "Notes:\n\"Columns: First Name,\nLast Name, and more\"\n\n"
        let connections = try read(notes + Self.header + "Jane,Doe,,,,,\n")
        #expect(connections.people.map(\.line) == [6])
    }

    @Test("every field is read: profile, email, company, title, date; empty ones are absent")
    func fields() throws {
        let connections = try read(
            Self.preamble + Self.header
                + "Jane,Doe,https://www.linkedin.com/in/jane-doe,jane@example.com,\"Acme, Inc.\",\"Director, R&D\",05 Nov 2024\n"
                + "Sam,Reyes,,,,,\n")
        let jane = try #require(connections.people.first)
        #expect(jane.linkedin == "https://www.linkedin.com/in/jane-doe")
        #expect(jane.emails == ["jane@example.com"])
        #expect(jane.organization == "Acme, Inc.")
        #expect(jane.title == "Director, R&D")
        #expect(jane.connected == LocalDate(valid: "2024-11-05"))
        let sam = connections.people[1]
        #expect(sam.linkedin == nil && sam.emails.isEmpty && sam.organization == nil && sam.connected == nil)
    }

    @Test(
        "Outlook's CSV: 'Job Title' or 'Position' is the job, a 'Title' beside it the honorific; the middle name stays",
        arguments: [
            "\"Title\",\"First Name\",\"Middle Name\",\"Last Name\",\"E-mail Address\",\"Company\",\"Job Title\"\n"
                + "\"Dr.\",\"Anne\",\"Marie\",\"Curie\",\"anne@curie.fr\",\"Radium Institute\",\"Chemist\"\n",
            "First Name,Middle Name,Last Name,Title,Position\nAnne,Marie,Curie,Dr.,Chemist\n",
        ])
    func outlookColumns(text: String) throws {
        let anne = try #require(try read(text).people.first)
        #expect(anne.name == "Anne Marie Curie")
        #expect(anne.title == "Chemist")
    }

    @Test("a 'Title' column alone is the job; no middle name, no gap")
    func titleAlone() throws {
        let anne = try #require(try read("First Name,Middle Name,Last Name,Title\nAnne,,Curie,Chemist\n").people.first)
        #expect(anne.name == "Anne Curie")
        #expect(anne.title == "Chemist")
    }

    @Test("a BOM, CRLF, ';' as separator and columns in another order")
    func variants() throws {
        let text =
            "\u{FEFF}Notes:\r\n\"x\"\r\n\r\nConnected On;Company;Last Name;First Name;URL\r\n"
            + "12-Mar-23;Initech, LLC;Núñez;José;linkedin.com/in/jose-nunez\r\n"
        let connections = try read(text)
        let jose = try #require(connections.people.only)
        #expect(jose.name == "José Núñez")
        #expect(jose.organization == "Initech, LLC")
        #expect(jose.connected == LocalDate(valid: "2023-03-12"))
        #expect(jose.linkedin == "https://linkedin.com/in/jose-nunez")
        #expect(jose.line == 5)
    }

    @Test("a file saved again as UTF-16 or Windows-1252 is read, with a warning")
    func encodings() throws {
        let text = Self.header + "José,Núñez,,,Café Central,,\n"
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let latin = Array(text.unicodeScalars.map { UInt8($0.value) })
        for bytes in [utf16, latin] {
            let connections = try LinkedInConnections.read(bytes, file: "Connections.csv")
            #expect(connections.people.map(\.name) == ["José Núñez"])
            #expect(connections.people.first?.organization == "Café Central")
            #expect(connections.problems.map(\.line) == [nil])
        }
    }

    @Test("UTF-16 without a byte order mark, either order, with the preamble or without: read, with a warning")
    func utf16WithoutMark() throws {
        for text in [Self.header + "José,Núñez,,,Café Central,,\n", Self.preamble + Self.header + "José,Núñez,,,,,\n"] {
            for bigEndian in [false, true] {
                var bytes: [UInt8] = []
                for unit in text.utf16 {
                    let (low, high) = (UInt8(unit & 0xFF), UInt8(unit >> 8))
                    bytes += bigEndian ? [high, low] : [low, high]
                }
                let connections = try LinkedInConnections.read(bytes, file: "Connections.csv")
                #expect(connections.people.map(\.name) == ["José Núñez"])
                #expect(
                    connections.problems.map(\.message) == [
                        "the file is not UTF-8; it was read as UTF-16 (without a byte order mark)"
                    ])
            }
        }
        var card: [UInt8] = []
        for unit in "BEGIN:VCARD\nVERSION:3.0\nFN:Zoë Park\nEND:VCARD\n".utf16 {
            card += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        #expect(try VCardFile.read(card, file: "c.vcf").people.map(\.name) == ["Zoë Park"])
    }

    @Test(
        "NUL bytes in a file that is not UTF-16 as read: the refusal says they look like UTF-16, and how to save UTF-8")
    func nulBytes() throws {
        // UTF-16 whose first character is not ASCII: not recognized, and said so.
        var bytes: [UInt8] = []
        for unit in ("Ñ" + Self.header).utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(throws: ImportFailure.self) { try LinkedInConnections.read(bytes, file: "c.csv") }
        do {
            _ = try LinkedInConnections.read(bytes, file: "c.csv")
        } catch {
            #expect(error.message.contains("the file holds NUL bytes, as UTF-16 text does; save it as UTF-8"))
        }
    }

    @Test(
        "Connected On as LinkedIn and spreadsheets write it",
        arguments: [
            ("05 Nov 2024", "2024-11-05"), ("5 Nov 2024", "2024-11-05"), ("05-Nov-24", "2024-11-05"),
            ("2024-11-05", "2024-11-05"), ("05 November 2024", "2024-11-05"), ("Nov 5, 2024", "2024-11-05"),
            ("29 Feb 2024", "2024-02-29"), ("05 Sept 2024", "2024-09-05"),
        ])
    func dates(_ text: String, _ iso: String) {
        #expect(LinkedInConnections.connectedDate(text) == LocalDate(valid: iso))
    }

    @Test(
        "dates that could be read two ways, or are no dates, are not guessed",
        arguments: ["11/05/2024", "30 Feb 2024", "Nov 2024", "yesterday", "05 Nox 2024"])
    func notDates(_ text: String) {
        #expect(LinkedInConnections.connectedDate(text) == nil)
    }

    @Test(
        "a day that does not exist is said to be one, with why; a form LinkedIn does not write is said to be that",
        arguments: [
            ("31 Feb 2024", "'31 Feb 2024', a day that does not exist (February 2024 has 29 days)"),
            ("29-Feb-23", "'29-Feb-23', a day that does not exist (February 2023 has 28 days)"),
            ("31 Apr 2024", "'31 Apr 2024', a day that does not exist (April 2024 has 30 days)"),
            ("2024-02-30", "'2024-02-30', a day that does not exist (February 2024 has 29 days)"),
            ("2024-13-01", "'2024-13-01', a day that does not exist (there is no month 13)"),
            ("00 Nov 2024", "'00 Nov 2024', a day that does not exist (there is no day 0)"),
            ("12/01/2024", "'12/01/2024', not a date LinkedIn writes"),
        ])
    func impossibleDates(_ text: String, _ message: String) throws {
        let connections = try read(Self.preamble + Self.header + "Jane,Doe,,,Acme,Chemist,\"\(text)\"\n")
        #expect(connections.people.map(\.name) == ["Jane Doe"])
        #expect(connections.people.first?.connected == nil)
        #expect(connections.problems.map(\.message).first?.hasPrefix("'Connected On' is \(message)") == true)
        #expect(connections.problems.first?.message.hasSuffix("; imported without 'connected'") == true)
    }

    @Test("bad rows are reported at their line and the rest imported")
    func badRows() throws {
        let connections = try read(
            Self.preamble + Self.header
                + ",,,,,,01 Jan 2020\n"
                + "Jane,Doe,https://www.linkedin.com/in/jane,not-an-email,Acme,Chemist,12/01/2024\n"
                + "Sam,Reyes,https://www.linkedin.com/in/sam,,Acme, Inc.,Chemist,05 Nov 2024\n"
                + "Ana,Li,,,,,05 Nov 2024,\n"
                + "\n")
        #expect(connections.people.map(\.name) == ["Jane Doe", "Ana Li"])
        #expect(connections.rows == 4)
        #expect(connections.problems.map(\.line) == [5, 6, 6, 7])
        #expect(connections.problems.map(\.skipped) == ["no name", nil, nil, "too many values"])
        #expect(connections.problems[1].message == "'not-an-email' is not an email address; imported without it")
        #expect(connections.problems[2].message.contains("'12/01/2024'"))
        #expect(connections.people[0].connected == nil && connections.people[0].emails.isEmpty)
    }

    @Test("an unclosed quote stops the file with an error at the line it opened")
    func unclosedQuote() throws {
        let connections = try read(Self.header + "Jane,Doe,,,\"Acme,Chemist,05 Nov 2024\nSam,Reyes,,,,,\n")
        #expect(connections.people.isEmpty)
        #expect(connections.problems.map(\.severity) == [.error])
        #expect(connections.problems.map(\.line) == [2])
    }

    @Test("a file without the header is refused, saying what it looked for")
    func noHeader() {
        let error = #expect(throws: ImportFailure.self) { try read("Name,Email\nJane,jane@example.com\n") }
        #expect(
            error?.description.hasPrefix("Connections.csv: error: no header line with 'First Name' and 'Last Name'")
                == true)
    }

    @Test("the realistic export: 240 rows, its quirks read")
    func realistic() throws {
        let connections = try LinkedInConnections.read(
            try ImportFixtures.bytes("Connections.csv"), file: "Connections.csv")
        #expect(connections.rows == 240)
        #expect(connections.people.count + connections.problems.filter { $0.skipped != nil }.count == 240)
        #expect(connections.problems.filter { $0.code == nil }.allSatisfy { $0.skipped == "no name" })
        // Names with a nickname, a credential, pronouns or an emoji say what became of them.
        let tidied = connections.problems.filter { $0.code == ImportProblem.nameTidiedCode }
        #expect(tidied.count == 36)
        #expect(tidied.allSatisfy { $0.severity == .warning && $0.skipped == nil })
        #expect(connections.people.allSatisfy { $0.connected != nil && $0.linkedin != nil })
        #expect(connections.people.contains { $0.title == "Operations Lead EMEA" })
        #expect(connections.people.contains { $0.title == "Head of \"Growth\"" })
        #expect(connections.people.contains { $0.organization == "Globex, Inc." })
        #expect(connections.people.contains { !$0.aliases.isEmpty })
        #expect(
            !connections.people.contains { person in
                [",", "\"", "(", "🚀", "🌱", "✨"].contains { person.name.contains($0) }
            })
    }

    @Test("the export's zip: Connections.csv is found in it and read as the file itself")
    func zip() throws {
        let zipped = try LinkedInConnections.read(
            try ImportFixtures.bytes("Basic_LinkedInDataExport_11-20-2026.zip"), file: "export.zip")
        let plain = try LinkedInConnections.read(try ImportFixtures.bytes("Connections.csv"), file: "Connections.csv")
        #expect(zipped.entry == "Connections.csv")
        #expect(zipped.people == plain.people)
    }
}
