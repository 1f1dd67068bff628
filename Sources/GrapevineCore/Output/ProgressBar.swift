/// A one-line progress bar for a terminal: `[██████████░░░░░░░░░░]  1,280 of 5,000 notes written`.
public struct ProgressBar: Sendable {
    /// How many steps make the whole.
    public let total: Int
    /// What a step is, in the plural: `notes written`.
    public let label: String
    /// The width of the bar itself, in characters.
    public let width: Int

    /// A bar for `total` steps.
    public init(total: Int, label: String, width: Int = 24) {
        self.total = total
        self.label = label
        self.width = width
    }

    /// The line with `done` steps done.
    public func line(done: Int) -> String {
        let done = min(max(done, 0), total)
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        return "[\(bar)] \(Self.grouped(done)) of \(Self.grouped(total)) \(label)"
    }

    /// `12345` as `12,345`.
    private static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }
}
