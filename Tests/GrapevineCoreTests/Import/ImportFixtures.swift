import Foundation

/// The export files under `Tests/GrapevineCLITests/Fixtures/import/`, which the CLI tests
/// import whole and these tests read in parts.
enum ImportFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("GrapevineCLITests/Fixtures/import")

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }
}
