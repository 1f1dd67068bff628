/// Where a file's front matter and body are: a first line `---`, then YAML, then `---` or `...`;
/// or, as Hugo writes it, TOML between two lines `+++`.
struct FrontMatterSplit {
    enum Fence {
        case none
        case unterminated
        /// A first line `---` ended by a carriage return alone (classic Mac OS line endings):
        /// lines are counted by line feeds everywhere, so the front matter cannot be read.
        case carriageReturns
        /// The YAML between the fences, as a byte range.
        case closed(Range<Int>)
        /// TOML between two lines `+++`, as a byte range: front matter, but not what Grapevine reads.
        case toml(Range<Int>)
    }

    var fence: Fence
    /// The byte offset where the body starts.
    var bodyStart: Int
    /// The number of lines before the body.
    var bodyLineOffset: Int

    init(_ bytes: Span<UInt8>) {
        fence = .none
        bodyStart = 0
        bodyLineOffset = 0
        if bytes.starts(with: "---\r".utf8), bytes.count == 4 || bytes[4] != UInt8(ascii: "\n") {
            fence = .carriageReturns
            return
        }
        var lines = Lines()
        guard let first = lines.next(in: bytes) else { return }
        let isTOML = Self.isFence(bytes, first.content, of: UInt8(ascii: "+"))
        guard isTOML || Self.isFence(bytes, first.content, closing: false) else { return }
        let yamlStart = first.next
        var count = 1
        while let line = lines.next(in: bytes) {
            count += 1
            if isTOML
                ? Self.isFence(bytes, line.content, of: UInt8(ascii: "+"))
                : Self.isFence(bytes, line.content, closing: true)
            {
                fence =
                    isTOML ? .toml(yamlStart..<line.content.lowerBound) : .closed(yamlStart..<line.content.lowerBound)
                bodyStart = line.next
                bodyLineOffset = count
                return
            }
        }
        // A `+++` never closed is text.
        guard !isTOML else { return }
        fence = .unterminated
        bodyStart = yamlStart
        bodyLineOffset = 1
    }

    /// Whether the line at `range` is `---` (or, closing, `...`), with any spaces or tabs after.
    private static func isFence(_ bytes: Span<UInt8>, _ range: Range<Int>, closing: Bool) -> Bool {
        isFence(bytes, range, of: UInt8(ascii: "-")) || (closing && isFence(bytes, range, of: UInt8(ascii: ".")))
    }

    /// Whether the line at `range` is three `mark`s, with any spaces or tabs after.
    private static func isFence(_ bytes: Span<UInt8>, _ range: Range<Int>, of mark: UInt8) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") {
            end -= 1
        }
        guard end - range.lowerBound == 3 else { return false }
        return bytes.extracting(range.lowerBound..<end).allSatisfy { $0 == mark }
    }

    /// The lines of a byte buffer, one after the other: each line's content (without `\n` or
    /// `\r\n`) and where the next starts.
    private struct Lines {
        private var offset = 0

        mutating func next(in bytes: Span<UInt8>) -> (content: Range<Int>, next: Int)? {
            guard offset < bytes.count else { return nil }
            let start = offset
            let end = bytes.firstIndex(of: UInt8(ascii: "\n"), from: start) ?? bytes.count
            offset = min(end + 1, bytes.count)
            let contentEnd = end > start && bytes[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
            return (start..<contentEnd, offset)
        }
    }
}
