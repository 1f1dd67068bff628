/// A pattern from the config's `ignore:` list, matched against vault-relative paths.
///
/// `*` matches within one path segment, `?` one character, `**` any number of segments.
/// A pattern without `/` matches a file or folder name anywhere (`*.tmp.md`, `archive`);
/// a pattern with `/` is anchored at the vault root (`drafts/**`, `notes/old/*.md`).
/// Matching a folder skips everything inside it.
struct IgnorePattern: Sendable, Equatable {
    let segments: [Substring]
    let anchored: Bool
    /// Whether the first segment has no `*` or `?`, so that a path must start with it.
    private let startsLiterally: Bool

    init(_ pattern: String) {
        var text = Substring(pattern.trimmingWhitespace())
        while text.hasSuffix("/") { text = text.dropLast() }
        // Decided before `/**` and a leading `/` are dropped: `drafts/**` and `/drafts` are anchored.
        anchored = text.contains("/")
        if text.hasPrefix("/") { text = text.dropFirst() }
        if text.hasSuffix("/**") { text = text.dropLast(3) }
        segments = text.split(separator: "/", omittingEmptySubsequences: true)
        startsLiterally = segments.first.map { !$0.contains { $0 == "*" || $0 == "?" } } ?? false
    }

    /// Whether the walker should skip an entry whose folder it is already walking: only the
    /// whole path can newly match, since a match on a parent would have skipped the folder.
    func matches(entry path: String, name: String) -> Bool {
        guard let first = segments.first else { return false }
        if !anchored { return Self.matches(segment: first, Substring(name)) }
        if startsLiterally {
            let utf8 = path.utf8
            guard utf8.starts(with: first.utf8) else { return false }
            let rest = utf8.dropFirst(first.utf8.count)
            guard rest.isEmpty || rest.first == UInt8(ascii: "/") else { return false }
        }
        return Self.matches(segments[...], path.split(separator: "/")[...])
    }

    /// Whether a vault-relative path (a file or a folder) is ignored.
    func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard !segments.isEmpty, !parts.isEmpty else { return false }
        if !anchored { return parts.contains { Self.matches(segment: segments[0], $0) } }
        return (1...parts.count).contains { Self.matches(segments[...], parts[..<$0]) }
    }

    private static func matches(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            return (path.startIndex...path.endIndex).contains { matches(pattern.dropFirst(), path[$0...]) }
        }
        guard let segment = path.first, matches(segment: first, segment) else { return false }
        return matches(pattern.dropFirst(), path.dropFirst())
    }

    /// Glob match of one segment: `*` and `?`.
    static func matches(segment pattern: Substring, _ text: Substring) -> Bool {
        let pattern = Array(pattern), text = Array(text)
        var p = 0, t = 0, star = -1, mark = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                mark = t
                p += 1
            } else if star >= 0 {
                p = star + 1
                mark += 1
                t = mark
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
