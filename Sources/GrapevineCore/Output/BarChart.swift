/// Bars of Unicode block characters: a few numbers read at a glance in a terminal.
enum BarChart {
    /// `▏` to `▉`: one to seven eighths of a cell.
    private static let eighths = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar for `value` on a scale where `maximum` fills `width` cells, to an eighth of a
    /// cell; a value above zero shows as at least a sliver, zero as nothing.
    static func bar(_ value: Int, of maximum: Int, width: Int) -> String {
        guard value > 0, maximum > 0, width > 0 else { return "" }
        let scaled = Double(min(value, maximum)) / Double(maximum) * Double(width * 8)
        let length = max(1, Int(scaled.rounded()))
        let rest = length % 8
        return String(repeating: "█", count: length / 8) + (rest == 0 ? "" : eighths[rest - 1])
    }

    /// How many cells each of `values` takes in one bar of parts when the largest such bar
    /// adds up to `maximum`: a cell per unit while `maximum` fits in `width`, else shrunk to
    /// fit; a value above zero takes at least one cell.
    static func cells(_ values: [Int], of maximum: Int, width: Int) -> [Int] {
        guard maximum > width, width > 0 else { return values.map { max(0, $0) } }
        return values.map { value in
            value > 0 ? max(1, Int((Double(value) * Double(width) / Double(maximum)).rounded())) : 0
        }
    }
}
