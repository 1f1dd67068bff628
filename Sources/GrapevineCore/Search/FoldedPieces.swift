/// A note's search pieces folded into one buffer (`WordFolder`), to look for a query's terms
/// in: each piece's words separated by spaces, and a line feed after each piece, so a phrase is
/// never found across two pieces. Made once for each thread and refilled for every note.
struct FoldedPieces {
    private var folder = WordFolder()
    private var text: [UInt8] = []
    /// Where each piece starts in `text`.
    private var starts: [Int] = []
    /// Each piece's line and field.
    private(set) var pieces: [(line: Int, field: SearchPiece.Field)] = []

    /// Folds the search pieces of `note` (`Note.forEachSearchPiece`), in place of what was
    /// folded before.
    mutating func fold(_ note: Note) {
        text.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        pieces.removeAll(keepingCapacity: true)
        // Room for about as much as the file: folded text is shorter, front matter keys and
        // markup left out, but for the rare word that folding makes longer (`ß` → `ss`).
        text.reserveCapacity(note.text.utf8.count + 64)
        if note.isNamedByFile {
            // On no line of the file: line 0, found but never shown as a line.
            starts.append(text.count)
            pieces.append((Self.nameLine, .title))
            folder.append(note.name.utf8.span, to: &text)
            text.append(UInt8(ascii: "\n"))
        }
        note.forEachSearchPiece { piece in
            starts.append(text.count)
            pieces.append((piece.line, piece.field))
            folder.append(piece.text.utf8.span, to: &text)
            text.append(UInt8(ascii: "\n"))
        }
    }

    /// The line of the piece that is a name taken from the file name (`Note.isNamedByFile`).
    static let nameLine = 0

    /// Whether `note` may hold every word `screens` look for (`WordScreen`), in its text or its
    /// name taken from the file name; a note whose front matter holds a backslash, which may
    /// start an escape in a quoted value, is not screened.
    mutating func mayHold(_ screens: [WordScreen], note: Note) -> Bool {
        let bytes = note.text.utf8.span
        if note.bodyLineOffset > 0, Self.frontMatterHasBackslash(bytes, lines: note.bodyLineOffset) { return true }
        let name = note.isNamedByFile ? note.name : ""
        return screens.allSatisfy {
            $0.mayOccur(in: bytes, folder: &folder) || $0.mayOccur(in: name.utf8.span, folder: &folder)
        }
    }

    /// Whether the first `lines` lines of `bytes` hold a backslash.
    private static func frontMatterHasBackslash(_ bytes: Span<UInt8>, lines: Int) -> Bool {
        var newlines = 0
        for offset in bytes.indices {
            switch bytes[offset] {
            case UInt8(ascii: "\\"): return true
            case UInt8(ascii: "\n"):
                newlines += 1
                if newlines == lines { return false }
            default: continue
            }
        }
        return false
    }

    /// How many times `term` (folded words joined by single spaces) is found in each piece,
    /// for the pieces where it is, in order. A term is found where a word starts, and its
    /// last word may be the start of a longer one.
    func counts(of term: [UInt8]) -> [(piece: Int, count: Int)] {
        guard let first = term.first else { return [] }
        var counts: [(piece: Int, count: Int)] = []
        let bytes = text.span
        var from = 0
        var piece = 0
        while let start = bytes.firstIndex(of: first, from: from), start + term.count <= bytes.count {
            from = start + 1
            guard start == 0 || bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\n")
            else { continue }
            guard (1..<term.count).allSatisfy({ bytes[start + $0] == term[$0] }) else { continue }
            while piece + 1 < starts.count, starts[piece + 1] <= start { piece += 1 }
            if counts.last?.piece == piece {
                counts[counts.count - 1].count += 1
            } else {
                counts.append((piece, 1))
            }
        }
        return counts
    }
}
