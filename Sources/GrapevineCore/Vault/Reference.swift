/// A reference from one note to another, as written: `[[Target]]`, a relative `.md` link,
/// or a plain string in front matter.
public struct Reference: Sendable, Hashable, Codable {
    /// How the reference was written.
    public enum Form: String, Sendable, Hashable, Codable {
        /// A plain string in front matter, or a name taken from a list item's text.
        case name
        /// `[[Target]]` or `[[Target|label]]`.
        case wikilink
        /// A Markdown link to a `.md` file; `target` is then the vault-relative path.
        case path
    }

    /// What the reference names: a name, stem, alias, or vault-relative path.
    public var target: String
    /// The label of `[[Target|label]]` or the text of a Markdown link.
    public var label: String?
    /// How it was written.
    public var form: Form
    /// Where it was written.
    public var position: SourcePosition

    /// Creates a reference.
    public init(target: String, label: String? = nil, form: Form, position: SourcePosition) {
        self.target = target
        self.label = label
        self.form = form
        self.position = position
    }

    /// A front matter string of the note at `notePath`: `Dan Moore`, `[[Dan Moore]]`,
    /// `[[Dan Moore|Dan]]`, or a Markdown link, `[Dan Moore](dan-moore.md)`, which names the
    /// note it leads to from the note's folder, as in the body (SPEC §2.4). A link to no note
    /// of the vault (`[Acme](https://acme.com)`) names its text.
    /// A name in quotes (`"\"N26\""`, `“N26”`) names what is inside them.
    init?(frontMatter text: String, at position: SourcePosition, in notePath: String) {
        let trimmed = Self.unquoted(text.trimmingWhitespace())
        if trimmed.utf8.starts(with: Wikilink.opener), trimmed.utf8.count > 4, trimmed.hasSuffix("]]"),
            let match = Wikilink.matches(in: Array(trimmed.utf8)).first
        {
            self.init(target: match.target, label: match.label, form: .wikilink, position: position)
        } else if let link = Self.markdownLink(trimmed) {
            if let path = VaultPath.resolve(link: link.destination, from: notePath) {
                self.init(target: path, label: link.label, form: .path, position: position)
            } else {
                self.init(frontMatter: link.label, at: position, in: notePath)
            }
        } else if !trimmed.isEmpty, !Self.noOne.contains(NameKey.fold(trimmed)) {
            self.init(target: trimmed, form: .name, position: position)
        } else {
            return nil
        }
    }

    /// The text and destination of `text` when all of it is one Markdown link,
    /// `[label](destination)`: the destination without angle brackets or a title after it.
    private static func markdownLink(_ text: String) -> (label: String, destination: String)? {
        guard text.hasPrefix("["), text.hasSuffix(")"), let middle = text.range(of: "](") else { return nil }
        let label = text[text.index(after: text.startIndex)..<middle.lowerBound].trimmingWhitespace()
        var destination = Substring(text[middle.upperBound..<text.index(before: text.endIndex)].trimmingWhitespace())
        // `(ana.md "Ana Silva")`: the title is not part of the path.
        if let space = destination.firstIndex(where: \.isWhitespace),
            let next = destination[space...].first(where: { !$0.isWhitespace }), next == "\"" || next == "'"
        {
            destination = destination[..<space]
        }
        if destination.hasPrefix("<"), destination.hasSuffix(">") { destination = destination.dropFirst().dropLast() }
        return (String(label), String(destination))
    }

    /// `name` without the quotes around all of it (`"Mei Tanaka"`, `“N26”`, `„N26“`), which
    /// are no part of the name; else `name`.
    static func unquoted(_ name: String) -> String {
        // Nearly every name starts with a letter: every quote of `closingQuotes` is `"`, `'`
        // or a character of several bytes.
        guard let lead = name.utf8.first, lead == UInt8(ascii: "\"") || lead == UInt8(ascii: "'") || lead >= 0x80,
            name.count > 2, let first = name.first, let close = closingQuotes[first], name.last == close else {
            return name
        }
        return String(name.dropFirst().dropLast().trimmingWhitespace())
    }

    /// The quotes people put around a name, each with the one that closes it.
    private static let closingQuotes: [Character: Character] = [
        "\"": "\"", "'": "'", "“": "”", "‘": "’", "«": "»", "„": "“", "»": "«",
    ]

    /// What people write in a field for nobody (`referred_by: none`): no reference at all,
    /// not a person called "none".
    static let noOne: Set<String> = ["none", "n/a", "-", "--", "—", "?", "nobody", "no one", "unknown", "tbd"]

    /// What people write in a field for themselves (`referred_by: me`): you, as your name is.
    static let you: Set<String> = ["me", "myself", "self", "i"]

    /// A body link, or `nil` when it points outside the vault (a web address, an image).
    init?(_ link: Link, in notePath: String) {
        switch link.target {
        case .wiki(let target):
            self.init(target: target, label: link.label, form: .wikilink, position: link.position)
        case .url(let url):
            guard let path = VaultPath.resolve(link: url, from: notePath) else { return nil }
            self.init(target: path, label: link.label, form: .path, position: link.position)
        }
    }
}
