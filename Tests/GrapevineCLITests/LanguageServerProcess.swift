import Foundation
import Synchronization

/// The built `grapevine lsp`, run as an editor runs it: framed JSON-RPC over its standard
/// input and output, read on a thread of its own so that a test waits for what it expects
/// with a timeout instead of blocking forever.
final class LanguageServerProcess: Sendable {
    private let process: Process
    private let input: FileHandle
    private let inbox = Inbox()
    private let nextID = Mutex(100)

    init(arguments: [String] = [], in folder: String) throws {
        process = Process()
        process.executableURL = ExecutableTests.binary
        process.arguments = ["lsp"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "GRAPEVINE_VAULT" }
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        input = stdin.fileHandleForWriting
        let output = stdout.fileHandleForReading
        Thread.detachNewThread { [inbox] in
            var buffer = Data()
            while case let chunk = output.availableData, !chunk.isEmpty {
                buffer += chunk
                while let (message, rest) = Self.frame(buffer) {
                    inbox.messages.withLock { $0.append(message) }
                    buffer = rest
                }
            }
        }
    }

    /// The messages read and not yet taken.
    private final class Inbox: Sendable {
        let messages = Mutex<[Data]>([])
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// The first message in `data` and the bytes after it, once it is whole.
    private static func frame(_ data: Data) -> (Data, Data)? {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let header = String(decoding: data[data.startIndex..<end.lowerBound], as: UTF8.self)
        guard let line = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
            let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
        else { return nil }
        guard data.count - (end.upperBound - data.startIndex) >= length else { return nil }
        let body = data[end.upperBound..<end.upperBound + length]
        return (Data(body), Data(data[(end.upperBound + length)...]))
    }

    // MARK: Sending

    /// Writes bytes as they are: for garbage and split messages.
    func write(_ bytes: [UInt8]) {
        input.write(Data(bytes))
    }

    /// Writes one message, framed.
    func send(_ message: [String: Any]) {
        var object = message
        object["jsonrpc"] = "2.0"
        let body = try! JSONSerialization.data(withJSONObject: object)
        write(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + Array(body))
    }

    func notify(_ method: String, _ params: [String: Any]) {
        send(["method": method, "params": params])
    }

    /// Sends a request and waits for its answer: the `result`, or the whole answer with `error`.
    func request(_ method: String, _ params: [String: Any], timeout: Duration = .seconds(60)) throws -> Any? {
        let id = nextID.withLock { id in
            id += 1
            return id
        }
        send(["id": id, "method": method, "params": params])
        let answer = try wait(timeout: timeout) { ($0["id"] as? Int) == id }
        return answer["error"] != nil ? answer : answer["result"]
    }

    // MARK: Receiving

    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    /// Waits for the first message received that `matches` and takes it out of the queue.
    func wait(
        timeout: Duration = .seconds(60), line: Int = #line, _ matches: ([String: Any]) -> Bool
    ) throws -> [String: Any] {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let found: [String: Any]? = inbox.messages.withLock { messages in
                for (index, data) in messages.enumerated() {
                    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], matches(object)
                    else { continue }
                    messages.remove(at: index)
                    return object
                }
                return nil
            }
            if let found { return found }
            Thread.sleep(forTimeInterval: 0.01)
        }
        throw Timeout(description: "no message came that line \(line) waited for; received: \(receivedText)")
    }

    /// The diagnostics published for `uri` next (with `version`, when given).
    func diagnostics(_ uri: String, version: Int? = nil, line: Int = #line) throws -> [[String: Any]] {
        let message = try wait(line: line) { message in
            guard message["method"] as? String == "textDocument/publishDiagnostics",
                let params = message["params"] as? [String: Any], params["uri"] as? String == uri
            else { return false }
            return version == nil || params["version"] as? Int == version
        }
        return (message["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []
    }

    /// Every message received and not yet taken, as text, for failure messages.
    var receivedText: String {
        inbox.messages.withLock { $0.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n") }
    }

    /// Waits for the process to end; its status.
    func waitForExit(timeout: Duration = .seconds(60)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else { throw Timeout(description: "the server did not exit") }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return process.terminationStatus
    }

    /// Ends the input, as an editor that quits does.
    func closeInput() {
        try? input.close()
    }
}
