import GrapevineCore

/// A document's text with its lines found, to turn the places the protocol names (a line and
/// a count of code units in the negotiated encoding) into byte offsets and Grapevine's places
/// (a 1-based line and a 1-based column in Unicode scalars), and back.
///
/// A line ends at `\n`; a `\r` before it belongs to the line break, not the line.
struct TextLines: Sendable {
    /// The text as UTF-8.
    let bytes: [UInt8]
    /// Where each line starts.
    private let starts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        self.starts = starts
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    var lineCount: Int { starts.count }

    /// The byte range of a 0-based line, without its line break; `nil` past the last line.
    func lineRange(_ line: Int) -> Range<Int>? {
        guard line >= 0, line < starts.count else { return nil }
        var end = line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count
        if end > starts[line], bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return starts[line]..<end
    }

    /// The text of a 0-based line, without its line break.
    func line(_ line: Int) -> String? {
        lineRange(line).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// The byte offset of a position; a character past the line's end means its end, a line
    /// past the last the end of the text.
    func offset(of position: LSP.Position, in encoding: LSP.PositionEncoding) -> Int {
        guard let range = lineRange(position.line) else { return position.line < 0 ? 0 : bytes.count }
        var offset = range.lowerBound
        var units = 0
        while offset < range.upperBound, units < position.character {
            let length = Self.scalarLength(bytes[offset])
            units += Self.units(length, in: encoding)
            guard units <= position.character else { break }  // inside a surrogate pair: stay before it
            offset = min(offset + length, range.upperBound)
        }
        return offset
    }

    /// The position of a byte offset (clamped to the text).
    func position(ofOffset offset: Int, in encoding: LSP.PositionEncoding) -> LSP.Position {
        let offset = min(max(offset, 0), bytes.count)
        var line = 0
        var low = 0, high = starts.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if starts[middle] <= offset {
                line = middle
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        var units = 0
        var index = starts[line]
        while index < offset {
            let length = Self.scalarLength(bytes[index])
            units += Self.units(length, in: encoding)
            index += length
        }
        return LSP.Position(line: line, character: units)
    }

    /// The byte offset of Grapevine's place (1-based line, 1-based column in scalars), clamped
    /// to the line.
    func offset(of place: SourcePosition) -> Int {
        guard let range = lineRange(place.line - 1) else { return place.line < 1 ? 0 : bytes.count }
        var offset = range.lowerBound
        var column = 1
        while column < place.column, offset < range.upperBound {
            offset += Self.scalarLength(bytes[offset])
            column += 1
        }
        return min(offset, range.upperBound)
    }

    /// Grapevine's place at a byte offset.
    func place(ofOffset offset: Int) -> SourcePosition {
        let position = position(ofOffset: offset, in: .utf32)
        return SourcePosition(line: position.line + 1, column: position.character + 1)
    }

    /// The protocol's position of Grapevine's place.
    func position(of place: SourcePosition, in encoding: LSP.PositionEncoding) -> LSP.Position {
        position(ofOffset: offset(of: place), in: encoding)
    }

    /// The protocol's range of a byte range.
    func range(_ range: Range<Int>, in encoding: LSP.PositionEncoding) -> LSP.Range {
        LSP.Range(
            start: position(ofOffset: range.lowerBound, in: encoding),
            end: position(ofOffset: range.upperBound, in: encoding))
    }

    private static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0..<0x80: return 1
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    /// How many code units of `encoding` a scalar of `length` UTF-8 bytes takes.
    private static func units(_ length: Int, in encoding: LSP.PositionEncoding) -> Int {
        switch encoding {
        case .utf8: return length
        case .utf16: return length == 4 ? 2 : 1
        case .utf32: return 1
        }
    }
}
