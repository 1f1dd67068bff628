import Testing

@testable import GrapevineCore

@Suite("CSV records")
struct CSVReaderTests {
    private func records(_ text: String, separator: Character = ",") -> [CSVReader.Record] {
        var reader = CSVReader(Array(text.utf8), separator: separator.asciiValue!)
        var records: [CSVReader.Record] = []
        while let record = reader.next() { records.append(record) }
        return records
    }

    @Test("quoted separators, doubled quotes and line breaks stay in their field; lines are counted")
    func quoted() {
        let found = records("a,\"b, c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x,\"\"\nlast,row,here")
        #expect(
            found.map(\.fields) == [["a", "b, c", "say \"hi\""], ["two\nlines", "x", ""], ["last", "row", "here"]])
        #expect(found.map(\.line) == [1, 2, 4])
    }

    @Test("CRLF, LF and CR end records; CRLF inside quotes is one line break", arguments: ["\r\n", "\n", "\r"])
    func lineEnds(_ end: String) {
        let found = records("a,b" + end + "\"c" + end + "d\",e" + end)
        #expect(found.map(\.fields) == [["a", "b"], ["c\nd", "e"]])
        #expect(found.map(\.line) == [1, 2])
    }

    @Test("a semicolon separator leaves commas in fields")
    func semicolon() {
        #expect(records("Jane;Doe, PMP;\"x;y\"\n", separator: ";").map(\.fields) == [["Jane", "Doe, PMP", "x;y"]])
    }

    @Test("a quote inside an unquoted field is a character; text after a closing quote joins the field")
    func lenient() {
        #expect(records("5\" screen,\"ab\"cd,e\n").map(\.fields) == [["5\" screen", "abcd", "e"]])
    }

    @Test("a quoted field never closed runs to the end and says where it opened")
    func unclosed() {
        let found = records("a,b\nc,\"d\ne,f\n")
        #expect(found.count == 2)
        #expect(found[1].unclosedQuoteLine == 2)
        #expect(found[1].fields == ["c", "d\ne,f\n"])
        #expect(found[0].unclosedQuoteLine == nil)
    }

    @Test("blank records are recognised; a last line without a line break is read")
    func blankAndLast() {
        let found = records("a,b\n,\n\nc,d")
        #expect(found.map(\.isBlank) == [false, true, true, false])
        #expect(found.last?.fields == ["c", "d"])
    }
}
