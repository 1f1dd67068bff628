import Mustache
import Synchronization

/// Renders each page template once per *shape* of its values, then fills the values in.
///
/// A page's values are flags and pieces of text. Which parts of a template show depends on
/// the flags and on whether each text is empty (`{{#lastTouch}}`) or ends a line (Mustache
/// indents what follows a line break inside an indented partial), never on what the text
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
        case filled(Pieces)
        /// The output cannot be made by filling in: render with Mustache.
        case mustache
    }

    /// A shape's output: its literal HTML in one buffer (pages of a shape are filled in on
    /// all cores at once, and one buffer is one reference count to share rather than one a
    /// piece), and where each value goes in it.
    private struct Pieces {
        let literal: [UInt8]
        /// In order: the offset in `literal` the value follows, the value's index in the
        /// sorted keys, and whether it is escaped.
        let values: [(offset: Int, index: Int, isEscaped: Bool)]
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
    func render(_ name: String, _ values: [String: Any], in library: MustacheLibrary) -> [UInt8]? {
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
        case .filled(let pieces): return Self.fill(pieces, with: texts)
        case .mustache: return Array((library.render(values, withTemplate: name) ?? "").utf8)
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
        if let output = library.render(probe, withTemplate: name), let pieces = Self.pieces(of: output, texts: texts),
            let rendered = library.render(values, withTemplate: name),
            Self.fill(pieces, with: texts) == Array(rendered.utf8)
        {
            shape = .filled(pieces)
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
    private static func pieces(of output: String, texts: [String]) -> Pieces? {
        let bytes = Array(output.utf8)
        var literal: [UInt8] = []
        literal.reserveCapacity(bytes.count)
        var values: [(offset: Int, index: Int, isEscaped: Bool)] = []
        var position = 0
        // The marker, U+E000, is EE 80 80 in UTF-8.
        while position < bytes.count {
            guard bytes[position...].starts(with: [0xEE, 0x80, 0x80]) else {
                literal.append(bytes[position])
                position += 1
                continue
            }
            position += 3
            let digits = position
            var index = 0
            while position < bytes.count, case UInt8(ascii: "0")...UInt8(ascii: "9") = bytes[position] {
                index = index * 10 + Int(bytes[position] - UInt8(ascii: "0"))
                position += 1
            }
            guard position > digits, index < texts.count, !texts[index].isEmpty else { return nil }
            let isEscaped = bytes[position...].starts(with: "&#39;".utf8)
            guard isEscaped || bytes[position...].starts(with: "'".utf8) else { return nil }
            position += isEscaped ? 5 : 1
            if texts[index].utf8.last == UInt8(ascii: "\n") {
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\n") else { return nil }
                position += 1
            }
            values.append((literal.count, index, isEscaped))
        }
        return Pieces(literal: literal, values: values)
    }

    /// The page: the literal HTML with each value, escaped where the template escapes it. As
    /// bytes, for the file: a `String` would check the whole page is UTF-8 once more.
    private static func fill(_ pieces: Pieces, with texts: [String]) -> [UInt8] {
        let shown = pieces.values.map { $0.isEscaped ? HTML.escape(texts[$0.index]) : texts[$0.index] }
        let length = pieces.literal.count + shown.reduce(0) { $0 + $1.utf8.count }
        return Array(unsafeUninitializedCapacity: length) { page, initialized in
            var written = 0
            func append(_ bytes: UnsafeBufferPointer<UInt8>) {
                _ = UnsafeMutableBufferPointer(rebasing: page[written..<written + bytes.count]).initialize(from: bytes)
                written += bytes.count
            }
            pieces.literal.withUnsafeBufferPointer { literal in
                var copied = 0
                for (place, value) in zip(pieces.values, shown) {
                    append(UnsafeBufferPointer(rebasing: literal[copied..<place.offset]))
                    copied = place.offset
                    var value = value
                    value.withUTF8(append)
                }
                append(UnsafeBufferPointer(rebasing: literal[copied...]))
            }
            initialized = written
        }
    }
}
