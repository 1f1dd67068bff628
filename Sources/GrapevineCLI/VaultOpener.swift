import GrapevineCore

/// Finds and loads the vault the global options point at.
enum VaultOpener {
    /// The vault the options point at, loaded as of their today (`Graph.planReferrals(asOf:)`:
    /// a referral written ahead of its interview is not made yet); when they point at none (or
    /// at something that is not a folder), a `CommandError` saying so in one line, with exit
    /// status 2 as for bad usage. Notes that may be one person (`findingDuplicates`) are only
    /// `check`'s to point out: the other commands show no warnings of that kind, so they skip
    /// the look.
    static func open(
        _ options: GlobalOptions, _ console: Console, findingDuplicates: Bool = false
    ) throws(CommandError) -> Vault {
        var vault = VaultLoader.load(root: try root(options, console), findingDuplicates: findingDuplicates)
        vault.graph.planReferrals(asOf: options.date)
        console.keepUntilExit(vault)
        return vault
    }

    /// The folder of the vault the options name, for a command that reads something else of
    /// it (the site's templates) while the vault loads.
    static func root(_ options: GlobalOptions, _ console: Console) throws(CommandError) -> String {
        do throws(VaultLocator.Failure) {
            return try options.vaultRoot(console)
        } catch {
            throw CommandError("error: \(error.description).", status: .usage)
        }
    }

    /// Refuses a `--public` build of a vault whose config has any problem (an error, a key not
    /// read, a file not followed): the config says what is private (`private_fields`), and
    /// defaults in its place, or a misspelled key, could publish what it hides. A list written
    /// as text with commas (`list-as-text`) is not one: it is read as the list it names.
    static func requireReadableConfig(of vault: Vault, for command: String) throws(CommandError) {
        guard
            let problem = vault.diagnostics.first(where: { $0.file == Vault.configPath && $0.code != .listAsText })
        else { return }
        throw CommandError(
            "error: \(problem.file.escapingControlCharacters):\(problem.line):\(problem.column): "
                + "\(problem.message); '\(command) --public' "
                + "needs the config to know what is private: fix it first (grapevine check shows it)")
    }

    /// Ends a report with one warning on standard error about what `check` finds that can make
    /// its steps wrong: files with errors ("2 files have errors; run grapevine check"), with
    /// the Log lines left out because their date was not understood, the interviews whose
    /// date cannot be read and the contacts whose `added` cannot be (no reach-out); Log entries and sections not read as events (`texted her`, `##
    /// History`, a journal's Log); an interview's lists under another heading (`## Job leads`)
    /// and sections under a misspelled heading (`## Referals`); Referrals items that count no
    /// referral (`- [[Acme]]`) and a referrer linked under `source`; fields under a key
    /// Grapevine does not read (`company:`); plain notes that read like a contact, an interview
    /// or an organization (`People/`, `Meetings/` with no `type:`); and names that look like another note's (`Sean
    /// O'Brien` for the note of Seán O'Brien), which split one person's steps in two.
    static func warnAboutProblems(in vault: Vault, _ console: Console) {
        if let warning = problemWarning(in: vault) { console.writeError(warning) }
    }

    /// The warning `warnAboutProblems(in:_:)` writes, if there is one: `next` works it out
    /// while its list is written.
    static func problemWarning(in vault: Vault) -> String? {
        problemSummary(vault).map { "warning: " + $0 }
    }

    private static func problemSummary(_ vault: Vault) -> String? {
        let found = { (codes: Set<DiagnosticCode>) in vault.diagnostics.filter { codes.contains($0.code) } }
        var sentences: [String] = []
        let count = vault.filesWithErrors
        if count > 0 {
            sentences.append("\(counted(count, "file has", "files have")) errors; run 'grapevine check' to see them.")
            let unread = found([.invalidLogDate])
            if !unread.isEmpty {
                sentences.append(
                    "\(counted(unread.count, "Log line was", "Log lines were")) not understood (the date is not "
                        + "YYYY-MM-DD) and left out: \(places(of: unread)).")
            }
            // `date: 05.11.2026`: no thank-you, no update, maybe a step to schedule what was held.
            let undated = vault.notes.compactMap { note in
                note.interview?.unreadableDate.flatMap { _ in note.frontMatter.entry("date") }.map {
                    "\(note.path.escapingControlCharacters):\($0.value.position.line)"
                }
            }
            if !undated.isEmpty {
                sentences.append(
                    "\(counted(undated.count, "interview has a date", "interviews have dates")) that cannot be read, "
                        + "so the steps about \(undated.count == 1 ? "it" : "them") are left out: "
                        + "\(places(undated)).")
            }
            // `added: sometime last spring`: the contact is not in the pipeline, so no reach-out.
            let unadded = vault.notes.compactMap { note -> String? in
                guard let contact = note.contact, contact.added == nil, let entry = note.frontMatter.entry("added"),
                    !entry.value.isNull
                else { return nil }
                return "\(note.path.escapingControlCharacters):\(entry.value.position.line)"
            }
            if !unadded.isEmpty {
                sentences.append(
                    "\(counted(unadded.count, "contact has an 'added' date", "contacts have 'added' dates")) "
                        + "that cannot be read, so no reach-out step is made for them: "
                        + "\(places(unadded)).")
            }
        }
        // Read as no event at all, they leave `next` saying "reach out" or "follow up" to
        // someone already in touch.
        let unreadEntries = found([.misspelledLogEvent, .logEventInOtherWords])
        let unreadSections = found([.logWithoutItems, .logUnderAnotherHeading, .logOutsideContact])
        if !unreadEntries.isEmpty || !unreadSections.isEmpty {
            let parts = [
                unreadEntries.isEmpty ? nil : counted(unreadEntries.count, "Log entry", "Log entries"),
                unreadSections.isEmpty ? nil : counted(unreadSections.count, "Log section", "Log sections"),
            ].compactMap { $0 }
            let verb = unreadEntries.count + unreadSections.count == 1 ? "is" : "are"
            sentences.append(
                "\(parts.joined(separator: " and ")) \(verb) not read as events, so steps about those people may be "
                    + "wrong: \(places(of: unreadEntries + unreadSections)); run 'grapevine check'.")
        }
        // `## Job leads` or `## Laeds` for `## Leads`, `> [!tip] Referrals`: the openings, people or
        // questions under it are not read.
        let unreadLists = found([.sectionUnderAnotherHeading, .misspelledSectionHeading, .calloutHeading])
        if !unreadLists.isEmpty {
            sentences.append(
                "\(counted(unreadLists.count, "section is", "sections are")) not read (the heading is not one "
                    + "Grapevine reads), so steps may be wrong: \(places(of: unreadLists)); run 'grapevine check'.")
        }
        // `2026-12-01 Tom Becker.md` with `date: 2027-12-01`: a held meeting read as one to come.
        let yearOff = found([.dateOffPath])
        if !yearOff.isEmpty {
            sentences.append(
                "\(counted(yearOff.count, "interview is", "interviews are")) dated a year off the date "
                    + "\(yearOff.count == 1 ? "its file name or folder says" : "their file names or folders say"), "
                    + "so steps about \(yearOff.count == 1 ? "it" : "them") may be wrong: \(places(of: yearOff)); "
                    + "run 'grapevine check'.")
        }
        // `closes Dec 15`, `due 12/15`: the item's step falls due by the default, or never.
        let unreadDue = found([.invalidDueDate])
        if !unreadDue.isEmpty {
            let one = unreadDue.count == 1
            sentences.append(
                "\(counted(unreadDue.count, "due date is", "due dates are")) not read (not YYYY-MM-DD), so "
                    + "\(one ? "its step is" : "their steps are") not due on \(one ? "it" : "them"): "
                    + "\(places(of: unreadDue)); run 'grapevine check'.")
        }
        // `- [[Acme]]`, `- [[Wei Chen]]'s colleague Karim`, `- [[Tendai Xu]]` who was there: no
        // step for them. The reasons differ item by item; `check` says each one, this line none.
        let uncounted = found([.referralNotCounted])
        if !uncounted.isEmpty {
            sentences.append(
                "\(counted(uncounted.count, "Referrals item is", "Referrals items are")) not counted as a referral, "
                    + "so no step comes from \(uncounted.count == 1 ? "it" : "them"): \(places(of: uncounted)); "
                    + "run 'grapevine check' to see why.")
        }
        // `She said I should talk to Deepa Kapoor …` under `## Referrals`: no one is read.
        let prose = found([.referralsWithoutItems])
        if !prose.isEmpty {
            sentences.append(
                "\(counted(prose.count, "Referrals section has", "Referrals sections have")) text but no list items, "
                    + "so no referral is read from \(prose.count == 1 ? "it" : "them"): \(places(of: prose)); "
                    + "run 'grapevine check'.")
        }
        // `source: "[[Marco Diaz]]"`: Marco is not thanked, nor told how it went.
        let sources = found([.sourceNamesAContact])
        if !sources.isEmpty {
            sentences.append(
                "\(counted(sources.count, "contact links", "contacts link")) a person under 'source', which makes "
                    + "no referral, so no step thanks them: \(places(of: sources)); run 'grapevine check'.")
        }
        // `company:` for `organization:`, `with:` for `contact:`: warned keys are the ones close
        // to a key Grapevine reads (others are custom fields, quiet), and what they say is unread.
        let unreadKeys = found([.unknownKey])
        if !unreadKeys.isEmpty {
            sentences.append(
                "\(counted(unreadKeys.count, "field is", "fields are")) not read (the key is misspelled or not one "
                    + "Grapevine reads), so steps may be wrong: \(places(of: unreadKeys)); run 'grapevine check'.")
        }
        // `Company:: Acme`, `met:: 2026-11-10` in a body: Dataview reads them, Grapevine does not.
        let inlineFields = found([.inlineField])
        if !inlineFields.isEmpty {
            sentences.append(
                "\(counted(inlineFields.count, "Dataview field is", "Dataview fields are")) not read (write them in "
                    + "the front matter or the Log), so steps may be wrong: \(places(of: inlineFields)); "
                    + "run 'grapevine check'.")
        }
        // `Meetings/2026-11-21 Dan Moore.md` with `contact:` and `date:` but no `type:`: a meeting
        // held that makes no thank-you, while Dan is told to move on. (The error of a folder
        // that differs only in case, `Contacts/`, is counted among the files with errors.)
        let untyped = vault.diagnostics.filter { $0.code == .untypedNote && $0.severity == .warning }
        if !untyped.isEmpty {
            let one = untyped.count == 1
            sentences.append(
                "\(counted(untyped.count, "note reads", "notes read")) like a contact, an interview or an "
                    + "organization but \(one ? "has" : "have") no 'type:', so "
                    + (one ? "it is read as a plain note" : "they are read as plain notes")
                    + " and steps may be missing: \(places(of: untyped)); run 'grapevine check'.")
        }
        // `Ana Silva (Marisol's conflicted copy 2026-11-20).md` beside `Ana Silva.md`: its steps
        // are left out (a stale copy asked to schedule a meeting held weeks ago), and what only
        // it says is not read into the original's until the two are merged.
        let copies = vault.syncCopies()
        if !copies.isEmpty {
            let one = copies.count == 1
            sentences.append(
                "\(counted(copies.count, "note is", "notes are")) named as a copy a sync tool made of another, so "
                    + "\(one ? "it makes" : "they make") no steps of \(one ? "its" : "their") own and what only "
                    + "\(one ? "it says" : "they say") is not counted: "
                    + "\(places(copies.map { "\(vault.notes[$0.copy].path) (of \(vault.notes[$0.original].path))" })); "
                    + "'grapevine check' says how to fold \(one ? "it" : "each") into the original.")
        }
        let lookAlikes = found([.lookAlikeNames])
        if !lookAlikes.isEmpty {
            sentences.append(
                "\(counted(lookAlikes.count, "name looks", "names look")) like another note's, so one person's or "
                    + "organization's steps may be split in two: \(places(of: lookAlikes)); run 'grapevine check'.")
        }
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }

    /// "1 field is", "3 fields are".
    private static func counted(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }

    /// The first three places of `diagnostics`, and how many more.
    private static func places(of diagnostics: [Diagnostic]) -> String {
        places(diagnostics.map { "\($0.file.escapingControlCharacters):\($0.line)" })
    }

    /// The first three of `places` (`file:line`), and how many more.
    private static func places(_ places: [String]) -> String {
        places.prefix(3).joined(separator: ", ") + (places.count > 3 ? " and \(places.count - 3) more" : "")
    }
}
