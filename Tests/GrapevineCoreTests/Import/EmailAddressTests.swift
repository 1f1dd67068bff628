import Testing

@testable import GrapevineCore

/// Both imports read an email address with one check (`EmailAddress`) and say the same when a
/// value is not one: `import vcard` took `EMAIL:` values as they were, or dropped them without
/// a word, while `import linkedin` warned.
@Suite("Email addresses in export files")
struct EmailAddressTests {
    /// The emails and problems of one LinkedIn row and of one vCard holding `value`.
    static func read(_ value: String) throws -> [(emails: [String], problems: [ImportProblem])] {
        let quoted = "\"" + value.replacing("\"", with: "\"\"") + "\""
        let csv = LinkedInConnectionsTests.header + "Jane,Doe,,\(quoted),Acme,Chemist,05 Nov 2024\n"
        let connections = try LinkedInConnections.read(Array(csv.utf8), file: "Connections.csv")
        let escaped = value.replacing("\\", with: "\\\\").replacing("\n", with: "\\n")
        let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nEMAIL:\(escaped)\r\nEND:VCARD\r\n"
        let cards = try VCardFile.read(Array(card.utf8), file: "contacts.vcf")
        return [
            (connections.people.first?.emails ?? [], connections.problems),
            (cards.people.first?.emails ?? [], cards.problems),
        ]
    }

    @Test(
        "an address is read the same from both files",
        arguments: [
            ("jane@example.com", "jane@example.com"),
            ("  Jane.Doe@Example.COM ", "Jane.Doe@Example.COM"),
            ("mailto:jane@example.com", "jane@example.com"),
            ("MAILTO:jane@example.com", "jane@example.com"),
            ("o'brien+work@mail.example.co.uk", "o'brien+work@mail.example.co.uk"),
            ("josé@exämple.de", "josé@exämple.de"),
            ("x_y-z@a-b.io", "x_y-z@a-b.io"),
        ])
    func address(value: String, address: String) throws {
        for (emails, problems) in try Self.read(value) {
            #expect(emails == [address])
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    @Test(
        "a value that is not an address is left out of both, with the same warning on its line",
        arguments: [
            ("not an email", "'not an email'"),
            ("javascript:alert(1)", "'javascript:alert(1)'"),
            ("javascript:alert(1)@evil.example", "'javascript:alert(1)@evil.example'"),
            ("a@b.c\nname: x", nil),
            ("<jane@example.com>", "'<jane@example.com>'"),
            ("jane@@example.com", "'jane@@example.com'"),
            ("jane@example", "'jane@example'"),
            ("jane@example..com", "'jane@example..com'"),
            (".jane@example.com", "'.jane@example.com'"),
            ("jane@-example.com", "'jane@-example.com'"),
            ("@example.com", "'@example.com'"),
            ("jane@", "'jane@'"),
            ("mailto:", "'mailto:'"),
            ("jane\"@example.com", "'jane\"@example.com'"),
            ("jane@exa mple.com", "'jane@exa mple.com'"),
            ("jane\u{200B}@example.com", "'jane\\u{200B}@example.com'"),
        ] as [(String, String?)])
    func notAnAddress(value: String, quoted: String?) throws {
        for (emails, problems) in try Self.read(value) {
            #expect(emails.isEmpty)
            let problem = try #require(problems.first)
            #expect(problems.count == 1)
            #expect(problem.severity == .warning && problem.skipped == nil)
            #expect(problem.message.hasSuffix(" is not an email address; imported without it"))
            #expect(!problem.message.contains("\n"))
            if let quoted { #expect(problem.message.hasPrefix(quoted + " is not")) }
        }
    }

    @Test("a vCard's other addresses are kept, the preferred first; each bad one is warned of at its line")
    func severalInACard() throws {
        let card = """
            BEGIN:VCARD\r
            VERSION:3.0\r
            FN:Di Four\r
            EMAIL:javascript:alert(1)@x.com\r
            EMAIL;TYPE=HOME:di@home.example\r
            EMAIL;TYPE=pref:di@example.com\r
            EMAIL:not an email\r
            END:VCARD\r

            """
        let file = try VCardFile.read(Array(card.utf8), file: "c.vcf")
        #expect(file.people.first?.emails == ["di@example.com", "di@home.example"])
        #expect(
            file.problems.map { $0.formatted(file: "c.vcf") } == [
                "c.vcf:4: warning: 'javascript:alert(1)@x.com' is not an email address; imported without it",
                "c.vcf:7: warning: 'not an email' is not an email address; imported without it",
            ])
    }
}
