/// Where a query's terms are in one note, and how well the note matches.
struct NoteMatch: Sendable {
    /// The note's index in the vault.
    var note: Int
    /// Higher is better: 1,000 × the sum, over the terms, of the weight of the best field each
    /// is found in (`SearchPiece.Field.weight`: title 100, other value 10, body 1), plus how
    /// many times the terms are found (at most 999).
    var score: Int
    /// The lines to show (none when only a name taken from the file name holds the terms),
    /// best first: the field, then how many of the terms the line holds,
    /// then how many times, then the earlier line.
    var lines: [Int]

    /// How many lines a note shows at most.
    static let linesShown = 3

    /// The match of the note at `index` in the vault, `note`; `nil` unless it holds every term
    /// of `terms` (folded, as `SearchQuery.Term.folded`).
    init?(note index: Int, _ note: Note, terms: [[UInt8]], folded: inout FoldedPieces) {
        folded.fold(note)
        var found: [Int: Line] = [:]
        var weight = 0
        var times = 0
        for (term, text) in terms.enumerated() {
            let counts = folded.counts(of: text)
            guard !counts.isEmpty else { return nil }
            var best = SearchPiece.Field.body
            for (index, count) in counts {
                let piece = folded.pieces[index]
                best = max(best, piece.field)
                times += count
                found[piece.line, default: Line(number: piece.line, field: piece.field)].add(term: term, count: count)
                found[piece.line]!.field = max(found[piece.line]!.field, piece.field)
            }
            weight += best.weight
        }
        self.note = index
        score = weight * 1_000 + min(times, 999)
        // The name taken from the file name is on no line to show.
        lines = found.values.filter { $0.number != FoldedPieces.nameLine }.sorted(by: Line.isBetter)
            .prefix(Self.linesShown).map(\.number)
    }

    /// A line that holds terms.
    private struct Line {
        var number: Int
        var field: SearchPiece.Field
        var terms: Set<Int> = []
        var count = 0

        mutating func add(term: Int, count: Int) {
            terms.insert(term)
            self.count += count
        }

        static func isBetter(_ a: Line, _ b: Line) -> Bool {
            (a.field, a.terms.count, a.count, b.number) > (b.field, b.terms.count, b.count, a.number)
        }
    }
}
