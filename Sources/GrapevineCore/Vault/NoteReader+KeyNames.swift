/// Front matter keys written another way: a slip (`organisation`), or another name people give
/// the field (`company:` for `organization:`, `with:` for an interview's `contact:`). Other
/// keys of their own are welcome and stay quiet; these would be read as nothing.
extension NoteReader {
    /// Other names for the keys each kind of note reads. Only names that mean the field: a
    /// `company:` is where a contact works.
    static let otherNames: [NoteKind: [String: String]] = [
        .contact: [
            "company": "organization", "employer": "organization", "org": "organization",
            "works_at": "organization", "workplace": "organization",
            "position": "title", "job_title": "title", "jobtitle": "title",
            "referrer": "referred_by", "referred": "referred_by", "referral": "referred_by",
            "introduced_by": "referred_by", "intro_by": "referred_by", "introducer": "referred_by",
            "e-mail": "email", "mail": "email", "email_address": "email",
            "phone_number": "phone", "mobile": "phone", "cell": "phone", "tel": "phone",
            "linkedin_url": "linkedin", "linked_in": "linkedin",
            // Not `created:`, which note templates write on every note: `added` puts a contact on
            // your list, and a hint to rename it on a network of hundreds would flood `next`.
            "date_added": "added", "added_on": "added",
            "city": "location",
            "firstname": "first_name", "given_name": "first_name", "givenname": "first_name",
            "nickname": "first_name", "preferred_name": "first_name", "call_me": "first_name",
        ],
        .interview: [
            "with": "contact", "contacts": "contact", "people": "contact", "person": "contact",
            "attendees": "contact", "participants": "contact", "interviewer": "contact",
            "when": "date", "datetime": "date", "scheduled": "date",
            "thanked": "thank_you", "thank_you_sent": "thank_you", "thankyou": "thank_you",
            "length": "duration", "minutes": "duration",
            "format": "mode", "medium": "mode",
        ],
        .organization: [
            "site": "website", "url": "website", "homepage": "website", "web": "website",
            "sector": "industry", "field": "industry",
            "targeted": "target", "dream": "target",
            "job_posting": "posting", "opening": "posting", "job": "posting",
            "city": "location", "hq": "location",
        ],
    ]

    /// The key Grapevine reads that `key` is another name for in some kind of note (`mobile`
    /// for `phone`), in any case; `nil` for none.
    static func field(meantByOtherName key: String) -> String? {
        let key = key.lowercased()
        return otherNames.values.lazy.compactMap { $0[key] }.first
    }

    /// The key Grapevine reads that `key`, which it does not know, was probably meant to be in
    /// a note of `kind` whose front matter is `frontMatter`: a close spelling, else another
    /// name for a key the note does not have already.
    static func meantKey(for key: String, kind: NoteKind, in frontMatter: FrontMatter) -> String? {
        let allowed = keys[kind] ?? commonKeys
        if let close = Spelling.closest(to: key, in: allowed) { return close }
        guard let meant = otherNames[kind]?[key.lowercased()],
            !frontMatter.entries.contains(where: { $0.key == meant })
        else { return nil }
        return meant
    }

    /// Warns about keys that mean one Grapevine reads (`meantKey`), and about an interview's
    /// `time:` beside a date without one.
    func reportMisspelledKeys(_ frontMatter: FrontMatter, kind: NoteKind, fields: inout FieldReader) {
        let allowed = Self.keys[kind] ?? Self.commonKeys
        // By index: an entry is copied only when its key is unknown (a note's keys nearly all are known).
        for index in frontMatter.entries.indices where !allowed.contains(frontMatter.entries[index].key) {
            let entry = frontMatter.entries[index]
            if let meant = Self.meantKey(for: entry.key, kind: kind, in: frontMatter) {
                fields.report(
                    .warning, .unknownKey, "unknown key '\(entry.key)'", at: entry.keyPosition,
                    hint: "did you mean '\(meant)'?")
            } else if kind == .interview, Self.otherNames[.interview]?[entry.key.lowercased()] == "contact",
                let people = frontMatter["contact"]
            {
                // `contact: Dana Lee` and `with: Omar`: Omar would not be met at all.
                let names = Self.names(in: people) + Self.names(in: entry.value)
                fields.report(
                    .warning, .unknownKey, "'\(entry.key)' is not read: everyone you met goes in 'contact'",
                    at: entry.keyPosition, hint: "write them all there: 'contact: [\(names.joined(separator: ", "))]'")
            } else if kind == .interview, entry.key.lowercased() == "time",
                let hint = Self.timeHint(entry, in: frontMatter)
            {
                fields.report(
                    .warning, .unknownKey, "'\(entry.key)' is not read: an interview's time goes in its date",
                    at: entry.keyPosition, hint: hint)
            }
        }
    }

    /// An interview's `referrals:` in the front matter (an Obsidian property list, as a template
    /// may have it) naming people its Referrals section does not: only the section is read
    /// (SPEC §2.2), so they would be no referral, no step and no thanks to the person met.
    /// Empty items (`- ` left from the template) and names the section has say nothing.
    func reportReferralsInFrontMatter(_ frontMatter: FrontMatter, of interview: Interview, fields: inout FieldReader) {
        guard
            let entry = frontMatter.entries.first(where: {
                (8...9).contains($0.key.utf8.count) && ["referrals", "referral"].contains($0.key.lowercased())
            })
        else { return }
        let listed = Set(
            interview.referrals.flatMap { [$0.person.target, $0.person.label ?? ""] }.map { NameKey.fold($0) })
        let unread = Self.names(in: entry.value).filter { !listed.contains(NameKey.fold($0)) }
        guard !unread.isEmpty else { return }
        let items = unread.map { "- [[\($0)]]" }.joined(separator: "', '")
        fields.report(
            .warning, .unknownKey,
            "'\(entry.key)' in the front matter is not read: \(Prose.list(unread)) \(unread.count == 1 ? "is" : "are") "
                + "not counted as referred by the person you met",
            at: entry.keyPosition,
            hint: "write each as an item under a '## Referrals' heading in the note: '\(items)'")
    }

    /// The names a value holds (a name, a link, or a list of them), as a list shows them.
    private static func names(in value: FrontMatter.Value) -> [String] {
        let scalars: [String]
        switch value.content {
        case .scalar(let text, _): scalars = [text]
        case .list(let items): scalars = items.compactMap(\.scalar)
        case .mapping: scalars = []
        }
        return scalars.map { text in
            var name = text.trimmingWhitespace()
            if name.hasPrefix("[["), name.hasSuffix("]]") { name = String(name.dropFirst(2).dropLast(2)) }
            return String(name.split(separator: "|", maxSplits: 1).first ?? "").trimmingWhitespace()
        }.filter { !$0.isEmpty }
    }

    /// How to write an interview's `time:` into its `date:`, when the date has no time.
    private static func timeHint(_ time: FrontMatter.Entry, in frontMatter: FrontMatter) -> String? {
        guard let date = frontMatter.entries.first(where: { $0.key == "date" })?.value.scalar?.trimmingWhitespace(),
            let day = LocalDate(date)
        else { return nil }
        let written = "\(day) " + (time.value.scalar?.trimmingWhitespace() ?? "")
        guard let moment = LocalDateTime(written) ?? FieldReader.dateWithSpokenTime(written) else {
            return "write 'date: \(day) HH:MM'"
        }
        return "write 'date: \(moment)' and remove '\(time.key)'"
    }
}
