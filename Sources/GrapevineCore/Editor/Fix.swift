/// A change an editor can make for the user, as a code action: a problem `check` reports
/// fixed, or what `grapevine done` would record, written into the text being edited.
public struct Fix: Sendable, Equatable {
    /// The action's name in the editor's menu.
    public var title: String
    /// The problems it fixes (none for a record of something done).
    public var fixes: [Diagnostic]
    /// Whether it is the obvious fix, to apply without choosing.
    public var isPreferred: Bool
    /// What changes, in order.
    public var edits: [FileEdit]
}

/// One change of a `Fix`.
public enum FileEdit: Sendable, Equatable {
    /// A new note, vault-relative, with its text.
    case create(path: String, text: String)
    /// The bytes `range` of the note at `path` (as the vault has its text) replaced by `text`.
    case replace(path: String, range: Range<Int>, text: String)

    /// The note the edit is in.
    public var path: String {
        switch self {
        case .create(let path, _), .replace(let path, _, _): return path
        }
    }

    /// The smallest edit that turns `original` into `changed`: the bytes between what they
    /// start and end with in common, cut at characters.
    static func difference(_ original: [UInt8], _ changed: [UInt8], in path: String) -> FileEdit {
        var prefix = 0
        while prefix < min(original.count, changed.count), original[prefix] == changed[prefix] { prefix += 1 }
        while prefix > 0, prefix < original.count, original[prefix] & 0xC0 == 0x80 { prefix -= 1 }
        var suffix = 0
        while suffix < min(original.count, changed.count) - prefix,
            original[original.count - 1 - suffix] == changed[changed.count - 1 - suffix]
        {
            suffix += 1
        }
        while suffix > 0, original.count - suffix < original.count, original[original.count - suffix] & 0xC0 == 0x80 {
            suffix -= 1
        }
        let text = String(decoding: changed[prefix..<(changed.count - suffix)], as: UTF8.self)
        return .replace(path: path, range: prefix..<(original.count - suffix), text: text)
    }
}
