import Foundation

/// The private folder `grapevine serve` builds the site in: a new folder in the system's
/// temporary folder, readable by its owner only, removed when the server stops. Never a
/// folder of the vault: the notes stay as they are.
public struct ServeFolder: Sendable {
    /// The folder, absolute.
    public let path: String

    /// Why the folder could not be made.
    public struct FolderError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Makes a new folder `grapevine-serve-NNNN` in `$TMPDIR` (else `/tmp`).
    public init(environment: [String: String]) throws(FolderError) {
        let base = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        for _ in 0..<100 {
            let path = base + "/grapevine-serve-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
            do {
                try FileManager.default.createDirectory(
                    atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
                self.path = path
                return
            } catch CocoaError.fileWriteFileExists {
                continue
            } catch {
                throw FolderError(description: "error: cannot make a folder for the site in \(base): \(error)")
            }
        }
        throw FolderError(description: "error: cannot make a folder for the site in \(base): every name tried is taken")
    }

    /// Removes the folder and everything in it (symlinks in it are removed, not followed).
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
