/// Notes that may be one person (or one organization) written twice (SPEC §5 "a duplicate
/// name"; issue 20): names equal when folded (`duplicate-name`), contacts or organizations
/// whose names look alike (`look-alike-names`), contacts that share an email
/// (`duplicate-email`) or a LinkedIn profile (`duplicate-linkedin`).
///
/// One warning per pair of notes, at the later note's field, naming the earlier note's
/// `file:line` and every way the two match, with the `grapevine merge` that folds one into
/// the other when they are of one kind: which one it keeps is `MergeDirection`'s choice.
struct DuplicateNotes {
    let notes: [Note]
    let index: ReferenceIndex
    /// Each note's references as `index` resolves them: an interview's people.
    let resolved: [ResolvedReferences]

    /// Why two notes may be one.
    enum Reason: Equatable {
        /// Their names are equal once folded.
        case name
        /// Two contacts' names are one name written two ways (`NameKey.lookAlike`), or two
        /// organizations' (`NameKey.organizationLookAlike`).
        case lookAlike
        /// Two contacts have this email, compared as `ContactKeys.email` folds it.
        case email(String)
        /// Two contacts have this LinkedIn profile, compared as `ContactKeys.linkedIn` folds it.
        case linkedIn(String)
        /// Two interviews with the same people on the same day, at the same time or at no time
        /// given: one meeting written twice (`next` makes its steps once, at the first note).
        case meeting
        /// The later note's file is named as a sync tool or an OS names a copy of the earlier's
        /// (`Maria Lopez 2.md`, `Maria Lopez (1).md`, `… (Alex's conflicted copy …).md`,
        /// `… (Selective Sync Conflict).md`, `….sync-conflict-….md`), in the same folder.
        case copy

        /// The front matter key the reason reads.
        var key: String {
            switch self {
            case .name, .lookAlike: return "name"
            case .email: return "email"
            case .linkedIn: return "linkedin"
            case .meeting: return "date"
            case .copy: return ""
            }
        }

        var code: DiagnosticCode {
            switch self {
            case .name, .meeting, .copy: return .duplicateName
            case .lookAlike: return .lookAlikeNames
            case .email: return .duplicateEmail
            case .linkedIn: return .duplicateLinkedIn
            }
        }
    }

    /// Two notes and why they may be one: `later` comes after `earlier` in note order.
    private struct Pair: Hashable {
        var later: Int
        var earlier: Int
    }

    /// Two notes that may be one, and why: `later` comes after `earlier` in note order.
    struct Finding: Sendable {
        var later: Int
        var earlier: Int
        var reason: Reason
    }

    /// The ways of finding notes that may be one, in two halves of about equal work on a large
    /// vault: `Vault` looks for both side by side, beside the graph and the reference checks.
    enum Half: CaseIterable {
        /// Sync copies, equal names, look-alike and swapped names.
        case names
        /// Shared emails and LinkedIn profiles, and meetings written twice.
        case details
    }

    /// The pairs of notes one half of the ways finds, in the order the warnings take.
    func findings(_ half: Half) -> [Finding] {
        switch half {
        case .names:
            let copies = syncCopies().map { Finding(later: $0.copy, earlier: $0.original, reason: .copy) }
            let names = sameNames().map { Finding(later: $0.0, earlier: $0.1, reason: .name) }
            let lookAlikes = (lookAlikeContacts() + swappedNames() + lookAlikeOrganizations()).map {
                Finding(later: $0.0, earlier: $0.1, reason: .lookAlike)
            }
            return copies + names + lookAlikes
        case .details:
            let (emails, profiles) = sameDetails()
            return emails.map { Finding(later: $0.0, earlier: $0.1, reason: .email($0.2)) }
                + profiles.map { Finding(later: $0.0, earlier: $0.1, reason: .linkedIn($0.2)) }
                + sameMeetings().map { Finding(later: $0.0, earlier: $0.1, reason: .meeting) }
        }
    }

    /// One warning for each pair of notes that may be one.
    func diagnostics() -> [Diagnostic] {
        diagnostics(of: Half.allCases.flatMap(findings))
    }

    /// One warning for each pair of notes `findings` (of both halves, in order) names.
    func diagnostics(of findings: [Finding]) -> [Diagnostic] {
        var order: [Pair] = []
        var reasons: [Pair: [Reason]] = [:]
        let isCopy = Set(findings.lazy.filter { $0.reason == .copy }.map(\.later))
        for finding in findings {
            // The warning, and the merge that removes a note, are the copy's, whichever sorts first.
            let pair =
                isCopy.contains(finding.earlier) && !isCopy.contains(finding.later)
                ? Pair(later: finding.earlier, earlier: finding.later)
                : Pair(later: finding.later, earlier: finding.earlier)
            if reasons[pair] == nil { order.append(pair) }
            reasons[pair, default: []].append(finding.reason)
        }
        // Which note a merge keeps counts the notes referring to each; most vaults have no pair.
        let referrers = order.isEmpty ? [] : MergeDirection.referrers(resolved, notes: notes.count)
        return order.map { diagnostic($0, reasons[$0]!, referrers: referrers) }
    }

    /// Each interview with the same people (as their references resolve) on the same day as an
    /// earlier one, where the two do not give different times: with the first such interview.
    /// (`next` makes one thank-you for the two: `NextStepContext.notes(ofMeeting:)`.)
    func sameMeetings() -> [(Int, Int)] {
        struct Key: Hashable {
            var people: [ResolvedReferences.PersonMet]
            var day: LocalDate
        }
        var first: [Key: [Int]] = [:]
        var pairs: [(Int, Int)] = []
        for note in notes.indices {
            guard let interview = notes[note].interview, let date = interview.date, !interview.contacts.isEmpty,
                interview.status == nil
            else { continue }
            let key = Key(people: resolved[note].peopleMet, day: date.date)
            let earlier = first[key, default: []].first { other in
                let minutes = (notes[other].interview?.date?.minutes, date.minutes)
                return minutes.0 == nil || minutes.1 == nil || minutes.0 == minutes.1
            }
            if let earlier { pairs.append((note, earlier)) }
            first[key, default: []].append(note)
        }
        return pairs
    }

    // MARK: Finding pairs

    /// Each note whose file is named as a copy of another note's file in its folder (`Reason.copy`),
    /// with that note. Most vaults have none: the folders' stems are gathered only when one
    /// stem is named so.
    func syncCopies() -> [(copy: Int, original: Int)] {
        Self.syncCopies(paths: notes.map(\.path))
    }

    /// `syncCopies()` of the notes at `paths` (vault-relative, in note order).
    static func syncCopies(paths: [String]) -> [(copy: Int, original: Int)] {
        let candidates = paths.indices.compactMap { note in
            mayBeCopy(paths[note]) ? (note, copiedStems(VaultPath.stem(of: paths[note]))) : nil
        }.filter { !$0.1.isEmpty }
        guard !candidates.isEmpty else { return [] }
        var byStem: [String: Int] = [:]
        byStem.reserveCapacity(paths.count)
        for note in paths.indices { byStem[VaultPath.stripMarkdownExtension(paths[note])] = note }
        return candidates.compactMap { note, bases in
            let folder = VaultPath.directory(of: paths[note])
            guard let original = bases.lazy.compactMap({ byStem[folder + $0] }).first, original != note else {
                return nil
            }
            return (note, original)
        }
    }

    /// Whether the file at `path` may be named as a copy: its stem ends with `)`, a digit or a
    /// capital (a Syncthing device id), which rules out nearly every note without a string made.
    private static func mayBeCopy(_ path: String) -> Bool {
        let bytes = path.utf8
        guard bytes.count > 4, let end = bytes.last, end | 0x20 == UInt8(ascii: "d") else { return false }
        let last = bytes[bytes.index(bytes.endIndex, offsetBy: -4)]
        return last == UInt8(ascii: ")") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(last)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(last)
    }

    /// The stems a copy's stem may have been made from, the likeliest first: `Maria Lopez` for
    /// `Maria Lopez 2` (macOS, iCloud), `Maria Lopez (1)` (Windows, Google Drive), `Maria Lopez
    /// (Alex's conflicted copy 2026-11-21)` and `Maria Lopez (Selective Sync Conflict)` (Dropbox,
    /// `… Conflict 1)` for a second), `maria.sync-conflict-20261121-101010-ABCDEFG` (Syncthing)
    /// and `maria-lopez-DESKTOP-3K2J7QX` (OneDrive: `oneDriveStems`, and `deviceNamedStem` for
    /// `maria-lopez-DANASLAPTOP`); none for a stem not
    /// named so. Read on bytes: it is asked of every note whose name may be a copy's.
    static func copiedStems(_ stem: String) -> [String] {
        let bytes = Array(stem.utf8)
        if let stem = copiedStem(bytes) { return [stem] }
        let stems = oneDriveStems(bytes)
        return stems.isEmpty ? deviceNamedStem(bytes).map { [$0] } ?? [] : stems
    }

    /// The stem of a copy named by Dropbox, macOS, Windows, Google Drive or Syncthing (`copiedStems`).
    private static func copiedStem(_ bytes: [UInt8]) -> String? {
        guard let last = bytes.last else { return nil }
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        if last == UInt8(ascii: ")") {
            guard let open = bytes.lastIndex(of: UInt8(ascii: "(")), open > 1, bytes[open - 1] == UInt8(ascii: " ")
            else { return nil }
            let inside = bytes[(open + 1)..<(bytes.count - 1)]
            let words = { String(decoding: inside, as: UTF8.self).lowercased() }
            let isCopy =
                (1...3).contains(inside.count) && inside.allSatisfy(isDigit)
                || words().contains("conflicted copy") || words().hasPrefix("selective sync conflict")
            return isCopy ? String(decoding: bytes[..<(open - 1)], as: UTF8.self) : nil
        }
        if isDigit(last) {
            // `Maria Lopez 2`: a space and a number of one or two digits after a name with a letter.
            guard let space = bytes.lastIndex(of: UInt8(ascii: " ")) else { return nil }
            let number = bytes[(space + 1)...]
            guard (1...2).contains(number.count), number.allSatisfy(isDigit), number.first != UInt8(ascii: "0"),
                bytes[..<space].contains(where: {
                    $0 >= 0x80 || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20)
                })
            else { return nil }
            return String(decoding: bytes[..<space], as: UTF8.self)
        }
        let marker = Array(".sync-conflict-".utf8)
        guard bytes.contains(UInt8(ascii: ".")), let start = bytes.firstRange(of: marker)?.lowerBound, start > 0 else {
            return nil
        }
        return String(decoding: bytes[..<start], as: UTF8.self)
    }

    /// The stems OneDrive may have made `bytes` from when it kept both versions of a file edited
    /// on two computers: it adds `-` and the computer's name (`ana-lopez-DESKTOP-3K2J7QX`,
    /// `Ana López-LAPTOP-8F2KD1Q3`). A Windows computer's name is at most 15 capitals, digits
    /// and hyphens; one with a digit or a hyphen is read as a name (Windows' own names have
    /// both), so that an ordinary word in capitals (`plan-Q`, `ana-ACME`) is not. Each hyphen
    /// the name may start after gives a stem, the longest name first; `syncCopies` keeps the
    /// one a note in the folder has.
    static func oneDriveStems(_ bytes: [UInt8]) -> [String] {
        let isNameByte = { (byte: UInt8) in
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
        var start = bytes.endIndex
        while start > bytes.startIndex, isNameByte(bytes[start - 1]), bytes.endIndex - start < 16 { start -= 1 }
        var stems: [String] = []
        for hyphen in start..<bytes.endIndex where bytes[hyphen] == UInt8(ascii: "-") && hyphen > 0 {
            let name = bytes[(hyphen + 1)...]
            guard (1...15).contains(name.count), name.first != UInt8(ascii: "-"), name.last != UInt8(ascii: "-"),
                name.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }),
                name.contains(where: { !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) })
            else { continue }
            stems.append(String(decoding: bytes[..<hyphen], as: UTF8.self))
        }
        return stems
    }

    /// The stem before a OneDrive computer's name of capitals alone that says it is a computer
    /// (`ana-lopez-DANASLAPTOP`, `ana-lopez-HOMEPC`): 3 to 15 capitals after the last hyphen,
    /// holding a word for a computer (`deviceWords`) or ending in `PC` after a letter, after a
    /// name with a small letter. Other capitals are not read as a computer's name
    /// (`oneDriveStems`): `mary-ann-LEE`, `acme-IT`, and `ana-lopez-MICROSOFT` beside
    /// `ana-lopez`, two people of one name told apart by where they work; a length alone does
    /// not tell a computer from an employer.
    static func deviceNamedStem(_ bytes: [UInt8]) -> String? {
        let isCapital = { (byte: UInt8) in (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
        var start = bytes.endIndex
        while start > bytes.startIndex, isCapital(bytes[start - 1]) { start -= 1 }
        let name = bytes[start...]
        guard (3...15).contains(name.count), start > 1, bytes[start - 1] == UInt8(ascii: "-"),
            bytes[..<(start - 1)].contains(where: { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
        else { return nil }
        let isDevice =
            name.reversed().starts(with: "CP".utf8) || deviceWords.contains { name.firstRange(of: $0.utf8) != nil }
        return isDevice ? String(decoding: bytes[..<(start - 1)], as: UTF8.self) : nil
    }

    /// Words people name a computer with (`DANASLAPTOP`, `OFFICEDESKTOP`, `ALEXSURFACE`).
    private static let deviceWords = [
        "LAPTOP", "DESKTOP", "NOTEBOOK", "SURFACE", "COMPUTER", "MACBOOK", "WORKSTATION", "THINKPAD",
    ]

    /// Each note whose folded name an earlier note (not an interview) has, with the first such note.
    private func sameNames() -> [(Int, Int)] {
        var firstNamed: [String: Int] = [:]
        firstNamed.reserveCapacity(notes.count)
        var pairs: [(Int, Int)] = []
        for note in notes.indices where notes[note].kind != .interview {
            let key = index.nameKeys[note]
            if let first = firstNamed[key] { pairs.append((note, first)) } else { firstNamed[key] = note }
        }
        return pairs
    }

    /// Two contact notes whose names are one name written two ways (`NameKey.lookAlike`, with
    /// middle initials that agree): the later note, with an earlier one of the same initials,
    /// else one without, else (when the later has none) the first. Names equal when folded are
    /// `sameNames`'.
    private func lookAlikeContacts() -> [(Int, Int)] {
        // Most keys belong to one note: initials are worked out only for a key seen twice.
        var firstWithKey: [String: Int] = [:]
        var groups: [String: [String: Int]] = [:]
        var pairs: [(Int, Int)] = []
        for note in notes.indices where notes[note].kind == .contact {
            let key = index.lookAlikeKeys[note]
            guard !key.isEmpty else { continue }
            guard let first = firstWithKey[key] else {
                firstWithKey[key] = note
                continue
            }
            var byInitials = groups[key] ?? [NameKey.middleInitials(notes[first].name): first]
            let initials = NameKey.middleInitials(notes[note].name)
            let earlier = byInitials[initials] ?? byInitials[""] ?? (initials.isEmpty ? first : nil)
            if byInitials[initials] == nil { byInitials[initials] = note }
            groups[key] = byInitials
            guard let earlier, index.nameKeys[earlier] != index.nameKeys[note] else { continue }
            pairs.append((note, earlier))
        }
        return pairs
    }

    /// Two contacts at one organization whose names are the same two words the other way round
    /// (`Chen Wei` and `Wei Chen` at Anthropic: `NameKey.swapped`): the later note, with the
    /// first such earlier one. Contacts without an organization are left out: swapped pairs
    /// of common given and family names (`Thomas James`, `James Thomas`) are two people.
    private func swappedNames() -> [(Int, Int)] {
        struct NameAt: Hashable {
            var name: String
            var organization: String
        }
        var firstWithKey: [NameAt: Int] = [:]
        var pairs: [(Int, Int)] = []
        // Thousands of contacts work at a few hundred organizations: each name is folded once.
        var organizationKeys: [String: String] = [:]
        for note in notes.indices where notes[note].kind == .contact {
            let key = index.lookAlikeKeys[note]
            guard let swapped = NameKey.swapped(lookAlikeKey: key), let name = organizationName(of: note) else {
                continue
            }
            let organization: String
            if let folded = organizationKeys[name] {
                organization = folded
            } else {
                organization = NameKey.organizationLookAlike(name)
                organizationKeys[name] = organization
            }
            guard !organization.isEmpty else { continue }
            if let earlier = firstWithKey[NameAt(name: swapped, organization: organization)] {
                pairs.append((note, earlier))
            }
            let own = NameAt(name: key, organization: organization)
            if firstWithKey[own] == nil { firstWithKey[own] = note }
        }
        return pairs
    }

    /// The name of a contact's organization, to fold with `NameKey.organizationLookAlike`: the
    /// note's it resolves to, else as written; `nil` when it has none.
    private func organizationName(of note: Int) -> String? {
        guard let entry = resolved[note].organization else { return nil }
        if case .note(let organization) = entry.resolution { return notes[organization].name }
        return entry.reference.target
    }

    /// Two organization notes whose names are one name written two ways
    /// (`NameKey.organizationLookAlike`: `Acme Foods` and `Acme Foods, Inc.`), but not the same
    /// once folded (that is `sameNames`): each later one, with the first.
    private func lookAlikeOrganizations() -> [(Int, Int)] {
        var organizations = FirstWithKey()
        for note in notes.indices where notes[note].kind == .organization {
            let key = NameKey.organizationLookAlike(notes[note].name)
            organizations.add(note, key.isEmpty ? nil : key)
        }
        return organizations.pairs.filter { index.nameKeys[$0.0] != index.nameKeys[$0.1] }.map { ($0.0, $0.1) }
    }

    /// Each contact whose email, folded by `ContactKeys.email`, an earlier contact has, and each
    /// whose LinkedIn profile (`ContactKeys.linkedIn`) does: the first such contact, and the
    /// folded value. (One pass: reading a note's contact fields copies them.)
    private func sameDetails() -> (emails: [(Int, Int, String)], profiles: [(Int, Int, String)]) {
        var emails = FirstWithKey()
        var profiles = FirstWithKey()
        for note in notes.indices {
            guard let contact = notes[note].contact else { continue }
            emails.add(note, contact.email.flatMap(ContactKeys.email))
            profiles.add(note, contact.linkedin.flatMap(ContactKeys.linkedIn))
        }
        return (emails.pairs, profiles.pairs)
    }

    /// The first note with each key, and each later note with the key, the first, and the key.
    private struct FirstWithKey {
        var first: [String: Int] = [:]
        var pairs: [(Int, Int, String)] = []

        mutating func add(_ note: Int, _ key: String?) {
            guard let key else { return }
            if let earlier = first[key] { pairs.append((note, earlier, key)) } else { first[key] = note }
        }
    }

    // MARK: The warning

    private func diagnostic(_ pair: Pair, _ reasons: [Reason], referrers: [Int]) -> Diagnostic {
        let (note, other) = (notes[pair.later], notes[pair.earlier])
        let primary = reasons[0]
        let location = "\(other.path):\(position(of: primary, in: other).line)"
        let emails = reasons.contains { if case .email = $0 { true } else { false } }
        let profiles = reasons.contains { if case .linkedIn = $0 { true } else { false } }
        let shared = [emails ? "email" : nil, profiles ? "LinkedIn profile" : nil].compactMap { $0 }
        let message: String
        switch primary {
        case .name:
            message = "another note is also named '\(note.name)': \(location)" + with(shared)
        case .lookAlike:
            let what = note.kind == .organization ? "organization" : "person"
            message = "'\(note.name)' looks like the same \(what) as '\(other.name)' (\(location))" + with(shared)
        case .email(let key):
            let value = profiles ? "" : ": \(key)"
            message =
                "'\(note.name)' has the same \(shared.joined(separator: " and ")) as '\(other.name)' (\(location))\(value)"
        case .linkedIn(let key):
            message = "'\(note.name)' has the same LinkedIn profile as '\(other.name)' (\(location)): \(key)"
        case .meeting:
            message =
                "\(location) is also an interview with the same people that day: one meeting written in two notes "
                + "(next makes one thank-you and one update for it, at the other note)"
        case .copy:
            message =
                "this file is named as a sync tool or your system names a copy of \(other.path)" + with(shared)
                + "; each is read as a note of its own"
        }
        return Diagnostic(
            .warning, primary.code, message, file: note.path, at: position(of: primary, in: note),
            hint: hint(pair, primary, isCopy: reasons.contains(.copy), referrers: referrers))
    }

    /// ", with the same email and LinkedIn profile", or nothing.
    private func with(_ shared: [String]) -> String {
        shared.isEmpty ? "" : ", with the same " + shared.joined(separator: " and ")
    }

    /// Where a reason's field is written: the name's value (for a plain note its `title`), the
    /// email's, the LinkedIn URL's; else the start of the file.
    private func position(of reason: Reason, in note: Note) -> SourcePosition {
        let entry = note.frontMatter.entry(reason.key) ?? (reason == .name ? note.frontMatter.entry("title") : nil)
        return entry?.value.position ?? .start
    }

    /// How to fold one note into the other when they are one (`MergeDirection`), and what to
    /// do if not.
    private func hint(_ pair: Pair, _ reason: Reason, isCopy: Bool, referrers: [Int]) -> String {
        let (note, other) = (notes[pair.later], notes[pair.earlier])
        let otherwise: String
        switch reason {
        case .name: otherwise = "give one a different name; references to '\(note.name)' are ambiguous"
        case .lookAlike: otherwise = "tell them apart in 'name'"
        case .email: otherwise = "correct the email in one of them"
        case .linkedIn: otherwise = "correct the LinkedIn URL in one of them"
        case .meeting:
            return "if it is one meeting, copy what this note says into \(other.path) and delete this one; if you met "
                + "twice that day, give each its time ('date: YYYY-MM-DD HH:MM')"
        case .copy: otherwise = "rename it"
        }
        guard note.kind == other.kind, note.kind != .interview else {
            return reason == .copy
                ? "if it is a copy, keep what only it says in \(other.path) and delete it; if not, "
                    + otherwise : otherwise
        }
        let one = note.kind == .contact ? "one person" : "one \(note.kind.rawValue)"
        // Of a pair with a copy, the later note is the copy.
        let direction = MergeDirection(
            MergeDirection.Candidate(note, referredToBy: referrers[pair.later], isCopy: isCopy),
            MergeDirection.Candidate(other, referredToBy: referrers[pair.earlier]))
        return "if they are \(one), \(direction.advice); if not, \(otherwise)"
    }
}
