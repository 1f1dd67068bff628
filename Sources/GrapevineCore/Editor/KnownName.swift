/// A name a reference may use: a note's name or one of its aliases, or the name of a person
/// or organization some field names who has no note yet. What completion offers.
struct KnownName: Sendable, Equatable {
    /// What the name stands for.
    enum Kind: Sendable, Equatable {
        case person, organization, otherNote
    }

    /// The name as written.
    var text: String
    var kind: Kind
    /// The display name of what it stands for, when `text` is one of its aliases.
    var aliasOf: String?
    /// The note's vault-relative path; `nil` for someone with no note yet.
    var path: String?
    /// A contact's title and organization, or where the name comes from.
    var detail: String?
}

extension LiveVault {
    /// Every name references may use: contacts, organizations and other notes (not interviews,
    /// named after their people) with their aliases, then the people and organizations with no
    /// note yet.
    func knownNames() -> [KnownName] {
        var names: [KnownName] = []
        var seen: Set<String> = []
        for note in notes where note.kind != .interview {
            let kind: KnownName.Kind =
                switch note.kind {
                case .contact: .person
                case .organization: .organization
                default: .otherNote
                }
            // "Chef at Acme Foods": who a contact is, at a glance.
            let detail = note.contact.flatMap { contact in
                let words = [note.title, contact.organization.map { "at " + ReferenceProblems.displayName(of: $0) }]
                    .compactMap { $0 }.joined(separator: " ")
                return words.isEmpty ? nil : words
            }
            names.append(KnownName(text: note.name, kind: kind, path: note.path, detail: detail))
            seen.insert(NameKey.fold(note.name))
            for alias in note.aliases where !alias.isEmpty {
                names.append(KnownName(text: alias, kind: kind, aliasOf: note.name, path: note.path, detail: detail))
            }
        }
        for references in resolved {
            let fields =
                (references.organization.map { [($0, KnownName.Kind.organization)] } ?? [])
                + (references.referredBy + references.interviewContacts + references.referrals).map { ($0, .person) }
            for (entry, kind) in fields where entry.resolution == .missing {
                let name = ReferenceProblems.displayName(of: entry.reference)
                let key = NameKey.fold(name)
                guard key != ownerKey, seen.insert(key).inserted else { continue }
                names.append(KnownName(text: name, kind: kind, detail: "no note yet"))
            }
        }
        return names
    }
}

/// Names as people type them.
public enum NameWords {
    /// A name lowercased, without accents or apostrophes, words separated by spaces:
    /// `José Núñez` → `jose nunez`.
    public static func plain(_ name: String) -> String {
        NameKey.slug(name).replacing("-", with: " ")
    }
}
