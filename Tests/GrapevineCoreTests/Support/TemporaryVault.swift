import Foundation
import Testing

@testable import GrapevineCore
import TestSupport

/// A vault written into a fresh temporary folder, loaded, and deleted again.
///
/// Every call makes its own folder, so tests can run in parallel.
enum TemporaryVault {
    /// Writes `files` (vault-relative path → text) and `bytes` (path → raw bytes, for files
    /// that are not valid UTF-8) into a new folder, loads it with `VaultLoader`, and removes the folder.
    static func load(_ files: [String: String], bytes: [String: [UInt8]] = [:]) throws -> Vault {
        let manager = FileManager.default
        let root = Scratch.path("grapevine-tests")
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: root) }
        let contents = files.mapValues { Array($0.utf8) }.merging(bytes) { _, raw in raw }
        for (path, data) in contents {
            let url = root.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(data).write(to: url)
        }
        return VaultLoader.load(root: root.path)
    }
}

extension Vault {
    /// The node a name resolves to; records an issue when it does not resolve to exactly one.
    func node(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Graph.NodeID {
        guard case .found(let node) = lookup(name) else {
            Issue.record("'\(name)' does not resolve: \(lookup(name))", sourceLocation: sourceLocation)
            throw LookupFailure(name: name)
        }
        return node
    }

    /// The node of the note at a vault-relative path.
    func node(atPath path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Graph.NodeID {
        let index = try #require(
            notes.firstIndex { $0.path == path }, "no note at \(path)", sourceLocation: sourceLocation)
        return Graph.node(ofNote: index)
    }

    /// The diagnostics with `code`.
    func diagnostics(_ code: DiagnosticCode) -> [Diagnostic] {
        diagnostics.filter { $0.code == code }
    }

    /// The diagnostics of one file.
    func diagnostics(inFile file: String) -> [Diagnostic] {
        diagnostics.filter { $0.file == file }
    }

    /// The names of nodes, for readable comparisons.
    func names(_ nodes: [Graph.NodeID]) -> [String] {
        nodes.map { graph.nodes[$0].name }
    }
}

struct LookupFailure: Error {
    var name: String
}

extension LocalDate {
    /// A date from text known to be valid, for brevity in tests.
    init(valid text: String) {
        self = LocalDate(text)!
    }
}

extension Diagnostic {
    /// `error contacts/sam.md:4:8`: severity and location in one comparable string.
    var located: String { "\(severity) \(file):\(line):\(column)" }
}

extension Array {
    /// The single element, or `nil` when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}
