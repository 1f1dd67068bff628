import Testing

@testable import GrapevineCore

@Suite("Ignore patterns from the config")
struct IgnorePatternTests {
    @Test(arguments: [
        // `drafts/**`: the drafts folder at the vault root and everything in it.
        ("drafts/**", "drafts", true),
        ("drafts/**", "drafts/idea.md", true),
        ("drafts/**", "drafts/2026/idea.md", true),
        ("drafts/**", "drafts-old/idea.md", false),
        ("drafts/**", "my-drafts/idea.md", false),
        ("drafts/**", "notes/drafts/idea.md", false),  // anchored at the vault root
        // `*.tmp.md`: a file name anywhere.
        ("*.tmp.md", "a.tmp.md", true),
        ("*.tmp.md", "contacts/sam.tmp.md", true),
        ("*.tmp.md", "contacts/deep/x.tmp.md", true),
        ("*.tmp.md", "contacts/sam.md", false),
        ("*.tmp.md", "tmp.md", false),
        ("*.tmp.md", "a.tmp.md.bak", false),
        // `archive`: a file or folder named exactly that, anywhere.
        ("archive", "archive", true),
        ("archive", "archive/old.md", true),
        ("archive", "notes/archive/old.md", true),
        ("archive", "archives/old.md", false),
        ("archive", "notes/my-archive.md", false),
        ("archive", "archive.md", false),
        // `notes/old/*.md`: anchored, one level only.
        ("notes/old/*.md", "notes/old/a.md", true),
        ("notes/old/*.md", "notes/old/deeper/a.md", false),
        ("notes/old/*.md", "x/notes/old/a.md", false),
        ("notes/old/*.md", "notes/old", false),
        ("notes/old/*.md", "notes/older/a.md", false),
        ("notes/old/*.md", "notes/old/a.txt", false),
        // `**/scratch.md`: at any depth, the root included.
        ("**/scratch.md", "scratch.md", true),
        ("**/scratch.md", "a/scratch.md", true),
        ("**/scratch.md", "a/b/c/scratch.md", true),
        ("**/scratch.md", "a/scratch.md.bak", false),
        ("**/scratch.md", "a/my-scratch.md", false),
        // `**` in the middle.
        ("notes/**/tmp", "notes/tmp", true),
        ("notes/**/tmp", "notes/a/b/tmp/x.md", true),
        ("notes/**/tmp", "other/a/tmp/x.md", false),
        ("a/**/b/**/c", "a/b/c", true),
        ("a/**/b/**/c", "a/x/b/y/z/c/d.md", true),
        ("a/**/b/**/c", "a/c/b", false),
        ("**/**/x", "x", true),
        ("**/**/x", "p/q/x.md", false),
        ("**/**/x", "p/q/x/y.md", true),
        // `?` is one character.
        ("a?.md", "ab.md", true),
        ("a?.md", "a.md", false),
        ("a?.md", "abc.md", false),
    ])
    func matches(pattern: String, path: String, ignored: Bool) {
        #expect(IgnorePattern(pattern).matches(path) == ignored)
    }

    @Test(arguments: [
        ("/drafts", "drafts/a.md", true),
        ("/drafts", "notes/drafts/a.md", false),
        ("archive/", "notes/archive/a.md", true),
        ("  drafts/**  ", "drafts/a.md", true),
    ])
    func leadingAndTrailingSlashesAndSpaces(pattern: String, path: String, ignored: Bool) {
        #expect(IgnorePattern(pattern).matches(path) == ignored)
    }

    /// Trying each way every `**` could match took exponential time: a config with many of
    /// them made `check` hang on a deep folder.
    @Test("many ** against a deep path are answered at once", .timeLimit(.minutes(1)))
    func manyDoubleStarsAreLinear() {
        let pattern = IgnorePattern(String(repeating: "**/", count: 30) + "x")
        let deep = Array(repeating: "a", count: 60).joined(separator: "/")
        #expect(!pattern.matches(deep + "/n.md"))
        #expect(!pattern.matches(entry: deep + "/n.md", name: "n.md"))
        #expect(pattern.matches(deep + "/x/n.md"))
        #expect(pattern.matches(entry: deep + "/x", name: "x"))
    }

    @Test(arguments: ["", "   ", "/"])
    func emptyPatternsMatchNothing(pattern: String) {
        #expect(!IgnorePattern(pattern).matches("a.md"))
        #expect(!IgnorePattern(pattern).matches("notes/a.md"))
    }

    @Test(arguments: ["drafts/**", "notes/old/*.md", "archive", "**/scratch.md"])
    func theEmptyPathIsNeverIgnored(pattern: String) {
        #expect(!IgnorePattern(pattern).matches(""))
    }

    @Test(arguments: [
        ("*", "", true), ("*", "anything", true), ("*.md", ".md", true), ("a*b*c", "a-x-b-y-c", true),
        ("a*b*c", "a-x-c-y-b", false), ("*a", "banana", true), ("*x*", "banana", false), ("??", "ab", true),
        ("??", "abc", false), ("ab", "AB", false), ("é*", "école", true),
    ])
    func segmentGlobs(pattern: String, text: String, matches: Bool) {
        #expect(IgnorePattern.matches(segment: Substring(pattern), Substring(text)) == matches)
    }
}
