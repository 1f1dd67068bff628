/// Tags written in a note's text, as Obsidian reads them: `#mentor`, `#job-search/2026`, `#café`.
///
/// A tag starts with `#` at the start of a run of text or after white space, and goes on over
/// letters, digits, `_`, `-` and `/` (a nested tag); it has a letter (`#1` and `#2026` are
/// numbers, not tags). A `#` inside a word (`C#`, `[[Ana#Log]]`, `example.com/#top`), in code
/// or in a heading's marker (`# Title`) starts none. Read from the text cmark-gfm leaves, so
/// code spans and code blocks are not looked at.
enum InlineTags {
    /// The tags in `text`, in order, as written (without `#`, without a trailing `/`).
    static func find(in text: ArraySlice<UInt8>) -> [String] {
        var tags: [String] = []
        var offset = text.startIndex
        while let hash = text[offset...].firstIndex(of: UInt8(ascii: "#")) {
            offset = hash + 1
            guard hash == text.startIndex || UInt8.isASCIISpace(text[hash - 1]) else { continue }
            var scalars = String.UnicodeScalarView()
            var iterator = text[offset...].makeIterator()
            var decoder = UTF8()
            reading: while case .scalarValue(let scalar) = decoder.decode(&iterator), isPartOfTag(scalar) {
                scalars.append(scalar)
                offset += UTF8.width(scalar)
                continue reading
            }
            while scalars.last == "/" { scalars.removeLast() }
            if scalars.contains(where: \.properties.isAlphabetic) { tags.append(String(scalars)) }
        }
        return tags
    }

    /// `text` without the tags that end it (`email Sam about the role #todo #career` is `email
    /// Sam about the role`): Obsidian's way to file a task, not its words, as the Tasks plugin's
    /// marks are not (`TaskBookkeeping`). A tag among the words stays (`ask #mentors first`), and
    /// so does a text of nothing but tags. The tags are still the note's (`Note.tags`), read from
    /// the document, not from this text.
    static func removedFromEnd(of text: String) -> String {
        // Most texts have no `#`: their characters are not walked.
        guard text.utf8.span.contains(UInt8(ascii: "#")) else { return text }
        let words = text.split(separator: " ")
        let kept = words.reversed().drop(while: isTag).count
        guard kept > 0, kept < words.count else { return text }
        return words.prefix(kept).joined(separator: " ")
    }

    /// Whether `word` is one tag and nothing else (`#todo`, `#job-search/2026`).
    private static func isTag(_ word: Substring) -> Bool {
        guard word.first == "#" else { return false }
        let scalars = word.unicodeScalars.dropFirst()
        return scalars.allSatisfy(isPartOfTag) && scalars.contains(where: \.properties.isAlphabetic)
    }

    private static func isPartOfTag(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "-"
            || scalar == "/"
    }
}
