import Testing

@testable import GrapevineCore

@Suite("Lines of a text, by number")
struct StringLinesTests {
    static let text = "one\r\ntwo\nthree\r\n\nfive"

    @Test func linesDropTheirEndings() {
        #expect(Self.text.lines(1...5) == ["one", "two", "three", "", "five"])
        #expect(Self.text.lines(2...3) == ["two", "three"])
        #expect(Self.text.lines(5...9) == ["five"])
        #expect(Self.text.lines(7...9).isEmpty)
        #expect("a\n".lines(1...3) == ["a", ""])
        #expect("".lines(1...1) == [""])
    }

    @Test func lineBoundsStopAtTheLinesAskedFor() {
        #expect("a\nbc\n".lineBounds(upTo: 9) == [0..<1, 2..<4, 5..<5])
        #expect("a\nbc\n".lineBounds(upTo: 2) == [0..<1, 2..<4])
        #expect("a\nbc".lineBounds(upTo: 0) == [])
        #expect("".lineBounds(upTo: 3) == [0..<0])
        #expect("\n\n".lineBounds(upTo: 5) == [0..<0, 1..<1, 2..<2])
    }

    @Test func textOfLinesIsTheSourceAsWritten() {
        #expect(Self.text.text(ofLines: 1...2) == "one\r\ntwo")
        #expect(Self.text.text(ofLines: 3...5) == "three\r\n\nfive")
        #expect(Self.text.text(ofLines: 4...4) == "")
        #expect(Self.text.text(ofLines: 6...8) == "")
        // With the bounds of more lines found once, the same text.
        let bounds = Self.text.lineBounds(upTo: 9)
        for range in [1...2, 3...5, 4...4, 2...3, 6...8] {
            #expect(Self.text.text(ofLines: range, bounds: bounds) == Self.text.text(ofLines: range))
        }
    }

    /// A range that starts before line 1 (a position cmark-gfm gave as line 0) or ends before
    /// it starts is taken as the lines it does cover, never a trap.
    @Test(arguments: [0...0, 0...2, -5...(-1), -3...1, 9...12, Int.min...Int.max, Int.min...Int.min])
    func rangesOutsideTheTextAreClamped(range: ClosedRange<Int>) {
        let first = max(range.lowerBound, 1)
        let last = min(range.upperBound, 5)
        #expect(Self.text.lines(range) == (first <= last ? Self.text.lines(first...last) : []))
        #expect(Self.text.text(ofLines: range) == (first <= last ? Self.text.text(ofLines: first...last) : ""))
        #expect(Self.text.lineBounds(upTo: range.lowerBound).count == min(max(range.lowerBound, 0), 5))
    }

    @Test func sectionsOfCRLFNotesAreJoinedWithNewlines() throws {
        let vault = try TemporaryVault.load([
            "notes/crlf.md": "# Title\r\n\r\nFirst paragraph\r\nstill first.\r\n\r\n## Part\r\n\r\nBody.\r\n",
            "notes/lf.md": "# Title\n\nFirst paragraph\nstill first.\n\n## Part\n\nBody.\n",
        ])
        for note in vault.notes {
            #expect(
                note.bodyMarkdownWithoutTitle == "First paragraph\nstill first.\n\n## Part\n\nBody.", "\(note.path)")
        }
    }

    @Test func containsBytesFindsAFragmentAnywhere() {
        #expect("see [[Ann]]".containsBytes("[["))
        #expect("[[".containsBytes("[["))
        #expect("a [ [ b]]".containsBytes("[[") == false)
        #expect("x".containsBytes("xy") == false)
        #expect("anything".containsBytes(""))
        #expect("café\r\n".containsBytes("é\r"))
        #expect("e\u{301}".containsBytes("e"))
    }
}
