import Foundation
import TestSupport

/// A fresh folder for one test, holding the given files (folder-relative path → text), removed
/// when released.
final class TestFolder {
    let root: String

    init(_ files: [String: String] = [:]) throws {
        root =
            Scratch.path("grapevine-tests").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try write(files)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Writes `files` (folder-relative path → text), creating folders.
    func write(_ files: [String: String]) throws {
        for (path, text) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}
