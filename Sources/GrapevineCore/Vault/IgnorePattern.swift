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

    /// Why `pattern` cannot be read as it is meant, and how to write it; `nil` when it can. The
    /// patterns have `*`, `?` and `**` only: `[abc]`, `{a,b}`, `!` (un-ignore) and `\` (an escape,
    /// or a Windows folder) of other glob dialects would match a name with those very
    /// characters, that is nothing, without a word.
    static func problem(in pattern: String) -> (problem: String, hint: String)? {
        if IgnorePattern(pattern).segments.isEmpty {
            return ("it names no file or folder", "write a folder or file pattern, such as 'drafts/**', or remove it")
        }
        if pattern.hasPrefix("!") {
            return (
                "'!' cannot bring back what another pattern leaves out",
                "remove it, and make the pattern it undoes narrower"
            )
        }
        if pattern.contains(where: { "[]{}".contains($0) }) {
            return (
                "Grapevine's patterns have no '[…]' or '{…}', only '*' (any characters in a name), '?' (one "
                    + "character) and '**' (any folders)",
                "write '?' in place of a bracket, or one pattern for each name"
            )
        }
        if pattern.contains("\\") {
            return ("Grapevine's patterns have no '\\': folders are separated by '/'", "write '/' between folders")
        }
        return nil
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
        let parts = path.split(separator: "/")
        return Self.matchedPrefixes(segments, parts)[parts.count]
    }

    /// Whether a vault-relative path (a file or a folder) is ignored.
    func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard !segments.isEmpty, !parts.isEmpty else { return false }
        if !anchored { return parts.contains { Self.matches(segment: segments[0], $0) } }
        // The path or one of its folders.
        return Self.matchedPrefixes(segments, parts).dropFirst().contains(true)
    }

    /// For each `n` from 0 to `path.count`, whether `pattern` matches the first `n` segments
    /// of `path`: one pass over the pattern, each segment against each place in the path.
    /// (Trying every way a `**` could match, one after the other, took exponential time on a
    /// pattern of many `**`.)
    private static func matchedPrefixes(_ pattern: [Substring], _ path: [Substring]) -> [Bool] {
        var reachable = Array(repeating: false, count: path.count + 1)
        reachable[0] = true
        for segment in pattern {
            var next = Array(repeating: false, count: path.count + 1)
            if segment == "**" {
                var any = false
                for end in reachable.indices {
                    any = any || reachable[end]
                    next[end] = any
                }
            } else {
                for end in path.indices where reachable[end] && matches(segment: segment, path[end]) {
                    next[end + 1] = true
                }
            }
            reachable = next
        }
        return reachable
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
