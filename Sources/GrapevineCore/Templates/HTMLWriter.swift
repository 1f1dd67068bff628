/// HTML written into one growing buffer of UTF-8 bytes: markup and ready-made HTML as they
/// are, text escaped on its way in.
///
/// The site writes tens of megabytes of small pieces. Appending bytes copies each piece once;
/// adding strings up with `+` would make a new string for every piece, and appending to a
/// `String` costs about twice as much a piece as to an array of bytes.
struct HTMLWriter: Sendable {
    /// What was written, as UTF-8.
    private(set) var bytes: [UInt8] = []
    private let capacity: Int

    /// A writer with room for `capacity` bytes, reserved on the first write: many parts of a
    /// page stay empty.
    init(capacity: Int = 256) {
        self.capacity = capacity
    }

    /// A writer holding `text`.
    init(_ text: String) {
        self.init(capacity: text.utf8.count)
        append(text)
    }

    /// A writer holding `html`, HTML already, as it is: the array is shared, not copied, until
    /// something is written after it.
    init(html: [UInt8]) {
        bytes = html
        capacity = html.count
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// How many bytes were written.
    var count: Int { bytes.count }

    /// What was written, as a string.
    var html: String { String(decoding: bytes, as: UTF8.self) }

    /// Adds markup, or HTML that is already safe, as it is.
    mutating func append(_ html: String) {
        reserveOnFirstWrite()
        bytes.appendUTF8(of: html)
    }

    /// Appends the bytes of `html` at `range`, HTML already.
    mutating func append(_ html: [UInt8], in range: Range<Int>) {
        reserveOnFirstWrite()
        bytes.append(html.span.extracting(range))
    }

    /// Adds `html`, HTML already, as it is.
    mutating func append(_ html: Span<UInt8>) {
        reserveOnFirstWrite()
        bytes.append(html)
    }

    /// Adds what `other` wrote.
    mutating func append(_ other: HTMLWriter) {
        reserveOnFirstWrite()
        bytes.append(contentsOf: other.bytes)
    }

    /// Adds `number` in decimal, as `String(number)` writes it, without making the string.
    mutating func appendDecimal(_ number: Int) {
        reserveOnFirstWrite()
        bytes.appendDecimal(number)
    }

    /// Adds text, escaped as `HTML.escape` does.
    mutating func appendEscaped(_ text: String) {
        reserveOnFirstWrite()
        HTML.escape(text, into: &bytes)
    }

    /// Makes room for `count` more bytes at once, growing as appending does (at least
    /// doubling), so that a page filled in from many pieces is not copied as it grows.
    mutating func reserve(_ count: Int) {
        let needed = bytes.count + count
        guard bytes.capacity < needed else { return }
        bytes.reserveCapacity(Swift.max(needed, 2 * bytes.capacity, capacity))
    }

    @inline(__always)
    private mutating func reserveOnFirstWrite() {
        if bytes.isEmpty { bytes.reserveCapacity(capacity) }
    }
}
