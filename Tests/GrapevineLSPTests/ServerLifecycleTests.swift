import Foundation
import GrapevineCore
import Testing

@testable import GrapevineLSP
import TestSupport

/// A language server spoken to in-process, message by message.
struct InProcessClient {
    var server = LanguageServer(
        settings: .init(vault: nil, environment: [:], currentDirectory: "/", today: { LocalDate("2026-11-18")! }))

    /// Sends one message (as JSON text) and returns what came back, diagnostics included, as JSON values.
    mutating func send(_ json: String) -> [JSONValue] {
        (server.receive(Array(json.utf8)) + server.flush()).map {
            try! JSONDecoder().decode(JSONValue.self, from: Data($0.content))
        }
    }

    /// The error code of the only answer.
    mutating func errorCode(_ json: String) -> Int? {
        guard case .number(let code)? = send(json).first?["error"]?["code"] else { return nil }
        return Int(code)
    }
}

@Suite("the server's lifecycle and its answers to bad messages")
struct ServerLifecycleTests {
    static let initialize = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#

    @Test("before initialize, a request is refused and a notification ignored")
    func beforeInitialize() {
        var client = InProcessClient()
        #expect(client.errorCode(#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}"#) == -32002)
        #expect(client.send(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#).isEmpty)
        #expect(client.send(Self.initialize).first?["result"]?["capabilities"] != nil)
        #expect(client.errorCode(Self.initialize.replacing(#""id":1"#, with: #""id":2"#)) == -32600)
    }

    @Test(
        "bad messages get the JSON-RPC error that says what is wrong",
        arguments: [
            ("{not json", -32700), ("[1, 2]", -32600), (#"{"jsonrpc":"2.0","id":{"a":1},"method":"x"}"#, -32600),
            (#"{"jsonrpc":"2.0","id":3}"#, -32600), (#"{"jsonrpc":"2.0","id":3,"method":"no/such"}"#, -32601),
            (#"{"jsonrpc":"2.0","id":3,"method":"$/something"}"#, -32601),
            (#"{"jsonrpc":"2.0","id":3,"method":"initialize","params":{"capabilities":7}}"#, -32600),
        ])
    func badMessages(message: String, code: Int) {
        var client = InProcessClient()
        _ = client.send(Self.initialize)
        #expect(client.errorCode(message) == code)
    }

    @Test(
        "a today option that is not a date fails initialize with the CLI's words; a date is taken",
        arguments: ["2026-13-45", "tomorrow", "2026-02-30", "11/18/2026", ""])
    func badToday(today: String) throws {
        var client = InProcessClient()
        let answer = client.send(
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{},"initializationOptions":{"today":"\#(today)"}}}"#
        )
        #expect(answer.first?["error"]?["code"] == .number(-32602))
        let message = try #require(answer.first?["error"]?["message"]?.string)
        #expect(message.hasPrefix("initializationOptions.today: '\(today)' is not a date"), "\(message)")
        // Still not initialized: the client may try again with a good one.
        let good = client.send(
            Self.initialize.replacing(
                #""capabilities":{}"#, with: #""capabilities":{},"initializationOptions":{"today":"2026-11-18"}"#))
        #expect(good.first?["result"]?["capabilities"] != nil)
    }

    @Test("without a root folder, the vault the first note leads to is named in the log")
    func vaultOfFirstNote() throws {
        let root = Scratch.path("grapevine-lsp")
            .path
        try FileManager.default.createDirectory(atPath: root + "/contacts", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data("---\nname: Bob Smith\n---\n".utf8).write(to: URL(fileURLWithPath: root + "/contacts/bob.md"))
        var client = InProcessClient()
        _ = client.send(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":null,"capabilities":{}}}"#)
        #expect(client.send(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#).isEmpty)
        let uri = FileURI.uri(ofPath: root + "/contacts/bob.md")
        let opened = client.send(
            #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"markdown","version":1,"text":"---\nname: Bob Smith\n---\n"}}}"#
        )
        #expect(opened.first?["method"]?.string == "window/logMessage")
        #expect(opened.first?["params"]?["message"]?.string == "Grapevine: the vault at \(root)")
    }

    @Test("parameters of the wrong shape: InvalidParams for a request, a log line for a notification")
    func badParams() {
        var client = InProcessClient()
        _ = client.send(Self.initialize)
        let log = client.send(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":5}}"#)
        #expect(log.first?["method"]?.string == "window/logMessage")
        #expect(client.send(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":1}}"#).isEmpty)
    }

    @Test("shutdown, then exit: status 0; exit without shutdown: status 1")
    func exit() {
        var client = InProcessClient()
        _ = client.send(Self.initialize)
        #expect(client.send(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#).first?["result"] == .null)
        #expect(client.errorCode(#"{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{}}"#) == -32600)
        _ = client.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(client.server.phase == .exited(0))
        var other = InProcessClient()
        _ = other.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(other.server.phase == .exited(1))
    }

    @Test("the position encoding is the client's first choice among those the server counts in")
    func encoding() {
        var client = InProcessClient()
        let answer = client.send(
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{"general":{"positionEncodings":["utf-7","utf-8","utf-16"]}}}}"#
        )
        #expect(answer.first?["result"]?["capabilities"]?["positionEncoding"]?.string == "utf-8")
    }
}
