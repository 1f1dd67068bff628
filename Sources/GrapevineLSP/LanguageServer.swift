import Foundation
import GrapevineCore

/// Grapevine's language server: reads the client's messages one at a time and answers with
/// the messages to send back (LSP 3.17). It keeps the documents the editor has open and a
/// `LiveVault` of the vault they belong to, fed their unsaved text.
///
/// It reads and writes nothing itself but the vault's files: `StandardStreams` carries the
/// bytes, so tests can speak to it in-process.
public struct LanguageServer: Sendable {
    /// Where the server looks for the vault, and which day it is.
    public struct Settings: Sendable {
        /// `--vault`, if given.
        public var vault: String?
        /// The environment (`$GRAPEVINE_VAULT`).
        public var environment: [String: String]
        /// The folder the server runs in.
        public var currentDirectory: String
        /// Today's date, asked each time it is needed: a server runs past midnight.
        public var today: @Sendable () -> LocalDate
        /// Grapevine's version, for `initialize`'s `serverInfo`.
        public var version: String

        public init(
            vault: String?, environment: [String: String], currentDirectory: String,
            today: @escaping @Sendable () -> LocalDate, version: String = ""
        ) {
            self.vault = vault
            self.environment = environment
            self.currentDirectory = currentDirectory
            self.today = today
            self.version = version
        }
    }

    /// Where the conversation is.
    public enum Phase: Sendable, Equatable {
        /// Waiting for `initialize`.
        case starting
        case running
        /// `shutdown` answered: only `exit` is left.
        case shuttingDown
        /// `exit` received: the process should end with this status (0 after `shutdown`).
        case exited(Int32)
    }

    public internal(set) var phase = Phase.starting
    let settings: Settings
    var encoding = LSP.PositionEncoding.utf16
    var client = ClientSupport()
    /// `check --strict` (from `initializationOptions`).
    var strict = false
    /// `--today` (from `initializationOptions`).
    var fixedToday: LocalDate?
    /// The folders the client opened (absolute paths).
    var workspaceFolders: [String] = []
    /// The vault, once found.
    var vault: LiveVault?
    /// Why no vault was found, said once.
    var vaultProblem: String?
    /// The open documents, by URI.
    var documents: [String: OpenDocument] = [:]
    /// The URIs that have diagnostics shown, to clear them when they go.
    var published: Set<String> = []
    /// The files whose problems are to be published at the next `flush()`.
    var pending: Set<String> = []
    var nextRequestID = 1

    /// What the client can take.
    struct ClientSupport: Sendable {
        var documentChanges = false
        var resourceOperations: Set<String> = []
        var watchesFiles = false
        var preparesRename = false

        /// Whether a workspace edit may hold the file operation `operation` (`create`, `rename`).
        func allows(_ operation: String) -> Bool { documentChanges && resourceOperations.contains(operation) }
    }

    /// A server that has read nothing yet.
    public init(settings: Settings) {
        self.settings = settings
    }

    /// Today, as the client or the system says.
    var today: LocalDate { fixedToday ?? settings.today() }

    // MARK: Receiving

    /// Reads one message's content and returns what to send back.
    public mutating func receive(_ content: [UInt8]) -> [OutgoingMessage] {
        guard let json = try? JSONDecoder().decode(JSONValue.self, from: Data(content)) else {
            return [.error(id: .null, .parseError("the message is not JSON"))]
        }
        guard case .object = json else {
            return [.error(id: .null, .invalidRequest("a message must be a JSON object"))]
        }
        let id = json["id"]
        if let id, !Self.isValidID(id) {
            return [.error(id: .null, .invalidRequest("a request's id must be a number or a string"))]
        }
        guard let method = json["method"]?.string else {
            // An answer to a request of the server's (a registration) needs nothing more.
            if id != nil, json["result"] != nil || json["error"] != nil { return [] }
            return [.error(id: id ?? .null, .invalidRequest("a message needs a method"))]
        }
        let params = json["params"]
        guard let id else { return notification(method, params) }
        do {
            return try request(method, params, id: id)
        } catch {
            return [.error(id: id, error)]
        }
    }

    /// Answers a header the reader could not use.
    public func badHeader(_ reason: String) -> [OutgoingMessage] {
        [.error(id: .null, .parseError("bad message header: \(reason)"))]
    }

    /// The input ended: without `exit`, the process ends too (with 1 unless `shutdown` came).
    public mutating func inputEnded() {
        if case .exited = phase { return }
        phase = .exited(phase == .shuttingDown ? 0 : 1)
    }

    private static func isValidID(_ id: JSONValue) -> Bool {
        switch id {
        case .number, .string: return true
        default: return false
        }
    }

    // MARK: Requests

    private mutating func request(_ method: String, _ params: JSONValue?, id: JSONValue) throws(ResponseError)
        -> [OutgoingMessage]
    {
        switch phase {
        case .starting where method != "initialize":
            throw .serverNotInitialized
        case .shuttingDown, .exited:
            throw .invalidRequest("the server is shutting down")
        case .running where method == "initialize":
            throw .invalidRequest("the server is initialized already")
        default:
            break
        }
        switch method {
        case "initialize":
            return [.response(id: id, result: try initialize(decode(params)))]
        case "shutdown":
            phase = .shuttingDown
            return [.response(id: id, result: JSONValue.null)]
        default:
            if let answer = try answer(method, params, id: id) { return [answer] }
            throw .methodNotFound(method)
        }
    }

    /// The answer to a request about documents; `nil` for a method the server does not handle.
    private mutating func answer(_ method: String, _ params: JSONValue?, id: JSONValue) throws(ResponseError)
        -> OutgoingMessage?
    {
        switch method {
        case "textDocument/completion":
            return .response(id: id, result: completion(try decode(params)))
        case "textDocument/hover":
            return .response(id: id, result: hover(try decode(params)))
        case "textDocument/definition":
            return .response(id: id, result: definition(try decode(params)))
        case "textDocument/references":
            return .response(id: id, result: references(try decode(params)))
        case "textDocument/codeAction":
            return .response(id: id, result: codeActions(try decode(params)))
        case "textDocument/documentSymbol":
            return .response(id: id, result: documentSymbols(try decode(params)))
        case "workspace/symbol":
            return .response(id: id, result: workspaceSymbols(try decode(params)))
        case "textDocument/prepareRename":
            return .response(id: id, result: prepareRename(try decode(params)))
        case "textDocument/rename":
            return .response(id: id, result: try rename(decode(params)))
        default:
            return nil
        }
    }

    // MARK: Notifications

    private mutating func notification(_ method: String, _ params: JSONValue?) -> [OutgoingMessage] {
        if method == "exit" {
            phase = .exited(phase == .shuttingDown ? 0 : 1)
            return []
        }
        guard phase == .running else { return [] }
        do throws(ResponseError) {
            switch method {
            case "initialized": return initialized()
            case "textDocument/didOpen": return didOpen(try decode(params))
            case "textDocument/didChange": return didChange(try decode(params))
            case "textDocument/didClose": return didClose(try decode(params))
            case "textDocument/didSave": return didSave(try decode(params))
            case "workspace/didChangeWatchedFiles": return didChangeWatchedFiles(try decode(params))
            default: return []  // `$/cancelRequest`, `$/setTrace` and others need nothing.
            }
        } catch {
            // A notification gets no answer: say what was wrong in the client's log.
            return [log("Grapevine could not read '\(method)': \(error.message)", type: 1)]
        }
    }

    // MARK: Helpers

    /// The parameters read as `T`; an `InvalidParams` error saying what is wrong otherwise.
    func decode<T: Decodable>(_ params: JSONValue?) throws(ResponseError) -> T {
        do {
            return try (params ?? .object([:])).decode(T.self)
        } catch {
            throw .invalidParams("the parameters are not what the method takes: \(Self.describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _): return "'\(key.stringValue)' is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "'\(path)' is not right"
        default: return "\(error)"
        }
    }

    /// A message for the client's log (`type` 1 error, 2 warning, 3 info, 4 log).
    func log(_ message: String, type: Int = 3) -> OutgoingMessage {
        .notification("window/logMessage", LSP.MessageParams(type: type, message: message))
    }

    /// A message shown to the user.
    func show(_ message: String, type: Int = 2) -> OutgoingMessage {
        .notification("window/showMessage", LSP.MessageParams(type: type, message: message))
    }
}
