import Testing

@testable import GrapevineCore

@Suite("Numbers written as bytes")
struct DecimalTests {
    @Test("appendDecimal and decimalWidth agree with String(_:) for any number")
    func sameAsString() {
        var random = SplitMix(state: 7)
        let samples =
            [0, 1, -1, 9, 10, -10, 99, 100, 999_999, 1_000_000, Int.max, Int.min, Int.min + 1]
            + (0..<500).map { _ in
                Int.random(in: Int.min...Int.max, using: &random) >> Int.random(in: 0...62, using: &random)
            }
        for value in samples {
            var bytes = Array("x".utf8)
            bytes.appendDecimal(value)
            #expect(String(decoding: bytes, as: UTF8.self) == "x" + String(value))
            #expect(value.decimalWidth == String(value).count)
        }
    }

    @Test("a date is appended as its description")
    func dateAsDescription() {
        for text in ["2026-01-02", "0001-12-31", "9999-02-28"] {
            var bytes: [UInt8] = []
            LocalDate(text)!.appendISO(to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == text)
        }
    }
}
