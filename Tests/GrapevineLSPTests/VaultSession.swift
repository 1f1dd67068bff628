import Foundation

@testable import GrapevineLSP

/// A vault in a fresh folder, and a server initialized on it, spoken to in-process.
final class VaultSession {
    let root: String
    var client = InProcessClient()

    /// With `today`, the server counts from that day (`initializationOptions.today`, as
    /// `--today`); without, from the client's day.
    init(_ files: [String: String], today: String? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("grapevine-lsp-\(UUID().uuidString)").path
        try write(files)
        let options = today.map { #","initializationOptions":{"today":"\#($0)"}"# } ?? ""
        _ = client.send(
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"\#(uri(""))","capabilities":{"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":true},"workspaceEdit":{"documentChanges":true,"resourceOperations":["create","rename"]}}}\#(options)}}"#
        )
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    func write(_ files: [String: String]) throws {
        for (path, text) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func uri(_ path: String) -> String { FileURI.uri(ofPath: root + "/" + path) }

    func send(_ method: String, _ params: String, id: Int? = nil) -> [JSONValue] {
        let idPart = id.map { #""id":\#($0),"# } ?? ""
        return client.send(#"{"jsonrpc":"2.0",\#(idPart)"method":"\#(method)","params":\#(params)}"#)
    }

    /// The URIs the messages publish diagnostics for, with how many each.
    static func published(_ messages: [JSONValue]) -> [String: Int] {
        var found: [String: Int] = [:]
        for message in messages where message["method"]?.string == "textDocument/publishDiagnostics" {
            if case .array(let list)? = message["params"]?["diagnostics"], let uri = message["params"]?["uri"]?.string {
                found[uri] = list.count
            }
        }
        return found
    }
}
