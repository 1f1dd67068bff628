import ArgumentParser
import GrapevineCore

/// `grapevine draft thank-you|update|outreach|follow-up|tell-referrer NAME`, or `grapevine draft
/// STEP` (a step `next` showed): a message filled in from the vault.
struct DraftCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft a thank-you, an update, a first message, a follow-up or a note to a referrer.",
        discussion: """
            Prints a plain-text message, Subject: line first, filled in from your notes, to \
            edit and send from your own email. Text in [square brackets] is for you to \
            replace.

            thank-you: after your latest interview with NAME. What they shared (from the \
            Notes section), the people they suggested, each with what came of it (met, \
            already written to, or your name to mention), the resume if they asked for it, \
            and any opening you want to apply for.

            update: about a month later, what you did with their advice: the people they \
            suggested whom you contacted, resources you finished, openings you acted on, \
            whom you have met since. One update a person: it tells of every meeting with \
            them since your last update.

            outreach: a first message in under 100 words. The connection first (who gave \
            you their name, else how you found them), a line about you from your pitch, no \
            request for a job, and a question they can say yes to.

            follow-up: a short, friendly note to someone who has not answered. It names the \
            first message that got no answer by its day and how you sent it (its Log text is \
            a note to yourself, never quoted), and who gave you their name. Only for \
            messages sent before they ever replied, met you or declined.

            tell-referrer: to the person who gave you names (NAME is the referrer): whom of \
            the people they suggested you met, when, and what came of it (the people those \
            suggested in turn, openings, your notes; never the notes or openings of a \
            private: true interview); at most 3, the latest you have not told them about.

            Greetings use a title with the family name when the name starts with one (Dr. \
            Nkechi Obi: "Hi Dr. Obi,"), else a nickname in quotes (Robert "Bob" Smith: "Hi \
            Bob,"), else the first name (Lopez, Maria and WATANABE Kenji, the family name in \
            capitals: "Hi Maria,", "Hi Kenji,"), as export vcard reads \
            names. Dates are written in words: "on \
            Tuesday, 1 December", with the year when it is not this year's.

            STEP, instead of a kind and a name, is a number grapevine next showed (or a \
            step's id), as done takes it: the message that step asks for. A thank-you or \
            an update is about the step's interview; contact-referral and reach-out steps \
            get an outreach, thank-referrer steps a tell-referrer.

            The wording comes from templates you can change: .grapevine/templates/thank-you.md, \
            update.md, outreach.md, follow-up.md and tell-referrer.md (grapevine init writes \
            them; each lists its values at the end). Drafts are printed, never sent; --out \
            writes a new file and never replaces one.

            Examples:
              grapevine draft thank-you "Nadia Rahman"
              grapevine draft update "Maria Lopez"
              grapevine draft outreach "Grace Liu" --out grace.txt
              grapevine draft follow-up "Victor Lam"
              grapevine draft tell-referrer "Maria Lopez"
              grapevine draft update "Sam Reyes" --interview 2026-10-23-sam-reyes
              grapevine draft 3          (the message step 3 of grapevine next asks for)
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(
        help: ArgumentHelp(
            "What to write: thank-you, update, outreach, follow-up or tell-referrer; or a step's number (or id) "
                + "from grapevine next.",
            valueName: "kind-or-step"))
    var what: String

    @Argument(
        help: ArgumentHelp(
            "The person to write to (for tell-referrer, the referrer): a name, alias, file name or path. None "
                + "after a step."))
    var name: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "For thank-you and update: the interview note it is about (default: your latest one with NAME).",
            valueName: "path"))
    var interview: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write the draft to this new file instead of printing it ('-': print it).", valueName: "file"))
    var out: String?

    mutating func execute(_ console: Console) async throws {
        let vault = try VaultOpener.open(global, console)
        let (kind, node, stepInterview) = try target(in: vault, console)
        let command = "draft \(kind.rawValue)"
        let subject = vault.graph.nodes[node]
        guard node != Graph.owner else {
            throw CommandError(
                "error: \(subject.name.escapingLineBreaks) is you (the owner in the config): you cannot write a draft to yourself."
            )
        }
        guard subject.isPerson else {
            throw CommandError(
                "error: \(subject.name.escapingLineBreaks) is not a person; a draft is written to someone you know there."
            )
        }
        var meeting: Int?
        if kind.followsInterview {
            meeting =
                try interview.map {
                    try requireHeld(
                        VaultOpener.interview(named: $0, with: node, in: vault, command: command), of: subject.name,
                        in: vault)
                } ?? stepInterview ?? lastHeldInterview(kind, with: node, in: vault)
        }
        let composer = DraftComposer(
            vault: vault, today: global.date, templates: TemplateLibrary(vaultRoot: vault.root))
        switch kind {
        case .followUp: try requireUnanswered(composer, node, in: vault)
        case .tellReferrer: try requireMetReferrals(composer, node, in: vault)
        case .outreach: warnIfNotNew(composer, node, in: vault, console)
        case .thankYou, .update: break
        }
        let text: String
        do {
            text = try composer.draft(kind, to: node, interview: meeting)
        } catch {
            throw CommandError(error.description, ["Fix the template, or delete it to use the built-in one."])
        }
        try deliver(text, console)
        if kind == .update, let meeting {
            noteLeftOut(composer.privateInterviewsLeftOut(of: meeting, to: node), console)
        }
        if kind == .thankYou, let meeting {
            noteNamesLeftOut(composer.namesLeftOut(of: meeting, to: node), console)
            noteAlreadyThanked(node, meeting: meeting, in: vault, console)
        }
        VaultOpener.warnAboutProblems(in: vault, console)
    }

    /// What to write and to whom: the kind and the person named, or those of the step `what`
    /// names (with its interview, for a thank-you or an update).
    private func target(in vault: Vault, _ console: Console) throws(CommandError) -> (
        kind: DraftKind, person: Graph.NodeID, interview: Int?
    ) {
        if let kind = DraftKind(rawValue: what) {
            guard let name else {
                throw CommandError(
                    "error: whom to write to? draft \(kind.rawValue) needs a name.",
                    ["grapevine draft \(kind.rawValue) \"Maria Lopez\"; or a step: grapevine draft 3"], status: .usage)
            }
            let node = try VaultOpener.node(
                named: name, in: vault, command: "draft \(kind.rawValue)", preferring: .contact)
            if kind == .outreach { try refuseSlip(node, in: vault) }
            return (kind, node, nil)
        }
        // A step is named as `done` names it: the number shown, or its id (16 hexadecimal digits and more).
        guard Int(what) != nil || what.count >= 16 else {
            throw CommandError(
                "error: '\(what)' is no kind of draft: write thank-you, update, outreach, follow-up or tell-referrer, "
                    + "or the number of a step grapevine next showed.", status: .usage)
        }
        if let name {
            throw CommandError(
                "error: a step says whom to write to, so '\(name)' is one argument too many.",
                ["grapevine draft \(what); or a kind and a name: grapevine draft update \(Shell.argument(name))"],
                status: .usage)
        }
        let step = try VaultOpener.steps([what], in: vault, global, console).found[0]
        let shown = "step \(what) (\(step.kind.rawValue): \(step.title))"
        guard let kind = Self.draftKind(of: step.kind), let person = step.person else {
            throw CommandError(
                "error: \(shown) asks for no message.",
                [
                    "draft writes the message of a thank-you, update, reach-out, contact-referral, follow-up or "
                        + "thank-referrer step; this one's 'close:' line says what to do."
                ], status: .usage)
        }
        // "Fix the name P. Nair — did you mean Priya Nair?": the step asks first who they are.
        if let meant = vault.contactMeant(by: person) {
            let name = vault.graph.nodes[person].name.escapingLineBreaks
            throw CommandError(
                "error: \(shown) asks first whether '\(name)' is \(vault.notes[meant].name): if so, fix the name "
                    + "where it is written, and there is nothing to draft.",
                [
                    "If they are someone else: grapevine new contact \(Shell.argument(name)), then grapevine draft "
                        + "\(kind.rawValue) \(Shell.argument(name))"
                ], status: .usage)
        }
        let interview = kind.followsInterview ? vault.index(ofPath: step.file) : nil
        return (kind, person, interview.flatMap { vault.notes[$0].interview == nil ? nil : $0 })
    }

    /// `draft outreach "P. Nair"`, a name with no note that is likely a contact's (`Priya
    /// Nair`, as `check`'s "did you mean" says): an outreach would greet Priya, whom you know,
    /// as someone new, suggested by whoever wrote the name (by Priya herself, when it is in her
    /// own interview's Referrals). As `draft STEP` of the step to fix the name, nothing is
    /// drafted: what to do depends on who they are.
    private func refuseSlip(_ node: Graph.NodeID, in vault: Vault) throws(CommandError) {
        guard let meant = vault.contactMeant(by: node) else { return }
        let name = vault.graph.nodes[node].name.escapingLineBreaks
        let contact = vault.notes[meant].name.escapingLineBreaks
        let place = vault.firstMention(of: node).map { " (\($0.file.escapingControlCharacters):\($0.line))" } ?? ""
        throw CommandError(
            "error: '\(name)' has no note, and is likely \(contact) (\(vault.notes[meant].path.escapingControlCharacters)): "
                + "an outreach would greet \(contact) as someone new. Nothing was drafted.",
            [
                "If it is \(contact): fix the name where it is written\(place); a draft to them takes their name: "
                    + "grapevine draft thank-you \(Shell.argument(contact)) (or update, follow-up, outreach).",
                "If \(name) is someone else: grapevine new contact \(Shell.argument(name)), then grapevine draft "
                    + "outreach \(Shell.argument(name))",
            ], status: .usage)
    }

    /// The draft a step of `kind` asks for, if any.
    static func draftKind(of kind: NextStep.Kind) -> DraftKind? {
        switch kind {
        case .thankYou: .thankYou
        case .update: .update
        case .reachOut, .contactReferral: .outreach
        case .followUp: .followUp
        case .thankReferrer: .tellReferrer
        default: nil
        }
    }

    /// Says which private interviews a draft leaves out, so that a meeting missing from it is
    /// not a surprise; the message itself names nobody from them.
    private func noteLeftOut(_ interviews: [FollowThrough.InterviewSince], _ console: Console) {
        for interview in interviews {
            let people = Prose.list(interview.people)
            console.writeError(
                "note: \(interview.file.escapingControlCharacters) (with \(people) on \(interview.date)) is "
                    + "private: the draft does not "
                    + "mention it")
        }
    }

    /// Says that the thank-you for this meeting was sent already (its `thank_you`, or a
    /// `thanked` entry in the person's Log on or after the day): the draft is a second one.
    private func noteAlreadyThanked(_ person: Graph.NodeID, meeting: Int, in vault: Vault, _ console: Console) {
        let note = vault.notes[meeting]
        guard let interview = note.interview, let day = interview.date?.date else { return }
        var log: [LogEntry] = []
        if case .note(let index) = vault.graph.nodes[person].kind { log = vault.notes[index].contact?.log ?? [] }
        let sent: String
        switch interview.thankYouForMeeting {
        case .on(let date)?: sent = "on \(date) ('thank_you' in \(note.path.escapingControlCharacters))"
        case .undated?: sent = "('thank_you' in \(note.path.escapingControlCharacters))"
        case nil:
            guard let entry = log.first(where: { $0.event == .thanked && $0.date >= day }) else { return }
            sent = "on \(entry.date) (the Log of \(vault.graph.nodes[person].name.escapingLineBreaks))"
        }
        console.writeError(
            "note: the thank-you for the meeting on \(day) was sent already \(sent); this is another draft")
    }

    /// Says whom a thank-you template written before `met_list` and `reached_list` leaves out:
    /// the `thanked` entry logged after sending it also closes telling the referrer you met them.
    private func noteNamesLeftOut(_ names: [String], _ console: Console) {
        guard !names.isEmpty else { return }
        console.writeError(
            "note: \(TemplateLibrary.folder)/\(DraftKind.thankYou.templateFile) has no met_list or reached_list: the "
                + "draft does not say that you already met or wrote to \(Prose.list(names)); add them as the "
                + "built-in template does, or delete yours to use it")
    }

    /// The interview `--interview` names, when it took place: a thank-you or an update for a
    /// meeting called off or still to come says what never happened.
    private func requireHeld(_ index: Int, of person: String, in vault: Vault) throws(CommandError) -> Int {
        let note = vault.notes[index]
        if let status = note.interview?.status {
            throw CommandError(
                "error: \(note.path.escapingControlCharacters) is "
                    + "\(status == .cancelled ? "cancelled" : "a no-show"): there is no meeting to "
                    + "write about.")
        }
        if let date = note.interview?.date?.date, date > global.date {
            throw CommandError(
                "error: \(note.path.escapingControlCharacters) is on \(date), after \(global.date): write this once "
                    + "you have met.",
                ["Before it: grapevine prep \(Shell.argument(person))"])
        }
        return index
    }

    private func lastHeldInterview(_ kind: DraftKind, with node: Graph.NodeID, in vault: Vault) throws(CommandError)
        -> Int
    {
        let today = global.date
        if let index = vault.lastHeldInterview(with: node, today: today) { return index }
        let person = vault.graph.nodes[node].name.escapingLineBreaks
        let hint =
            if let (slip, index) = vault.meetingUnderSlip(of: node, today: today) {
                // `next` names the meeting's `[[Elena Parks]]` as Elena Park, so this is what its step asks for.
                "\(vault.notes[index].path.escapingControlCharacters) names '\(slip)', which may be \(person): fix "
                    + "the name there, or write: "
                    + "grapevine draft \(kind.rawValue) \(Shell.argument(slip))"
            } else if let undated = vault.interviewNotes(with: node).first(where: {
                vault.notes[$0].interview?.date == nil
            }) {
                "\(vault.notes[undated].path.escapingControlCharacters) has no 'date' that can be read; fix it "
                    + "(grapevine check shows how)"
            } else if let next = vault.nextInterview(with: node, today: today) {
                "Your interview is on \(vault.notes[next].interview?.date?.description ?? "a later day"); prepare "
                    + "with: grapevine prep \(Shell.argument(person))"
            } else if let calledOff = vault.interviews(with: node).filter({ $0.status != nil }).compactMap(\.date).max()
            {
                // In conversation already, so not a first message: `next` has the step to find a new time.
                "The meeting on \(calledOff.date) fell through: find a new time with them (grapevine next "
                    + "--kind schedule), and write the thank-you once you have met"
            } else {
                "To write to them first: grapevine draft outreach \(Shell.argument(person))"
            }
        if let met = metInLog(node, in: vault), let note = vault.note(for: node) {
            // "You have not met" would contradict their Log; what is missing is the note a draft reads.
            throw CommandError(
                "error: \(note.path.escapingControlCharacters):\(met.position.line): the Log says you met \(person) "
                    + "on \(met.date), but there "
                    + "is no interview note with them on or before \(today), and the \(kind.rawValue) draft is made "
                    + "from one (what you discussed, the names they gave, the openings).",
                [
                    "Write the meeting down, then draft again: grapevine new interview \(Shell.argument(person)) "
                        + "--date \(met.date)"
                ])
        }
        throw CommandError(
            "error: you have not met \(person) yet: no interview with them took place on or before \(today).", [hint])
    }

    /// The latest `met` entry of `node`'s Log dated up to today: a meeting with no interview note.
    private func metInLog(_ node: Graph.NodeID, in vault: Vault) -> LogEntry? {
        (vault.note(for: node)?.contact?.log ?? []).asOf(global.date).last { $0.event == .met }
    }

    /// A follow-up needs a message that got no answer.
    private func requireUnanswered(
        _ composer: DraftComposer, _ node: Graph.NodeID, in vault: Vault
    ) throws(CommandError) {
        guard composer.unansweredMessages(to: node).isEmpty else { return }
        let person = vault.graph.nodes[node].name.escapingLineBreaks
        let written = composer.log(of: node).contains { $0.event?.isOutreach == true }
        if written || !vault.interviews(with: node).isEmpty {
            throw CommandError(
                "error: nothing to follow up with \(person): they have answered you.",
                [
                    "A reply, met or declined entry in their Log, or an interview with them, is an answer; a "
                        + "follow-up is for someone who has not answered yet."
                ])
        }
        throw CommandError(
            "error: nothing to follow up: no message to \(person) is in their Log.",
            ["To write to them first: grapevine draft outreach \(Shell.argument(person))"])
    }

    /// An outreach is a first message: drafted for someone you have written to, heard from or
    /// met, it comes with a warning that says so (the draft is still written: it may be a start).
    /// A Log entry after today has not happened yet.
    private func warnIfNotNew(_ composer: DraftComposer, _ node: Graph.NodeID, in vault: Vault, _ console: Console) {
        let person = vault.graph.nodes[node].name.escapingLineBreaks
        let touch = composer.log(of: node).first { entry in entry.event?.isContact == true }
        guard touch != nil || !vault.interviews(with: node).isEmpty else { return }
        let since = touch.map { "their Log has '\($0.word)' on \($0.date)" } ?? "you have an interview with them"
        console.writeError(
            "warning: \(person) is not someone new (\(since)), and an outreach is a first message; after a "
                + "meeting: grapevine draft thank-you (or update); with no answer: grapevine draft follow-up")
    }

    /// A note to a referrer needs someone they referred whom you have met.
    private func requireMetReferrals(
        _ composer: DraftComposer, _ node: Graph.NodeID, in vault: Vault
    ) throws(CommandError) {
        guard composer.metReferrals(of: node).isEmpty else { return }
        let graph = vault.graph
        let person = graph.nodes[node].name.escapingLineBreaks
        let named = graph.referrals(by: node).map { graph.nodes[$0].name.escapingLineBreaks }
        if named.isEmpty {
            throw CommandError(
                "error: \(person) has not referred you to anyone: no referred_by or Referrals names them.")
        }
        throw CommandError(
            "error: you have not met anyone \(person) referred you to yet (\(named.joined(separator: ", "))).",
            ["Once you have held an interview with one of them, tell \(person) how it went."])
    }

    private func deliver(_ text: String, _ console: Console) throws {
        guard let out, !Console.isStandardOutput(out) else {
            console.write(text)
            return
        }
        let path = VaultLocator.absolute(out, from: console.currentDirectory)
        do {
            try FileWriter.create(path, contents: text)
        } catch {
            throw CommandError("error: \(error.description)")
        }
        console.write("Wrote \(out)")
    }
}

extension DraftKind: ExpressibleByArgument {}
