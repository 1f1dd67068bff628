/// Reads an interview's fields and its Agenda, Referrals, Resources, Leads and Next steps.
struct InterviewReader {
    /// The keys of what is sent after the meeting, whose dates are on or after it: a date
    /// written without its year (`thank_you: 10/23`) takes the meeting's.
    static let sentAfterTheMeeting: Set<String> = ["thank_you", "update", "resume_sent"]

    let path: String
    let body: MarkdownDocument

    static let keys: Set<String> = [
        "contact", "date", "duration", "mode", "status", "thank_you", "update", "resume_requested",
        "resume_sent",
    ]

    /// The method says 15–30 minutes.
    static let longestAdvisedDuration = 30
    /// The minutes of an interview whose `duration` is not given, or not one `check` accepts.
    static let defaultDuration = 20

    /// The most people one interview is with. Each of them is credited with each referral the
    /// interview records, so an interview with thousands of people and thousands of names was
    /// millions of referrals from one note; a panel is a handful of people.
    static let mostPeople = 25

    func read(_ fields: inout FieldReader) -> Interview {
        var contacts = fields.references("contact")
        if contacts.count > Self.mostPeople {
            fields.report(
                .error, .invalidValue,
                "an interview is with at most \(Self.mostPeople) people; this one names \(contacts.count), "
                    + "and only the first \(Self.mostPeople) are read",
                at: fields.value("contact")?.position ?? .start,
                hint: "write one interview note per conversation")
            contacts.removeLast(contacts.count - Self.mostPeople)
        }
        if contacts.isEmpty {
            let named = titleLink.map { "add 'contact: \"[[\($0)]]\"' (whom the title links to) to the front matter" }
            fields.report(
                .error, .missingKey, "an interview needs a 'contact'",
                at: fields.frontMatter.entry("contact")?.keyPosition ?? .start,
                hint: named ?? "add 'contact: \"[[Their Name]]\"' to the front matter")
        }
        let date = fields.dateTime("date")
        if fields.value("date") == nil {
            fields.report(
                .error, .missingKey, "an interview needs a 'date'",
                at: fields.frontMatter.entry("date")?.keyPosition ?? .start,
                hint: VaultPath.dateInFileName(of: path).map {
                    "add 'date: \($0)' (the date its file name starts with) to the front matter"
                }
                    ?? "add 'date: YYYY-MM-DD' (or 'YYYY-MM-DD HH:MM') to the front matter")
        }
        if let date { reportYearOffPath(date.date, &fields) }
        // Each is sent on or after the meeting (`sentAfterTheMeeting`): a hint's reading
        // before it comes second.
        var sentNotRead: [String: Interview.NotRead] = [:]
        /// `fields.sent`, noting a value written but not read with the hint `check` gives.
        func sent(_ key: String) -> Interview.Sent? {
            let before = fields.diagnostics.count
            let sent = fields.sent(key, notBefore: date?.date)
            if sent == nil, let problem = fields.diagnostics[before...].first(where: { $0.code == .invalidDate }),
                let text = fields.value(key)?.scalar?.trimmingWhitespace()
            {
                sentNotRead[key] = Interview.NotRead(written: "\(key): \(text)", hint: problem.hint ?? "")
            }
            return sent
        }
        let thankYou = sent("thank_you")
        let update = sent("update")
        let resumeSent = sent("resume_sent")
        // `## Job leads`, `## Questions to ask`: none of it is read, and `next` would not say so.
        for section in SectionUnderAnotherHeading.interviewSections(in: body) { section.report(&fields) }
        let interview = Interview(
            contacts: contacts, date: date, duration: duration(&fields), mode: mode(&fields),
            location: location(fields), link: callLink(fields), status: status(&fields),
            thankYou: thankYou ?? thankYouTicked, update: update,
            resumeRequested: fields.bool("resume_requested") ?? false,
            resumeSent: resumeSent,
            agenda: items("Agenda", "Questions"), referrals: referrals(&fields),
            resources: items("Resources"), leads: leads(), nextSteps: items("Next steps"),
            unreadableDate: date == nil ? fields.value("date")?.scalar : nil, sentNotRead: sentNotRead)
        for (key, sent) in [("thank_you", thankYou), ("update", update)] {
            // A slip of the month, or a date that came with a note copied from another meeting:
            // it is not this meeting's, so `next` still asks for it (`thankYouForMeeting`).
            guard let day = interview.sentBeforeMeeting(sent), let meeting = date?.date else { continue }
            fields.report(
                .warning, .invalidDate,
                "'\(key)' is dated \(day), before the interview on \(meeting), so it is not counted as sent",
                at: fields.value(key)?.position ?? .start,
                hint: "write the day it was sent, on or after \(meeting); if it came with a note copied from "
                    + "another meeting, remove it")
        }
        return interview
    }

    /// The first `[[wikilink]]` of the note's first heading (`# Coffee with [[Dana Reyes]]`):
    /// most likely whom the interview was with, for the hint of one without `contact`.
    private var titleLink: String? {
        guard let heading = body.blocks.firstIndex(where: { if case .heading = $0.kind { true } else { false } })
        else { return nil }
        for link in body.links where link.blockIndex == heading {
            if case .wiki(let target) = link.target, !target.contains("\"") { return target }
        }
        return nil
    }

    /// A ticked thank-you task in the note (`- [x] Send thank-you`): the thank-you is sent,
    /// on a day the note does not say.
    private var thankYouTicked: Interview.Sent? {
        body.items.contains { $0.checked == true && $0.isThankYouTask } ? .undated : nil
    }

    private func items(_ names: String...) -> [ListItem] {
        body.items(in: body.sections(named: names))
    }

    /// The minutes `duration` says; the default for any value `check` rejects (`0`, `-20`,
    /// `0.5`), so that `next`, `prep` and the calendar never use one (a "-20 minutes" meeting,
    /// an event that ends as it starts).
    private func duration(_ fields: inout FieldReader) -> Int {
        let value = fields.value("duration")
        if let value, let text = value.scalar, let problem = Self.fractionOfMinutes(text) {
            fields.report(
                .error, .wrongType, "'duration' is whole minutes, not '\(text)'", at: value.position, hint: problem)
            return Self.defaultDuration
        }
        let written = value?.scalar.flatMap(Self.minutes(in:))
        guard let minutes = written ?? fields.integer("duration") else { return Self.defaultDuration }
        if let value {
            if minutes <= 0 {
                fields.report(
                    .error, .invalidValue, "'duration' must be a positive number of minutes", at: value.position,
                    hint: "write the minutes, such as 'duration: \(Self.defaultDuration)'")
                return Self.defaultDuration
            } else if minutes > Self.longestAdvisedDuration {
                fields.report(
                    .warning, .longInterview, "this interview is \(minutes) minutes long", at: value.position,
                    hint: "informational interviews work best at 15–30 minutes; respect their time")
            }
        }
        return minutes
    }

    /// For a number with a fraction (`0.5`, `22.5`), the hint of its error: hours as minutes
    /// when it reads as hours (`0.5` → `duration: 30`), else whole minutes; `nil` for others.
    static func fractionOfMinutes(_ text: String) -> String? {
        guard let number = Double(text.trimmingWhitespace()), number.isFinite, number.rounded() != number else {
            return nil
        }
        guard number > 0, number < 5 else { return "write whole minutes, such as 'duration: \(defaultDuration)'" }
        return
            "it is in minutes: for \(text.trimmingWhitespace()) hours, write 'duration: \(Int((number * 60).rounded()))'"
    }

    /// The minutes `30 min`, `45 minutes`, `30m`, `1 h` or `1 hour` say; `nil` for other text.
    static func minutes(in text: String) -> Int? {
        let trimmed = text.trimmingWhitespace()
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard let number = Int(digits) else { return nil }
        switch trimmed.dropFirst(digits.count).trimmingWhitespace().lowercased() {
        case "", "m", "min", "mins", "minute", "minutes": return number
        case "h", "hr", "hrs", "hour", "hours":
            let (minutes, overflow) = number.multipliedReportingOverflow(by: 60)
            return overflow ? nil : minutes
        default: return nil
        }
    }

    private func mode(_ fields: inout FieldReader) -> Interview.Mode? {
        guard let text = fields.string("mode") else { return nil }
        let mode = Interview.Mode(rawValue: text.lowercased()) ?? Self.modeAliases[Self.wordKey(text)]
        if mode == nil, let value = fields.value("mode") {
            fields.report(
                .warning, .invalidValue, "unknown mode '\(text)'", at: value.position,
                hint: "use one of: in-person, phone, video, email")
        }
        return mode
    }

    private func status(_ fields: inout FieldReader) -> Interview.Status? {
        guard let text = fields.string("status") else { return nil }
        if let status = Self.status(ofKey: Self.wordKey(text)) ?? Self.statusBeforeRemark(text) { return status }
        if let value = fields.value("status") {
            fields.report(
                .warning, .invalidValue, "unknown status '\(text)'", at: value.position,
                hint: "only 'cancelled' and 'no-show' change anything; leave it out otherwise")
        }
        return nil
    }

    /// The status a word names (`wordKey`): `.some(nil)` for a held or planned meeting, `nil`
    /// for a word that is none.
    private static func status(ofKey key: String) -> Interview.Status?? {
        switch key {
        // Postponed and rescheduled meetings did not take place: a new time is to be found.
        case "cancelled", "canceled", "calledoff", "postponed", "rescheduled": return .some(.cancelled)
        case "noshow", "missed": return .some(.noShow)
        case "held", "done", "scheduled", "planned", "confirmed": return .some(nil)
        default: return nil
        }
    }

    /// The status named by the first word or two of `text`, before a remark: `Cancelled -
    /// rescheduled to Dec 10`, `no show, she forgot`, `called off (sick kid)`.
    private static func statusBeforeRemark(_ text: String) -> Interview.Status?? {
        let words = text.split { $0.isWhitespace || ",;:()[]—–.".contains($0) }.prefix(2)
        guard words.count == 2 else { return nil }
        return status(ofKey: wordKey(String(words[0]))) ?? status(ofKey: wordKey(words.joined()))
    }

    /// Other spellings of the modes.
    private static let modeAliases: [String: Interview.Mode] = [
        "inperson": .inPerson, "phone": .phone, "call": .phone, "video": .video, "zoom": .video, "email": .email,
    ]

    /// Lowercase letters only: `No-Show`, `no_show` and `no show` all give `noshow`.
    private static func wordKey(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
    }

    private func referrals(_ fields: inout FieldReader) -> [ReferralMention] {
        let sections = body.sections(named: ["Referrals"])
        let items = body.items(in: sections)
        if items.isEmpty, let section = sections.first(where: hasParagraph) {
            // Names in a sentence are not read: the people she suggested would make no step.
            fields.report(
                .warning, .referralsWithoutItems,
                "the Referrals section has text but no list items, so no one in it is read as a referral",
                at: section.position,
                hint: "write one list item per person they suggested, name first: '- Sam Reyes — runs the lab'")
        }
        return items.outermost.flatMap { item -> [ReferralMention] in
            let nested = body.items(nestedIn: item)
            guard let depth = nested.map(\.depth).min() else { return referral(item, &fields).map { [$0] } ?? [] }
            // `- She suggested:` with the people nested under it: they are the referrals (an item
            // that names someone keeps what is nested under it as its details).
            var asItem = fields
            if let mention = referral(item, &asItem) {
                fields = asItem
                return [mention]
            }
            return nested.filter { $0.depth == depth }.compactMap { referral($0, &fields) }
        }
    }

    /// Whether a section holds a paragraph.
    private func hasParagraph(_ section: Section) -> Bool {
        section.content.contains { body.blocks.indices.contains($0) && body.blocks[$0].kind == .paragraph }
    }

    private func referral(_ item: ListItem, _ fields: inout FieldReader) -> ReferralMention? {
        // `~~Ann Bell~~ (she left the company)`: crossed out, no one to contact.
        guard !item.startsCrossedOut else { return nil }
        let linked = item.links.lazy.compactMap { link in
            Reference(body.links[link], in: path).map { ($0, body.links[link].textOffset, body.links[link].label) }
        }.first
        if let (person, textOffset, words) = linked {
            // The text keeps a wikilink as written, and a Markdown link's words where it says.
            let offset = person.form == .wikilink ? item.text.byteOffset(of: "[[") : textOffset
            // `[[Emily Zhang]]'s team lead`: someone Emily knows, not Emily.
            if let offset, Self.isPossessive(in: item.text, afterLinkAt: offset, words: words) {
                return possessiveReferral(item, linkAt: offset, &fields)
            }
            // `Beatriz Nunes at [[Civic Design Collective]]`: the name, in case the link is where they work.
            guard
                let (before, ending, words) = offset.flatMap({
                    Self.textBeforeWorkplace(in: item.text, linkAt: $0, lineEnd: item.firstLineEnd)
                })
            else {
                return ReferralMention(person: person, text: item.text)
            }
            let isPlace = Self.placeEndings.contains(ending)
            // `Recruiter at [[Acme]]`: someone at Acme, but no one to write to yet.
            if Self.namesNoPerson(before) {
                guard isPlace else { return ReferralMention(person: person, text: item.text) }
                reportNoName(before, of: item, &fields)
                return nil
            }
            let named = unlinkedPerson(in: words, lineEnd: item.firstLineEnd, at: Self.namePosition(of: item))
            return ReferralMention(
                person: person, text: item.text, nameBeforeLink: named?.person, linkIsPlace: isPlace)
        }
        let unlinked = unlinkedPerson(in: item.text, lineEnd: item.firstLineEnd, at: Self.namePosition(of: item))
        guard let (person, given) = unlinked else { return nil }
        if Self.namesNoPerson(person.target) {
            reportNoName(person.target, of: item, &fields)
            return nil
        }
        guard given == nil else { return ReferralMention(person: person, text: item.text, givenNameAfterComma: given) }
        let place = Self.placeAfterName(person.target, in: item.text, lineEnd: item.firstLineEnd, at: item.textPosition)
        return ReferralMention(person: person, text: item.text, placeAfterName: place)
    }

    /// A Referrals item whose first link is followed by a possessive (`[[Emily Zhang]]'s team
    /// lead`): the person named before the link (`Karim Benali — [[Emily Zhang]]'s colleague`),
    /// else no one, said so; never the person linked.
    private func possessiveReferral(_ item: ListItem, linkAt offset: Int, _ fields: inout FieldReader)
        -> ReferralMention?
    {
        if let (before, _, words) = Self.textBeforeWorkplace(in: item.text, linkAt: offset, lineEnd: item.firstLineEnd),
            !Self.namesNoPerson(before),
            let (person, _) = unlinkedPerson(in: words, lineEnd: item.firstLineEnd, at: Self.namePosition(of: item))
        {
            return ReferralMention(person: person, text: item.text)
        }
        reportNoName(Self.personName(in: Wikilink.shown(item.text), lineEnd: nil), of: item, &fields)
        return nil
    }

    /// Whether the link whose words start at UTF-8 offset `offset` of a list item's text (a
    /// wikilink as written, a Markdown link's words) is followed at once by a possessive: `'s`,
    /// `’s`, or after words ending in s the apostrophe alone (`[[James Ross]]' manager`).
    static func isPossessive(in text: String, afterLinkAt offset: Int, words: String?) -> Bool {
        // On bytes: every linked Referrals item asks, and almost none has an apostrophe after its link.
        let bytes = Array(text.utf8)
        guard offset <= bytes.count else { return false }
        let bracket = UInt8(ascii: "]")
        let isWikilink = bytes[offset...].starts(with: "[[".utf8)
        let end: Int
        if isWikilink,
            let close = (offset + 2..<max(offset + 2, bytes.count - 1)).first(where: {
                bytes[$0] == bracket && bytes[$0 + 1] == bracket
            })
        {
            end = close + 2
        } else if let words, bytes[offset...].starts(with: words.utf8) {
            end = offset + words.utf8.count
        } else {
            return false
        }
        let after: Int
        if bytes[end...].starts(with: "'".utf8) {
            after = end + 1
        } else if bytes[end...].starts(with: "’".utf8) {
            after = end + 3
        } else {
            return false
        }
        let next = String(decoding: bytes[after...].prefix(8), as: UTF8.self)
        if next.first == "s" { return next.dropFirst().first.map { !$0.isLetter } ?? true }
        let shown = isWikilink ? Wikilink.shown(String(decoding: bytes[offset..<end], as: UTF8.self)) : words ?? ""
        return shown.last?.lowercased() == "s" && next.first?.isWhitespace == true
    }

    /// The warning for a Referrals item whose words before the place are a role or a phrase,
    /// not someone's name (`Recruiter at [[Acme]]`, `The hiring manager`). One that starts as a
    /// phrase does and has no name in it (`check out the careers page`, `talk to jo in hr`) is
    /// more often something to do than a role: its hint says so.
    private func reportNoName(_ words: String, of item: ListItem, _ fields: inout FieldReader) {
        let hint =
            Self.startsLikeToDo(words) && Self.nameInPhrase(words) == nil
            ? "if it is something to do, make it a task under '## Next steps' ('- [ ] \(words)'); if it names "
                + "someone, write their name with a capital ('- Jo Smith — …') or link them ('[[Jo Smith]]')"
            : "write the person's name when you know it ('- Jane Doe at [[Acme]]'); until then, a task under "
                + "'## Next steps' keeps it in view ('- [ ] Ask for their name')"
        fields.report(
            .warning, .referralNotCounted,
            ReferenceProblems.notCountedLead + "'\(words)' is not a person's name", at: item.textPosition, hint: hint)
    }

    /// Whether the words a Referrals item names someone by are a role or a phrase rather than a
    /// name: a capitalised name's last word is capitalised too (`Ana de la Cruz`, not `Hiring
    /// manager`; a name typed all in lowercase is still a name), and it does not start with an
    /// article or a word for someone unknown (`The recruiter`, `Someone in product`), nor is it
    /// one word for a role or what was done (`Recruiter`, `Met`, `Intro`), nor has a possessive
    /// (`Emily Zhang's team lead`, `Wei's colleague Karim`: someone known by another's name), nor
    /// is a phrase with no name in it (`check out the careers page`; a phrase with one names
    /// that person: `talk to Jo in HR`, `someone named Bob Lee`, `unlinkedPerson`). A phrase is
    /// told before the other rules (`Ask Priya Shah about the team` names Priya Shah).
    static func namesNoPerson(_ name: String) -> Bool {
        let unquoted = Reference.unquoted(name)
        let words = unquoted.words()
        guard let first = words.first, let last = words.last else { return false }
        if words.contains(where: isPossessive) { return true }
        // `check out the careers page`: a phrase with no name in it (`isPhrase`, `nameInPhrase`).
        if isPhrase(unquoted) { return nameInPhrase(unquoted) == nil }
        if words.count > 1, first.first?.isUppercase == true, last.first?.isLowercase == true { return true }
        let firstWord = NameKey.fold(String(first))
        return unknownPersonWords.contains(firstWord) || (words.count == 1 && roleWords.contains(firstWord))
    }

    /// Whether a word is a possessive: `Emily's`, `Zhang’s`, `James'` (not `O'Brien`).
    private static func isPossessive(_ word: Substring) -> Bool {
        let folded = word.lowercased()
        return folded.count > 2 && ["'s", "’s", "s'", "s’"].contains { folded.hasSuffix($0) }
    }

    /// Words a phrase for someone not yet known by name starts with.
    static let unknownPersonWords: Set<String> = [
        "the", "a", "an", "my", "his", "her", "their", "our", "your", "some", "someone", "somebody", "anyone",
        "another", "any", "one",
    ]

    /// One-word roles and doings people write where a name would go.
    static let roleWords: Set<String> = [
        "met", "meet", "meeting", "intro", "introduction", "referral", "referrals", "talk", "call", "ask", "email",
        "recruiter", "recruiters", "recruiting", "hr", "manager", "engineer", "engineers", "designer", "designers",
        "founder", "founders", "cofounder", "ceo", "cto", "cfo", "coo", "vp", "director", "friend", "colleague",
        "colleagues", "coworker", "coworkers", "contact", "contacts", "people", "team", "staff", "alumni", "alum",
        "everyone", "hiring",
    ]

    /// Where the name an item starts with starts: past the marks `personName` leaves out (`⭐️ Ivy Ott`).
    private static func namePosition(of item: ListItem) -> SourcePosition {
        var position = item.textPosition
        position.column += item.text.prefix { isMark($0) || $0.isWhitespace }.unicodeScalars.count
        return position
    }

    /// The person an item's text names without a link, starting at `position`; `nil` when it
    /// names no one (`None yet`, `TBD`). A phrase names the person inside it (`talk to Jo in HR`
    /// → `Jo`, `nameInPhrase`). A name written family name first (`Ortiz, Dana`,
    /// `givenName(after:in:lineEnd:)`) is read the other way round, `Dana Ortiz`, with the words
    /// as written for its label, and the word after the comma is `given`.
    private func unlinkedPerson(in text: String, lineEnd: Int?, at start: SourcePosition)
        -> (person: Reference, given: Reference?)?
    {
        // A line break ends the name as a separator does: `- Lia Chen` / `  She runs the lab.`
        var name = Self.personName(in: text, lineEnd: lineEnd)
        var position = start
        // `@Eve Fox`, as a chat mentions people: the `@` is not part of the name.
        if name.hasPrefix("@") {
            let written = name.count
            name = String(name.drop { $0 == "@" || $0.isWhitespace })
            position.column += written - name.count
        }
        // `"Mei Tanaka" - recruiter`: nor are quotes around it.
        let unquoted = Reference.unquoted(name)
        if unquoted != name {
            name = unquoted
            position.column += 1
        }
        // `None yet — he'll think about it`, `TBD`: no one, as in a front matter field.
        guard !name.isEmpty, !Self.namesNoOne(name) else { return nil }
        // `talk to Jo in HR`: the name inside a phrase; one without a name is `namesNoPerson`.
        if Self.isPhrase(name), !Self.namesNoPerson(name), let (inner, offset) = Self.nameInPhrase(name) {
            position.column += String(decoding: name.utf8.prefix(offset), as: UTF8.self).unicodeScalars.count
            name = inner
        }
        guard let (given, written) = Self.givenName(after: name, in: text, lineEnd: lineEnd) else {
            return (Reference(target: name, form: .name, position: position), nil)
        }
        let givenPosition = SourcePosition(
            line: position.line, column: position.column + written.dropLast(given.count).unicodeScalars.count)
        return (
            Reference(target: given + " " + name, label: written, form: .name, position: position),
            Reference(target: given, form: .name, position: givenPosition)
        )
    }

    /// The given names after the comma that follows the family name `name` in `text` (`Ortiz,
    /// Dana`, `Lee, Mary Ann`, `van der Berg, Anna (her manager)`, `ortiz, dana` →  `Dana`, `Mary
    /// Ann`, `Anna`, `dana`), and the words from the name to them, when the text's first line
    /// (ending at UTF-8 offset `lineEnd`) goes on with nothing, a remark in brackets or a dash: a
    /// name written family name first, as pasted from a spreadsheet. Family and given names are
    /// told as an import tells them (`ImportedName.isFamilyName`, `isGivenNames`: at most three
    /// capitalised words), or, for a family name typed in lowercase, as lowercase words. `nil`
    /// when more follows (`Sara, Northwind's CTO`), or a word is a role, a team's or in
    /// capitals (`Bo, recruiter`, `Kim, Recruiter`, `Kim, Product Design`, `Kim, CTO`). Whether
    /// the item is that person or someone at an organization (`Sara, Acmecorp`) is the graph's
    /// to tell (`ReferenceIndex.referred(by:)`).
    static func givenName(after name: String, in text: String, lineEnd: Int?) -> (given: String, written: String)? {
        guard ImportedName.isFamilyName(name), let offset = text.byteOffset(of: name) else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        let comma = utf8.index(start, offsetBy: name.utf8.count)
        let end = utf8.index(utf8.startIndex, offsetBy: min(lineEnd ?? utf8.count, utf8.count))
        guard comma < end, text[comma] == "," else { return nil }
        let rest = text[text.index(after: comma)..<end].drop { $0 == " " }
        // The given names run to a remark in brackets, a dash or the end of the line.
        var upToRemark = rest.prefix { $0 != "(" && $0 != "—" && $0 != "–" }
        if let dash = upToRemark.range(of: " - ") { upToRemark = upToRemark[..<dash.lowerBound] }
        let given = upToRemark.trimmingWhitespace()
        let words = given.split(separator: " ")
        let isLowercase = name.allSatisfy { !$0.isUppercase }
        let areGivenNames =
            isLowercase
            ? words.count <= 3 && given.allSatisfy { $0.isLowercase || $0 == " " || "-'’".contains($0) }
            : ImportedName.isGivenNames(String(given))
        guard !given.isEmpty, areGivenNames,
            !words.contains(where: { isNoNameWord($0) || namesNoPerson(String($0)) })
        else { return nil }
        return (String(given), String(text[start..<given.endIndex]))
    }

    /// The name written before an item's first link (its words at UTF-8 offset `offset`) when the
    /// text before the link ends with what puts a person at a place (`Beatriz Nunes at `, ` from `,
    /// ` of `, ` with `, ` @ `, ` (`, `, `, ` — `), and that ending. The name is that text cut as an
    /// unlinked item's is (`personName(in:lineEnd:)`): `Tom Ruiz — recruiter at [[Plaid]]` names
    /// Tom Ruiz, as `Tom Ruiz — recruiter at Plaid` does; `words` are what it was cut from. `nil`
    /// when the text does not end so, or the name is empty or starts with a lowercase letter
    /// (`someone at`, `ask around at`).
    static func textBeforeWorkplace(in text: String, linkAt offset: Int, lineEnd: Int? = nil)
        -> (name: String, ending: String, words: String)?
    {
        var before = String(decoding: text.utf8.prefix(offset), as: UTF8.self)
        // A wikilink's words are its target, after the `[[` the text keeps.
        while let last = before.last, last == "[" || last.isWhitespace { before.removeLast() }
        let lowercased = before.lowercased()
        guard let ending = workplaceEndings.first(where: { lowercased.hasSuffix($0) }) else { return nil }
        let words = String(before.dropLast(ending.count))
        let name = personName(in: words, lineEnd: lineEnd)
        guard let first = name.first, !first.isLowercase else { return nil }
        return (name, ending, words)
    }

    /// The endings that can only mean the link is where the person is (`Sam Wu at [[Bluepeak]]`).
    private static let placeEndings: Set<String> = [" at", " @"]

    private static let workplaceEndings = [" at", " from", " of", " with", " @", "(", ",", "—", "–", " -", ":"]

    /// The openings of the Leads section (`openings(among:)`).
    private func leads() -> [ListItem] {
        Self.openings(among: items("Leads"))
    }

    /// The openings a list of a Leads section, or of an organization's Openings, names: its
    /// outermost items, but for one crossed out (`~~Data Engineer~~ (filled)`), one that says
    /// there is none (`None yet`, `n/a`) or nothing (`- [ ] `).
    static func openings(among items: [ListItem]) -> [ListItem] {
        items.outermost.filter { item in
            guard !item.isBlank else { return false }
            // Only what could say `none`, `TBD`, `n/a`… is cut like a name.
            guard let first = item.text.unicodeScalars.first, "nNtTuU-—?".unicodeScalars.contains(first) else {
                return !item.startsCrossedOut
            }
            return !item.startsCrossedOut && !Self.namesNoOne(Self.personName(in: item.text))
        }
    }

    /// Whether a Referrals item's name says there is no one (yet): `none`, `TBD`, `None yet`,
    /// `not yet`, as `Reference.noOne` has them.
    static func namesNoOne(_ name: String) -> Bool {
        var folded = NameKey.fold(name)
        for suffix in [" yet", " so far"] where folded.hasSuffix(suffix) { folded.removeLast(suffix.count) }
        // `None yet from her boss`: a name does not start with a word for nobody.
        let first = folded.prefix { $0 != " " }
        return Reference.noOne.contains(folded) || folded == "not" || ["none", "nobody", "tbd"].contains(first)
            || folded.hasPrefix("not yet ") || folded.hasPrefix("no one ")
    }

    /// The person an unlinked Referrals item names: its text up to ` — `, ` - `, `,`, `(` or
    /// ` at ` (SPEC §2.2), or to what people write the same way: a dash without spaces or
    /// doubled (`--`), `: `, `;`, ` / `, ` | `, or an email or web address. A `:`, dash or `<`
    /// the text ends with is not part of the name, nor are marks around it (`⭐️ Ivy Ott 🎯`,
    /// `isMark`). So is a line break, at `lineEnd` (the end of the item's first line,
    /// `ListItem.firstLineEnd`).
    static func personName(in text: String, lineEnd: Int? = nil) -> String {
        let utf8 = Array(text.utf8)
        var end = min(addressStart(in: utf8) ?? utf8.count, lineEnd ?? utf8.count)
        for separator in personSeparators {
            if let start = firstOffset(of: separator, in: utf8), start < end { end = start }
        }
        var name = Substring(String(decoding: utf8[..<end], as: UTF8.self))
        name = name.drop { isMark($0) || $0.isWhitespace }
        while let last = name.last, isMark(last) || last.isWhitespace || ":-<".contains(last) { name.removeLast() }
        return String(name)
    }

    /// Whether a character is a mark people put beside a name, not part of it: an emoji or
    /// another symbol outside ASCII (`⭐️`, `🙂`, `✅`, `★`); never a letter, digit or quote.
    static func isMark(_ character: Character) -> Bool {
        guard !character.isASCII, let first = character.unicodeScalars.first else { return false }
        return first.properties.isEmojiPresentation || first.properties.generalCategory == .otherSymbol
    }

    private static let personSeparators = ["—", "–", " - ", " --", ",", ";", ": ", "(", " at ", " / ", " | "].map {
        Array($0.utf8)
    }

    /// Where the first word that is an email or web address starts (`Wes Lin <wes@example.com>`,
    /// `Wes Lin https://…`): no name has one. A word that starts with `@` is a mention
    /// (`@Eve Fox`), not an address.
    private static func addressStart(in bytes: [UInt8]) -> Int? {
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, !UInt8.isASCIISpace(bytes[end]) { end += 1 }
            let word = bytes[start..<end].drop { $0 == UInt8(ascii: "<") }
            let isAddress =
                word.dropFirst().contains(UInt8(ascii: "@"))
                || ["http://", "https://", "www."].contains { word.starts(with: $0.utf8) }
            if start > 0, isAddress { return start }
            start = end + 1
        }
        return nil
    }

    private static func firstOffset(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        return (0...(bytes.count - needle.count)).first { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}
