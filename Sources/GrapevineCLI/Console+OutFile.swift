import GrapevineCore

extension Console {
    /// Whether `--out` names standard output: `-`, as most command-line tools read it (a file
    /// named `-` is written `./-`).
    static func isStandardOutput(_ out: String?) -> Bool {
        out == "-"
    }

    /// Writes `text` to standard output, or, for `--out FILE`, to that new file (an existing one
    /// is never replaced) and then "Wrote `what` to FILE." `--out -` is standard output.
    func write(_ text: String, toNewFile out: String?, wrote what: String) throws(CommandError) {
        guard let out, !Self.isStandardOutput(out) else { return write(text) }
        let path = VaultLocator.absolute(out, from: currentDirectory)
        do throws(FileWriter.WriteError) {
            try FileWriter.create(path, contents: text)
        } catch {
            throw CommandError("error: \(error.description). Choose another name, or delete it first.")
        }
        write("Wrote \(what) to \(out).")
    }

    /// Writes `text` to standard output, or, for `--out FILE`, to that file: a new one, or one
    /// that `isOwn` recognises as written by `command` before, or an empty one, which is
    /// replaced in one step (a temporary file renamed over it, and only if it still holds what
    /// was read). Any other existing file is refused. Then "Wrote `what` to FILE." `--out -` is
    /// standard output.
    func write(
        _ text: String, toFile out: String?, replacing isOwn: ([UInt8]) -> Bool, command: String, wrote what: String
    ) throws(CommandError) {
        guard let out, !Self.isStandardOutput(out) else {
            // An empty export (no contacts) prints nothing, not an empty line.
            if !text.isEmpty { write(text) }
            return
        }
        let path = VaultLocator.absolute(out, from: currentDirectory)
        do throws(FileWriter.WriteError) {
            try FileWriter.create(path, contents: text)
        } catch {
            guard error.kind == .exists else {
                throw CommandError("error: \(error.description). Choose another name, or delete it first.")
            }
            try replace(path, named: out, with: text, isOwn: isOwn, command: command)
        }
        write("Wrote \(what) to \(out).")
    }

    /// Replaces the file at `path` with `text` if `isOwn` says `command` wrote it, or if it is
    /// empty: nothing is lost, and an export with nothing to export (a vault without contacts)
    /// writes an empty file, which the next run must be able to replace.
    private func replace(
        _ path: String, named out: String, with text: String, isOwn: ([UInt8]) -> Bool, command: String
    ) throws(CommandError) {
        struct NotOwn: Error {}
        do {
            try FileWriter.update(path) { (bytes) throws(NotOwn) -> (contents: [UInt8], result: Void) in
                guard bytes.isEmpty || isOwn(bytes) else { throw NotOwn() }
                return (Array(text.utf8), ())
            }
        } catch {
            switch error {
            case .refused:
                throw CommandError(
                    "error: cannot write \(out): the file already exists, and '\(command)' did not write it. "
                        + "Choose another name, or delete it first.")
            case .write(let failure):
                throw CommandError("error: \(failure.description). Nothing was written.")
            }
        }
    }
}
