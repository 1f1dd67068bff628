import Foundation
import Synchronization

/// The built `grapevine serve` on a copy of Vault-Example, run as a user runs it: what it
/// prints is read on a thread of its own, so that a test waits for what it expects with a
/// generous timeout instead of sleeping.
final class ServeProcess {
    /// The vault copy, and the folder `$TMPDIR` points at (where the server makes its own).
    let folder: TemporaryFolder
    let vault: String
    let temporary: String
    private let process: Process
    private let output = Output()

    /// What the process printed, filled by the reading thread.
    private final class Output: Sendable {
        let text = Mutex("")
    }

    /// Starts `grapevine serve` with `arguments` on a fresh copy of Vault-Example.
    init(_ arguments: [String] = ["--port", "0"]) throws {
        folder = try TemporaryFolder()
        vault = folder.path + "/vault"
        temporary = folder.path + "/tmp"
        try FileManager.default.copyItem(atPath: Repository.example, toPath: vault)
        try? FileManager.default.removeItem(atPath: vault + "/_site")
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        process = Process()
        process.executableURL = ExecutableTests.binary
        process.arguments = ["serve", "--vault", vault, "--today", "2026-11-18"] + arguments
        var environment = ProcessInfo.processInfo.environment.filter { $0.key != "GRAPEVINE_VAULT" }
        environment["TMPDIR"] = temporary
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let reader = pipe.fileHandleForReading
        Thread.detachNewThread { [output] in
            while case let chunk = reader.availableData, !chunk.isEmpty {
                output.text.withLock { $0 += String(decoding: chunk, as: UTF8.self) }
            }
        }
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// What it printed so far, standard output and error together.
    var printed: String { output.text.withLock { $0 } }

    /// Waits until `condition` holds, checking every 50 ms for at most `seconds`.
    static func wait(seconds: Double = 60, until condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return try condition()
    }

    /// The URL it serves at, once it says so; `nil` if it does not within a minute.
    func url() -> String? {
        _ = Self.wait(seconds: 120) { printed.contains("Serving ") || !process.isRunning }
        guard let range = printed.range(of: #"http://[0-9a-f.:\[\]]+/"#, options: .regularExpression) else {
            return nil
        }
        return String(printed[range])
    }

    /// Sends `signal` and waits for the process to end; its exit status, `nil` if it does not end.
    func stop(_ signal: Int32 = SIGINT) -> Int32? {
        kill(process.processIdentifier, signal)
        guard Self.wait(seconds: 60, until: { !process.isRunning }) else { return nil }
        return process.terminationStatus
    }

    /// Whether it is still running.
    var isRunning: Bool { process.isRunning }

    /// GETs `path` (sent as it is, not normalized) from `url`: the status and the body.
    /// With `host`, that is the request's `Host` header; `headers` (`Name: value`) are sent too.
    static func get(_ url: String, _ path: String, host: String? = nil, headers: [String] = []) throws -> (
        status: Int, body: String
    ) {
        let script = """
            import http.client, sys, urllib.parse
            u = urllib.parse.urlsplit(sys.argv[1])
            c = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
            c.putrequest("GET", sys.argv[2], skip_host=bool(sys.argv[3]))
            if sys.argv[3]:
                c.putheader("Host", sys.argv[3])
            for header in sys.argv[4:]:
                c.putheader(*header.split(": ", 1))
            c.endheaders()
            r = c.getresponse()
            sys.stdout.write(str(r.status) + "\\n" + r.read().decode("utf-8", "replace"))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, url, path, host ?? ""] + headers
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let status = Int(text.prefix { $0 != "\n" }) ?? 0
        return (status, String(text.drop { $0 != "\n" }.dropFirst()))
    }

    /// Sends `head` (its `{N}`, if any, replaced by N bytes `a`) raw to `url`, optionally in
    /// pieces `pause` seconds apart, and reads the answer until the server closes or 30 s pass:
    /// the first line of the answer (empty if none) and the whole answer.
    static func raw(_ url: String, _ head: String, pieces: Int = 1, pause: Double = 0) throws -> (
        statusLine: String, answer: String
    ) {
        let script = """
            import re, socket, sys, time, urllib.parse
            u = urllib.parse.urlsplit(sys.argv[1])
            data = re.sub(r"\\{(\\d+)\\}", lambda m: "a" * int(m.group(1)), sys.argv[2]).encode()
            pieces, pause = int(sys.argv[3]), float(sys.argv[4])
            s = socket.create_connection((u.hostname, u.port), timeout=30)
            size = -(-len(data) // pieces)
            try:
                for i in range(0, len(data), size):
                    s.sendall(data[i:i + size]); time.sleep(pause)
            except OSError:
                pass
            got = b""
            try:
                while True:
                    chunk = s.recv(65536)
                    if not chunk: break
                    got += chunk
            except OSError:
                pass
            sys.stdout.write(got.decode("utf-8", "replace"))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, url, head, String(pieces), String(pause)]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return (String(text.prefix { !$0.isNewline }), text)
    }
}
