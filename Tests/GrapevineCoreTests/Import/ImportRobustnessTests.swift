import Testing

@testable import GrapevineCore

@Suite("Export files that are cut short or damaged")
struct ImportRobustnessTests {
    /// `bytes` cut at a random place, or with a few bytes changed to ones that matter to the
    /// formats (quotes, separators, line breaks, `=`, zip signatures' `P` and `K`).
    private static func mutated(_ bytes: [UInt8], _ random: inout SplitMix) -> [UInt8] {
        var bytes = bytes
        if Bool.random(using: &random), !bytes.isEmpty {
            return Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &random)))
        }
        let interesting: [UInt8] = [0x22, 0x2C, 0x3B, 0x0A, 0x0D, 0x3D, 0x3A, 0x5C, 0x00, 0xFF, 0x50, 0x4B, 0x20]
        for _ in 0..<Int.random(in: 1...8, using: &random) where !bytes.isEmpty {
            let index = Int.random(in: 0..<bytes.count, using: &random)
            bytes[index] =
                Bool.random(using: &random)
                ? interesting.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
        }
        return bytes
    }

    @Test(
        "no damage crashes a reader: each file read whole, or refused with a message",
        arguments: [
            "Connections.csv", "Basic_LinkedInDataExport_11-20-2026.zip", "apple-contacts-3.0.vcf",
            "google-contacts-3.0.vcf", "android-2.1.vcf", "outlook-2.1.vcf", "nextcloud-4.0.vcf",
        ])
    func damaged(_ name: String) throws {
        let original = try ImportFixtures.bytes(name)
        var random = SplitMix(state: UInt64(original.count))
        for _ in 0..<300 {
            let bytes = Self.mutated(original, &random)
            do {
                if name.hasSuffix(".vcf") {
                    _ = try VCardFile.read(bytes, file: name)
                } else {
                    _ = try LinkedInConnections.read(bytes, file: name)
                }
            } catch let failure as ImportFailure {
                #expect(!failure.message.isEmpty)
            }
        }
    }

    @Test("a damaged zip is refused with what is wrong")
    func zipDamage() throws {
        var bytes = try ImportFixtures.bytes("Basic_LinkedInDataExport_11-20-2026.zip")
        let data = bytes.firstIndex(of: UInt8(ascii: "C"))! + "Connections.csv".utf8.count + 10
        bytes[data] ^= 0xFF
        let error = #expect(throws: ImportFailure.self) { try LinkedInConnections.read(bytes, file: "export.zip") }
        #expect(error?.message.hasPrefix("the zip archive is damaged: the entry Connections.csv") == true)
        let cut = try ImportFixtures.bytes("Basic_LinkedInDataExport_11-20-2026.zip").dropLast(30)
        let short = #expect(throws: ImportFailure.self) { try LinkedInConnections.read(Array(cut), file: "export.zip") }
        #expect(short?.message == "the zip archive is damaged: its central directory cannot be found")
    }
}
