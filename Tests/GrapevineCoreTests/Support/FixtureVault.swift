import Foundation

/// The vaults written by hand for the CLI tests (`Tests/GrapevineCLITests/Fixtures/NAME`), each
/// with the figures worked out in its `EXPECTED.md`, read for tests that need a whole vault.
enum FixtureVault {
    /// Every file of the fixture `name`, folder-relative path to text.
    static func files(_ name: String) throws -> [String: String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("GrapevineCLITests/Fixtures/" + name).path
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder), !isFolder.boolValue
            else { continue }
            files[path] = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
        }
        return files
    }
}
