/// What `done`, `skip` or `snooze` writes to close a step (SPEC §3 "Closing a step", §4): a Log
/// entry on the person the step is about, or a one-line edit of a task or lead.
public enum ClosingRecord: Sendable {
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

    /// The record that closes `step` in `vault` as `action` says.
    public init(closing step: NextStep, _ action: Action, in vault: Vault) throws(Refusal) {
        if step.kind == .task || step.kind == .apply {
            self = .itemEdit(ItemEdit(closing: step, action))
            return
        }
        let (event, text) = try Self.words(closing: step, action)
        guard let node = step.person else {
            throw Refusal(
                message:
                    "this step is about \(step.organization ?? "no one"), not a person, so there is no Log to write in.",
                instead: ["Edit \(step.file):\(step.line) instead."])
        }
        guard let note = vault.note(for: node), note.kind == .contact else {
            if step.kind == .thankYou, case .done(let day) = action, vault.note(for: node) == nil,
                let interview = vault.index(ofPath: step.file).map({ vault.notes[$0] }), interview.kind == .interview
            {
                self = .frontMatterField(FrontMatterInsertion(path: step.file, key: "thank_you", value: "\(day.date)"))
                return
            }
            let name = vault.graph.nodes[node].name
            if let other = vault.note(for: node) {
                throw Refusal(
                    message: "\(other.path) is \(other.kind.withArticle), not a contact's note, so it has no Log.",
                    instead: ["Edit \(step.file):\(step.line) instead."])
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
        let others = "Or: grapevine skip \(step.number)   /   grapevine snooze \(step.number) --until DATE"
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
                    + "'status: cancelled' (or 'no-show') in \(step.file).",
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
                instead: ["Edit \(step.file):\(step.line)."])
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

    /// Writes the record into the vault at `root` through `FileWriter.update`.
    public func write(inVault root: String) throws(WriteFailure) -> Written {
        switch self {
        case .logEntry(let entry, let note):
            do throws(NewLogEntry.Failure) {
                let appended = try entry.append(toNoteAt: note, inVault: root)
                return Written(path: note, line: appended.line, text: "- " + entry.line)
            } catch {
                throw WriteFailure(description: error.description)
            }
        case .frontMatterField(let field):
            do throws(FrontMatterInsertion.Failure) {
                let inserted = try field.write(inVault: root)
                return Written(path: field.path, line: inserted.line, text: inserted.lines.joined(separator: "\n"))
            } catch {
                throw WriteFailure(description: error.description)
            }
        case .itemEdit(let edit):
            do throws(ItemEdit.Failure) {
                return Written(path: edit.path, line: edit.line, text: try edit.write(inVault: root))
            } catch {
                throw WriteFailure(description: error.description)
            }
        }
    }
}
