/// Changes to a file's bytes, each a range replaced (or a point inserted at), made all at once
/// on the bytes as read: offsets never shift under a later change.
struct ByteEdits {
    private var edits: [(range: Range<Int>, bytes: [UInt8])] = []

    /// Replaces `range` with `bytes`; an empty range inserts. Insertions at one offset keep the
    /// order they were made in.
    mutating func replace(_ range: Range<Int>, with bytes: [UInt8]) {
        edits.append((range, bytes))
    }

    /// Inserts `bytes` at `offset`.
    mutating func insert(_ bytes: [UInt8], at offset: Int) {
        replace(offset..<offset, with: bytes)
    }

    var isEmpty: Bool { edits.isEmpty }

    /// The changes, in the order made.
    var changes: [(range: Range<Int>, bytes: [UInt8])] { edits }

    /// The bytes with every change made; `nil` when two changes overlap.
    func applied(to original: [UInt8]) -> [UInt8]? {
        let ordered = edits.enumerated().sorted { left, right in
            (left.element.range.lowerBound, left.element.range.upperBound, left.offset)
                < (right.element.range.lowerBound, right.element.range.upperBound, right.offset)
        }.map(\.element)
        var result: [UInt8] = []
        result.reserveCapacity(original.count + edits.reduce(0) { $0 + $1.bytes.count })
        var position = 0
        for edit in ordered {
            guard edit.range.lowerBound >= position, edit.range.upperBound <= original.count else { return nil }
            result += original[position..<edit.range.lowerBound]
            result += edit.bytes
            position = edit.range.upperBound
        }
        return result + original[position...]
    }
}
