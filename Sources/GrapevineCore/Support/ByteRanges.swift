/// Byte ranges of a text: found by the scanners that hide private words or highlight search
/// terms, then merged and spliced here.
enum ByteRanges {
    /// `ranges` in order, those that overlap or touch made one.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// `bytes` as text with each of `ranges` (in order, not overlapping) replaced by `replacement`.
    static func replacing(_ ranges: [Range<Int>], in bytes: [UInt8], with replacement: String) -> String {
        var result = ""
        var start = 0
        for range in ranges {
            result += String(decoding: bytes[start..<range.lowerBound], as: UTF8.self) + replacement
            start = range.upperBound
        }
        return result + String(decoding: bytes[start...], as: UTF8.self)
    }
}
