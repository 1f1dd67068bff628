/// HTML written into one growing buffer of UTF-8 bytes: markup and ready-made HTML as they
/// are, text escaped on its way in.
///
/// The site writes tens of megabytes of small pieces. Adding strings up makes a new string
/// for every `+` and escapes into yet another; this copies each piece once, and a page takes
/// the bytes as they are (a `String` would check they are UTF-8 once more).
struct HTMLWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// What was written, as a string.
    var html: String { String(decoding: bytes, as: UTF8.self) }

    /// Adds markup, or HTML that is already safe, as it is.
    mutating func append(_ html: String) {
        var html = html
        html.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Adds what `other` wrote.
    mutating func append(_ other: HTMLWriter) {
        bytes.append(contentsOf: other.bytes)
    }

    /// Adds UTF-8 bytes of markup or safe HTML as they are.
    mutating func append(bytes html: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: html)
    }

    /// Adds text, escaped as `HTML.escape` does.
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { appendEscaped(bytes: $0) }
    }

    /// Adds the UTF-8 bytes of a text, escaped as `HTML.escape` does.
    mutating func appendEscaped(bytes text: UnsafeBufferPointer<UInt8>) {
        var start = 0
        for (index, byte) in text.enumerated() {
            guard let entity = HTML.entity(for: byte) else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
            bytes.append(contentsOf: entity)
            start = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
    }

    /// Adds a number in decimal.
    mutating func append(_ number: Int) {
        append(String(number))
    }

    /// Adds `<time datetime="text">label</time>`.
    mutating func appendTime(_ text: String, label: String? = nil) {
        append("<time datetime=\"")
        appendEscaped(text)
        append("\">")
        appendEscaped(label ?? text)
        append("</time>")
    }
}
