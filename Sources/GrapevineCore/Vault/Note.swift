/// One Markdown file of the vault, read into typed values.
///
/// A note is a value, but its fields live in one box that copies share (`Shared`). Changing a
/// field (the reader and `--public` redaction do) gives the note a box of its own.
public struct Note: Sendable {
    private var storage: Shared<Fields>

    /// The vault-relative path, with `/` separators.
    public var path: String {
        get { storage.fields.path }
        set { storage = storage.changing { $0.path = newValue } }
    }
    /// What the note is about.
    public var kind: NoteKind {
        get { storage.fields.kind }
        set { storage = storage.changing { $0.kind = newValue } }
    }
    /// The display name: `name`, else `title` for plain notes, else the file stem de-slugged.
    public var name: String {
        get { storage.fields.name }
        set { storage = storage.changing { $0.name = newValue } }
    }
    /// Whether `name` was written in the front matter (and not derived from the file name).
    public var hasExplicitName: Bool {
        get { storage.fields.hasExplicitName }
        set { storage = storage.changing { $0.hasExplicitName = newValue } }
    }
    /// Other names the note answers to (`aliases`).
    public var aliases: [String] {
        get { storage.fields.aliases }
        set { storage = storage.changing { $0.aliases = newValue } }
    }
    /// The `title` value, if any (a contact's role; a plain note's title), read from the key
    /// `titleKey(in:kind:)` names.
    public var title: String? {
        get { storage.fields.title }
        set { storage = storage.changing { $0.title = newValue } }
    }
    /// The front matter key a note's `title` is read from: `title`, but in a contact whose
    /// `title` is missing or blank (`title:`, as `new contact` leaves it) and whose `role` is
    /// written, `role`, the name many people and other tools' templates give a person's job.
    static func titleKey(in frontMatter: FrontMatter, kind: NoteKind) -> String {
        let isWritten = { (key: String) in
            frontMatter[key].map { !$0.isNull && $0.scalar?.trimmingWhitespace().isEmpty != true } ?? false
        }
        return kind == .contact && !isWritten("title") && isWritten(roleKey) ? roleKey : "title"
    }
    /// `role`, a contact's `title` written another way (`titleKey(in:kind:)`).
    static let roleKey = "role"
    /// The `title` when it names the note, so that references may use it (SPEC §2.4): a plain
    /// note's, a pitch's, an organization's or an interview's. A contact's `title` is their job
    /// (SPEC §2.1), which many people share (`Freelance`, `Founder`): never a name.
    var titleAsName: String? {
        kind == .contact ? nil : title
    }
    /// The `tags` values.
    public var tags: [String] {
        get { storage.fields.tags }
        set { storage = storage.changing { $0.tags = newValue } }
    }
    /// Whether `site --public` and `export vcard --public` may show the note.
    public var privacy: Privacy {
        get { storage.fields.privacy }
        set { storage = storage.changing { $0.privacy = newValue } }
    }
    /// The `remind:` entries.
    public var reminders: [Reminder] {
        get { storage.fields.reminders }
        set { storage = storage.changing { $0.reminders = newValue } }
    }
    /// The front matter as written.
    public var frontMatter: FrontMatter {
        get { storage.fields.frontMatter }
        set { storage = storage.changing { $0.frontMatter = newValue } }
    }
    /// The body, parsed.
    public var body: MarkdownDocument {
        get { storage.fields.body }
        set { storage = storage.changing { $0.body = newValue } }
    }
    /// The whole file as text (invalid UTF-8 replaced), for quoting and rendering.
    public var text: String {
        get { storage.fields.text }
        set { storage = storage.changing { $0.text = newValue } }
    }
    /// The number of file lines before the body (the front matter and its fences).
    public var bodyLineOffset: Int {
        get { storage.fields.bodyLineOffset }
        set { storage = storage.changing { $0.bodyLineOffset = newValue } }
    }
    /// What only notes of this kind have.
    public var details: Details {
        get { storage.fields.details }
        set { storage = storage.changing { $0.details = newValue } }
    }
    /// Whether the file holds nothing: no front matter keys and a blank body. `check` warns,
    /// and such a note is nobody's next step.
    public var isEmpty: Bool {
        get { storage.fields.isEmpty }
        set { storage = storage.changing { $0.isEmpty = newValue } }
    }
    /// The byte ranges in `text` of the body's text that nothing shows (`UnshownText`: Obsidian
    /// comments, Foam's link references), found once when the note is read; none in most notes.
    var unshownRanges: [Range<Int>] {
        get { storage.fields.unshownRanges }
        set { storage = storage.changing { $0.unshownRanges = newValue } }
    }

    /// What a note says about being published (its `private` value).
    public enum Privacy: Sendable, Equatable {
        /// No `private` key, or `private: false`.
        case published
        /// `private: true`.
        case marked
        /// It cannot be told: the file is not UTF-8, its front matter could not be read, or
        /// `private` has a value that is neither true nor false (or is written `Private`), or
        /// none at all (`private:`, `private: ""`: one meant to be filled in).
        /// `--public` leaves the note out, with a warning: it may mean to be private.
        case unknown
    }

    /// The typed part of a note that depends on its kind.
    public enum Details: Sendable {
        case contact(Contact)
        case interview(Interview)
        case organization(Organization)
        case other
    }

    init(
        path: String, kind: NoteKind, name: String, hasExplicitName: Bool, aliases: [String], title: String?,
        tags: [String], privacy: Privacy, reminders: [Reminder], frontMatter: FrontMatter, body: MarkdownDocument,
        text: String, bodyLineOffset: Int, details: Details, isEmpty: Bool = false, unshownRanges: [Range<Int>] = []
    ) {
        storage = Shared(
            Fields(
                path: path, kind: kind, name: name, hasExplicitName: hasExplicitName, aliases: aliases, title: title,
                tags: tags, privacy: privacy, reminders: reminders, frontMatter: frontMatter, body: body,
                text: text, bodyLineOffset: bodyLineOffset, details: details, isEmpty: isEmpty,
                unshownRanges: unshownRanges))
    }

    /// The file name without folders and `.md`.
    public var stem: String { VaultPath.stem(of: path) }

    /// The contact fields, when the note is a contact.
    public var contact: Contact? {
        if case .contact(let contact) = storage.fields.details { return contact }
        return nil
    }

    /// The interview fields, when the note is an interview.
    public var interview: Interview? {
        if case .interview(let interview) = storage.fields.details { return interview }
        return nil
    }

    /// The organization fields, when the note is an organization.
    public var organization: Organization? {
        if case .organization(let organization) = storage.fields.details { return organization }
        return nil
    }

    // MARK: Storage

    private struct Fields: Sendable {
        var path: String
        var kind: NoteKind
        var name: String
        var hasExplicitName: Bool
        var aliases: [String]
        var title: String?
        var tags: [String]
        var privacy: Privacy
        var reminders: [Reminder]
        var frontMatter: FrontMatter
        var body: MarkdownDocument
        var text: String
        var bodyLineOffset: Int
        var details: Details
        var isEmpty: Bool
        var unshownRanges: [Range<Int>] = []
    }
}

/// A dated reminder from a `remind:` entry.
public struct Reminder: Sendable, Hashable, Encodable {
    /// When to be reminded.
    public var date: LocalDate
    /// What to be reminded of.
    public var text: String
    /// Where the entry was written.
    public var position: SourcePosition

    private enum CodingKeys: String, CodingKey {
        case date, text, line, column
    }

    /// The reminder for `--json` (`show`): its place as `line` and `column`, as every place in
    /// a file is named there.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(text, forKey: .text)
        try container.encode(position.line, forKey: .line)
        try container.encode(position.column, forKey: .column)
    }
}
