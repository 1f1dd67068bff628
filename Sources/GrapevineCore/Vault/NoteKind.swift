/// What a note is about, from its `type:` or its top-level folder.
public enum NoteKind: String, Sendable, Hashable, Codable, CaseIterable {
    case contact, interview, organization, pitch, note

    /// "a contact", "an organization", … for messages.
    public var withArticle: String {
        switch self {
        case .contact: return "a contact"
        case .interview: return "an interview"
        case .organization: return "an organization"
        case .pitch: return "the pitch"
        case .note: return "a plain note"
        }
    }

    /// Whether a note of this kind stands for someone, a person or an organization: what a
    /// `contact:`, `referred_by:` or `organization:` field may name. An interview, the pitch
    /// or a plain note named after someone is about them, not them.
    public var isSomeone: Bool { self == .contact || self == .organization }

    /// The top-level folder whose notes are of this kind, if any.
    var folder: String? {
        switch self {
        case .contact: return "contacts"
        case .interview: return "interviews"
        case .organization: return "organizations"
        case .pitch, .note: return nil
        }
    }

    /// The kind implied by a top-level folder name, if any.
    static func forFolder(_ folder: Substring) -> NoteKind? {
        switch folder {
        case "contacts": return .contact
        case "interviews": return .interview
        case "organizations": return .organization
        default: return nil
        }
    }

    /// The kind named by a `type:` value, accepting common spellings.
    init?(typeName: String) {
        switch typeName.lowercased() {
        case "contact", "person": self = .contact
        case "interview", "meeting": self = .interview
        case "organization", "organisation", "org", "company": self = .organization
        case "pitch": self = .pitch
        case "note": self = .note
        default: return nil
        }
    }
}
