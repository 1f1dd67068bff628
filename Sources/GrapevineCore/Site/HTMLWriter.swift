/// HTML written into one growing buffer of UTF-8 bytes: markup and ready-made HTML as they
/// are, text escaped on its way in.
///
/// The site writes tens of megabytes of small pieces. Adding strings up makes a new string
/// for every `+` and escapes into yet another; this copies each piece once, and a page takes
/// the bytes as they are (a `String` would check they are UTF-8 once more). The bytes are in
/// memory of the writer's own rather than a `[UInt8]`, whose `append(contentsOf:)` cost a
/// hundred instructions a piece. A copy of a writer is a value of its own: the first write to
/// a shared buffer copies it.
struct HTMLWriter: Sendable {
    /// Changed only when the writer holding it is its only owner: a writer is a value.
    private final class Buffer: @unchecked Sendable {
        private(set) var start: UnsafeMutablePointer<UInt8>
        private(set) var count = 0
        private var capacity: Int

        init(capacity: Int) {
            self.capacity = Swift.max(capacity, 64)
            start = .allocate(capacity: self.capacity)
        }

        deinit { start.deallocate() }

        func copy() -> Buffer {
            let copy = Buffer(capacity: count)
            copy.append(start, count)
            return copy
        }

        @inline(__always)
        func append(_ bytes: UnsafePointer<UInt8>, _ length: Int) {
            if count + length > capacity {
                capacity = Swift.max(capacity * 2, count + length)
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
                grown.initialize(from: start, count: count)
                start.deallocate()
                start = grown
            }
            (start + count).initialize(from: bytes, count: length)
            count += length
        }
    }

    /// Made on the first write: many parts of a page stay empty.
    private var buffer: Buffer?
    private let capacity: Int

    init(capacity: Int = 256) {
        self.capacity = capacity
    }

    /// A writer holding `text`.
    init(_ text: String) {
        self.init(capacity: text.utf8.count)
        append(text)
    }

    var isEmpty: Bool { count == 0 }

    /// How many bytes were written.
    var count: Int { buffer?.count ?? 0 }

    /// Calls `body` with what was written.
    func withBytes<Result, Failure: Error>(
        _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(UnsafeBufferPointer(start: buffer?.start, count: count))
    }

    /// What was written, as a string.
    var html: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    /// Adds UTF-8 bytes of markup or safe HTML as they are.
    @inline(__always)
    mutating func append(bytes html: UnsafeBufferPointer<UInt8>) {
        guard let start = html.baseAddress, !html.isEmpty else { return }
        if buffer == nil {
            buffer = Buffer(capacity: Swift.max(capacity, html.count))
        } else if !isKnownUniquelyReferenced(&buffer!) {
            buffer = buffer!.copy()
        }
        buffer!.append(start, html.count)
    }

    /// Adds markup, or HTML that is already safe, as it is.
    mutating func append(_ html: String) {
        // Read in place (a `var` copy would retain and release the string).
        if html.utf8.withContiguousStorageIfAvailable({ append(bytes: $0) }) == nil {
            var html = html
            html.withUTF8 { append(bytes: $0) }
        }
    }

    /// Adds what `other` wrote.
    mutating func append(_ other: HTMLWriter) {
        other.withBytes { append(bytes: $0) }
    }

    /// Adds text, escaped as `HTML.escape` does.
    mutating func appendEscaped(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped(bytes: $0) }) == nil {
            var text = text
            text.withUTF8 { appendEscaped(bytes: $0) }
        }
    }

    /// Adds the UTF-8 bytes of a text, escaped as `HTML.escape` does.
    mutating func appendEscaped(bytes text: UnsafeBufferPointer<UInt8>) {
        var start = 0
        for index in text.indices where HTML.isEscaped(text[index]) {
            append(bytes: UnsafeBufferPointer(rebasing: text[start..<index]))
            append(bytes: HTML.entity(for: text[index])!)
            start = index + 1
        }
        append(bytes: UnsafeBufferPointer(rebasing: text[start...]))
    }
}
