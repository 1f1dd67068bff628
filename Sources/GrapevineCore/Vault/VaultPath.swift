/// Vault-relative paths: `/`-separated, no leading `./`, no `..` above the vault.
enum VaultPath {
    /// The vault-relative path a relative Markdown link points to, or `nil` when the link
    /// is a web address, an anchor, not a `.md` file, or leaves the vault.
    static func resolve(link url: String, from notePath: String) -> String? {
        var destination = Substring(url)
        if let cut = destination.utf8.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) {
            destination = destination[..<cut]
        }
        guard !destination.isEmpty, !hasScheme(destination) else { return nil }
        let decoded = percentDecoded(String(destination))
        guard VaultWalker.isMarkdown(decoded) else { return nil }
        if decoded.hasPrefix("/") { return normalize(String(decoded.dropFirst())) }
        return normalize(directory(of: notePath) + decoded)
    }

    /// `contacts/` for `contacts/maria.md`; empty for a file at the root.
    static func directory(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[...slash])
    }

    /// The file name without folders and without `.md`.
    ///
    /// On the path's bytes: every note's stem is taken several times as a vault is read, and
    /// searching the string from its end and dropping `.md` as characters cost 2,500
    /// instructions a path, 1.5% of `check`.
    static func stem(of path: String) -> String {
        let name = fileName(of: path)
        let count = name.utf8.count
        return String(Substring(name.utf8.prefix(count >= 3 && VaultWalker.isMarkdown(path) ? count - 3 : count)))
    }

    /// The file name without folders (`con.md` of `contacts/con.md`), found on the path's bytes.
    static func fileName(of path: String) -> Substring {
        let bytes = path.utf8.span
        var start = bytes.count
        while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
        return path[path.utf8.index(path.startIndex, offsetBy: start)...]
    }

    /// The date a file's name starts with (`2026-11-10 Jane Roe.md`, `Daily/2026-11-20.md`):
    /// a day its note is about, never read as a field's value.
    static func dateInFileName(of path: String) -> LocalDate? {
        let stem = stem(of: path)
        guard stem.utf8.count >= 10 else { return nil }
        return LocalDate(stem.prefix(10))
    }

    /// Collapses `.` and `..`; `nil` when the path climbs out of the vault.
    static func normalize(_ path: String) -> String? {
        // Most references are names, or paths without `.`, `..` or `//`: nothing to collapse.
        if segmentsAreNames(path) { return path }
        // The segments kept, as ranges of the path's bytes: every relative link in a note
        // (`../contacts/ana.md`) comes here, and substrings joined cost 9,000 instructions a link.
        let bytes = path.utf8.span
        let dot = UInt8(ascii: ".")
        var kept: [Range<Int>] = []
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "/") {
            defer { start = end + 1 }
            switch end - start {
            case 0: continue
            case 1 where bytes[start] == dot: continue
            case 2 where bytes[start] == dot && bytes[start + 1] == dot:
                guard !kept.isEmpty else { return nil }
                kept.removeLast()
            default: kept.append(start..<end)
            }
        }
        guard !kept.isEmpty else { return nil }
        var joined: [UInt8] = []
        joined.reserveCapacity(bytes.count)
        for segment in kept {
            if !joined.isEmpty { joined.append(UInt8(ascii: "/")) }
            joined.append(bytes.extracting(segment))
        }
        return String(decoding: joined, as: UTF8.self)
    }

    /// Whether no `/`-separated segment of `path` is empty, `.` or `..`.
    private static func segmentsAreNames(_ path: String) -> Bool {
        var (length, onlyDots) = (0, true)
        // On the bytes in place: every reference comes here, and the view's iterator cost more.
        let bytes = path.utf8.span
        for offset in bytes.indices {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "/") {
                if length == 0 || onlyDots && length <= 2 { return false }
                (length, onlyDots) = (0, true)
            } else {
                length += 1
                onlyDots = onlyDots && byte == UInt8(ascii: ".")
            }
        }
        return !(length == 0 || onlyDots && length <= 2)
    }

    /// `https:`, `mailto:`: letters, digits, `+`, `-` or `.` before the first `:`.
    private static func hasScheme(_ text: Substring) -> Bool {
        guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = text.utf8[..<colon]
        return !scheme.isEmpty
            && scheme.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            }
    }

    private static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension VaultPath {
    /// `contacts/sam-lee.md` → `contacts/sam-lee`.
    static func stripMarkdownExtension(_ path: String) -> String {
        path.lowercased().hasSuffix(".md") ? String(path.dropLast(3)) : path
    }
}
