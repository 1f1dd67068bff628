import Mustache
import Synchronization

/// Renders each page template once per *shape* of its values, then fills the values in.
///
/// A page's values are flags and pieces of text. Which parts of a template show depends on
/// the flags and on whether each text is empty (`{{#lastTouch}}`), never on what the text
/// says, unless a template transforms it (`{{uppercased(name)}}`). So the first page of a
/// shape is rendered by Mustache with a marker in place of each text; the output, cut at the
/// markers, is kept, and every later page of that shape is its pieces with its own text
/// escaped in between. Mustache's lookups cost about a microsecond a tag, which was a fifth
/// of a 10,000-contact build; filling in costs a copy.
///
/// Templates whose output may depend on the text itself (transforms, changed delimiters,
/// partials named by a value) are always rendered by Mustache, as is any page whose values
/// are not all text, numbers and flags. The first page of every shape is also rendered by
/// Mustache and compared, so a template this reasoning misses falls back too.
final class TemplateShapes: Sendable {
    /// A template's output for one shape of values.
    private enum Shape {
        /// Literal HTML and, between, the value at an index in the sorted keys; the length of
        /// the literal HTML in bytes.
        case pieces([Piece], length: Int)
        /// The output cannot be made by filling in: render with Mustache.
        case mustache
    }

    private enum Piece {
        case text(String)
        case value(Int, isEscaped: Bool)
    }

    private let shapes = Mutex<[String: Shape]>([:])

    /// Whether the template `source` can be filled in: it neither transforms values, changes
    /// its delimiters nor names partials by a value, and does not contain the marker.
    static func canFillIn(_ source: String) -> Bool {
        guard !source.unicodeScalars.contains(marker) else { return false }
        var rest = source[...]
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            let close = rest.range(of: "}}")?.lowerBound ?? rest.endIndex
            let tag = rest[..<close].drop { $0 == "{" || $0 == " " }
            if tag.contains("(") || tag.hasPrefix("=") || tag.dropFirst().hasPrefix("*") { return false }
            rest = rest[close...]
        }
        return true
    }

    /// The page `name` gives for `values`, or `nil` when a value is neither text, a number nor
    /// a flag (the caller renders with Mustache).
    func render(_ name: String, _ values: [String: Any], in library: MustacheLibrary) -> String? {
        let keys = values.keys.sorted()
        // Each value's text, or its flag.
        var texts: [String] = []
        var flags: [Bool?] = []
        texts.reserveCapacity(keys.count)
        flags.reserveCapacity(keys.count)
        var signature = name
        signature.reserveCapacity(name.utf8.count + keys.count * 16)
        for key in keys {
            switch values[key]! {
            case let flag as Bool:
                texts.append("")
                flags.append(flag)
                signature += "\u{0}" + key + (flag ? "=t" : "=f")
                continue
            case let string as String: texts.append(string)
            case let number as Int: texts.append(String(number))
            default: return nil
            }
            flags.append(nil)
            // Mustache leaves out empty text and indents after a line break: both shape the page.
            signature += "\u{0}" + key + Self.code(of: texts[texts.count - 1])
        }
        let known = shapes.withLock { $0[signature] }
        let shape =
            known
            ?? makeShape(name, values: values, keys: keys, texts: texts, flags: flags, in: library, as: signature)
        switch shape {
        case .pieces(let pieces, let length): return Self.fill(pieces, length: length, with: texts)
        case .mustache: return library.render(values, withTemplate: name) ?? ""
        }
    }

    private static func code(of text: String) -> String {
        text.isEmpty ? "=e" : text.utf8.last == UInt8(ascii: "\n") ? "=n" : "=s"
    }

    private func makeShape(
        _ name: String, values: [String: Any], keys: [String], texts: [String], flags: [Bool?],
        in library: MustacheLibrary, as signature: String
    ) -> Shape {
        var probe: [String: Any] = [:]
        for (index, key) in keys.enumerated() {
            let text = texts[index]
            probe[key] =
                flags[index]
                ?? (text.isEmpty ? "" : Self.placeholder(index, endsLine: text.utf8.last == UInt8(ascii: "\n")))
        }
        var shape = Shape.mustache
        if let output = library.render(probe, withTemplate: name), let pieces = Self.pieces(of: output, texts: texts) {
            let length = pieces.reduce(0) { length, piece in
                if case .text(let text) = piece { length + text.utf8.count } else { length }
            }
            if Self.fill(pieces, length: length, with: texts) == library.render(values, withTemplate: name) {
                shape = .pieces(pieces, length: length)
            }
        }
        shapes.withLock { $0[signature] = shape }
        return shape
    }

    /// How many shapes are known, and how many of them are rendered by Mustache.
    var counts: (shapes: Int, mustache: Int) {
        shapes.withLock { known in
            (known.count, known.values.filter { if case .mustache = $0 { true } else { false } }.count)
        }
    }

    // MARK: Markers

    /// A private-use character no template contains (`canFillIn` checks).
    private static let marker: Unicode.Scalar = "\u{E000}"

    /// The text put in place of the value at `index`: the marker, the index and an apostrophe,
    /// which HTML escaping turns into `&#39;`, so the output tells escaped values apart.
    private static func placeholder(_ index: Int, endsLine: Bool) -> String {
        "\u{E000}\(index)'" + (endsLine ? "\n" : "")
    }

    /// `output` cut at the placeholders; `nil` if one is not where it should be.
    private static func pieces(of output: String, texts: [String]) -> [Piece]? {
        var pieces: [Piece] = []
        let scalars = output.unicodeScalars
        var start = scalars.startIndex
        var position = start
        while let found = scalars[position...].firstIndex(of: marker) {
            if start < found { pieces.append(.text(String(scalars[start..<found]))) }
            var index = 0
            var cursor = scalars.index(after: found)
            let digits = cursor
            while cursor < scalars.endIndex, case 0x30...0x39 = scalars[cursor].value {
                index = index * 10 + Int(scalars[cursor].value - 0x30)
                cursor = scalars.index(after: cursor)
            }
            guard cursor > digits else { return nil }
            let rest = Substring(scalars[cursor...])
            let isEscaped: Bool
            if rest.hasPrefix("'") {
                isEscaped = false
                cursor = scalars.index(cursor, offsetBy: 1)
            } else if rest.hasPrefix("&#39;") {
                isEscaped = true
                cursor = scalars.index(cursor, offsetBy: 5)
            } else {
                return nil
            }
            guard index < texts.count, !texts[index].isEmpty else { return nil }
            if texts[index].utf8.last == UInt8(ascii: "\n") {
                guard cursor < scalars.endIndex, scalars[cursor] == "\n" else { return nil }
                cursor = scalars.index(after: cursor)
            }
            pieces.append(.value(index, isEscaped: isEscaped))
            start = cursor
            position = cursor
        }
        if start < scalars.endIndex { pieces.append(.text(String(scalars[start...]))) }
        return pieces
    }

    private static func fill(_ pieces: [Piece], length: Int, with texts: [String]) -> String {
        var html = ""
        html.reserveCapacity(length + texts.reduce(0) { $0 + $1.utf8.count })
        for piece in pieces {
            switch piece {
            case .text(let text): html += text
            case .value(let index, let isEscaped): html += isEscaped ? HTML.escape(texts[index]) : texts[index]
            }
        }
        return html
    }
}
