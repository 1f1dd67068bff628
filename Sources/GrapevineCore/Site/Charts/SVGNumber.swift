/// A coordinate or length in a drawing as SVG text: at most one decimal, written the same way
/// on every machine (`12`, `7.5`, `-3.2`).
enum SVGNumber {
    static func text(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
