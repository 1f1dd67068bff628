/// The vault's contacts as a vCard 4.0 file (RFC 6350), for phones and address books.
///
/// One card per contact note, in the vault's order, each with a UID that stays the same from
/// run to run (`ContactCard.uid(ofNoteAt:)`), so importing a newer export updates the cards
/// instead of adding copies; who referred each person is a `RELATED` property pointing at the
/// referrer's card. Placeholders (people named but without a note) get no card.
public struct ContactCards: Sendable {
    /// The cards, in the order written.
    let cards: [ContactCard]

    /// The cards of every contact in `vault`, as of `today`. `isPublic` leaves out what `site
    /// --public` leaves out: private notes (and notes whose front matter could not be read),
    /// the fields that are not public (`email` and `phone` always, unless `public_fields` lists
    /// them and `private_fields` does not), and referrals stated only in private notes.
    public init(vault: Vault, isPublic: Bool, today: LocalDate) {
        var shown = vault
        var included = Array(repeating: true, count: vault.graph.nodes.count)
        let fields = isPublic ? PublicFields(config: vault.config) : nil
        if isPublic { (shown, included, _) = PublicFields.publicView(of: vault) }
        cards = shown.notes.indices.compactMap { index in
            guard shown.notes[index].kind == .contact, included[Graph.node(ofNote: index)] else { return nil }
            // The first interview as it was, or nothing: a later one is not the first. (The
            // public view has the same notes, the private ones left out of its graph.)
            let first = Self.firstInterview(with: Graph.node(ofNote: index), in: vault, today: today)
            let shownFirst = first.flatMap { included[Graph.node(ofNote: $0)] ? shown.notes[$0].interview : nil }
            return ContactCard(noteAt: index, in: shown, fields: fields, firstInterview: shownFirst)
        }
    }

    /// The note index of the first interview held with `person` by `today` (not one to come,
    /// not one called off).
    static func firstInterview(with person: Graph.NodeID, in vault: Vault, today: LocalDate) -> Int? {
        vault.interviewNotes(with: person).first { vault.notes[$0].interview?.isHeld(asOf: today) == true }
    }

    /// How many cards there are.
    public var count: Int { cards.count }

    /// The whole file: CRLF line endings, every line folded to at most 75 octets. Empty when
    /// there is no contact.
    public var text: String {
        ContentLine.file(cards.flatMap(\.lines))
    }

    /// Whether a file's bytes are a vCard file that Grapevine wrote (its own `PRODID` in the
    /// first card's first lines), which `export vcard --out` may replace.
    public static func isWrittenByGrapevine(_ bytes: [UInt8]) -> Bool {
        ContentLine.isWrittenByGrapevine(bytes, component: "VCARD")
    }
}
