/// A problem found in a vault file, located to a line and column of that file.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error, warning, info

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .info: return 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// The vault-relative path of the file, with `/` separators.
    public var file: String
    /// The 1-based line in the file.
    public var line: Int
    /// The 1-based column in the file, counted in Unicode scalars.
    public var column: Int
    /// A stable identifier of the kind of problem, such as `invalid-date`.
    public var code: DiagnosticCode
    /// A sentence saying what is wrong, with the offending value quoted.
    public var message: String
    /// A sentence saying how to fix it, when the fix is obvious.
    public var hint: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, _ code: DiagnosticCode, _ message: String, file: String,
        at position: SourcePosition, hint: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.line = position.line
        self.column = position.column
        self.hint = hint
    }

    /// Where the problem is.
    public var position: SourcePosition { SourcePosition(line: line, column: column) }

    /// The order `check` prints problems in: by file, then by place in the file.
    public static func byLocation(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.severity, lhs.message)
            < (rhs.file, rhs.line, rhs.column, rhs.severity, rhs.message)
    }
}

/// The kinds of problem `check` reports; the raw value is the `code` in `--json` output.
public enum DiagnosticCode: String, Sendable, Hashable, Codable, CaseIterable {
    case unreadableFile = "unreadable-file"
    case notRegularFile = "not-a-regular-file"
    case fileTooLarge = "file-too-large"
    case skippedSymlink = "skipped-symlink"
    /// A Markdown file with another extension than `.md` (`bea.markdown`): not read.
    case otherMarkdownExtension = "other-markdown-extension"
    case unreadableFolder = "unreadable-folder"
    case notUTF8 = "not-utf8"
    case mergeConflict = "merge-conflict"
    case unterminatedFrontMatter = "unterminated-front-matter"
    case malformedFrontMatter = "malformed-front-matter"
    /// A `.grapevine/config.yml` that cannot be read as settings: not UTF-8, not YAML, not a
    /// mapping of keys, over YAML's limits, or a key written twice. The defaults are used.
    case malformedConfig = "malformed-config"
    case frontMatterNotMapping = "front-matter-not-mapping"
    case frontMatterTooLarge = "front-matter-too-large"
    case wrongType = "wrong-type"
    case invalidDate = "invalid-date"
    case invalidValue = "invalid-value"
    case missingKey = "missing-key"
    case unknownKey = "unknown-key"
    case unknownNoteType = "unknown-type"
    case untypedNote = "untyped-note"
    case ambiguousReference = "ambiguous-reference"
    case wrongKind = "wrong-kind"
    case missingNote = "missing-note"
    case duplicateName = "duplicate-name"
    case duplicateEmail = "duplicate-email"
    case duplicateLinkedIn = "duplicate-linkedin"
    case unknownLogEvent = "unknown-log-event"
    /// A Log word one slip away from an event word (`reached_out`, `emaild`), which would
    /// otherwise be a plain dated note without a word said.
    case misspelledLogEvent = "misspelled-log-event"
    /// A Log entry that says an event in other words (`coffee chat`, `texted`, `heard back`):
    /// a plain dated note, which `next` reads nothing into.
    case logEventInOtherWords = "log-event-in-other-words"
    /// A Referrals section in a contact's note: only an interview's is read.
    case referralsInContactNote = "referrals-in-contact-note"
    /// A note named after its file while its title heading says another name.
    case nameFromFile = "name-from-file"
    /// A contact an organization's note links, whose own note names no organization.
    case memberWithoutOrganization = "member-without-organization"
    case undatedLogEntry = "undated-log-entry"
    /// A Log section of headings or paragraphs, with no list item to read as an event.
    case logWithoutItems = "log-without-items"
    /// An interview's Referrals section of paragraphs, with no list item to read as a referral
    /// (`She said I should talk to Deepa Kapoor …`): no one in it is read.
    case referralsWithoutItems = "referrals-without-items"
    /// A contact's list of dated events under another heading than Log (`## Contact
    /// history`), or under none: it is not read.
    case logUnderAnotherHeading = "log-under-another-heading"
    /// An interview's Referrals, Leads or Agenda under a heading that says it in other words
    /// (`## Job leads`, `## Questions to ask`): it is not read.
    case sectionUnderAnotherHeading = "section-under-another-heading"
    /// A heading that is a slip of a section the note's kind reads (`## Referals`): it is not read.
    case misspelledSectionHeading = "misspelled-section-heading"
    /// A Log of dated events in a note that is not a contact's (a journal, an organization):
    /// only a contact's Log is read.
    case logOutsideContact = "log-outside-contact"
    case invalidLogDate = "invalid-log-date"
    /// A task's or lead's due date in a form it is not read in (`due 12/01/2026`, `due
    /// 2026-13-45`): the item would have no due date, silently.
    case invalidDueDate = "invalid-due-date"
    /// A lead's deadline written without its year (`closes Dec 11`) in an interview: read as
    /// the first such day on or after the interview, and said so.
    case dueDateWithoutYear = "due-date-without-year"
    /// An ISO date in an open task or lead that no word announces as its due date (`Data role
    /// 2026-12-09`) and that says nothing else of itself: the item has no due date of its own.
    case dateNotDue = "date-not-due"
    /// A Dataview inline field in a body (`Company:: Acme`, `met:: 2026-11-10`) standing for
    /// a front matter key or a Log entry, which is what is read.
    case inlineField = "inline-field"
    case futureLogDate = "future-log-date"
    /// A Log date before 1900 (`0001-01-01`): a real date, but surely a typo.
    case implausibleLogDate = "implausible-log-date"
    /// An interview's `date:` that differs only in the year from the date its file name or
    /// folder says (`2026-12-01 Tom Becker.md`, `date: 2027-12-01`): surely a slip of the year.
    case dateOffPath = "date-off-path"
    case longInterview = "long-interview"
    case referralCycle = "referral-cycle"
    case selfReferral = "self-referral"
    /// A contact's `source` that links another contact's note: a source makes no referral.
    case sourceNamesAContact = "source-names-a-contact"
    /// A Referrals item whose first link is not someone they could have referred (the person
    /// met, an organization with no name before it): no referral is counted.
    case referralNotCounted = "referral-not-counted"
    case deepNesting = "deep-nesting"
    case largeTable = "large-table"
    case emptyNote = "empty-note"
    /// A one-line paragraph such as `**Referrals:**` over a list, where a heading was meant.
    case paragraphHeading = "paragraph-heading"
    /// An Obsidian callout titled as a section the note's kind reads (`> [!tip] Referrals`):
    /// a callout opens no section, so the list inside is not read.
    case calloutHeading = "callout-heading"
    /// An open task box in a block quote or callout (`> - [ ] Call Maria`), which cmark-gfm 0.29
    /// does not read as a box: the item is no task and no step.
    case quotedTask = "quoted-task"
    /// A heading in a list item (`- ## Log`, as Logseq writes it) that names a section the
    /// note's kind reads: it opens no section, so the list under it is not read.
    case headingInListItem = "heading-in-list-item"
    /// A second section of a name the note's kind reads (`## Log` twice): both are read.
    case duplicateSection = "duplicate-section"
    case placeholderPitch = "placeholder-pitch"
    /// A contact note that still holds the line its template wrote for you to replace.
    case placeholderText = "placeholder-text"
    case lookAlikeNames = "look-alike-names"
    /// A plain front matter value in curly quotes (`name: “Grace Kim”`), which YAML keeps as
    /// part of the text: read without them.
    case curlyQuotes = "curly-quotes"
    /// A list of the config written as one text with commas (`private_fields: email, phone`):
    /// read as the list it names.
    case listAsText = "list-as-text"
    /// A note's file named as Windows names a device (`con.md`, `aux.md`, `com1.md`): a vault
    /// synced to a Windows computer (OneDrive, Dropbox, a git clone) cannot hold it.
    case reservedFileName = "reserved-file-name"
    /// A `name`, `title` or alias with a control character (a NUL, `\u{0}`): no file name,
    /// link or message shows it, so the name cannot be typed as written.
    case controlCharacterInName = "control-character-in-name"
    /// A note, draft or site template that cannot be used (`TemplateLibrary.TemplateError`).
    case unusableTemplate = "unusable-template"
}
