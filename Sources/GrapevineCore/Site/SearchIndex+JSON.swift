import Foundation

extension SearchIndex {
    /// The index as compact JSON: an array of objects with sorted keys.
    ///
    /// `<`, U+2028 and U+2029 (which occur only inside strings) are written as `\u` escapes, so
    /// the text stays valid JavaScript and cannot close a `<script>` element it is placed in.
    public func json() -> String {
        var json = HTMLWriter(capacity: estimatedLength)
        writeJSON(into: &json)
        return json.html
    }

    /// The contents of `search-index.js`: the index assigned to `window.GRAPEVINE_SEARCH`.
    public func javaScript() -> String {
        script().html
    }

    /// `javaScript()` as bytes, for the site: the index of a big vault is megabytes, written
    /// once into one buffer rather than copied into a string and a script.
    func script() -> HTMLWriter {
        var script = HTMLWriter(capacity: estimatedLength + 32)
        script.append("window.GRAPEVINE_SEARCH = ")
        writeJSON(into: &script)
        script.append(";\n")
        return script
    }

    /// Room for the JSON: the lines as shown and folded, and a few dozen bytes an entry for
    /// its keys.
    private var estimatedLength: Int {
        entries.reduce(64) { length, entry in
            length + 96 + entry.url.utf8.count + entry.title.utf8.count
                + entry.escapedText.count + entry.escapedFold.count
        }
    }

    /// An array of objects with sorted keys: `fields` (`[titleLines, valueLines]`), `fold`,
    /// `kind`, `text`, `title`, `url`.
    private func writeJSON(into json: inout HTMLWriter) {
        json.append("[")
        for (position, entry) in entries.enumerated() {
            if position > 0 { json.append(",") }
            Self.writeJSON(of: entry, into: &json)
        }
        json.append("]")
    }

    /// `script()` with the JSON of each entry given: `entries[i]` as `writeJSON(of:into:)`
    /// wrote it.
    static func script(ofEntries entries: [HTMLWriter]) -> HTMLWriter {
        var script = HTMLWriter(capacity: entries.reduce(64) { $0 + $1.count + 1 })
        script.append("window.GRAPEVINE_SEARCH = [")
        for (position, entry) in entries.enumerated() {
            if position > 0 { script.append(",") }
            script.append(entry)
        }
        script.append("];\n")
        return script
    }

    /// One entry of the array `writeJSON(into:)` writes; its text and folded text are escaped
    /// already (`Entry.escapedText`).
    static func writeJSON(of entry: Entry, into json: inout HTMLWriter) {
        var object: [UInt8] = []
        object.reserveCapacity(
            96 + entry.escapedFold.count + entry.escapedText.count + entry.title.utf8.count + entry.url.utf8.count)
        object.appendUTF8(of: #"{"fields":["#)
        object.appendDecimal(entry.titleLines)
        object.append(UInt8(ascii: ","))
        object.appendDecimal(entry.valueLines)
        object.appendUTF8(of: #"],"fold":""#)
        object.append(entry.escapedFold.span)
        object.appendUTF8(of: #"","kind":""#)
        appendEscaped(entry.kind.utf8.span, to: &object)
        object.appendUTF8(of: #"","text":""#)
        object.append(entry.escapedText.span)
        object.appendUTF8(of: #"","title":""#)
        appendEscaped(entry.title.utf8.span, to: &object)
        object.appendUTF8(of: #"","url":""#)
        appendEscaped(entry.url.utf8.span, to: &object)
        object.appendUTF8(of: #""}"#)
        json.append(object.span)
    }

    /// Appends `bytes` (valid UTF-8) as the inside of a JSON string literal that is also safe
    /// inside HTML and JavaScript source: the runs of bytes that need no escape copied at once,
    /// the others escaped.
    static func appendEscaped(_ bytes: Span<UInt8>, to json: inout [UInt8]) {
        var start = 0
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            guard needsEscape(byte) else {
                offset += 1
                continue
            }
            json.append(bytes.extracting(start..<offset))
            offset += 1
            switch byte {
            case UInt8(ascii: "\""): json.appendUTF8(of: #"\""#)
            case UInt8(ascii: "\\"): json.appendUTF8(of: #"\\"#)
            case UInt8(ascii: "<"): json.appendUTF8(of: #"\u003C"#)
            case UInt8(ascii: "\n"): json.appendUTF8(of: #"\n"#)
            case UInt8(ascii: "\t"): json.appendUTF8(of: #"\t"#)
            case UInt8(ascii: "\r"): json.appendUTF8(of: #"\r"#)
            case 0..<0x20:
                // Rare: control characters other than line breaks and tabs.
                json.appendUTF8(
                    of: #"\u00"# + String(byte >> 4, radix: 16, uppercase: true)
                        + String(byte & 0x0F, radix: 16, uppercase: true))
            // U+2028 and U+2029, in UTF-8 E2 80 A8 and E2 80 A9 (the text is valid UTF-8).
            case 0xE2 where bytes[offset] == 0x80 && bytes[offset + 1] | 1 == 0xA9:
                json.appendUTF8(of: bytes[offset + 1] == 0xA8 ? #"\u2028"# : #"\u2029"#)
                offset += 2
            default:
                // The lead byte of another character, written as it is with the rest.
                start = offset - 1
                continue
            }
            start = offset
        }
        json.append(bytes.extracting(start..<bytes.count))
    }

    /// The text of `escaped`, the inside of a JSON string literal.
    static func unescaped(_ escaped: [UInt8]) -> String {
        let literal = [UInt8(ascii: "\"")] + escaped + [UInt8(ascii: "\"")]
        guard let text = try? JSONDecoder().decode(String.self, from: Data(literal)) else {
            preconditionFailure(
                "The search index escaped a string as no JSON string: " + String(decoding: literal, as: UTF8.self))
        }
        return text
    }

    /// Whether `appendEscaped` writes `byte` other than as it is: a control character, `"`,
    /// `\\`, `<`, or the lead byte of U+2028 and U+2029 (and of other characters, which it keeps).
    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 64 ? (escapedBelow64 >> UInt64(byte)) & 1 != 0 : byte == UInt8(ascii: "\\") || byte == 0xE2
    }

    /// Bit `b` is set for each byte `b` below 64 that `appendEscaped` escapes: the control
    /// characters, `"` and `<`.
    private static let escapedBelow64: UInt64 = 0xFFFF_FFFF | 1 << UInt8(ascii: "\"") | 1 << UInt8(ascii: "<")
}
