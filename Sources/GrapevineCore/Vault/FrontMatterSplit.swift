/// Where a file's front matter and body are: a first line `---`, then YAML, then `---` or `...`.
struct FrontMatterSplit {
    enum Fence {
        case none
        case unterminated
        /// A first line `---` ended by a carriage return alone (classic Mac OS line endings):
        /// lines are counted by line feeds everywhere, so the front matter cannot be read.
        case carriageReturns
        /// The YAML between the fences, as a byte range.
        case closed(Range<Int>)
    }

    var fence: Fence
    /// The byte offset where the body starts.
    var bodyStart: Int
    /// The number of lines before the body.
    var bodyLineOffset: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        fence = .none
        bodyStart = 0
        bodyLineOffset = 0
        if bytes.starts(with: "---\r".utf8), bytes.count == 4 || bytes[4] != UInt8(ascii: "\n") {
            fence = .carriageReturns
            return
        }
        var lines = LineIterator(bytes)
        guard let first = lines.next(), Self.isFence(bytes[first.content], closing: false) else { return }
        let yamlStart = first.next
        var count = 1
        while let line = lines.next() {
            count += 1
            if Self.isFence(bytes[line.content], closing: true) {
                fence = .closed(yamlStart..<line.content.lowerBound)
                bodyStart = line.next
                bodyLineOffset = count
                return
            }
        }
        fence = .unterminated
        bodyStart = yamlStart
        bodyLineOffset = 1
    }

    private static func isFence(_ line: Slice<UnsafeBufferPointer<UInt8>>, closing: Bool) -> Bool {
        var content = line
        while let last = content.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            content = content.dropLast()
        }
        guard content.count == 3 else { return false }
        return content.elementsEqual("---".utf8) || (closing && content.elementsEqual("...".utf8))
    }
}

/// The lines of a byte buffer: each line's content (without `\n` or `\r\n`) and where the next starts.
struct LineIterator: IteratorProtocol {
    let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func next() -> (content: Range<Int>, next: Int)? {
        guard offset < bytes.count else { return nil }
        let start = offset
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        offset = min(end + 1, bytes.count)
        let contentEnd = end > start && bytes[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
        return (start..<contentEnd, offset)
    }
}
