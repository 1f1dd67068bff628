import GrapevineCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a language server on the process's standard input and output.
public enum StandardStreams {
    /// Reads messages from `input` and writes the server's answers to `output` until `exit`
    /// or the end of the input; returns the status the process should exit with.
    ///
    /// Problems are published once everything read so far is handled, so a burst of edits
    /// is checked and published once.
    public static func run(_ server: inout LanguageServer, input: Int32 = 0, output: Int32 = 1) -> Int32 {
        // A client that has gone away makes writes fail, which ends the loop: no SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        var reader = MessageReader()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = FileSystem.readSome(input, into: &buffer)
            guard count > 0 else { break }
            for event in reader.read(buffer[..<count]) {
                let replies: [OutgoingMessage]
                switch event {
                case .message(let content): replies = server.receive(content)
                case .badHeader(let reason): replies = server.badHeader(reason)
                }
                guard send(replies, to: output) else { return 1 }
                if case .exited(let status) = server.phase { return status }
            }
            guard send(server.flush(), to: output) else { return 1 }
        }
        server.inputEnded()
        if case .exited(let status) = server.phase { return status }
        return 1
    }

    /// Writes the messages whole; `false` when the output is gone.
    private static func send(_ messages: [OutgoingMessage], to output: Int32) -> Bool {
        messages.allSatisfy { FileSystem.writeAll($0.framed.span, to: output) == nil }
    }
}
