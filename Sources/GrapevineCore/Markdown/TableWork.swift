#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An upper bound on the work cmark-gfm's table extension would do on some Markdown, found in
/// one pass over its lines, so that tables too costly to read are read as text instead.
///
/// Two things in the extension (cmark-gfm 0.29.0.gfm.6) take time that grows with the square
/// of the input: a row of `n` cells costs about `n²` (each cell is appended at the end of a
/// linked list, walked from its start), and every line that looks like a delimiter row
/// (`|---|`) under a paragraph makes it read the whole paragraph again, to see whether its
/// last line is a header row. A 40 kB row took 6 seconds; a 50 kB paragraph of such lines,
/// 30. Both are counted here, generously: every blank-free run of lines is taken for one
/// paragraph and every line that could be a delimiter row for one; only a blank line ends a
/// paragraph. The budget is a fixed amount, about a quarter of a second, plus an amount per
/// byte: a table of narrow rows may be as long as a note can be.
struct TableWork {
    /// What the work may cost: a fixed part and a part for each byte read.
    static let fixedBudget = 16_000_000
    static let budgetPerByte = 8

    /// The work counted so far.
    private(set) var work = 0
    /// The bytes read so far.
    private var byteCount = 0
    /// The work of reading again the lines since the last blank line.
    private var paragraphWork = 0
    /// The `\n` lines read so far.
    private var fileLine = 1
    /// The part of `work` that is rows' own, and the most cells a row has had.
    private var rowWork = 0
    private var widestRow = 0
    /// Where the budget was first exceeded, and the most cells a row has had when rows' own
    /// work was most of it (`nil` when reading paragraphs again was).
    private(set) var overrun: (line: Int, cells: Int?)?

    /// Whether the work counted so far is over the budget.
    var isOverBudget: Bool { overrun != nil }

    /// Counts the work of `bytes`, read after whatever was counted before and a blank line.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        paragraphWork = 0
        guard let base = bytes.baseAddress, overrun == nil,
            memchr(base, Int32(UInt8(ascii: "|")), bytes.count) != nil
        else {
            byteCount += bytes.count
            return
        }
        var start = 0
        while start < bytes.count, overrun == nil {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
            addLine(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            // cmark-gfm ends a line at `\n`, `\r\n` or a lone `\r`.
            if end < bytes.count, bytes[end] == UInt8(ascii: "\r") { end += 1 }
            if end < bytes.count, bytes[end] == UInt8(ascii: "\n") {
                end += 1
                fileLine += 1
            }
            start = max(end, start + 1)
        }
    }

    private mutating func addLine(_ line: UnsafeBufferPointer<UInt8>) {
        byteCount += line.count + 1
        var pipes = 0
        var isBlank = true
        var couldBeDelimiterRow = true
        var hasDash = false
        var leading = true
        for byte in line {
            switch byte {
            case UInt8(ascii: "|"): pipes += 1
            case UInt8(ascii: "-"): hasDash = true
            case UInt8(ascii: ":"): break
            case UInt8(ascii: " "), UInt8(ascii: "\t"): continue
            case UInt8(ascii: ">") where leading: break
            default: couldBeDelimiterRow = false
            }
            isBlank = false
            if byte != UInt8(ascii: ">") { leading = false }
        }
        guard !isBlank else {
            paragraphWork = 0
            return
        }
        // A row of `pipes + 1` cells at most, read once as a row and again with its paragraph.
        let lineWork = min(pipes, 1 << 24) * min(pipes, 1 << 24)
        work += lineWork
        rowWork += lineWork
        widestRow = max(widestRow, pipes + 1)
        if couldBeDelimiterRow, hasDash { work += paragraphWork }
        paragraphWork += lineWork + line.count + 1
        guard work > Self.fixedBudget + Self.budgetPerByte * byteCount else { return }
        overrun = (fileLine, 2 * rowWork >= work ? widestRow : nil)
    }
}
