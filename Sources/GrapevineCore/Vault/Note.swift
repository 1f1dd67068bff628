/// One Markdown file of the vault, read into typed values.
public struct Note: Sendable {
    /// The vault-relative path, with `/` separators.
    public var path: String
    /// What the note is about.
    public var kind: NoteKind
    /// The display name: `name`, else `title` for plain notes, else the file stem de-slugged.
    public var name: String
    /// Whether `name` was written in the front matter (and not derived from the file name).
    public var hasExplicitName: Bool
    /// Other names the note answers to (`aliases`).
    public var aliases: [String]
    /// The `title` value, if any (a contact's role; a plain note's title).
    public var title: String?
    /// The `tags` values.
    public var tags: [String]
    /// `private: true`: left out of `site --public`.
    public var isPrivate: Bool
    /// The `remind:` entries.
    public var reminders: [Reminder]
    /// The front matter as written.
    public var frontMatter: FrontMatter
    /// The body, parsed.
    public var body: MarkdownDocument
    /// The whole file as text (invalid UTF-8 replaced), for quoting and rendering.
    public var text: String
    /// The number of file lines before the body (the front matter and its fences).
    public var bodyLineOffset: Int
    /// What only notes of this kind have.
    public var details: Details
    /// Whether the file holds nothing: no front matter keys and a blank body. `check` warns,
    /// and such a note is nobody's next step.
    public var isEmpty = false

    /// The typed part of a note that depends on its kind.
    public enum Details: Sendable {
        case contact(Contact)
        case interview(Interview)
        case organization(Organization)
        case other
    }

    /// The file name without folders and `.md`.
    public var stem: String { VaultPath.stem(of: path) }

    /// The contact fields, when the note is a contact.
    public var contact: Contact? {
        if case .contact(let contact) = details { return contact }
        return nil
    }

    /// The interview fields, when the note is an interview.
    public var interview: Interview? {
        if case .interview(let interview) = details { return interview }
        return nil
    }

    /// The organization fields, when the note is an organization.
    public var organization: Organization? {
        if case .organization(let organization) = details { return organization }
        return nil
    }
}

/// A dated reminder from a `remind:` entry.
public struct Reminder: Sendable, Hashable, Codable {
    /// When to be reminded.
    public var date: LocalDate
    /// What to be reminded of.
    public var text: String
    /// Where the entry was written.
    public var position: SourcePosition
}
