/// One note's references and what each resolved to: the part of building the graph that
/// needs no shared state, so it runs on all cores.
///
/// An object: the graph builder then reads each note's references twice, in order, and a
/// struct of a reference, four arrays and two dates was copied (and freed) each time.
final class ResolvedReferences: Sendable {
    /// A reference and its resolution.
    struct Entry: Sendable {
        var reference: Reference
        var resolution: ReferenceIndex.Resolution
        /// For a Referrals item that names someone before an organization's link: that
        /// organization (`ReferenceIndex.referred(by:)`).
        var workplace: ReferenceIndex.Workplace? = nil
    }

    /// A contact's `organization`.
    let organization: Entry?
    /// A contact's `referred_by` entries.
    let referredBy: [Entry]
    /// A contact's `added` date, which dates its `referred_by` edges.
    let added: LocalDate?
    /// An interview's `contact` entries.
    let interviewContacts: [Entry]
    /// The people of an interview's Referrals section.
    let referrals: [Entry]
    /// An interview's date, which dates the referrals it produced.
    let interviewDate: LocalDate?
    /// Links in the body that point inside the vault.
    let bodyLinks: [Entry]

    /// Every entry: the organization, `referred_by`, the interview's people, its Referrals, the
    /// body's links.
    var all: [Entry] {
        Array(groups.joined())
    }

    /// The entries of `all` in their groups, to be read in place: `all` copies each of them
    /// into one array.
    var groups: [[Entry]] {
        [organization.map { [$0] } ?? [], referredBy, interviewContacts, referrals, bodyLinks]
    }

    /// Every entry with the front matter key it was written under (`nil`: the body).
    var keyed: [(Entry, String?)] {
        (organization.map { [($0, "organization")] } ?? []) + referredBy.map { ($0, "referred_by") }
            + interviewContacts.map { ($0, "contact") } + referrals.map { ($0, nil) } + bodyLinks.map { ($0, nil) }
    }

    /// A person an interview is with: their note, or the folded name of a placeholder.
    enum PersonMet: Hashable, Comparable {
        case note(Int)
        case name(String)
    }

    /// The people of an interview's `contact`, as they resolve, in order of their notes and names:
    /// two notes of one meeting name the same people, however they write them.
    var peopleMet: [PersonMet] {
        let people = interviewContacts.map(Self.person)
        return people.count > 1 ? people.sorted() : people
    }

    /// The person an entry names: their note, or the folded name of a placeholder.
    private static func person(_ entry: Entry) -> PersonMet {
        if case .note(let person) = entry.resolution { return .note(person) }
        return .name(NameKey.fold(ReferenceProblems.displayName(of: entry.reference)))
    }

    /// Why a Referrals entry counts no referral.
    enum UncountedReferral: Equatable {
        /// It names someone the interview was with (`- [[Lee Park]]` in a meeting with Lee).
        case metHere
        /// Its link is to a note that is no person's (`- [[Acme]]`): that note.
        case notAPerson(Int)
    }

    /// Why the Referrals entry `entry` counts no referral, `nil` when it counts: the one rule
    /// that decides what a referral is, read by the graph (and so by `next`, `report`, `graph`
    /// and `site`) and by `check`, which says why. `notes` are the notes the entries index.
    func uncounted(_ entry: Entry, in notes: [Note]) -> UncountedReferral? {
        if case .ambiguous = entry.resolution { return nil }
        let person = Self.person(entry)
        if interviewContacts.contains(where: { Self.person($0) == person }) { return .metHere }
        if case .note(let target) = entry.resolution, notes[target].kind != .contact { return .notAPerson(target) }
        return nil
    }

    /// The number of entries.
    var count: Int {
        (organization == nil ? 0 : 1) + referredBy.count + interviewContacts.count + referrals.count + bodyLinks.count
    }

    init(path: String, details: Note.Details, links: [Link], index: ReferenceIndex) {
        func entry(_ reference: Reference, _ kind: NoteKind?) -> Entry {
            Entry(reference: reference, resolution: index.resolve(reference, preferring: kind))
        }
        func person(_ reference: Reference) -> Entry {
            let (reference, resolution) = index.person(reference)
            return Entry(reference: reference, resolution: resolution)
        }
        var (organization, referredBy, added): (Entry?, [Entry], LocalDate?) = (nil, [], nil)
        var (interviewContacts, referrals, interviewDate): ([Entry], [Entry], LocalDate?) = ([], [], nil)
        switch details {
        case .contact(let contact):
            organization = contact.organization.map { entry($0, .organization) }
            referredBy = contact.referredBy.map(person)
            added = contact.added
        case .interview(let interview):
            interviewContacts = interview.contacts.map(person)
            referrals = interview.referrals.map { mention in
                let referred = index.referred(by: mention)
                return Entry(reference: referred.person, resolution: referred.resolution, workplace: referred.workplace)
            }
            interviewDate = interview.date?.date
        case .organization, .other:
            break
        }
        (self.organization, self.referredBy, self.added) = (organization, referredBy, added)
        (self.interviewContacts, self.referrals, self.interviewDate) = (interviewContacts, referrals, interviewDate)
        bodyLinks = links.compactMap { link in
            Reference(link, in: path).map { entry($0, nil) }
        }
    }
}
