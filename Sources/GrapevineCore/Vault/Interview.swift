/// The fields and sections of an interview note (`interviews/*.md` or `type: interview`), in
/// one box that copies share (`Shared`), as a contact's.
public struct Interview: Sendable {
    /// How the meeting went, when it did not simply happen.
    public enum Status: String, Sendable, Codable {
        case cancelled, noShow = "no-show"
    }

    /// How you met.
    public enum Mode: String, Sendable, Codable, CaseIterable {
        case inPerson = "in-person", phone, video, email

        /// How you meet, in words that start a sentence: "By video call".
        public var phrase: String {
            switch self {
            case .inPerson: "In person"
            case .phone: "By phone"
            case .video: "By video call"
            case .email: "By email"
            }
        }
    }

    /// A date something was sent, or just that it was sent (`true`).
    public enum Sent: Sendable, Hashable, Codable {
        case on(LocalDate)
        case undated
    }

    private var storage: Shared<Fields>

    /// The people met.
    public var contacts: [Reference] {
        get { storage.fields.contacts }
        set { storage = storage.changing { $0.contacts = newValue } }
    }
    /// When; `nil` only when the note has an error.
    public var date: LocalDateTime? {
        get { storage.fields.date }
        set { storage = storage.changing { $0.date = newValue } }
    }
    /// Minutes (20 when not given, or not a positive whole number).
    public var duration: Int {
        get { storage.fields.duration }
        set { storage = storage.changing { $0.duration = newValue } }
    }
    /// How you met, if given.
    public var mode: Mode? {
        get { storage.fields.mode }
        set { storage = storage.changing { $0.mode = newValue } }
    }
    /// Where: `location:` as written, if given.
    public var location: String? {
        get { storage.fields.location }
        set { storage = storage.changing { $0.location = newValue } }
    }
    /// The link to join the call: a web address under `link:` (or `url`, `meeting`, `video`,
    /// `join`, `location`), else the body's first link to a video-call site.
    public var link: String? {
        get { storage.fields.link }
        set { storage = storage.changing { $0.link = newValue } }
    }
    /// `cancelled` or `no-show`; such interviews produce no next steps.
    public var status: Status? {
        get { storage.fields.status }
        set { storage = storage.changing { $0.status = newValue } }
    }
    /// When the thank-you was sent.
    public var thankYou: Sent? {
        get { storage.fields.thankYou }
        set { storage = storage.changing { $0.thankYou = newValue } }
    }
    /// When the one-month update was sent.
    public var update: Sent? {
        get { storage.fields.update }
        set { storage = storage.changing { $0.update = newValue } }
    }
    /// Whether they asked for your resume.
    public var resumeRequested: Bool {
        get { storage.fields.resumeRequested }
        set { storage = storage.changing { $0.resumeRequested = newValue } }
    }
    /// When the resume was sent.
    public var resumeSent: Sent? {
        get { storage.fields.resumeSent }
        set { storage = storage.changing { $0.resumeSent = newValue } }
    }
    /// The Agenda (or Questions) items: checked = asked.
    public var agenda: [ListItem] {
        get { storage.fields.agenda }
        set { storage = storage.changing { $0.agenda = newValue } }
    }
    /// The people suggested, from the Referrals section.
    public var referrals: [ReferralMention] {
        get { storage.fields.referrals }
        set { storage = storage.changing { $0.referrals = newValue } }
    }
    /// Books, organizations, articles recommended: checked = done.
    public var resources: [ListItem] {
        get { storage.fields.resources }
        set { storage = storage.changing { $0.resources = newValue } }
    }
    /// Openings learned of: checked = done.
    public var leads: [ListItem] {
        get { storage.fields.leads }
        set { storage = storage.changing { $0.leads = newValue } }
    }
    /// The Next steps items.
    public var nextSteps: [ListItem] {
        get { storage.fields.nextSteps }
        set { storage = storage.changing { $0.nextSteps = newValue } }
    }
    /// The `date:` as written when it cannot be read (`05.11.2026`, `TBD`); `nil` when it can,
    /// or when there is none. `date` is `nil` then, and `check` has the error.
    public var unreadableDate: String? {
        get { storage.fields.unreadableDate }
        set { storage = storage.changing { $0.unreadableDate = newValue } }
    }
    /// `thank_you`, `update` or `resume_sent` written in a form not read (`thank_you: 12/3`):
    /// key → the line as written and what `check`'s hint says to write. The step it would
    /// close stays open, and says why.
    public var sentNotRead: [String: NotRead] {
        get { storage.fields.sentNotRead }
        set { storage = storage.changing { $0.sentNotRead = newValue } }
    }

    init(
        contacts: [Reference], date: LocalDateTime?, duration: Int, mode: Mode?, location: String? = nil,
        link: String? = nil, status: Status?, thankYou: Sent?, update: Sent?, resumeRequested: Bool,
        resumeSent: Sent?, agenda: [ListItem], referrals: [ReferralMention], resources: [ListItem], leads: [ListItem],
        nextSteps: [ListItem], unreadableDate: String? = nil, sentNotRead: [String: NotRead] = [:]
    ) {
        storage = Shared(
            Fields(
                contacts: contacts, date: date, duration: duration, mode: mode, location: location, link: link,
                status: status, thankYou: thankYou, update: update, resumeRequested: resumeRequested,
                resumeSent: resumeSent, agenda: agenda, referrals: referrals, resources: resources, leads: leads,
                nextSteps: nextSteps, unreadableDate: unreadableDate, sentNotRead: sentNotRead))
    }

    /// A value written but not read, and what to write instead.
    public struct NotRead: Sendable, Equatable {
        /// `thank_you: 12/3`.
        public var written: String
        /// `write it as '2026-12-03' (or '2027-03-12' if the day comes first)`.
        public var hint: String
    }

    /// Whether `date:` says a day, but not in a form that can be read (`05.11.2026`, `Nov 5`,
    /// `2026-11-5`): a meeting set, maybe held, whose steps wait for the date to be fixed.
    /// Words alone (`TBD`, `next week`) say it is not set yet.
    public var isSetOnUnreadableDay: Bool {
        unreadableDate?.contains(where: \.isNumber) == true
    }

    /// The thank-you sent for this meeting: `thank_you`, unless it is dated before the meeting's
    /// day, which cannot be this meeting's thank-you (a date that came with a copied note, or a
    /// slip `check` warns about), so it closes no step (SPEC §3: on or after the interview).
    public var thankYouForMeeting: Sent? { sentBeforeMeeting(thankYou) == nil ? thankYou : nil }

    /// The one-month update sent for this meeting: `update`, unless it is dated before the
    /// meeting's day (as `thankYouForMeeting`).
    public var updateForMeeting: Sent? { sentBeforeMeeting(update) == nil ? update : nil }

    /// The day a `thank_you` or `update` says it was sent, when that is before the meeting's day.
    public func sentBeforeMeeting(_ sent: Sent?) -> LocalDate? {
        guard case .on(let day)? = sent, let date, day < date.date else { return nil }
        return day
    }

    /// The days it put you in touch: its date, and the dates the thank-you and update were sent.
    public var touchDates: [LocalDate] {
        var dates = date.map { [$0.date] } ?? []
        for case .on(let day)? in [thankYou, update] { dates.append(day) }
        return dates
    }

    /// Where to be and how to join, one line each: "Where: Acme HQ lobby", "Join:
    /// https://zoom.us/j/1"; the link once when `location:` is that link.
    public var place: [String] { Self.place(location: location, link: link) }

    /// "Where: …" and "Join: …" lines for this location and link.
    static func place(location: String?, link: String?) -> [String] {
        var lines: [String] = []
        if let location, location != link { lines.append("Where: " + location) }
        if let link { lines.append("Join: " + link) }
        return lines
    }

    /// How you meet and for how long: "By video call, 20 minutes."
    public var how: String { Self.how(mode: mode, minutes: duration) }

    /// "By video call, 20 minutes.", or "20 minutes." when the mode is not known.
    static func how(mode: Mode?, minutes: Int) -> String {
        "\(mode.map { $0.phrase + ", " } ?? "")\(minutes) minutes."
    }

    /// Whether the interview took place on or before `today` (not cancelled or a no-show).
    public func isHeld(asOf today: LocalDate) -> Bool {
        guard status == nil, let date else { return false }
        return date.date <= today
    }

    private struct Fields: Sendable {
        var contacts: [Reference]
        var date: LocalDateTime?
        var duration: Int
        var mode: Mode?
        var location: String?
        var link: String?
        var status: Status?
        var thankYou: Sent?
        var update: Sent?
        var resumeRequested: Bool
        var resumeSent: Sent?
        var agenda: [ListItem]
        var referrals: [ReferralMention]
        var resources: [ListItem]
        var leads: [ListItem]
        var nextSteps: [ListItem]
        var unreadableDate: String?
        var sentNotRead: [String: NotRead]
    }
}

/// One person named in an interview's Referrals section.
public struct ReferralMention: Sendable, Hashable {
    /// Who: the item's first link, else its text up to ` — `, ` - `, `,`, `(` or ` at `.
    public var person: Reference
    /// The whole item text, for context ("runs QA at Northwind").
    public var text: String
    /// The name written before the first link as the person at that place (`Beatriz Nunes at
    /// [[Civic Design Collective]]`): who the item names when the link is an organization's
    /// (`ReferenceIndex.referred(by:)`).
    public var nameBeforeLink: Reference? = nil
    /// Whether that name is followed by ` at ` or ` @ ` (`Sam Wu at [[Bluepeak]]`): the link is
    /// where they work even when it finds no note.
    public var linkIsPlace = false
    /// In an item that names the person without a link, the words right after the name that
    /// may say where they work: in brackets (`Omar Said (City of Lakeport)`) or after ` at `
    /// (`Kim Ro at Northwind`). Where they work when an organization is called so
    /// (`ReferenceIndex.referred(by:)`); else a remark (`(met at conference)`).
    public var placeAfterName: Reference? = nil
    /// In an item that names the person without a link family name first (`Ortiz, Dana`,
    /// `Lee, Ann (her manager)`), read the other way round as `person` (`Dana Ortiz`, the words
    /// as written its label): the word after the comma. Where they work instead, after the name
    /// before the comma, when an organization is called so (`Sara, Northwind`:
    /// `ReferenceIndex.referred(by:)`).
    public var givenNameAfterComma: Reference? = nil

    /// What the item says besides naming the person: what follows ` — ` (or ` – `, ` - `),
    /// else whatever follows the name or the wikilink ("Sara Lind (Northwind), tell her I sent
    /// you" → "(Northwind), tell her I sent you", "[[Jo]] (in HR)" → "(in HR)", "talk to Jo in
    /// HR" → "in HR", "Nina Petrova / Zephyr" → "Zephyr"); `nil` when nothing does.
    public var remark: String? {
        if let comment = Prose.comment(text) { return comment }
        let end: Int
        if let name = writtenName {
            end = name.bytes.upperBound
        } else if person.form == .wikilink, let open = text.byteOffset(of: "[["),
            let close = text.byteOffset(of: "]]", from: open)
        {
            end = close + 2
        } else {
            return nil
        }
        var remark = String(decoding: text.utf8.dropFirst(end), as: UTF8.self)
            .drop { $0 == "," || $0 == ":" || $0.isWhitespace }
        // `Nina Petrova / Zephyr`, `Jo | data team`, `Jo; in HR`: a separator a name ends at
        // (`InterviewReader.personName`) is no part of the remark after it.
        if let first = remark.first, "/|;".contains(first), remark.dropFirst().first?.isWhitespace != false {
            remark = remark.dropFirst().drop(while: \.isWhitespace)
        }
        return remark.isEmpty ? nil : String(remark)
    }

    /// The person's name as the item's text has it, and where (UTF-8 offsets): the words that
    /// name them, or a Markdown link's text; `nil` for a wikilink, which `text` keeps as written.
    public var writtenName: (name: String, bytes: Range<Int>)? {
        guard person.form != .wikilink else { return nil }
        let name = person.label ?? person.target
        return text.byteOffset(of: name).map { (name, $0..<$0 + name.utf8.count) }
    }
}
