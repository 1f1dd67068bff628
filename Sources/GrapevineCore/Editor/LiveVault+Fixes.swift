extension LiveVault {
    /// The fixes for the problems of the note at `path` that lie on the lines of the bytes
    /// `range`, and the records of `done` for the open steps about the person there: the
    /// person a reference (or the note's name) at the start of `range` names, or in a
    /// contact's Log, the contact.
    ///
    /// A misspelled key gets the key `check` suggests; a plain note that reads like a contact
    /// (an interview, an organization), its `type:` line; a date in another form, the ISO date
    /// (both readings when day and month could be either); a date in a task or lead no word
    /// announces, `due` before it; a person or organization with no
    /// note yet, their note, as `grapevine new` writes it; a step about the person, the line
    /// `grapevine done` would write.
    public mutating func fixes(inNote path: String, range: Range<Int>, today: LocalDate) -> [Fix] {
        guard let index = noteIndex(ofPath: path) else { return [] }
        let note = notes[index]
        let lines = FileLines(Array(note.text.utf8))
        let first = FileLines.number(ofOffset: min(range.lowerBound, lines.byteCount), in: lines.bytes)
        let last = FileLines.number(ofOffset: min(range.upperBound, lines.byteCount), in: lines.bytes)
        var fixes: [Fix] = []
        // Found once for every problem on the lines: a line may hold thousands of links.
        var spans: NoteReferenceSpans?
        for problem in diagnostics(ofFile: path) where (first...last).contains(problem.line) {
            switch problem.code {
            case .unknownKey: fixes += keyFix(problem, in: note, lines: lines)
            case .untypedNote: fixes += typeFix(problem, in: note, lines: lines)
            case .paragraphHeading: fixes += headingFix(problem, in: note, lines: lines)
            case .invalidLogDate, .invalidDate, .invalidDueDate, .dueDateWithoutYear:
                fixes += dateFixes(problem, in: note, lines: lines, today: today)
            case .dateNotDue: fixes += dueFix(problem, in: note, lines: lines)
            case .misspelledLogEvent, .logEventInOtherWords: fixes += eventFix(problem, in: note, lines: lines)
            case .missingNote, .lookAlikeNames:
                // Only the link the range is on: a line may hold several.
                if spans == nil { spans = referenceSpans(ofNote: index) }
                guard let spans, let start = spans.spans.offset(of: problem.position),
                    let (entry, span) = spans.reference(at: start), entry.resolution == .missing,
                    span.lowerBound <= range.upperBound, range.lowerBound <= span.upperBound
                else { continue }
                let meant = meantFixes(problem, entry, inNote: index, lines: lines)
                fixes += meant
                if problem.code == .missingNote {
                    fixes += newNoteFixes(problem, entry, in: index, today: today, preferred: meant.isEmpty)
                }
            default: break
            }
        }
        return fixes + records(inNote: index, at: range.lowerBound, today: today)
    }

    // MARK: Keys and dates

    /// `emial` → `email`: the known key of the note's kind `check` suggests.
    private func keyFix(_ problem: Diagnostic, in note: Note, lines: FileLines) -> [Fix] {
        guard let entry = note.frontMatter.entries.first(where: { $0.keyPosition == problem.position }),
            let start = lines.offset(of: entry.keyPosition),
            let suggestion = NoteReader.meantKey(for: entry.key, kind: note.kind, in: note.frontMatter)
        else { return [] }
        let edit = FileEdit.replace(path: note.path, range: start..<start + entry.key.utf8.count, text: suggestion)
        return [
            Fix(title: "Change '\(entry.key)' to '\(suggestion)'", fixes: [problem], isPreferred: true, edits: [edit])
        ]
    }

    /// A plain note that reads like a contact (an interview, an organization) gets the
    /// `type:` line that makes it one, above the key the warning points at.
    private func typeFix(_ problem: Diagnostic, in note: Note, lines: FileLines) -> [Fix] {
        guard let likely = NoteReader.likelyKind(of: note.frontMatter),
            let start = lines.offset(of: SourcePosition(line: problem.line, column: 1))
        else { return [] }
        let line = "type: \(likely.kind.rawValue)"
        return [
            Fix(
                title: "Add '\(line)'", fixes: [problem], isPreferred: true,
                edits: [.replace(path: note.path, range: start..<start, text: line + "\n")])
        ]
    }

    /// `**Referrals:**` over a list becomes the heading `## Referrals`.
    private func headingFix(_ problem: Diagnostic, in note: Note, lines: FileLines) -> [Fix] {
        guard let start = lines.offset(of: SourcePosition(line: problem.line, column: 1)) else { return [] }
        let end = max(start, lines.end(ofLine: problem.line))
        guard
            let name = NoteReader.sectionName(
                writtenAs: String(decoding: lines.bytes[start..<end], as: UTF8.self), in: note.kind)
        else { return [] }
        return [
            Fix(
                title: "Make it the heading '## \(name)'", fixes: [problem], isPreferred: true,
                edits: [.replace(path: note.path, range: start..<end, text: "## \(name)")])
        ]
    }

    /// A date written another way, in ISO form: `12/01/2026` → `2026-12-01` (and `2026-01-12`).
    /// One without its year takes the year `check`'s hint gives it as of `today`.
    private func dateFixes(_ problem: Diagnostic, in note: Note, lines: FileLines, today: LocalDate) -> [Fix] {
        guard var start = lines.offset(of: problem.position) else { return [] }
        let end = lines.end(ofLine: problem.line)
        // `remind: "12/03/2026 ping"`: the date starts inside the quotes.
        if start < end, [UInt8(ascii: "\""), UInt8(ascii: "'")].contains(lines.bytes[start]) { start += 1 }
        let text = String(decoding: lines.bytes[start..<max(start, end)], as: UTF8.self)
        let year: LogDateForms.Year?
        let notBefore: LocalDate?
        if problem.code == .invalidLogDate {
            // A Log date's year as the reader fills it in, else as `check`'s hint gives it as of today.
            notBefore = note.contact?.log.last { $0.position.line < problem.line }?.date
            year = LogEntryParser.yearOfDayWithoutOne(previous: notBefore, added: note.contact?.added, today: today)
        } else if problem.code == .invalidDueDate || problem.code == .dueDateWithoutYear {
            // `closes Dec 18`: the year of the hint (`NoteReader.dueDateProblems`), the meeting's,
            // the file name's, else today's.
            notBefore = nil
            year = NoteReader.yearOfDueDates(in: note, today: today)
        } else {
            // `thank_you: 10/23` of an interview: the next such day on or after the meeting, as
            // `check`'s hint says; other front matter dates get no year they do not write.
            let key = note.frontMatter.entries.first { $0.value.position == problem.position }?.key
            notBefore = key.flatMap {
                InterviewReader.sentAfterTheMeeting.contains($0) ? note.interview?.date?.date : nil
            }
            year = notBefore.map { .onOrAfter($0) }
        }
        guard
            let form = LogDateForms.match(text.trimmingWhitespace(), year: year)?
                .notBefore(notBefore), text.hasPrefix(form.written)
        else { return [] }
        let range = start..<start + form.written.utf8.count
        return form.meanings.enumerated().filter { !$0.element.contains("YYYY") }.map { number, meaning in
            Fix(
                title: "Write the date as \(meaning)" + (form.isDayFirst(number) ? " (the day first)" : ""),
                fixes: [problem],
                isPreferred: form.meanings.count == 1, edits: [.replace(path: note.path, range: range, text: meaning)])
        }
    }

    /// `Lab role 2026-12-12` → `Lab role due 2026-12-12`: a date no word announced, made the
    /// item's due date; one written another way with one reading (`bis 30.11.2026`) is written
    /// in ISO form after `due` (`bis due 2026-11-30`). An `on` before it becomes `due`
    /// (`Send the deck on 2026-12-05` → `Send the deck due 2026-12-05`, not `on due`).
    private func dueFix(_ problem: Diagnostic, in note: Note, lines: FileLines) -> [Fix] {
        guard let start = lines.offset(of: problem.position) else { return [] }
        let lineStart = lines.offset(of: SourcePosition(line: problem.line, column: 1)) ?? start
        let before = String(decoding: lines.bytes[lineStart..<start], as: UTF8.self)
        let on = (" " + before).lowercased().hasSuffix(" on ") ? start - 3 : start
        let text = String(decoding: lines.bytes[start..<max(start, lines.end(ofLine: problem.line))], as: UTF8.self)
        guard let form = LogDateForms.match(text, year: nil), form.meanings.count == 1, let date = form.meanings.first,
            !date.contains("YYYY")
        else { return [] }
        // An ISO date stays as written, with `due ` before it.
        let isISO = form.written == date
        return [
            Fix(
                title: "Make \(date) the due date ('due \(date)')", fixes: [problem], isPreferred: false,
                edits: [
                    .replace(
                        path: note.path, range: on..<start + (isISO ? 0 : form.written.utf8.count),
                        text: isISO ? "due " : "due \(date)")
                ])
        ]
    }

    /// `- 2026-11-17 thnaked: for the chat` → `thanked: for the chat`: the event word a Log
    /// entry's words were meant to be, written in; preferred for a slip, not for other words
    /// (`coffee chat: …` → `met: coffee chat: …`, if you met).
    private func eventFix(_ problem: Diagnostic, in note: Note, lines: FileLines) -> [Fix] {
        guard let start = lines.offset(of: problem.position) else { return [] }
        let original = Array(lines.bytes[start..<max(start, lines.end(ofLine: problem.line))])
        guard let meant = LogEntryParser.meantEvent(in: original.span, from: 0) else { return [] }
        let edit = FileEdit.difference(original, Array(meant.rewritten.utf8), in: note.path)
        guard case .replace(_, let range, let text) = edit else { return [] }
        return [
            Fix(
                title: meant.way == .misspelled
                    ? "Change '\(meant.written)' to '\(meant.event)'" : "Write '\(meant.rewritten)'",
                fixes: [problem], isPreferred: meant.way == .misspelled,
                edits: [
                    .replace(path: note.path, range: start + range.lowerBound..<start + range.upperBound, text: text)
                ])
        ]
    }

    // MARK: New notes

    /// `[[Maria Lopes]]` → `[[Maria Lopez]]`: the reference made to name a note its problem's
    /// hint suggests, the first (the closest) preferred.
    private func meantFixes(
        _ problem: Diagnostic, _ entry: ResolvedReferences.Entry, inNote index: Int,
        lines: FileLines
    ) -> [Fix] {
        guard let keyed = resolved[index].keyed.first(where: { $0.0.reference == entry.reference }),
            let start = lines.offset(of: entry.reference.position)
        else { return [] }
        var checker = referenceChecker
        let meant = checker.notesMeant(by: entry.reference, kind: fieldKind(of: entry, inNote: index))
        let isWikilink = lines.bytes[start...].starts(with: Array("[[".utf8))
        return meant.enumerated().compactMap { number, note in
            let name = notes[note].name
            let pointed = edits(pointing: [keyed], inNote: index, at: name, path: notes[note].path)
            guard pointed.failures.isEmpty, !pointed.edits.isEmpty else { return nil }
            return Fix(
                title: "Change to " + (isWikilink ? "[[\(name)]]" : "'\(name)'") + " (\(notes[note].path))",
                fixes: [problem], isPreferred: number == 0, edits: pointed.edits)
        }
    }

    /// What a field expects the reference `entry` of the note at `index` to name: a person, an
    /// organization; `nil` for a body link.
    private func fieldKind(of entry: ResolvedReferences.Entry, inNote index: Int) -> NoteKind? {
        let references = resolved[index]
        if references.organization?.reference == entry.reference { return .organization }
        let people = references.referredBy + references.interviewContacts + references.referrals
        return people.contains { $0.reference == entry.reference } ? .contact : nil
    }

    /// The note of the person or organization a reference names who has none yet; the one
    /// kind it can be is `preferred` (when no note it may mean is).
    private func newNoteFixes(
        _ problem: Diagnostic, _ entry: ResolvedReferences.Entry, in index: Int,
        today: LocalDate, preferred: Bool
    ) -> [Fix] {
        let name = ReferenceProblems.displayName(of: entry.reference)
        // An email or a profile's address is nobody's name: no note is offered for it.
        guard ReferenceProblems.addressKey(name) == nil else { return [] }
        let kinds = fieldKind(of: entry, inNote: index).map { [$0] } ?? placeholderKinds(named: NameKey.fold(name))
        let templates = TemplateLibrary(vaultRoot: root)
        return kinds.compactMap { kind in
            let new: NewNote?
            switch kind {
            case .organization:
                new = try? NewNote.organization(
                    named: name, today: today, templates: templates,
                    in: NewNote.Placement(for: .organization, among: notes))
            default:
                new = try? NewNote.contact(
                    named: name, today: today, templates: templates, in: NewNote.Placement(for: .contact, among: notes))
            }
            // A file on disk the vault has no note of is the editor's to check (it reads it first).
            guard let new, noteIndex(ofPath: new.path) == nil else { return nil }
            return Fix(
                title: "Create \(new.path) for \(name)", fixes: [problem],
                isPreferred: preferred && kinds.count == 1,
                edits: [.create(path: new.path, text: new.text)])
        }
    }

    /// What a body link to a name no note has may stand for: the placeholder some field makes
    /// of it, else a person or an organization.
    private func placeholderKinds(named name: String) -> [NoteKind] {
        var kinds: [NoteKind] = []
        for references in resolved {
            if let organization = references.organization, organization.resolution == .missing,
                NameKey.fold(ReferenceProblems.displayName(of: organization.reference)) == name
            {
                kinds.append(.organization)
            }
            let people = references.referredBy + references.interviewContacts + references.referrals
            if people.contains(where: {
                $0.resolution == .missing && NameKey.fold(ReferenceProblems.displayName(of: $0.reference)) == name
            }) {
                kinds.append(.contact)
            }
        }
        return kinds.isEmpty ? [.contact, .organization] : Array(Set(kinds)).sorted { $0.rawValue < $1.rawValue }
    }

    // MARK: Records of done

    /// What `grapevine done` would write for each open step about the person at `offset`, as
    /// an edit of the text as it stands.
    private mutating func records(inNote index: Int, at offset: Int, today: LocalDate) -> [Fix] {
        // In a contact's Log, the person is the contact.
        let inLog =
            notes[index].kind == .contact
            && NotePlace(notes[index].text, offset: offset).sectionTitle.map { Section.normalizedTitle($0) } == "log"
        guard let target = target(inNote: notes[index].path, at: offset)?.target ?? (inLog ? .note(index) : nil) else {
            return []
        }
        let vault = vault(asOf: today)
        guard let node = node(of: target, in: vault) else { return [] }
        let day = LocalDateTime(date: today)
        let steps = steps(today: today)
        return steps.filter { $0.person == node }.compactMap { step in
            guard let record = try? ClosingRecord(closing: step, .done(day), in: vault, leavingOpen: steps),
                let (edit, line) = edit(recording: record)
            else { return nil }
            return Fix(title: "Record done: \(line) (\(step.title))", fixes: [], isPreferred: false, edits: [edit])
        }
    }

    /// The edit that writes `record` into the text of its note as the vault has it, and the
    /// line it writes.
    private func edit(recording record: ClosingRecord) -> (FileEdit, String)? {
        guard let original = text(ofNote: record.path).map({ Array($0.utf8) }),
            let (changed, written) = try? record.change(original)
        else { return nil }
        return (FileEdit.difference(original, changed, in: record.path), "'\(written.text)' in \(record.path)")
    }
}
