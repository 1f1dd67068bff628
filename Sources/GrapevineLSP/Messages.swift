import Foundation

/// An error answering a request (JSON-RPC's `ResponseError`).
struct ResponseError: Error, Sendable, Equatable {
    var code: Int
    var message: String

    static func parseError(_ message: String) -> ResponseError { ResponseError(code: -32700, message: message) }
    static func invalidRequest(_ message: String) -> ResponseError { ResponseError(code: -32600, message: message) }
    static func methodNotFound(_ method: String) -> ResponseError {
        ResponseError(code: -32601, message: "Grapevine's language server does not handle '\(method)'")
    }
    static func invalidParams(_ message: String) -> ResponseError { ResponseError(code: -32602, message: message) }
    static let serverNotInitialized = ResponseError(
        code: -32002, message: "the server has not been initialized yet: send 'initialize' first")
    /// A request that is well formed, but cannot be done: its message says why (LSP 3.17's `RequestFailed`).
    static func requestFailed(_ message: String) -> ResponseError { ResponseError(code: -32803, message: message) }
}

/// A message for the client, its JSON content ready to be framed.
public struct OutgoingMessage: Sendable, Equatable {
    /// The JSON text of the message.
    public var content: [UInt8]

    /// The message with its header, as written to the client.
    public var framed: [UInt8] {
        Array("Content-Length: \(content.count)\r\n\r\n".utf8) + content
    }

    /// The answer to request `id`: `result` as JSON (`null` for none).
    static func response(id: JSONValue, result: some Encodable) -> OutgoingMessage {
        let encoded = (try? encoder.encode(result)) ?? Data("null".utf8)
        return envelope(#""id":"# + json(id) + #","result":"# + String(decoding: encoded, as: UTF8.self))
    }

    /// The error answering request `id` (`null` when the request could not be read).
    static func error(id: JSONValue, _ error: ResponseError) -> OutgoingMessage {
        let body = ErrorBody(code: error.code, message: error.message)
        let encoded = (try? encoder.encode(body)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return envelope(#""id":"# + json(id) + #","error":"# + encoded)
    }

    /// A notification: `method` with `params`.
    static func notification(_ method: String, _ params: some Encodable) -> OutgoingMessage {
        let encoded = (try? encoder.encode(params)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
        return envelope(#""method":"# + json(.string(method)) + #","params":"# + encoded)
    }

    /// A request of the server's to the client.
    static func request(id: Int, _ method: String, _ params: some Encodable) -> OutgoingMessage {
        let encoded = (try? encoder.encode(params)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
        return envelope(
            #""id":"# + String(id) + #","method":"# + json(.string(method)) + #","params":"# + encoded)
    }

    private static func envelope(_ members: String) -> OutgoingMessage {
        OutgoingMessage(content: Array((#"{"jsonrpc":"2.0","# + members + "}").utf8))
    }

    private static func json(_ value: JSONValue) -> String {
        (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    private struct ErrorBody: Encodable {
        var code: Int
        var message: String
    }

    /// Keys sorted, so that what the server writes is the same from run to run.
    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
