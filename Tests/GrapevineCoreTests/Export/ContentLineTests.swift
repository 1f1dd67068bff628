import Testing

@testable import GrapevineCore

@Suite("content lines shared by iCalendar and vCard")
struct ContentLineTests {
    @Test(
        "escaping and unescaping give back the text",
        arguments: ["plain", "a, b; c \\ d", "two\nlines", "ends with \\", "a literal \\n", "José, Núñez; 東京"])
    func escaping(text: String) {
        #expect(ContentLine.unescaped(ContentLine.escaped(text)) == text)
    }

    @Test("an unknown escape and a lone backslash at the end are kept as written")
    func looseBackslashes() {
        #expect(ContentLine.unescaped("C:\\Users\\x\\") == "C:\\Users\\x\\")
        #expect(ContentLine.unescaped("a\\Nb") == "a\nb")
    }

    @Test("the file of no lines is empty; every other line ends in CRLF")
    func file() {
        #expect(ContentLine.file([]) == "")
        #expect(ContentLine.file(["A:1", "B:2"]) == "A:1\r\nB:2\r\n")
    }

    @Test(
        "a URI keeps what URIs may hold and percent-encodes the rest",
        arguments: [
            ("https://zoom.us/j/123?pwd=a%20b", "https://zoom.us/j/123?pwd=a%20b"),
            ("https://example.com/a b", "https://example.com/a%20b"),
            ("https://example.com/josé", "https://example.com/jos%C3%A9"),
            ("https://x.example/\"<{}>|\\^`", "https://x.example/%22%3C%7B%7D%3E%7C%5C%5E%60"),
            ("https://x.example/a\r\nb", "https://x.example/a%0D%0Ab"),
        ])
    func uri(address: String, expected: String) {
        #expect(ContentLine.uri(address) == expected)
    }

    @Test("unfolding joins continuations, takes CRLF or LF, and drops a BOM and blank lines")
    func unfolding() {
        let text = "\u{FEFF}BEGIN:VCALENDAR\r\nSUMMARY:Jos\r\n é and\r\n\tmore\nX:1\r\n\r\nEND:VCALENDAR\r\n"
        #expect(ContentLine.unfolded(text) == ["BEGIN:VCALENDAR", "SUMMARY:José andmore", "X:1", "END:VCALENDAR"])
    }

    @Test("a line splits at its name and at the first colon outside quotes")
    func properties() throws {
        let plain = try #require(ContentLine.property("summary:a: b"))
        #expect(plain == ContentLine.Property(name: "SUMMARY", parameters: "", value: "a: b"))
        let quoted = try #require(ContentLine.property("ATTENDEE;CN=\"Lopez: Maria\";ROLE=CHAIR:mailto:m@x.example"))
        #expect(quoted.name == "ATTENDEE")
        #expect(quoted.parameters == ";CN=\"Lopez: Maria\";ROLE=CHAIR")
        #expect(quoted.value == "mailto:m@x.example")
        #expect(ContentLine.property("no colon here") == nil)
        #expect(ContentLine.property(":value without a name") == nil)
    }

    @Test(
        "a file is Grapevine's when it begins with the component and has Grapevine's PRODID among its first lines",
        arguments: [
            ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Grapevine//Next steps//EN\r\n", "VCALENDAR", true),
            ("BEGIN:VCALENDAR\nPRODID:-//Grapevine//Next steps//EN\n", "VCALENDAR", true),
            ("\u{FEFF}BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:-//Grapevine//Contacts//EN\r\n", "VCARD", true),
            (
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n", "VCALENDAR",
                false
            ),
            ("BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:-//Grapevine//Contacts//EN\r\n", "VCALENDAR", false),
            ("My notes\nPRODID:-//Grapevine//Next steps//EN\n", "VCALENDAR", false),
            (
                "BEGIN:VCALENDAR\r\nA:1\r\nB:2\r\nC:3\r\nD:4\r\nE:5\r\nF:6\r\nPRODID:-//Grapevine//Next steps//EN\r\n",
                "VCALENDAR", false
            ),
            ("", "VCALENDAR", false),
        ])
    func recognisesItsOwnFiles(text: String, component: String, isOwn: Bool) {
        #expect(ContentLine.isWrittenByGrapevine(Array(text.utf8), component: component) == isOwn)
    }
}
