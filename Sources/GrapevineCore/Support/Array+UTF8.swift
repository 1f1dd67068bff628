extension [UInt8] {
    /// Appends the UTF-8 of `text`: from the string's storage in one copy where it has one (a
    /// native string always does), which takes half the time of `append(contentsOf:)` of the
    /// `utf8` view; the site appends a few million pieces.
    mutating func appendUTF8(of text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil {
            append(contentsOf: text.utf8)
        }
    }

    /// Appends the UTF-8 bytes of `text` at the byte offsets `range`, in one copy as
    /// `appendUTF8(of:)` does: byte scanners copy the runs between the bytes they change.
    mutating func appendUTF8(of text: String, in range: Range<Int>) {
        if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0[range]) }) == nil {
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            append(contentsOf: utf8[start..<utf8.index(start, offsetBy: range.count)])
        }
    }
}

extension String {
    /// `pieces` one after the other, copied once into room made for all of them: appending to
    /// a `String` (and interpolating, which appends) costs several hundred instructions a
    /// piece, and `next` writes a few lines like this for each of tens of thousands of steps.
    init(concatenating pieces: String...) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count })
        for piece in pieces { bytes.appendUTF8(of: piece) }
        self.init(decoding: bytes, as: UTF8.self)
    }
}
