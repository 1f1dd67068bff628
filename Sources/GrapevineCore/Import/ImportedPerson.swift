/// One person read from an export file (a LinkedIn connection, a vCard), before the import
/// looks for them in the vault.
public struct ImportedPerson: Sendable, Equatable {
    /// The name, tidied (`ImportedName`).
    public var name: String
    /// Other names they go by: nicknames, as written.
    public var aliases: [String] = []
    /// Their given name, where the name does not say it first (`N`'s given name `An` for
    /// Nguyễn Văn An): a note's `first_name:`.
    public var firstName: String?
    /// Where they work, as the file has it.
    public var organization: String?
    /// Their role.
    public var title: String?
    /// Their email addresses, the one to write first.
    public var emails: [String] = []
    /// Their phone number.
    public var phone: String?
    /// Their other phone numbers (a vCard's other `TEL`s), which a note has no field for.
    public var otherPhones: [String] = []
    /// Their LinkedIn profile's address.
    public var linkedin: String?
    /// Where they live or work: a city and region.
    public var location: String?
    /// The day you became connected on LinkedIn.
    public var connected: LocalDate?
    /// Labels from the address book (vCard `CATEGORIES`).
    public var tags: [String] = []
    /// What the address book says of them (vCard `NOTE`).
    public var about: String?
    /// The line of the file the person starts on.
    public var line: Int
    /// The card's `UID`, by which other cards of the file name this one (vCard).
    var uid: String?
    /// Who gave you their name: `RELATED` properties that `export vcard` wrote, by a card's UID
    /// or by name.
    var referredBy: [ContactCard.Referrer] = []

    /// A phone number's digits, by which two ways of writing it are one number
    /// (`+1 555 0100`, `+1-555-0100`).
    static func digits(of number: String) -> String {
        String(number.filter { $0.isASCII && $0.isNumber })
    }

    /// A person named `name`, read from `line`.
    public init(name: String, line: Int) {
        self.name = name
        self.line = line
    }
}
