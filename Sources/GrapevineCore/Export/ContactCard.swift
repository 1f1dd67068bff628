/// One contact as a vCard says it (RFC 6350), before it is written as text.
struct ContactCard: Sendable, Equatable {
    /// Someone who gave you this person's name: a card of the same export, by its UID, or a
    /// person who has no note (and so no card), by name.
    enum Referrer: Sendable, Equatable {
        case card(uid: String)
        case name(String)
    }

    /// The card's UID: `urn:uuid:…`, the same for the same note on every run.
    var uid: String
    /// The name exactly as the vault shows it (`FN`).
    var formattedName: String
    /// The name in parts, for sorting (`N`).
    var name: NameParts
    /// Other names they go by: nicknames written in the name, then `aliases` (`NICKNAME`).
    var nicknames: [String] = []
    /// Where they work (`ORG`).
    var organization: String?
    /// Their role (`TITLE`).
    var title: String?
    /// `EMAIL`, `TEL`.
    var email: String?, phone: String?
    /// Their LinkedIn profile, as a web address (`URL`).
    var linkedin: String?
    /// How you met, one sentence a line (`NOTE`).
    var howYouMet: [String] = []
    /// The tags (`CATEGORIES`).
    var categories: [String] = []
    /// Who gave you their name (`RELATED;TYPE=contact;X-GRAPEVINE=referred-by`).
    var referredBy: [Referrer] = []
}
