import Foundation
import GrapevineCore
import Synchronization

/// Where a command writes, and what it knows of its surroundings (terminal, environment, folder).
public final class Console: Sendable {
    /// Whether standard output is a terminal.
    public let isTerminal: Bool
    /// Whether standard error is a terminal.
    public let errorIsTerminal: Bool
    /// The environment variables.
    public let environment: [String: String]
    /// The current folder.
    public let currentDirectory: String
    private let writeOut: @Sendable ([UInt8]) -> Void
    private let writeErr: @Sendable ([UInt8]) -> Void
    private let keepsUntilExit: Bool
    private let kept = Mutex<[any Sendable]>([])

    /// Creates a console that sends output, as UTF-8, to the given functions.
    public init(
        isTerminal: Bool, errorIsTerminal: Bool? = nil, environment: [String: String], currentDirectory: String,
        out: @escaping @Sendable ([UInt8]) -> Void, err: @escaping @Sendable ([UInt8]) -> Void,
        keepsUntilExit: Bool = false
    ) {
        self.keepsUntilExit = keepsUntilExit
        self.isTerminal = isTerminal
        self.errorIsTerminal = errorIsTerminal ?? isTerminal
        self.environment = environment
        self.currentDirectory = currentDirectory
        writeOut = out
        writeErr = err
    }

    /// The process's standard output and error.
    public static let standard = Console(
        isTerminal: isatty(STDOUT_FILENO) == 1, errorIsTerminal: isatty(STDERR_FILENO) == 1,
        environment: ProcessInfo.processInfo.environment,
        currentDirectory: VaultLocator.currentDirectory,
        out: { write($0, to: .standardOutput) }, err: { write($0, to: .standardError) }, keepsUntilExit: true)

    /// Keeps `value` alive until the process exits, when the console is the process's own.
    ///
    /// Freeing a vault of 16,000 notes takes longer than the process has left to live;
    /// the operating system reclaims it all at exit anyway.
    public func keepUntilExit(_ value: some Sendable) {
        guard keepsUntilExit else { return }
        kept.withLock { $0.append(value) }
    }

    /// Writes a line to standard output; on a terminal, control characters from the vault
    /// are shown instead of obeyed (`TerminalText`). A pipe or a file gets the bytes as they
    /// are, with `TextStyle`'s colours unsealed.
    public func write(_ text: String) {
        writeOut(Array(Console.endingLine(isTerminal ? TerminalText.safe(text) : TerminalText.unsealed(text)).utf8))
    }

    /// Writes UTF-8 as `write` writes text, piece after piece: the long output of `next` is
    /// made as bytes, and going through a `String` on its way to a pipe would check all of it
    /// for nothing.
    public func write(utf8 pieces: [[UInt8]]) {
        guard !isTerminal else { return write(String(decoding: pieces.joined(), as: UTF8.self)) }
        for piece in pieces where !piece.isEmpty { writeOut(TerminalText.unsealed(piece)) }
        if pieces.last(where: { !$0.isEmpty })?.last != UInt8(ascii: "\n") { writeOut([UInt8(ascii: "\n")]) }
    }

    /// Writes a line to standard error, as `write` does on standard output.
    public func writeError(_ text: String) {
        let shown = errorIsTerminal ? TerminalText.safe(text) : TerminalText.unsealed(text)
        writeErr(Array(Console.endingLine(shown).utf8))
    }

    /// Draws a one-line progress indicator in place on standard error (a carriage return, the
    /// line, and an erase to the end of the line), or clears it when `line` is `nil`. Only on a
    /// terminal: a pipe or a file gets nothing.
    public func showProgress(_ line: String?) {
        guard errorIsTerminal else { return }
        writeErr(Array(("\r" + (line ?? "") + "\u{1B}[K").utf8))
    }

    /// `text` with a line feed at the end unless it ends with one (alone or in a CRLF, which
    /// `hasSuffix("\n")` does not see, since "\r\n" is one Character).
    private static func endingLine(_ text: String) -> String {
        text.utf8.last == UInt8(ascii: "\n") ? text : text + "\n"
    }

    /// Writes `text` whole; a closed pipe (`grapevine next | head`) ends the writing quietly.
    private static func write(_ bytes: [UInt8], to file: FileHandle) {
        try? file.write(contentsOf: bytes)
    }
}

/// A console that keeps what commands print, for tests.
public final class CapturingConsole: Sendable {
    private let captured = Mutex((output: "", errors: ""))

    /// Everything written to standard output.
    public var output: String { captured.withLock { $0.output } }
    /// Everything written to standard error.
    public var errors: String { captured.withLock { $0.errors } }

    /// Creates an empty capture.
    public init() {}

    /// A console writing into this capture.
    public func console(
        isTerminal: Bool = false, environment: [String: String] = [:], currentDirectory: String = "/"
    ) -> Console {
        Console(
            isTerminal: isTerminal, environment: environment, currentDirectory: currentDirectory,
            out: { bytes in self.captured.withLock { $0.output += String(decoding: bytes, as: UTF8.self) } },
            err: { bytes in self.captured.withLock { $0.errors += String(decoding: bytes, as: UTF8.self) } })
    }
}
