import Testing

@testable import GrapevineCore

@Suite("FNV-1a")
struct FNV1aTests {
    @Test(
        "matches the published 64-bit test vectors",
        arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
    func vectors(text: String, hex: String) {
        #expect(FNV1a.hex(text.utf8) == hex)
        #expect(FNV1a.hash(text.utf8) == UInt64(hex, radix: 16))
    }
}
