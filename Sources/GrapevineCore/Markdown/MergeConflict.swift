/// An unresolved merge conflict git (or another version control tool) left in a file: a line
/// that starts with `<<<<<<<`, then a line that starts with `>>>>>>>`. Both sides of it are in
/// the file, with the markers: read as they are, a Log would count both sides' entries and the
/// markers would be part of their text; written into, the new line lands inside the conflict.
enum MergeConflict {
    /// The 1-based line of the first conflict's `<<<<<<<`, or `nil` when the file has none.
    static func line(in bytes: Span<UInt8>) -> Int? {
        // Seven `<` in a row, looked for with `memchr`: nearly every note is ruled out at once.
        let found = bytes.withUnsafeBufferPointer { MarkdownHTML.contains($0, "<<<<<<<") }
        guard found, let opening = markerLine(in: bytes, byte: UInt8(ascii: "<"), from: 0),
            markerLine(in: bytes, byte: UInt8(ascii: ">"), from: opening.end) != nil
        else { return nil }
        var line = 1
        var offset = 0
        while let newline = bytes.firstIndex(of: UInt8(ascii: "\n"), from: offset), newline < opening.start {
            line += 1
            offset = newline + 1
        }
        return line
    }

    /// The first line from `start` on that starts with seven `byte`s followed by a space, a
    /// tab or its end: where it starts and ends.
    private static func markerLine(in bytes: Span<UInt8>, byte: UInt8, from start: Int) -> (start: Int, end: Int)? {
        var offset = start
        while let found = bytes.firstIndex(of: byte, from: offset) {
            offset = found + 1
            guard found == 0 || bytes[found - 1] == UInt8(ascii: "\n"), found + 7 <= bytes.count else { continue }
            guard (found..<found + 7).allSatisfy({ bytes[$0] == byte }) else { continue }
            let after = found + 7
            guard
                after == bytes.count
                    || [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")]
                        .contains(bytes[after])
            else { continue }
            return (found, bytes.firstIndex(of: UInt8(ascii: "\n"), from: after) ?? bytes.count)
        }
        return nil
    }
}
