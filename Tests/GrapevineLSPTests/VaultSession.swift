import Foundation
import TestSupport

@testable import GrapevineLSP

/// A vault in a fresh folder, and a server initialized on it, spoken to in-process.
final class VaultSession {
    let root: String
    var client = InProcessClient()

    /// What a client that watches files and can create and rename them says it can do.
    static let fullCapabilities =
        #"{"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":true},"workspaceEdit":{"documentChanges":true,"resourceOperations":["create","rename"]}}}"#

    /// With `today`, the server counts from that day (`initializationOptions.today`, as
    /// `--today`); without, from the client's day. `capabilities` is what the client says it
    /// can do (JSON).
    init(_ files: [String: String], today: String? = nil, capabilities: String = fullCapabilities) throws {
        root = Scratch.path("grapevine-lsp").path
        try write(files)
        let options = today.map { #","initializationOptions":{"today":"\#($0)"}"# } ?? ""
        _ = client.send(
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"\#(uri(""))","capabilities":\#(capabilities)\#(options)}}"#
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

    /// The text of a file of the vault on disk; `nil` when there is none.
    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: root + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Opens the note at `path` in the editor, with its text on disk; the server's messages
    /// (the diagnostics it publishes).
    @discardableResult
    func open(_ path: String) -> [JSONValue] {
        let text = String(decoding: (try? JSONEncoder().encode(read(path) ?? "")) ?? Data(), as: UTF8.self)
        return send(
            "textDocument/didOpen",
            #"{"textDocument":{"uri":"\#(uri(path))","languageId":"markdown","version":1,"text":\#(text)}}"#)
    }

    /// The request's result (the server's messages may come with it).
    func result(_ method: String, _ params: String) -> JSONValue? {
        send(method, params, id: 99).first { $0["id"] == .number(99) }?["result"]
    }

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
