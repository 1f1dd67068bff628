/// What `done`, `skip` or `snooze` writes to close a step (SPEC §3 "Closing a step", §4): a Log
/// entry on the person the step is about, or a one-line edit of a task or lead.
public enum ClosingRecord: Sendable, Equatable {
    /// A Log entry for the contact note at the path (vault-relative).
    case logEntry(NewLogEntry, note: String)
    /// A ticked box or a due date on an item.
    case itemEdit(ItemEdit)
    /// A missing front matter field: `thank_you:` in an interview whose person has no note.
    case frontMatterField(FrontMatterInsertion)

    /// What the user asked for.
    public enum Action: Sendable, Equatable {
        /// The step was done on that day (and time).
        case done(LocalDateTime)
        /// The step is not needed (written on `today`); the reason may be empty.
        case skip(today: LocalDate, reason: String)
        /// The step is due on `until` at the earliest (written on `today`).
        case snooze(today: LocalDate, until: LocalDate, reason: String)
    }

    /// Why nothing can be written for a step: a message and what to do instead (exit 2).
    public struct Refusal: Error, Sendable, Equatable {
        /// What is wrong, as a sentence.
        public var message: String
        /// Commands or steps to take instead, one per line.
        public var instead: [String]
    }

    /// The record that closes `step` in `vault` as `action` says. `leavingOpen` is the day's
    /// steps that stay open, those closed together with `step` left out (`step` itself may be
    /// there): a record that would close one of them too is refused.
    public init(closing step: NextStep, _ action: Action, in vault: Vault, leavingOpen: [NextStep]) throws(Refusal) {
        if step.kind == .task || step.kind == .apply {
            self = .itemEdit(ItemEdit(closing: step, action))
            return
        }
        if case .done(let day) = action, let refusal = Self.sentBeforeMeeting(closing: step, on: day.date, in: vault) {
            throw refusal
        }
        let (event, text) = try Self.words(closing: step, action)
        guard let node = step.person else {
            throw Refusal(
                message:
                    "this step is about \(step.organization ?? "no one"), not a person, so there is no Log to write in.",
                instead: ["Edit \(step.file.escapingControlCharacters):\(step.line) instead."])
        }
        guard let note = vault.note(for: node), note.kind == .contact else {
            if step.kind == .thankYou, case .done(let day) = action, vault.note(for: node) == nil,
                let interview = vault.note(atPath: step.file), interview.kind == .interview
            {
                self = try .thankYou(closing: step, on: day.date, leavingOpen: leavingOpen)
                return
            }
            let name = vault.graph.nodes[node].name
            if step.isNameToFix {
                throw Refusal(
                    message:
                        "the name \(name) is to be fixed in \(step.file.escapingControlCharacters):\(step.line), "
                        + "which closes this step; "
                        + "there is nothing to record.",
                    instead: [
                        "If \(name) is someone else, give them a note first: "
                            + "grapevine new contact \(Shell.argument(name))"
                    ])
            }
            if let other = vault.note(for: node) {
                throw Refusal(
                    message:
                        "\(other.path.escapingControlCharacters) is \(other.kind.withArticle), not a contact's "
                        + "note, so it has no Log.",
                    instead: ["Edit \(step.file.escapingControlCharacters):\(step.line) instead."])
            }
            throw Refusal(
                message: "\(name) has no note yet, so there is no Log to write in. Create it first:",
                instead: ["grapevine new contact \(Shell.argument(name))"])
        }
        let date: LocalDateTime
        switch action {
        case .done(let day): date = day
        case .skip(let today, _), .snooze(let today, _, _): date = LocalDateTime(date: today)
        }
        self = .logEntry(NewLogEntry(date: date, event: event, text: [text])!, note: note.path)
    }

    /// `thank_you: DAY` in the interview, for a thank-you to someone met there who has no note
    /// to log it in. It says everyone met there was thanked (SPEC §3), so it is refused while
    /// the thank-you to anyone else met there stays open: `done` records only what the step
    /// asked for (SPEC §4).
    private static func thankYou(closing step: NextStep, on day: LocalDate, leavingOpen: [NextStep]) throws(Refusal)
        -> ClosingRecord
    {
        let field = FrontMatterInsertion(path: step.file, key: "thank_you", value: "\(day)")
        let others = leavingOpen.filter { $0.kind == .thankYou && $0.file == step.file && $0.person != step.person }
        guard !others.isEmpty else { return .frontMatterField(field) }
        let name = step.contact ?? "them"
        let line = field.fields[0].line
        // Numbered steps first, in order; a step the user was not shown, by its id.
        let order = { (step: NextStep) in (step.number == 0 ? 1 : 0, step.number, step.id) }
        let all = ([step] + others).sorted { order($0) < order($1) }
        let together = "grapevine done " + all.map(\.argument).joined(separator: " ")
        throw Refusal(
            message:
                "\(name) has no note, so the only record of this thank-you is '\(line)' in "
                + "\(step.file.escapingControlCharacters), which "
                + "says everyone met there was thanked: it would also close the thank-you to \(named(others)), still "
                + "open.",
            instead: [
                "To record this one alone, give \(name) a note first (grapevine new contact \(Shell.argument(name))); "
                    + "done then logs the thank-you there.",
                "If you thanked everyone you met there: \(together), or write '\(line)' in the front matter of "
                    + "\(step.file.escapingControlCharacters) yourself.",
            ])
    }

    /// "Ana Silva (step 3)", "Ana Silva (step 3) and Ben Okafor (step 4)": each step's person
    /// and how to name it.
    private static func named(_ steps: [NextStep]) -> String {
        Prose.list(steps.map { ($0.contact ?? "someone") + " (step \($0.argument))" })
    }

    /// The event word and text of the Log entry; for `done`, what a person writes once the step
    /// is done.
    private static func words(closing step: NextStep, _ action: Action) throws(Refusal) -> (String, String) {
        let kind = step.kind.rawValue
        // A Log entry dated today would not hold for a reminder due later (entries hold for
        // steps that started on or before them): the remind: entry itself is what to change.
        if step.kind == .reminder { throw notOneThing(step) }
        switch action {
        case .skip(_, let reason):
            return ("skipped", kind + (reason.isEmpty ? "" : ": " + reason))
        case .snooze(_, let until, let reason):
            return ("snoozed", "\(kind) until \(until)" + (reason.isEmpty ? "" : ": " + reason))
        case .done:
            switch step.kind {
            case .thankYou, .thankReferrer: return ("thanked", "")
            case .sendResume: return ("sent resume", "")
            case .update: return ("updated", "")
            case .contactReferral, .reachOut: return ("reached out", "")
            case .followUp: return ("followed up", "")
            case .moveOn: return ("skipped", "move-on: moved on")
            case .stayInTouch: return ("messaged", "")
            default: throw notOneThing(step)
            }
        }
    }

    /// The refusal of `done` for the kinds where done is not one thing to record.
    private static func notOneThing(_ step: NextStep) -> Refusal {
        let name = step.contact ?? "NAME"
        let others = "Or: grapevine skip \(step.argument)   /   grapevine snooze \(step.argument) --until DATE"
        switch step.kind {
        case .schedule:
            // The step says how: a new interview note, or the date in one that has none yet.
            let then =
                step.details.last { $0.hasPrefix("Then: ") }.map { String($0.dropFirst(6)) }
                ?? "grapevine new interview \(Shell.argument(name)) --date YYYY-MM-DD"
            return Refusal(
                message: "a meeting is recorded as an interview note with its date, which closes this step.",
                instead: [then, others])
        case .prepare:
            return Refusal(
                message: "this step closes by itself once the interview note has what it lacks. "
                    + (step.details.first ?? ""),
                instead: ["grapevine prep \(Shell.argument(name))", others])
        case .interview:
            return Refusal(
                message: "an interview is over when its time has come; if it was called off, write "
                    + "'status: cancelled' (or 'no-show') in \(step.file.escapingControlCharacters).",
                instead: [others])
        case .tryAnother:
            return Refusal(
                message: "this step is done by writing to someone else at \(step.organization ?? "the organization"); "
                    + "log that message on them.",
                instead: ["grapevine log NAME emailed", others])
        case .findContacts:
            return Refusal(
                message: "this step is done by putting someone who works at \(step.organization ?? "the organization") "
                    + "on your list.",
                instead: [
                    "grapevine new contact NAME   (someone you know there gets 'added:'; anyone else a new note: "
                        + "set organization: in it)"
                ])
        default:
            return Refusal(
                message: "a reminder is done, skipped or put off by changing or removing its remind: entry.",
                instead: ["Edit \(step.file.escapingControlCharacters):\(step.line)."])
        }
    }
}

extension ClosingRecord {
    /// What was written, and where.
    public struct Written: Sendable, Equatable {
        /// The note, vault-relative.
        public var path: String
        /// The line written, in the file.
        public var line: Int
        /// The line as it now reads, without indentation.
        public var text: String
    }

    /// Why the record was not written: `path: error: message`.
    public struct WriteFailure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The note the record is written in, vault-relative.
    public var path: String {
        switch self {
        case .logEntry(_, let note): return note
        case .itemEdit(let edit): return edit.path
        case .frontMatterField(let field): return field.path
        }
    }

    /// Why a record is not written in a note that changed after the vault was read.
    static let changedSinceRead =
        "the note changed since it was read (another grapevine command or an editor wrote it meanwhile); nothing "
        + "was written. Run grapevine next again to see the steps as they are now."

    /// The note's bytes with the record in them, and what was written.
    func change(_ original: [UInt8]) throws(WriteFailure) -> (contents: [UInt8], result: Written) {
        switch self {
        case .logEntry(let entry, let note):
            do throws(NewLogEntry.Failure) {
                let (contents, added) = try entry.inserted(into: original, path: note)
                return (contents, Written(path: note, line: added.position.line, text: "- " + entry.line))
            } catch {
                throw WriteFailure(description: error.description)
            }
        case .frontMatterField(let field):
            do throws(FrontMatterInsertion.Failure) {
                let (contents, inserted) = try field.inserted(into: original)
                let text = inserted.lines.joined(separator: "\n")
                return (contents, Written(path: field.path, line: inserted.line, text: text))
            } catch {
                throw WriteFailure(description: error.description)
            }
        case .itemEdit(let edit):
            do throws(ItemEdit.Failure) {
                let (contents, line) = try edit.edited(original)
                return (contents, Written(path: edit.path, line: edit.line, text: line))
            } catch {
                throw WriteFailure(description: error.description)
            }
        }
    }
}
