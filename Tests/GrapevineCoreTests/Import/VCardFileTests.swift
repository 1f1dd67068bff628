import Testing

@testable import GrapevineCore

@Suite("vCard files")
struct VCardFileTests {
    private func read(_ text: String) throws -> VCardFile {
        try VCardFile.read(Array(text.utf8), file: "contacts.vcf")
    }

    private func fixture(_ name: String) throws -> VCardFile {
        try VCardFile.read(try ImportFixtures.bytes(name), file: name)
    }

    @Test(
        "Apple Contacts (3.0): preferred email and phone, social profile, folded note, escaped comma, company card, photo"
    )
    func apple() throws {
        let file = try fixture("apple-contacts-3.0.vcf")
        #expect(file.cards == 5)
        #expect(file.people.map(\.name) == ["Maria Lopez", "Dr. Nkechi A. Obi", "José Núñez", "Alex Kim"])
        #expect(file.problems.map(\.skipped) == ["an organization", nil])
        #expect(
            file.problems.last?.message
                == "'Dr. Nkechi A. Obi, PhD' is read as the name 'Dr. Nkechi A. Obi', leaving out 'PhD'; "
                + "if they write it otherwise, change 'name' in the note")
        let maria = file.people[0]
        #expect(maria.organization == "Acme Foods")
        #expect(maria.title == "Senior Food Scientist")
        #expect(maria.emails == ["maria.lopez@acmefoods.example", "mlopez@example.com"])
        #expect(maria.phone == "+1 (415) 555-0132")
        #expect(maria.linkedin == "http://www.linkedin.com/in/maria-lopez-foodsci")
        #expect(maria.location == "San Francisco, CA")
        #expect(maria.tags == ["Work", "Food science"])
        #expect(
            maria.about
                == "Met at the IFT meetup in October; she knows everyone in R&D at Acme. Ask about the Q1 opening, and mention Dan."
        )
        #expect(maria.line == 1)
        let nkechi = file.people[1]
        #expect(nkechi.aliases == ["Kechi"])
        #expect(nkechi.linkedin == "https://www.linkedin.com/in/nkechi-obi/")
        #expect(file.people[2].organization == "Globex, Inc.")
        #expect(file.people[2].location == "Madrid")
    }

    @Test(
        "Google Contacts (3.0): escaped ':' in addresses, labelled groups, its own categories left out, a card with no name"
    )
    func google() throws {
        let file = try fixture("google-contacts-3.0.vcf")
        #expect(file.people.map(\.name) == ["Sam Reyes", "Priya Shah", "Robert Smith"])
        #expect(file.problems.map(\.skipped) == ["no name", nil])
        #expect(
            file.problems.last?.message
                == "'Robert \"Bob\" Smith' is read as the name 'Robert Smith' with the alias 'Bob'; "
                + "if they write it otherwise, change 'name' or 'aliases' in the note")
        let sam = file.people[0]
        #expect(sam.linkedin == "https://www.linkedin.com/in/samreyes")
        #expect(sam.emails == ["sam.reyes@brightfield.example", "sam@example.com"])
        #expect(sam.tags == ["Chemistry"])
        #expect(sam.about == "Friend of Dan from the chemistry department.\nPrefers email over calls.")
        #expect(sam.location == "Oakland, CA")
        #expect(file.people[1].tags.isEmpty)
        let bob = file.people[2]
        #expect(bob.aliases == ["Bob"])
        #expect(bob.linkedin == "https://linkedin.com/in/BobSmith")
        #expect(bob.tags == ["Founders", "Boston"])
    }

    @Test("Android (2.1): quoted-printable UTF-8 with soft line breaks, bare TYPE parameters, a base64 photo")
    func android() throws {
        let file = try fixture("android-2.1.vcf")
        #expect(file.people.map(\.name) == ["Björn Lindqvist", "Jürgen Müller"])
        #expect(file.problems.map(\.skipped) == ["no name"])
        let bjorn = file.people[0]
        #expect(bjorn.phone == "+46701234567")
        #expect(bjorn.about == "Träffade på mässan i Göteborg. Vill prätas om logistik och köpörer i Norden.")
        #expect(file.people[1].linkedin == "https://de.linkedin.com/in/juergen-mueller-4711")
        #expect(file.people[1].phone == "+491701234567")
    }

    @Test(
        "a 2.1 base64 photo on lines of its own, not indented, up to a blank line: skipped quietly",
        arguments: ["PHOTO;ENCODING=BASE64;TYPE=JPEG:", "PHOTO;JPEG;BASE64:", "PHOTO;ENCODING=b;TYPE=JPEG:"])
    func unindentedBase64(photo: String) throws {
        let file = try read(
            "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;Jane\r\nFN:Jane Doe\r\n\(photo)/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
                + "AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkK\r\n"
                + "DAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDAwMDBAYEBAQEBAgGBgUGCQg+/==\r\n\r\n"
                + "EMAIL;INTERNET:jane@example.com\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Sam Reyes\r\nPHOTO;BASE64:AAAA\r\nBBBB\r\nTEL:555-0100\r\n"
                + "a stray line\r\nEND:VCARD\r\n")
        #expect(file.people.map(\.name) == ["Jane Doe", "Sam Reyes"])
        #expect(file.people[0].emails == ["jane@example.com"])
        #expect(file.people[1].phone == "555-0100")
        #expect(file.problems.map(\.line) == [17])
    }

    @Test("Outlook (2.1): windows-1252 quoted-printable, a multi-line label, its own X- properties")
    func outlook() throws {
        let file = try fixture("outlook-2.1.vcf")
        let mary = try #require(file.people.only)
        #expect(mary.name == "Mary O'Brien")
        #expect(mary.organization == "Hooli")
        #expect(mary.title == "Senior Recruiter")
        #expect(mary.emails == ["mary.obrien@hooli.example"])
        #expect(mary.phone == "(917) 555-0188")
        #expect(mary.linkedin == "https://www.linkedin.com/in/mary-obrien-recruiter")
        #expect(mary.location == "New York, NY")
        #expect(mary.about == "Café chat – she said to mention Priya when I apply.\nFollow up after the hiring freeze.")
        #expect(file.problems.isEmpty)
    }

    @Test("vCard 4.0: PREF=1, tel: URIs, quoted parameter values, KIND:org")
    func version4() throws {
        let file = try fixture("nextcloud-4.0.vcf")
        let grace = try #require(file.people.only)
        #expect(grace.emails == ["grace.hughes@tyrell.example", "grace@example.org"])
        #expect(grace.phone == "+1-555-555-0142")
        #expect(grace.linkedin == "https://www.linkedin.com/in/grace-hughes-ux?trk=public_profile")
        #expect(grace.location == "Portland, OR")
        #expect(file.problems.map(\.skipped) == ["an organization"])
    }

    @Test("PREF: the lowest number is the most preferred (RFC 6350 §5.3), for email, phone and one-value properties")
    func preferenceOrder() throws {
        let file = try read(
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jane Doe\r\nEMAIL:none@x.com\r\nEMAIL;PREF=50:fifty@x.com\r\n"
                + "EMAIL;PREF=1:one@x.com\r\nTEL;TYPE=cell:555-0100\r\nTEL;PREF=20:555-0120\r\n"
                + "TEL;PREF=2:555-0102\r\nTITLE;PREF=9:Analyst\r\nTITLE;PREF=3:Chemist\r\nEND:VCARD\r\n")
        let jane = try #require(file.people.only)
        #expect(jane.emails == ["one@x.com", "fifty@x.com", "none@x.com"])
        #expect(jane.phone == "555-0102")
        #expect(jane.otherPhones == ["555-0100", "555-0120"])
        #expect(jane.title == "Chemist")
    }

    @Test("folding with a tab, an ISO-8859-1 value, FN written family name first, a nested AGENT card, no END")
    func details() throws {
        let file = try VCardFile.read(
            Array(
                "BEGIN:VCARD\nVERSION:2.1\nN:Doe;Jane;;;\nFN:Doe, Jane\nTITLE:Head of\n\tResearch\nAGENT:\nBEGIN:VCARD\nFN:Her Assistant\nEND:VCARD\nORG;CHARSET=ISO-8859-1:"
                    .utf8)
                + [0x43, 0x61, 0x66, 0xE9]
                + Array("\nEND:VCARD\nBEGIN:VCARD\nFN:Sam Reyes\nEMAIL:sam@example.com\n".utf8),
            file: "contacts.vcf")
        #expect(file.people.map(\.name) == ["Jane Doe", "Sam Reyes"])
        #expect(file.people[0].title == "Head ofResearch")
        #expect(file.people[0].organization == "Café")
        #expect(file.people[1].line == 13)
        #expect(file.problems.map(\.line) == [13])
    }

    @Test(
        "linkedin is the first address that is a LinkedIn profile, however written; company pages and other sites are not",
        arguments: [
            ("https://uk.linkedin.com/in/jane%2Ddoe?trk=x", "https://uk.linkedin.com/in/jane%2Ddoe?trk=x"),
            ("www.linkedin.com/in/jane-doe", "https://www.linkedin.com/in/jane-doe"),
            ("http://www.linkedin.com/pub/jane-doe/1/2/3", "http://www.linkedin.com/pub/jane-doe/1/2/3"),
        ])
    func linkedInProfile(_ address: String, expected: String) throws {
        let file = try read(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nURL:https://www.linkedin.com/company/acme\r\n"
                + "URL:https://janedoe.example\r\nitem1.URL:\(address)\r\nEND:VCARD\r\n")
        #expect(file.people.first?.linkedin == expected)
    }

    @Test("NICKNAME is an alias as written, whatever it holds; one that is the name is left out")
    func nicknames() throws {
        let file = try read(
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:José Núñez\r\nN:Núñez;José;;;\r\nNICKNAME:Pepe,Samantha Reyes\r\n"
                + "NICKNAME:josé  núñez\r\nEND:VCARD\r\n")
        #expect(file.people.first?.aliases == ["Pepe", "Samantha Reyes"])
    }

    @Test("RELATED that export vcard wrote is who referred them, by a card's UID or by name; other relations are not")
    func referrers() throws {
        let lines = [
            "BEGIN:VCARD", "VERSION:4.0", "UID:urn:uuid:2", "FN:José Núñez",
            "RELATED;TYPE=contact;X-GRAPEVINE=referred-by:urn:uuid:1",
            "RELATED;TYPE=contact;VALUE=text;X-GRAPEVINE=referred-by:Hannah Brooks",
            "RELATED;TYPE=contact;X-GRAPEVINE=referred-by:urn:uuid:1", "RELATED;TYPE=spouse;VALUE=text:Ana Núñez",
            "RELATED;TYPE=colleague:urn:uuid:3", "END:VCARD",
        ]
        let file = try read(lines.joined(separator: "\r\n") + "\r\n")
        let jose = try #require(file.people.first)
        #expect(jose.uid == "urn:uuid:2")
        #expect(jose.referredBy == [.card(uid: "urn:uuid:1"), .name("Hannah Brooks")])
    }

    @Test("a file with no card is refused")
    func noCard() {
        #expect(throws: ImportFailure.self) { try read("First Name,Last Name\nJane,Doe\n") }
    }

    @Test(
        "a name of emoji or punctuation alone is said in the same words by a card and a LinkedIn row; other scripts are names",
        arguments: [("😀😀", "", "😀😀"), ("😀", "★", "😀 ★"), ("...", "", "..."), ("-", "?", "- ?")])
    func nameWithoutLetters(first: String, last: String, quoted: String) throws {
        let full = [first, last].filter { !$0.isEmpty }.joined(separator: " ")
        let card = try read("BEGIN:VCARD\nVERSION:3.0\nFN:\(full)\nN:\(last);\(first);;;\nEND:VCARD\n")
        let csv = try LinkedInConnections.read(
            Array("First Name,Last Name,URL\n\(first),\(last),\n".utf8), file: "c.csv")
        let expected = ImportProblem.nameWithoutLetters(quoted, line: 1)
        #expect(card.problems == [expected])
        #expect(csv.problems.map(\.message) == [expected.message])
        #expect(csv.problems.map(\.skipped) == [expected.skipped])
        #expect(expected.message.hasPrefix("skipped '\(quoted)': the name has no letter or digit"))
    }

    @Test("a card with nothing in FN or N still has no name; a name in another script is imported")
    func noNameAndOtherScripts() throws {
        #expect(try read("BEGIN:VCARD\nVERSION:3.0\nFN:\nEND:VCARD\n").problems.map(\.skipped) == ["no name"])
        #expect(try read("BEGIN:VCARD\nVERSION:3.0\nFN:李明 😀\nEND:VCARD\n").people.map(\.name) == ["李明"])
    }
}
