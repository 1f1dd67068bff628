/// A missing front matter field inserted as one line before the closing `---` (SPEC §2):
/// `thank_you: 2026-11-18` in an interview whose person has no note to log it in. A field a
/// template left blank (`title:` with nothing after it) is missing too, and gets its value on
/// its own line; a field with any value is never touched.
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

    /// The bytes with `key: value` inserted as the front matter's last line, or written on the
    /// key's own line when the key is there with no value (`key:`, `key: ~`, `key: null`,
    /// `key: ""`, `key: []`, as templates leave fields to fill in).
    func inserted(into original: [UInt8]) throws(Failure) -> (contents: [UInt8], result: (line: Int, text: String)) {
        let lines = FrontMatterLines(original)
        guard let close = lines.closingLine else { throw .noFrontMatter(path: path) }
        let line = "\(key): \(value)"
        let keyed = (1..<close).filter { lines.text($0).hasPrefix(key + ":") }
        if keyed.isEmpty {
            let offset = lines.starts[close]
            let contents =
                Array(original[..<offset]) + Array((line + lines.lineBreak).utf8) + Array(original[offset...])
            return (contents, (close + 1, line))
        }
        guard keyed.count == 1, let blank = keyed.first, lines.isBlankValue(of: key, at: blank, before: close)
        else { throw .alreadySet(path: path, key: key) }
        let contents =
            Array(original[..<lines.starts[blank]]) + Array(line.utf8) + Array(original[lines.contentEnd(blank)...])
        return (contents, (blank + 1, line))
    }
}
