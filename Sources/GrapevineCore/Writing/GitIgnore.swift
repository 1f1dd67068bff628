/// The vault's `.gitignore` and its line for the site folder (`/_site/`), which `init` writes
/// into a new file or adds to the user's own.
enum GitIgnore {
    /// The file, vault-relative.
    static let path = ".gitignore"

    /// The line that ignores the site folder `folder` (vault-relative): `/_site/`.
    static func line(for folder: String) -> String {
        "/\(folder)/"
    }

    /// Whether a line of `text` already ignores `folder` or a folder holding it, however written
    /// (`/_site/`, `_site`, `_site/**`, `**/_site`, `/_site/*`, with trailing spaces or `\r`), or
    /// says it must not be ignored (`!/_site/`): the user's word, which an added line would
    /// override.
    static func mentions(_ folder: String, in text: String) -> Bool {
        let parts = folder.split(separator: "/")
        let folders = Set(parts.indices.map { parts[...$0].joined(separator: "/") })
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).contains { line in
            pattern(line).map(folders.contains) ?? false
        }
    }

    /// `bytes` with `line` added as a line of its own: after a line break when they do not end
    /// with one, with `\r\n` when the file's lines end so.
    static func appending(_ line: String, to bytes: [UInt8]) -> [UInt8] {
        let usesCRLF = bytes.firstIndex(of: UInt8(ascii: "\n")).map { $0 > 0 && bytes[$0 - 1] == 0x0D } ?? false
        let newline: [UInt8] = usesCRLF ? [0x0D, 0x0A] : [0x0A]
        var result = bytes
        if let last = bytes.last, last != 0x0A { result += newline }
        return result + Array(line.utf8) + newline
    }

    /// Adds the line for `folder` to the `.gitignore` of the vault at `root`, unless a line
    /// already mentions it; returns whether it added it. The file is changed as notes are
    /// (`FileWriter.update`): atomically, and only if it still holds what was read.
    static func addSiteFolder(_ folder: String, inVault root: String) throws(FileWriter.WriteError) -> Bool {
        let line = line(for: folder)
        do {
            return try FileWriter.update(root + "/" + path, inVault: root) { (bytes: [UInt8]) throws(Never) in
                guard !mentions(folder, in: String(decoding: bytes, as: UTF8.self)) else { return (bytes, false) }
                return (appending(line, to: bytes), true)
            }
        } catch {
            switch error {
            case .write(let failure): throw failure
            case .refused(let never): switch never {}
            }
        }
    }

    // MARK: Private

    /// The folder a `.gitignore` line names, without what does not change which folder it is:
    /// `!`, a leading `/` or `**/`, a trailing `/`, `/*` or `/**`, trailing spaces; `nil` for a
    /// comment or a blank line.
    private static func pattern(_ line: Substring) -> String? {
        var pattern = line
        while let last = pattern.last, last == " " || last == "\r" || last == "\t" {
            // A trailing space escaped with `\` is part of the name.
            if last == " ", pattern.dropLast().last == "\\" { break }
            pattern = pattern.dropLast()
        }
        guard let first = pattern.first, first != "#" else { return nil }
        if first == "!" { pattern = pattern.dropFirst() }
        if pattern.hasPrefix("**/") { pattern = pattern.dropFirst(3) }
        if pattern.hasPrefix("/") { pattern = pattern.dropFirst() }
        for suffix in ["/**", "/*", "/"] where pattern.hasSuffix(suffix) {
            pattern = pattern.dropLast(suffix.count)
            break
        }
        return pattern.isEmpty ? nil : String(pattern)
    }
}
