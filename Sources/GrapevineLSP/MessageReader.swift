/// Splits the bytes a client sends into messages: header lines (`Content-Length: N`), an empty
/// line, then N bytes of JSON (LSP 3.17, "Base Protocol").
///
/// Bytes may come in any pieces: half a header, three messages at once. A header block that
/// names no usable length is given back as a problem and skipped, and the reader goes on with
/// the next header; bytes that never make a header are dropped once they are too many to be
/// one, so garbage costs memory only up to a bound and never stops the messages after it.
public struct MessageReader: Sendable {
    /// What the reader found next.
    public enum Event: Sendable, Equatable {
        /// A message's content (JSON, not yet parsed).
        case message([UInt8])
        /// A header block that could not be used, and why; the reader has skipped it.
        case badHeader(String)
    }

    /// The longest header block read: a real one is a few dozen bytes.
    static let headerLimit = 4096
    /// The longest content accepted; a longer message is skipped.
    static let contentLimit = 256 << 20

    private var buffer: [UInt8] = []
    /// Where unread bytes start in `buffer`.
    private var start = 0
    /// The content length of the header read, while its content is still coming.
    private var pendingLength: Int?
    /// Content bytes still to be skipped after a message over the limit.
    private var skipping = 0

    /// Creates a reader with nothing read yet.
    public init() {}

    /// Adds bytes read from the client and returns the events they complete, in order.
    public mutating func read(_ bytes: some Collection<UInt8>) -> [Event] {
        buffer.append(contentsOf: bytes)
        var events: [Event] = []
        while let event = next() { events.append(event) }
        compact()
        return events
    }

    /// Whether bytes of an unfinished message are waiting (at the end of input, a message cut off).
    public var hasPartialMessage: Bool {
        pendingLength != nil || buffer[start...].contains { !UInt8.isWhitespace($0) }
    }

    private mutating func next() -> Event? {
        if skipping > 0 {
            let skipped = min(skipping, buffer.count - start)
            start += skipped
            skipping -= skipped
            guard skipping == 0 else { return nil }
        }
        if let length = pendingLength {
            guard buffer.count - start >= length else { return nil }
            let content = Array(buffer[start..<start + length])
            start += length
            pendingLength = nil
            return .message(content)
        }
        guard let (end, contentStart) = headerEnd() else {
            return dropGarbageIfTooLong()
        }
        let header = buffer[start..<end]
        switch Self.contentLength(in: header) {
        case .success(let length) where length > Self.contentLimit:
            start = contentStart
            skipping = length
            return .badHeader("a message of \(length) bytes is over the limit of \(Self.contentLimit); skipped")
        case .success(let length):
            start = contentStart
            pendingLength = length
            return self.next()
        case .failure(let problem):
            // Garbage before a header makes one bad block with it: the header is read from
            // where its `Content-Length` starts.
            if let resume = lastContentLength(in: start + 1..<end) {
                defer { start = resume }
                return .badHeader("\(resume - start) bytes that are not a message header were skipped")
            }
            start = contentStart
            return .badHeader(problem.reason)
        }
    }

    /// The end of the header block at `start` (before its empty line) and where its content
    /// starts; lines may end in CRLF (as the protocol says) or LF alone.
    private func headerEnd() -> (end: Int, next: Int)? {
        var index = start
        // Blank lines before a header (a stray line break after the last message) are skipped.
        var lineStart = start
        while index < buffer.count {
            guard buffer[index] == UInt8(ascii: "\n") else {
                index += 1
                continue
            }
            let line = buffer[lineStart..<index]
            let isEmpty = line.isEmpty || line.elementsEqual([UInt8(ascii: "\r")])
            if isEmpty, lineStart > start, !buffer[start..<lineStart].allSatisfy(UInt8.isWhitespace) {
                return (lineStart, index + 1)
            }
            index += 1
            lineStart = index
        }
        return nil
    }

    /// Without a whole header block in sight, bytes past the limit are garbage: they are
    /// dropped up to the last `Content-Length` seen (the next message may start there).
    private mutating func dropGarbageIfTooLong() -> Event? {
        guard buffer.count - start > Self.headerLimit else { return nil }
        // None after the first byte: all but a possible start of one at the very end goes.
        let resume =
            lastContentLength(in: start + 1..<buffer.count) ?? buffer.count - (Self.lengthName.count - 1)
        defer { start = resume }
        return .badHeader("\(resume - start) bytes that are not a message header were skipped")
    }

    private static let lengthName = Array("content-length".utf8)

    /// Where the last `Content-Length` (any case) starting in `range` starts.
    private func lastContentLength(in range: Range<Int>) -> Int? {
        let name = Self.lengthName
        var candidate = min(range.upperBound, buffer.count - name.count)
        while candidate >= range.lowerBound {
            if buffer[candidate..<candidate + name.count].lazy.map(Self.lowercased).elementsEqual(name) {
                return candidate
            }
            candidate -= 1
        }
        return nil
    }

    private struct HeaderProblem: Error {
        var reason: String
    }

    /// The `Content-Length` of a header block; a block without one, with one that is not a
    /// number, or with a charset other than UTF-8 is refused.
    private static func contentLength(in header: ArraySlice<UInt8>) -> Result<Int, HeaderProblem> {
        var length: Int?
        for line in header.split(separator: UInt8(ascii: "\n")) {
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: " \t\r")
            guard !text.isEmpty else { continue }
            guard let colon = text.firstIndex(of: ":") else {
                return .failure(HeaderProblem(reason: "a header line without ':': '\(text.prefix(80))'"))
            }
            let name = text[..<colon].lowercased().trimmingCharacters(in: " \t")
            let value = text[text.index(after: colon)...].trimmingCharacters(in: " \t")
            switch name {
            case "content-length":
                guard let number = Int(value), number >= 0 else {
                    return .failure(HeaderProblem(reason: "Content-Length '\(value.prefix(40))' is not a number"))
                }
                length = number
            case "content-type":
                let charset = value.lowercased().split(separator: ";").dropFirst()
                    .map { $0.trimmingCharacters(in: " \t") }.first { $0.hasPrefix("charset=") }
                if let charset, !["charset=utf-8", "charset=utf8"].contains(charset) {
                    return .failure(HeaderProblem(reason: "only UTF-8 content is read, not '\(charset)'"))
                }
            default:
                continue
            }
        }
        guard let length else { return .failure(HeaderProblem(reason: "a header without Content-Length")) }
        return .success(length)
    }

    /// Drops the bytes already read once they are most of the buffer.
    private mutating func compact() {
        guard start > 0, start >= buffer.count / 2 || start == buffer.count else { return }
        buffer.removeFirst(start)
        start = 0
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}

extension UInt8 {
    fileprivate static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

extension String {
    fileprivate func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        return String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in characters: String) -> String {
        String(self).trimmingCharacters(in: characters)
    }
}
