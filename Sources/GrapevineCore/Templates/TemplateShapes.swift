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
/// partials named by a value) are always rendered by Mustache. With a user's templates, the
/// first page of every shape is also rendered by Mustache and compared, so a template this
/// reasoning misses falls back too.
///
/// The note templates an import renders thousands of times go the same way
/// (`TemplateLibrary.prepared`): a plain-text template escapes nothing, so every value is
/// filled in as it is.
final class TemplateShapes: Sendable {
    /// A template's output for one shape of values.
    fileprivate enum Shape {
        case filled(Pieces)
        /// The output cannot be made by filling in: render with Mustache.
        case mustache
    }

    /// A shape's output: its literal HTML, cut where the values go, and the values.
    ///
    /// The literal HTML is one buffer, not a string a piece: both cores fill the same shapes
    /// in, and every string copied out of a shared array is a reference count that the two
    /// cores take turns to change (a fifth of the build's reference counting).
    fileprivate struct Pieces: Sendable {
        /// The HTML before each value, one after another, then the HTML after the last.
        let literal: [UInt8]
        /// In order: where in `literal` the HTML before the value ends, the value's index among
        /// the page's values, and whether it is escaped.
        let values: [(literalEnd: Int, index: Int, isEscaped: Bool)]
    }

    /// What a page's shape depends on: its template, its keys in order, and for each value
    /// its flag or whether the text is empty or ends a line.
    fileprivate struct Signature: Hashable {
        let name: String
        let keys: [String]
        /// The codes of the first 21 values, three bits each: a part of a page has a handful of
        /// values and is rendered hundreds of thousands of times a build, with no array made.
        let packed: UInt64
        /// The codes of the values after the first 21 (a page's).
        let more: [UInt8]

        init(name: String, keys: [String], codes: some Sequence<UInt8>) {
            self.name = name
            self.keys = keys
            var packed: UInt64 = 0
            var more: [UInt8] = []
            for (index, code) in codes.enumerated() {
                if index < 21 { packed |= UInt64(code) << (3 * index) } else { more.append(code) }
            }
            self.packed = packed
            self.more = more
        }

        /// The code of the value at `index`.
        subscript(index: Int) -> UInt8 {
            index < 21 ? UInt8(truncatingIfNeeded: packed >> (3 * index)) & 7 : more[index - 21]
        }

        var codes: [UInt8] { keys.indices.map { self[$0] } }

        // The names and keys are the same few dozen literals on every page: only their lengths
        // are hashed, and the rare collision is told apart by `==`.
        func hash(into hasher: inout Hasher) {
            hasher.combine(name.utf8.count)
            hasher.combine(keys.count)
            hasher.combine(packed)
            if !more.isEmpty { hasher.combine(more) }
        }
    }

    private let shapes = Mutex<[Signature: Shape]>([:])
    /// Whether the first page of each shape is also rendered by Mustache and compared.
    private let isVerifying: Bool

    /// Shapes of templates that are all built in need no check: the tests render every page of
    /// hostile vaults both ways. A user's templates are checked.
    init(verifying: Bool = true) {
        isVerifying = verifying
    }

    /// Whether the template `source` can be filled in: it neither transforms values, changes
    /// its delimiters nor names partials by a value, and does not contain the marker.
    static func canFillIn(_ source: String) -> Bool {
        // On bytes: `range(of:)` on the string made this a tenth of building a small site.
        let bytes = source.utf8.span
        let open = UInt8(ascii: "{")
        var offset = 0
        while let brace = bytes.firstIndex(of: open, from: offset) {
            offset = brace + 1
            guard offset < bytes.count, bytes[offset] == open else { continue }
            // The tag: after the braces and spaces, up to the closing braces.
            var start = offset
            while start < bytes.count, bytes[start] == open || bytes[start] == UInt8(ascii: " ") { start += 1 }
            var end = start
            while end < bytes.count,
                !(bytes[end] == UInt8(ascii: "}") && end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: "}"))
            {
                if bytes[end] == UInt8(ascii: "(") { return false }
                end += 1
            }
            if end > start, bytes[start] == UInt8(ascii: "=") {
                return false
            }
            if end > start + 1, bytes[start + 1] == UInt8(ascii: "*") { return false }
            offset = end
        }
        // The marker, U+E000, is EE 80 80 in UTF-8.
        offset = 0
        while let lead = bytes.firstIndex(of: 0xEE, from: offset) {
            if lead + 2 < bytes.count, bytes[lead + 1] == 0x80, bytes[lead + 2] == 0x80 { return false }
            offset = lead + 1
        }
        return true
    }

    /// A template's output when given exactly some keys, each set to text that is not empty and
    /// does not end a line: filled in without looking its shape up, for a part that is written
    /// many times a page (a link).
    struct Prepared: Sendable {
        fileprivate let pieces: Pieces
    }

    /// The shape of the template `name` when exactly `keys` are set, each to text; `nil` when it
    /// must be rendered by Mustache.
    func prepare(_ name: String, keys: [String], in library: MustacheLibrary) -> Prepared? {
        var values = PageValues(capacity: keys.count)
        for key in keys { values[key] = "x" }
        let signature = Signature(name: name, keys: values.keys, codes: repeatElement(Code.text, count: keys.count))
        guard case .filled(let pieces) = makeShape(name, values: values, in: library, as: signature) else { return nil }
        return Prepared(pieces: pieces)
    }

    /// Adds `prepared` filled in with one or two texts, in the order of its keys; each must be
    /// text that is not empty and does not end a line.
    static func fill(_ prepared: Prepared, with texts: (String, String?), into html: inout HTMLWriter) {
        fill(prepared.pieces, with: [.text(texts.0), .text(texts.1 ?? "")], into: &html)
    }

    /// The last shape a list of parts was rendered with: the parts of a list nearly always have
    /// one shape, found again by comparing rather than by a lookup in the shared table.
    struct Memo {
        fileprivate var signature: Signature
        fileprivate var shape: Shape
    }

    /// Adds what the template `name` gives for `values` to `html`; `memo`, kept by the caller
    /// from one part of a list to the next, saves looking up a shape seen last time.
    func render(
        _ name: String, _ values: PageValues, in library: MustacheLibrary, into html: inout HTMLWriter,
        memo: inout Memo?
    ) {
        let signature = Signature(name: name, keys: values.keys, codes: values.values.lazy.map(Self.code(of:)))
        if let memo, memo.signature == signature {
            Self.apply(memo.shape, name, values, in: library, into: &html)
            return
        }
        // The table's own signature is remembered: the caller's values reuse their keys' buffer
        // for the next part, and a list of one part would copy them for nothing.
        let known = shapes.withLock { table in table.index(forKey: signature).map { table[$0] } }
        let shape = known?.value ?? makeShape(name, values: values, in: library, as: signature)
        memo = Memo(signature: known?.key ?? signature, shape: shape)
        Self.apply(shape, name, values, in: library, into: &html)
    }

    /// Adds what the template `name` gives for `values` to `html`: for a page, or a part on its own.
    func render(_ name: String, _ values: PageValues, in library: MustacheLibrary, into html: inout HTMLWriter) {
        let signature = Signature(name: name, keys: values.keys, codes: values.values.lazy.map(Self.code(of:)))
        Self.apply(shape(name, values, signature, in: library), name, values, in: library, into: &html)
    }

    private func shape(
        _ name: String, _ values: PageValues, _ signature: Signature, in library: MustacheLibrary
    ) -> Shape {
        shapes.withLock { $0[signature] } ?? makeShape(name, values: values, in: library, as: signature)
    }

    private static func apply(
        _ shape: Shape, _ name: String, _ values: PageValues, in library: MustacheLibrary,
        into html: inout HTMLWriter
    ) {
        switch shape {
        case .filled(let pieces):
            html.reserve(pieces.literal.count + values.textCount)
            fill(pieces, with: values.values, into: &html)
        case .mustache: html.append(library.render(values.dictionary, withTemplate: name) ?? "")
        }
    }

    private enum Code {
        static let `true`: UInt8 = 1
        static let `false`: UInt8 = 2
        static let empty: UInt8 = 3
        static let endsLine: UInt8 = 4
        static let text: UInt8 = 5
    }

    /// A flag's value; for text, whether it is empty or ends a line: Mustache leaves out empty
    /// text and indents after a line break, and both shape the page.
    private static func code(of value: PageValues.Value) -> UInt8 {
        switch value {
        case .flag(let flag): return flag ? Code.true : Code.false
        case .number: return Code.text
        case .text(let text):
            let bytes = text.utf8.span
            return code(ofLast: bytes.isEmpty ? nil : bytes[bytes.count - 1])
        case .html(let html): return code(ofLast: html.bytes.last)
        }
    }

    /// The code of text that ends in `byte`, or is empty for `nil`.
    private static func code(ofLast byte: UInt8?) -> UInt8 {
        switch byte {
        case nil: Code.empty
        case UInt8(ascii: "\n"): Code.endsLine
        default: Code.text
        }
    }

    private func makeShape(
        _ name: String, values: PageValues, in library: MustacheLibrary, as signature: Signature
    ) -> Shape {
        var probe: [String: Any] = [:]
        // A key set twice shows its later value, as in `values.dictionary`.
        for (index, key) in values.keys.enumerated() {
            switch signature[index] {
            case Code.true, Code.false: probe[key] = signature[index] == Code.true
            case Code.empty: probe[key] = ""
            default: probe[key] = Self.placeholder(index, endsLine: signature[index] == Code.endsLine)
            }
            if case .html = values.values[index] {
                probe[PageValues.flagName(of: key)] = signature[index] != Code.empty
            }
        }
        var shape = Shape.mustache
        if let output = library.render(probe, withTemplate: name),
            let pieces = Self.pieces(of: output, codes: signature.codes),
            !isVerifying
                || library.render(values.dictionary, withTemplate: name) == Self.filled(pieces, with: values.values)
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
    private static func pieces(of output: String, codes: [UInt8]) -> Pieces? {
        let bytes = Array(output.utf8)
        var literal: [UInt8] = []
        var values: [(literalEnd: Int, index: Int, isEscaped: Bool)] = []
        var literalStart = 0
        var position = 0
        // The marker, U+E000, is EE 80 80 in UTF-8.
        while position < bytes.count {
            guard bytes[position...].starts(with: [0xEE, 0x80, 0x80]) else {
                position += 1
                continue
            }
            literal += bytes[literalStart..<position]
            position += 3
            let digits = position
            var index = 0
            while position < bytes.count, case UInt8(ascii: "0")...UInt8(ascii: "9") = bytes[position] {
                index = index * 10 + Int(bytes[position] - UInt8(ascii: "0"))
                position += 1
            }
            guard position > digits, index < codes.count, codes[index] == Code.text || codes[index] == Code.endsLine
            else { return nil }
            let isEscaped = bytes[position...].starts(with: "&#39;".utf8)
            guard isEscaped || bytes[position...].starts(with: "'".utf8) else { return nil }
            position += isEscaped ? 5 : 1
            if codes[index] == Code.endsLine {
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\n") else { return nil }
                position += 1
            }
            values.append((literal.count, index, isEscaped))
            literalStart = position
        }
        literal += bytes[literalStart...]
        return Pieces(literal: literal, values: values)
    }

    /// The literal HTML with each value, escaped where the template escapes it, as a string.
    private static func filled(_ pieces: Pieces, with values: [PageValues.Value]) -> String {
        var html = HTMLWriter()
        fill(pieces, with: values, into: &html)
        return html.html
    }

    /// Adds the literal HTML with each value, escaped where the template escapes it.
    ///
    /// The values are read in place: through a closure that gave each by its index, each was
    /// copied out of the array, its string or bytes retained and released again, for every
    /// value of every part.
    private static func fill(_ pieces: Pieces, with values: [PageValues.Value], into page: inout HTMLWriter) {
        var start = 0
        for place in pieces.values {
            page.append(pieces.literal, in: start..<place.literalEnd)
            start = place.literalEnd
            switch values[place.index] {
            case .text(let text): if place.isEscaped { page.appendEscaped(text) } else { page.append(text) }
            case .html(let html): if place.isEscaped { page.appendEscaped(html.html) } else { page.append(html) }
            case .number(let number): page.appendDecimal(number)
            case .flag: break
            }
        }
        page.append(pieces.literal, in: start..<pieces.literal.count)
    }
}
