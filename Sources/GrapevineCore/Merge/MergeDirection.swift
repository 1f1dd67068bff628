/// Which of two notes that may be one person (or one organization) a suggested
/// `grapevine merge KEEP FOLD` keeps, and which it folds in and removes. Every hint that offers
/// a merge (`check`'s duplicate warnings, `import`'s look-alikes, `new contact`) asks here, so
/// none suggests it the other way round.
///
/// The note kept is the one that wins the first of these that tells them apart:
/// 1. it is not a copy a sync tool made of the other (`Maria Lopez 2.md` is folded into
///    `Maria Lopez.md`);
/// 2. more other notes refer to it (fewer references to rewrite, and the name people link);
/// 3. it has more Log entries (its history, which the steps are worked out from);
/// 4. it was added earlier (`added:`), when both say;
/// 5. it has more front matter fields with a value;
/// 6. its name is written out rather than with initials (`Maria Lopez`, not `M. Lopez`);
/// 7. its path sorts first (note order).
struct MergeDirection: Sendable {
    /// What the choice reads of a note.
    struct Candidate: Sendable {
        var path: String
        var name: String
        /// Whether its file is named as a sync tool names a copy of the other's.
        var isCopy = false
        /// How many other notes refer to it (fields or links).
        var referredToBy: Int
        var logEntries: Int
        var added: LocalDate?
        /// Its front matter fields with a value.
        var fields: Int

        /// What a note says of itself; `referredToBy` is the vault's to count.
        init(_ note: Note, referredToBy: Int, isCopy: Bool = false) {
            path = note.path
            name = note.name
            self.isCopy = isCopy
            self.referredToBy = referredToBy
            logEntries = note.contact?.log.count ?? 0
            added = note.contact?.added
            fields = note.frontMatter.entries.count { !$0.value.isNull && $0.value.scalar?.isEmpty != true }
        }
    }

    /// The note the merge keeps (A), and the one folded into it and removed (B).
    let keep: Candidate
    let fold: Candidate
    /// Why `keep` is kept, in a few words ("more notes refer to it"); empty when only the
    /// paths tell them apart.
    let reason: String

    /// The choice between two notes, whichever is given first.
    init(_ first: Candidate, _ second: Candidate) {
        for (prefers, reason) in Self.rules {
            if let firstWins = prefers(first, second) {
                (keep, fold, self.reason) = firstWins ? (first, second, reason) : (second, first, reason)
                return
            }
        }
        (keep, fold, reason) = first.path <= second.path ? (first, second, "") : (second, first, "")
    }

    /// Each rule says whether it prefers its first note (`true`), its second (`false`), or
    /// neither (`nil`), and why it keeps the note it prefers.
    private static let rules: [(@Sendable (Candidate, Candidate) -> Bool?, String)] = [
        ({ $0.isCopy == $1.isCopy ? nil : $1.isCopy }, "the original"),
        ({ $0.referredToBy == $1.referredToBy ? nil : $0.referredToBy > $1.referredToBy }, "more notes refer to it"),
        ({ $0.logEntries == $1.logEntries ? nil : $0.logEntries > $1.logEntries }, "it has more Log entries"),
        (
            { a, b in
                guard let first = a.added, let second = b.added, first != second else { return nil }
                return first < second
            }, "it was added earlier"
        ),
        ({ $0.fields == $1.fields ? nil : $0.fields > $1.fields }, "it has more fields"),
        (
            { a, b in
                let (first, second) = (initials(a.name), initials(b.name))
                return first == second ? nil : first < second
            }, "its name is written out"
        ),
    ]

    /// How many words of a name are initials: one letter, with or without a dot (`M.`, `J`).
    static func initials(_ name: String) -> Int {
        name.words().count { word in
            word.filter(\.isLetter).count == 1
        }
    }

    /// The command to run: `grapevine merge KEEP FOLD`, each path quoted for a shell.
    var command: String {
        "grapevine merge \(Shell.quoted(keep.path)) \(Shell.quoted(fold.path))"
    }

    /// "keep contacts/maria-lopez.md (more notes refer to it) and fold contacts/m-lopez.md into
    /// it: grapevine merge contacts/maria-lopez.md contacts/m-lopez.md".
    var advice: String {
        let why = reason.isEmpty ? "" : " (\(reason))"
        return
            "keep \(keep.path.escapingControlCharacters)\(why) and fold \(fold.path.escapingControlCharacters) into "
            + "it: \(command)"
    }

    /// How many other notes refer to each note: a note's references to itself, and several
    /// references from one note, count once.
    static func referrers(_ resolved: [ResolvedReferences], notes count: Int) -> [Int] {
        var counts = Array(repeating: 0, count: count)
        // The last note counted as referring to each: notes are read one after another, so a
        // note's second reference to another finds itself there (no set made for each note).
        var lastReferrer = Array(repeating: -1, count: count)
        for (from, references) in resolved.enumerated() {
            for entries in references.groups {
                for entry in entries {
                    guard case .note(let to) = entry.resolution, to != from, to < count, lastReferrer[to] != from
                    else { continue }
                    lastReferrer[to] = from
                    counts[to] += 1
                }
            }
        }
        return counts
    }
}

extension MergeDirection.Candidate {
    /// A note an import or `new contact` is about to write: no note refers to it yet.
    init(_ new: NewNote) {
        let (note, _) = NoteReader(path: new.path, parser: MarkdownParser(), makesSuggestions: false)
            .read(new.text.utf8.span)
        self.init(note, referredToBy: 0)
    }
}
