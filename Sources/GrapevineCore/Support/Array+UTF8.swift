extension [UInt8] {
    /// Appends the UTF-8 of `text`: from the string's storage in one copy where it has one (a
    /// native string always does), which takes half the time of `append(contentsOf:)` of the
    /// `utf8` view; the site appends a few million pieces.
    mutating func appendUTF8(of text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil {
            append(contentsOf: text.utf8)
        }
    }
}
