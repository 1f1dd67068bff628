import Foundation

/// A file's text as it is on disk, for a document the editor closed.
enum DiskFile {
    /// The file's text (invalid UTF-8 repaired, as the vault reads it); `nil` when there is no
    /// readable file.
    static func text(atPath path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
