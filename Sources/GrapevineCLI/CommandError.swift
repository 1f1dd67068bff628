/// Why a command stopped: what to print on standard error, and the exit status.
///
/// Commands throw it and `Grapevine.run` prints it, once. The first line reads as diagnostics
/// do (`error: …`, or `path:line: error: …` when it is about a place in a file); what to do
/// instead follows on lines of its own.
package struct CommandError: Error {
    /// The exit status: 1 for a failure, 2 for bad usage (what argument-parser's usage errors
    /// exit with here).
    package enum Status: Int32 {
        case failure = 1
        case usage = 2
    }

    /// The text for standard error; empty when the command has printed all it has to say.
    let message: String
    /// The exit status.
    package let status: Status

    /// An error said in `message`, followed by `hints`, one line each.
    package init(_ message: String, _ hints: [String] = [], status: Status = .failure) {
        self.message = ([message] + hints).joined(separator: "\n")
        self.status = status
    }

    /// A report on a vault with errors, printed in full: only the exit status is left to say.
    static let vaultHasErrors = CommandError("")
}
