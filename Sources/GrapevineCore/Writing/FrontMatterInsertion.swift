/// A missing front matter field inserted as one line before the closing `---` (SPEC §2):
/// `thank_you: 2026-11-18` in an interview whose person has no note to log it in.
public struct FrontMatterInsertion: Sendable, Equatable {
    /// The note, vault-relative.
    public var path: String
    /// The field's key, which the front matter must not have yet.
    public var key: String
    /// The value, as written.
    public var value: String

    /// Why the field was not inserted.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case noFrontMatter(path: String)
        case alreadySet(path: String, key: String)
        case write(FileWriter.WriteError)

        /// `path: error: message`, as diagnostics are printed.
        public var description: String {
            switch self {
            case .noFrontMatter(let path):
                return
                    "\(path): error: cannot find the note's front matter (between two '---' lines); nothing was written"
            case .alreadySet(let path, let key):
                return
                    "\(path): error: '\(key)' is already in the front matter; change it by hand. Nothing was written."
            case .write(let error):
                return "\(error.path): error: " + NewLogEntry.Failure.write(error).message
            }
        }
    }

    /// Inserts the line in the note in the vault at `root`; returns its line number and text.
    public func write(inVault root: String) throws(Failure) -> (line: Int, text: String) {
        do {
            return try FileWriter.update(root + "/" + path) {
                (original) throws(Failure) -> (contents: [UInt8], result: (line: Int, text: String)) in
                try inserted(into: original)
            }
        } catch {
            switch error {
            case .refused(let failure): throw failure
            case .write(let failure): throw .write(failure.relative(to: root))
            }
        }
    }

    /// The bytes with `key: value` inserted as the front matter's last line.
    func inserted(into original: [UInt8]) throws(Failure) -> (contents: [UInt8], result: (line: Int, text: String)) {
        // Lines as byte ranges, each with its line break; the break's `\r` and a BOM aside.
        var starts = [0]
        for (offset, byte) in original.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        func text(_ number: Int) -> String {
            guard number + 1 < starts.count else { return "" }
            var line = original[starts[number]..<starts[number + 1] - 1]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if number == 0, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            return String(decoding: line, as: UTF8.self).trimmingWhitespace()
        }
        let count = starts.count - 1
        guard count > 1, text(0) == "---", let close = (1..<count).first(where: { ["---", "..."].contains(text($0)) })
        else { throw .noFrontMatter(path: path) }
        guard !(1..<close).contains(where: { text($0).hasPrefix(key + ":") }) else {
            throw .alreadySet(path: path, key: key)
        }
        let crlf = starts[1] >= 2 && original[starts[1] - 2] == UInt8(ascii: "\r")
        let line = "\(key): \(value)"
        let offset = starts[close]
        let contents =
            Array(original[..<offset]) + Array((line + (crlf ? "\r\n" : "\n")).utf8) + Array(original[offset...])
        return (contents, (close + 1, line))
    }
}
