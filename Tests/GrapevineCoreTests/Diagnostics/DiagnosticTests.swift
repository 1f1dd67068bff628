import Testing

@testable import GrapevineCore

/// SPEC §5: every diagnostic, located to file, line and column (1-based, in Unicode scalars;
/// line 1 is the opening `---`).
@Suite("Diagnostics")
struct DiagnosticTests {
    // MARK: Front matter structure

    @Test func unterminatedFrontMatterIsAnErrorAtTheOpeningFence() throws {
        let vault = try TemporaryVault.load(["contacts/sam.md": "---\nname: Sam\n\nBody text.\n"])
        let diagnostic = try #require(vault.diagnostics(.unterminatedFrontMatter).only)
        #expect(diagnostic.located == "error contacts/sam.md:1:1")
        #expect(vault.note(atPath: "contacts/sam.md") != nil)
    }

    @Test(
        "the hint for front matter never closed says before which line the closing fence goes",
        arguments: [
            ("---\nname: Sam\n\nBody text.\n", "before line 3, the first blank line"),
            ("---\nname: Tom\nadded: 2026-11-01\n## Log\n- 2026-11-02 emailed\n", "before line 4 ('## Log')"),
            ("---\r\nname: Tom\r\ntags:\r\n  - a\r\n- b\r\n# note\r\nMet at the fair.\r\n", "before line 7 ('Met at"),
            ("---\nname: Tom\nurl: https://example.com\nWhat a day\n", "before line 4 ('What a day')"),
            ("---\nname: Tom\n", "end the front matter with a line '---'"),
        ])
    func unterminatedFrontMatterHint(text: String, hint: String) throws {
        let vault = try TemporaryVault.load(["contacts/tom.md": text])
        let diagnostic = try #require(vault.diagnostics(.unterminatedFrontMatter).only)
        #expect(diagnostic.hint?.contains(hint) == true, "\(diagnostic.hint ?? "")")
    }

    @Test func badIndentationIsMalformedFrontMatterAtTheOffendingColon() throws {
        // "  title: QA Lead" continues the plain scalar of `name`, where ': ' is not allowed.
        let text = "---\nname: Sam Reyes\n  title: QA Lead\n---\n"
        let vault = try TemporaryVault.load(["contacts/sam.md": text])
        let diagnostic = try #require(vault.diagnostics(.malformedFrontMatter).only)
        #expect(diagnostic.located == "error contacts/sam.md:3:8")
    }

    @Test(arguments: [
        ("a tab indent", "---\nname: Sam\n\ttitle: QA\n---\n", 3, 1),
        ("a key written twice", "---\nname: Sam\ntitle: QA\nname: Samuel\n---\n", 4, 1),
        ("an unquoted ': ' in a value", "---\ntitle: QA: lead\n---\n", 2, 10),
    ])
    func malformedFrontMatterCases(_ what: String, text: String, line: Int, column: Int) throws {
        let vault = try TemporaryVault.load(["contacts/sam.md": text])
        let diagnostic = try #require(vault.diagnostics(.malformedFrontMatter).only, "\(what)")
        #expect(diagnostic.located == "error contacts/sam.md:\(line):\(column)", "\(what)")
    }

    @Test func byteOrderMarkDoesNotShiftPositions() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\nadded: 2026-13-01\n---\n".utf8)
        let vault = try TemporaryVault.load([:], bytes: ["contacts/a.md": bytes])
        #expect(vault.diagnostics.map(\.located) == ["error contacts/a.md:2:8"])
    }

    @Test func unclosedFlowListIsMalformedFrontMatter() throws {
        let text = "---\ntitle: QA Lead\nname: [unclosed\n---\nBody\n"
        let vault = try TemporaryVault.load(["contacts/sam.md": text])
        let diagnostic = try #require(vault.diagnostics(.malformedFrontMatter).only)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.file == "contacts/sam.md")
        #expect((3...4).contains(diagnostic.line))
        #expect(vault.note(atPath: "contacts/sam.md")?.body.blocks.isEmpty == false)
    }

    @Test
    func unclosedFlowListPointsAtTheOpeningBracket() throws {
        let text = "---\ntitle: QA Lead\nname: [unclosed\n---\nBody\n"
        let vault = try TemporaryVault.load(["contacts/sam.md": text])
        let diagnostic = try #require(vault.diagnostics(.malformedFrontMatter).only)
        #expect(diagnostic.located == "error contacts/sam.md:3:7")
    }

    @Test(arguments: [
        ("a list", "---\n- a\n- b\n---\n"),
        ("a scalar", "---\njust some words\n---\n"),
    ])
    func frontMatterThatIsNotAMappingIsAnError(_ what: String, text: String) throws {
        let vault = try TemporaryVault.load(["contacts/sam.md": text])
        let diagnostic = try #require(vault.diagnostics(.frontMatterNotMapping).only, "\(what)")
        #expect(diagnostic.located == "error contacts/sam.md:2:1")
    }

    // MARK: Value types

    @Test(arguments: [
        ("contacts/a.md", "tags: {a: 1}", "tags", 7),
        ("contacts/a.md", "aliases: {a: 1}", "aliases", 10),
        ("contacts/a.md", "name: [a, b]", "name", 7),
        ("contacts/a.md", "private: maybe", "private", 10),
        ("contacts/a.md", "added: [2026-10-01]", "added", 8),
        ("interviews/a.md", "duration: long", "duration", 11),
        ("interviews/a.md", "resume_requested: often", "resume_requested", 19),
        ("organizations/a.md", "target: perhaps", "target", 9),
        ("organizations/a.md", "motivation: high", "motivation", 13),
        ("organizations/a.md", "posting: N/A", "posting", 10),
        ("organizations/a.md", "posting: [a]", "posting", 10),
    ])
    func wrongValueTypeIsAnErrorAtTheValue(path: String, line: String, key: String, column: Int) throws {
        let rest = path.hasPrefix("interviews/") ? "contact: Sam\ndate: 2026-10-14\n" : ""
        let vault = try TemporaryVault.load([path: "---\n\(line)\n\(rest)---\n"])
        let diagnostic = try #require(vault.diagnostics(.wrongType).only, "\(line)")
        #expect(diagnostic.located == "error \(path):2:\(column)")
        #expect(diagnostic.message.contains("'\(key)'"))
    }

    @Test func frontMatterColumnsCountUnicodeScalars() throws {
        // "aliases: [Zoë, " is 15 scalars (16 bytes): the mapping starts at column 16.
        let vault = try TemporaryVault.load(["contacts/a.md": "---\naliases: [Zo\u{EB}, {a: 1}]\n---\n"])
        #expect(vault.diagnostics(.wrongType).map(\.located) == ["error contacts/a.md:2:16"])
    }

    @Test(arguments: [
        ("Rencontr\u{E9} \u{E0} Paris: [[Nobody Known]]", 20),
        ("\u{1F389} [[Nobody Known]]", 3),
        ("Jose\u{0301}: [[Nobody Known]]", 8),
    ])
    func bodyColumnsCountUnicodeScalars(line: String, column: Int) throws {
        let vault = try TemporaryVault.load(["ideas.md": "---\ntitle: Ideas\n---\n\n\(line)\n"])
        #expect(vault.diagnostics(.missingNote).map(\.located) == ["warning ideas.md:5:\(column)"])
    }

    @Test func frontMatterMayCloseWithDots() throws {
        let vault = try TemporaryVault.load(["contacts/a.md": "---\nadded: 2026-13-01\n...\nBody\n"])
        #expect(vault.diagnostics.map(\.located) == ["error contacts/a.md:2:8"])
    }

    // MARK: Dates

    @Test func invalidAddedDateIsAnErrorAtTheValue() throws {
        let text = "---\nname: Sam Reyes\ntitle: QA Lead\nadded: 2026-13-01\n---\n"
        let vault = try TemporaryVault.load(["contacts/sam-reyes.md": text])
        let diagnostic = try #require(vault.diagnostics(.invalidDate).only)
        #expect(diagnostic.located == "error contacts/sam-reyes.md:4:8")
        #expect(diagnostic.message == "invalid date '2026-13-01' for 'added'")
        #expect(vault.note(atPath: "contacts/sam-reyes.md")?.contact?.added == nil)
    }

    @Test("a template's placeholder for a date gets the hint to ignore the template's folder")
    func templatePlaceholderDate() throws {
        let vault = try TemporaryVault.load([
            "Templates/Contact.md": "---\ntype: contact\nadded: <% tp.date.now(\"YYYY-MM-DD\") %>\n---\n## Log\n",
            "contact-template.md": "---\ntype: contact\nadded: \"{{date}}\"\n---\n",
        ])
        #expect(
            vault.diagnostics(.invalidDate).map { "\($0.file) \($0.hint ?? "")" }
                == [
                    "Templates/Contact.md this looks like a template's placeholder: if 'Templates/Contact.md' is a "
                        + "template, leave it out with 'ignore: [\"Templates/**\"]' in .grapevine/config.yml",
                    "contact-template.md this looks like a template's placeholder: if 'contact-template.md' is a "
                        + "template, leave it out with 'ignore: [\"contact-template.md\"]' in .grapevine/config.yml",
                ].sorted())
    }

    /// Trial N, finding 4: `date: {{date:YYYY-MM-DD}}` unquoted is a YAML mapping, and the
    /// error said to quote values; a template's placeholder says to leave the template out.
    @Test(
        "front matter YAML cannot read because of a template's placeholder gets the hint to ignore the template",
        arguments: [
            "---\ntype: interview\ncontact: \"[[{{title}}]]\"\ndate: {{date:YYYY-MM-DD}}\n---\n",
            "---\ntype: contact\nname: {{title}}\nadded: {{date}}\n---\n",
            "---\ntype: contact\ntags: [<% tp.file.folder() %>, {{x}}\n---\n",
        ])
    func templatePlaceholderYAML(text: String) throws {
        let vault = try TemporaryVault.load(["Templates/Meeting.md": text])
        let problem = try #require(vault.diagnostics(.malformedFrontMatter).only)
        #expect(
            problem.hint
                == "this looks like a template's placeholder: if 'Templates/Meeting.md' is a template, leave it out "
                + "with 'ignore: [\"Templates/**\"]' in .grapevine/config.yml")
    }

    @Test("a YAML error with no placeholder keeps the hint for its cause")
    func yamlErrorWithoutPlaceholder() throws {
        let vault = try TemporaryVault.load(["contacts/a.md": "---\nname: Ann\ndate: {a: 1}: 2\n---\n"])
        let problem = try #require(vault.diagnostics(.malformedFrontMatter).only)
        #expect(problem.hint?.contains("placeholder") == false)
    }

    @Test func positionsInACRLFFileAreTheSame() throws {
        let text = "---\r\nname: Sam Reyes\r\ntitle: QA Lead\r\nadded: 2026-13-01\r\n---\r\n"
        let vault = try TemporaryVault.load(["contacts/sam-reyes.md": text])
        let diagnostic = try #require(vault.diagnostics(.invalidDate).only)
        #expect(diagnostic.located == "error contacts/sam-reyes.md:4:8")
    }

    @Test(arguments: ["2026-02-30", "2026-10-14 25:00", "14/10/2026", "next tuesday", "2026-00-10"])
    func invalidInterviewDateIsAnError(_ date: String) throws {
        let text = "---\ncontact: Sam\ndate: \(date)\n---\n"
        let vault = try TemporaryVault.load(["interviews/x.md": text])
        let diagnostic = try #require(vault.diagnostics(.invalidDate).only, "\(date)")
        #expect(diagnostic.located == "error interviews/x.md:3:7")
        #expect(diagnostic.message.contains("'date'"))
        // Not a silent guess: no date, and no second "missing date" error either.
        #expect(vault.note(atPath: "interviews/x.md")?.interview?.date == nil)
        #expect(vault.diagnostics(.missingKey).isEmpty)
    }

    @Test(arguments: [
        ("contacts/a.md", "remind: \"2026-13-01 Ask about the Q1 opening\"", 9),
        ("contacts/a.md", "remind: {date: 2026-02-30, text: Ask}", 16),
        ("contacts/a.md", "remind:\n  - 2026-12-01 fine\n  - 2026-12-32 not fine", 5),
        ("interviews/a.md", "thank_you: 2026-13-01", 12),
        ("interviews/a.md", "resume_sent: yesterday", 14),
    ])
    func invalidDatesAnywhereAreErrorsAtTheValue(path: String, yaml: String, column: Int) throws {
        let rest = path.hasPrefix("interviews/") ? "contact: Sam\ndate: 2026-10-14\n" : ""
        let vault = try TemporaryVault.load([path: "---\n\(rest)\(yaml)\n---\n"])
        let line = 1 + rest.split(separator: "\n").count + yaml.split(separator: "\n").count
        #expect(vault.diagnostics(.invalidDate).map(\.located) == ["error \(path):\(line):\(column)"])
    }

    @Test(
        "a reminder's date written another way, or with a colon after it, gets the line to write",
        arguments: [
            (
                "remind: 12/01/2026 follow up about the role", "invalid date '12/01/2026' for 'remind'",
                "write 'remind: 2026-12-01 follow up about the role' (or '2026-01-12' if the day comes first)"
            ),
            (
                "remind: Dec 1 ask about Q1", "invalid date 'Dec 1' for 'remind'",
                "write 'remind: YYYY-12-01 ask about Q1'"
            ),
            (
                "remind:\n  - 2026-12-05: ping", "a reminder needs a 'date'",
                "write it without the colon after the date: '2026-12-05 ping'"
            ),
        ])
    func reminderDatesWrittenAnotherWay(yaml: String, message: String, hint: String) throws {
        let vault = try TemporaryVault.load(["contacts/a.md": "---\nname: Ann\n\(yaml)\n---\n"])
        let diagnostic = try #require(vault.diagnostics.only)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == message)
        #expect(diagnostic.hint == hint)
    }

    @Test func invalidLogDateIsAnErrorAtTheItem() throws {
        let text = "---\nname: Sam\n---\n\n## Log\n\n- 2026-10-01 emailed: intro\n- 2026-02-30 emailed\n"
        let vault = try TemporaryVault.load(["contacts/sam.md": text])
        let diagnostic = try #require(vault.diagnostics(.invalidLogDate).only)
        #expect(diagnostic.located == "error contacts/sam.md:8:3")
        #expect(diagnostic.message.contains("2026-02-30"))
        #expect(vault.note(atPath: "contacts/sam.md")?.contact?.log.map(\.date) == [LocalDate(valid: "2026-10-01")])
    }

    // MARK: Interviews

    @Test func interviewWithoutContactIsAnError() throws {
        let vault = try TemporaryVault.load(["interviews/x.md": "---\ndate: 2026-10-14\n---\n"])
        let diagnostic = try #require(vault.diagnostics(.missingKey).only)
        #expect(diagnostic.located == "error interviews/x.md:1:1")
        #expect(diagnostic.message.contains("'contact'"))
    }

    @Test func interviewWithoutDateIsAnError() throws {
        let vault = try TemporaryVault.load(["interviews/x.md": "---\ncontact: Sam\n---\n"])
        let diagnostic = try #require(vault.diagnostics(.missingKey).only)
        #expect(diagnostic.located == "error interviews/x.md:1:1")
        #expect(diagnostic.message.contains("'date'"))
    }

    @Test func interviewWithNeitherGetsBothErrors() throws {
        let vault = try TemporaryVault.load(["interviews/x.md": "Just notes, no front matter.\n"])
        let missing = vault.diagnostics(.missingKey)
        #expect(missing.count == 2)
        #expect(missing.map(\.located) == ["error interviews/x.md:1:1", "error interviews/x.md:1:1"])
        #expect(missing.contains { $0.message.contains("'contact'") })
        #expect(missing.contains { $0.message.contains("'date'") })
    }

    @Test(arguments: [(45, true), (31, true), (30, false), (15, false)])
    func interviewOverThirtyMinutesIsAWarningAtTheDuration(minutes: Int, warns: Bool) throws {
        let text = "---\ncontact: Sam\ndate: 2026-10-14\nduration: \(minutes)\n---\n"
        let vault = try TemporaryVault.load(["interviews/x.md": text])
        let warnings = vault.diagnostics(.longInterview)
        #expect(warnings.map(\.located) == (warns ? ["warning interviews/x.md:4:11"] : []))
        #expect(vault.note(atPath: "interviews/x.md")?.interview?.duration == minutes)
    }

    // MARK: References and names

    @Test func ambiguousReferenceIsAnErrorNamingBothCandidates() throws {
        let vault = try TemporaryVault.load([
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\n",
            "contacts/samuel-reyes.md": "---\nname: Sam Reyes\n---\n",
            "contacts/dan.md": "---\nname: Dan\nreferred_by: Sam Reyes\n---\n",
        ])
        let diagnostic = try #require(vault.diagnostics(.ambiguousReference).only)
        #expect(diagnostic.located == "error contacts/dan.md:3:14")
        #expect(diagnostic.message.contains("contacts/sam-reyes.md"))
        #expect(diagnostic.message.contains("contacts/samuel-reyes.md"))
    }

    @Test func referenceToMissingNoteIsAWarningAndMakesAPlaceholder() throws {
        let vault = try TemporaryVault.load(["contacts/maria.md": "---\nname: Maria\nreferred_by: Dan Moore\n---\n"])
        let diagnostic = try #require(vault.diagnostics(.missingNote).only)
        #expect(diagnostic.located == "warning contacts/maria.md:3:14")
        #expect(diagnostic.message.contains("Dan Moore"))
        let dan = try vault.node("Dan Moore")
        #expect(vault.graph.nodes[dan].kind == .placeholderPerson)
    }

    @Test func duplicateNameIsAWarning() throws {
        let vault = try TemporaryVault.load([
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\n",
            "contacts/sam-r.md": "---\nname: sam  reyes\n---\n",
        ])
        let diagnostic = try #require(vault.diagnostics(.duplicateName).only)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.position == SourcePosition(line: 2, column: 7))
        let other = diagnostic.file == "contacts/sam-r.md" ? "contacts/sam-reyes.md" : "contacts/sam-r.md"
        #expect(diagnostic.message.contains(other))
    }

    @Test func misspelledNoteKeyIsAWarningWithASuggestion() throws {
        let vault = try TemporaryVault.load(["contacts/x.md": "---\nname: Sam\nrefered_by: Dan Moore\n---\n"])
        let diagnostic = try #require(vault.diagnostics(.unknownKey).only)
        #expect(diagnostic.located == "warning contacts/x.md:3:1")
        #expect(diagnostic.message.contains("refered_by"))
        #expect(diagnostic.hint?.contains("'referred_by'") == true)
    }

    @Test(arguments: [
        ("contacts/x.md", "orgnization", "organization"),
        ("contacts/x.md", "adedd", "added"),
        ("contacts/x.md", "conected", "connected"),
        ("interviews/x.md", "duraton", "duration"),
        ("interviews/x.md", "thank_yu", "thank_you"),
        ("organizations/x.md", "industy", "industry"),
    ])
    func misspelledKeysSuggestTheKnownKey(path: String, key: String, suggestion: String) throws {
        let rest = path.hasPrefix("interviews/") ? "contact: Sam\ndate: 2026-10-14\n" : ""
        let vault = try TemporaryVault.load([path: "---\n\(rest)\(key): 1\n---\n"])
        let diagnostic = try #require(vault.diagnostics(.unknownKey).only, "\(key)")
        #expect(diagnostic.located == "warning \(path):\(rest.isEmpty ? 2 : 4):1")
        #expect(diagnostic.hint?.contains("'\(suggestion)'") == true)
    }

    @Test(
        "another name for a key the note lacks suggests that key; beside the key itself, or unknown, it is a custom key",
        arguments: [
            ("contacts/x.md", "name: Sam\ncompany: Globex\n", "company", "organization"),
            ("contacts/x.md", "name: Sam\nposition: PM\n", "position", "title"),
            // `role` is read as the title (`Note.titleKey`): `Role` is a slip of it.
            ("contacts/x.md", "name: Sam\nRole: PM\n", "Role", "role"),
            ("contacts/x.md", "name: Sam\nreferrer: Dana Lee\n", "referrer", "referred_by"),
            ("contacts/x.md", "name: Sam\ndate_added: 2026-11-01\n", "date_added", "added"),
            ("interviews/x.md", "people: [Sam, Omar]\ndate: 2026-10-14\n", "people", "contact"),
            ("interviews/x.md", "contact: Sam\nwhen: 2026-10-14\n", "when", "date"),
            ("organizations/x.md", "name: Globex\nurl: https://globex.example\n", "url", "website"),
            // Quiet: the key is there already, or the name is nobody's.
            ("contacts/x.md", "name: Sam\norganization: Globex\ncompany: Globex Foods\n", "company", nil),
            ("contacts/x.md", "name: Sam\nhobby: chess\n", "hobby", nil),
            ("contacts/x.md", "name: Sam\ncreated: 2026-11-01\n", "created", nil),
            ("contacts/x.md", "name: Sam\ndate: 2026-11-01\n", "date", nil),
        ] as [(String, String, String, String?)])
    func otherNamesOfKeys(path: String, frontMatter: String, key: String, meant: String?) throws {
        let vault = try TemporaryVault.load([path: "---\n\(frontMatter)---\n"])
        let unknown = vault.diagnostics(.unknownKey)
        guard let meant else { return #expect(unknown.isEmpty, "\(unknown.map(\.message))") }
        let diagnostic = try #require(unknown.only)
        #expect(diagnostic.message == "unknown key '\(key)'")
        #expect(diagnostic.hint == "did you mean '\(meant)'?")
    }

    @Test("the editor renames another name of a key to the key, as it does a slip")
    func theEditorRenamesAKeysOtherName() throws {
        let text = "---\nname: Sam\ncompany: Globex\n---\n"
        let folder = try TestFolder(["contacts/sam.md": text])
        var live = LiveVault(root: folder.root)
        let offset = text.utf8.count - 12
        let fixes = live.fixes(inNote: "contacts/sam.md", range: offset..<offset, today: LocalDate(valid: "2026-11-18"))
        #expect(fixes.map(\.title).contains("Change 'company' to 'organization'"), "\(fixes.map(\.title))")
    }

    @Test("an interview's 'with:' beside its 'contact:' names people who would not be met: put them all in contact")
    func interviewWithBesideContact() throws {
        let vault = try TemporaryVault.load([
            "interviews/x.md":
                "---\ncontact: \"[[Dana Lee|Dana]]\"\ndate: 2026-10-14\nwith: [Omar, \"[[Bo Chen]]\"]\n---\n"
        ])
        let diagnostic = try #require(vault.diagnostics(.unknownKey).only)
        #expect(diagnostic.located == "warning interviews/x.md:4:1")
        #expect(diagnostic.message == "'with' is not read: everyone you met goes in 'contact'")
        #expect(diagnostic.hint == "write them all there: 'contact: [Dana Lee, Omar, Bo Chen]'")
        #expect(vault.notes[0].interview?.contacts.count == 1, "still read as written")
    }

    @Test(
        "an interview's 'time:' beside a date without one says the date-time to write",
        arguments: [
            ("date: 2026-11-20\ntime: 3pm", "write 'date: 2026-11-20 15:00' and remove 'time'"),
            ("date: 2026-11-20\nTime: 09:30", "write 'date: 2026-11-20 09:30' and remove 'Time'"),
            ("date: 2026-11-20\ntime: afternoon", "write 'date: 2026-11-20 HH:MM'"),
            ("date: 2026-11-20 14:00\ntime: 2pm", nil),
            ("time: 3pm", nil),
        ] as [(String, String?)])
    func interviewTime(frontMatter: String, hint: String?) throws {
        let vault = try TemporaryVault.load(["interviews/x.md": "---\ncontact: Sam\n\(frontMatter)\n---\n"])
        let unknown = vault.diagnostics(.unknownKey)
        guard let hint else { return #expect(unknown.isEmpty, "\(unknown.map(\.message))") }
        let diagnostic = try #require(unknown.only)
        #expect(diagnostic.message.hasSuffix("is not read: an interview's time goes in its date"))
        #expect(diagnostic.hint == hint)
    }

    @Test(
        "a motivation written as a word is an error whose hint gives its number; a number out of scale a warning",
        arguments: [
            ("motivation: high", "error", "write 'motivation: 3' (1 = would consider, 3 = dream employer)"),
            ("motivation: Medium", "error", "write 'motivation: 2' (1 = would consider, 3 = dream employer)"),
            ("motivation: 5", "warning", "1 = would consider, 3 = dream employer"),
        ])
    func motivationInWords(line: String, severity: String, hint: String) throws {
        let vault = try TemporaryVault.load(["organizations/x.md": "---\nname: Globex\n\(line)\n---\n"])
        let diagnostic = try #require(vault.diagnostics.only)
        #expect(diagnostic.located == "\(severity) organizations/x.md:3:13")
        #expect(diagnostic.hint == hint)
    }

    @Test("connected (SPEC §2.1, written by import) is a date: read, shown, and an error when it is not one")
    func connectedIsADate() throws {
        let good = try TemporaryVault.load(["contacts/x.md": "---\nname: Bo Kim\nconnected: 2024-11-05\n---\n"])
        #expect(good.diagnostics.isEmpty)
        #expect(good.notes.first?.contact?.connected == LocalDate(valid: "2024-11-05"))
        let details = DossierBuilder(vault: good, today: LocalDate(valid: "2026-11-18")).dossier(
            for: try good.node("Bo Kim")
        ).details
        #expect(details.contains { $0.label == "Connected" && $0.value == "2024-11-05" })
        let bad = try TemporaryVault.load(["contacts/x.md": "---\nname: Bo Kim\nconnected: notadate\n---\n"])
        #expect(try #require(bad.diagnostics(.invalidDate).only).located == "error contacts/x.md:3:12")
    }

    @Test func referralCycleIsInfo() throws {
        let vault = try TemporaryVault.load([
            "contacts/pat.md": "---\nname: Pat Lee\nreferred_by: Quinn Diaz\n---\n",
            "contacts/quinn.md": "---\nname: Quinn Diaz\nreferred_by: Pat Lee\n---\n",
        ])
        let diagnostic = try #require(vault.diagnostics(.referralCycle).only)
        #expect(diagnostic.severity == .info)
        #expect(["contacts/pat.md", "contacts/quinn.md"].contains(diagnostic.file))
        #expect(diagnostic.line == 3)
        #expect(diagnostic.message.contains("Pat Lee") && diagnostic.message.contains("Quinn Diaz"))
        #expect(!CheckReport(vault: vault, strict: true).hasErrors)
    }

    // MARK: Log events and --strict

    @Test(arguments: [
        ("reached_out: LinkedIn note", "'reached_out'", "reached out", "- 2026-10-02 reached out: LinkedIn note"),
        ("Followed-Up", "'Followed-Up'", "followed up", "- 2026-10-02 followed up"),
        ("emaild: intro, mentioned Dan", "'emaild'", "emailed", "- 2026-10-02 emailed: intro, mentioned Dan"),
        ("folowed up: again", "'folowed up'", "followed up", "- 2026-10-02 followed up: again"),
        ("sent_resume", "'sent_resume'", "sent resume", "- 2026-10-02 sent resume"),
    ])
    func aMisspelledLogEventIsAWarningEvenWithoutStrict(
        written: String, quoted: String, event: String, hint: String
    ) throws {
        let text = "---\nname: Sam\n---\n## Log\n- 2026-10-01 emailed: intro\n- 2026-10-02 \(written)\n"
        let vault = try TemporaryVault.load(["contacts/sam.md": text])
        let diagnostic = try #require(vault.diagnostics(.misspelledLogEvent).only)
        #expect(diagnostic.located == "warning contacts/sam.md:6:14")
        #expect(
            diagnostic.message
                == "\(quoted) is not a Log event word, so this entry is a plain dated note; did you mean '\(event)'?")
        #expect(diagnostic.hint == "write '\(hint)'")
        #expect(vault.diagnostics(.unknownLogEvent).isEmpty)
        #expect(CheckReport(vault: vault, strict: false).diagnostics.contains { $0.code == .misspelledLogEvent })
        // Still a plain note, as written: nothing is read into it.
        #expect(vault.note(atPath: "contacts/sam.md")?.contact?.log.last?.event == nil)
    }

    @Test(
        "an event said in other words is a warning even without --strict, with the entry as it would be written",
        arguments: [
            ("coffee chat", "'coffee chat'", "if you met, write '- 2026-10-02 met: coffee chat'"),
            (
                "Had a call with her: great", "'Had a call'",
                "if you met, write '- 2026-10-02 met: Had a call with her: great'"
            ),
            ("texted", "'texted'", "if you wrote to them, write '- 2026-10-02 messaged'"),
            (
                "sent a LinkedIn message: intro", "'sent a LinkedIn message'",
                "if you wrote to them, write '- 2026-10-02 messaged: intro'"
            ),
            (
                "got a reply: happy to chat", "'got a reply'",
                "if they replied, write '- 2026-10-02 replied: happy to chat'"
            ),
            (
                "She wrote back - next week works", "'She wrote back'",
                "if they replied, write '- 2026-10-02 replied: next week works'"
            ),
            ("reply: yes, next Tuesday", "'reply'", "if they replied, write '- 2026-10-02 replied: yes, next Tuesday'"),
            ("Response: not hiring now", "'Response'", "if they replied, write '- 2026-10-02 replied: not hiring now'"),
            ("reply received", "'reply received'", "if they replied, write '- 2026-10-02 replied'"),
            ("got back to me: Friday", "'got back to me'", "if they replied, write '- 2026-10-02 replied: Friday'"),
            ("She got back to me", "'She got back to me'", "if they replied, write '- 2026-10-02 replied'"),
            ("heard back: yes", "'heard back'", "if they replied, write '- 2026-10-02 replied: yes'"),
            ("she declined: no time", "'she declined'", "if they said no, write '- 2026-10-02 declined: no time'"),
            ("she wrote me back: sure", "'she wrote me back'", "if they replied, write '- 2026-10-02 replied: sure'"),
            ("responded: yes", "'responded'", "if they replied, write '- 2026-10-02 replied: yes'"),
            ("sent thank-you", "'sent thank-you'", "if you thanked them, write '- 2026-10-02 thanked'"),
            // Not a slip of `thank` with `you` for its text.
            (
                "thank-you: for the tour", "'thank-you'",
                "if you thanked them, write '- 2026-10-02 thanked: for the tour'"
            ),
            ("thank-you sent", "'thank-you sent'", "if you thanked them, write '- 2026-10-02 thanked'"),
            ("Thank you note", "'Thank you note'", "if you thanked them, write '- 2026-10-02 thanked'"),
            (
                "intro: mentioned Dan", "'intro'",
                "if you wrote to them, write '- 2026-10-02 reached out: intro: mentioned Dan'"
            ),
            ("followup", "'followup'", "if you wrote to them again, write '- 2026-10-02 followed up'"),
            ("sent my application", "'sent my application'", "if you applied, write '- 2026-10-02 applied'"),
            ("sent my résumé", "'sent my résumé'", "if you sent your resume, write '- 2026-10-02 sent resume'"),
            (
                "sent an update: new role", "'sent an update'",
                "if you sent them an update, write '- 2026-10-02 updated: new role'"
            ),
            // Trial 27: Yusuf's update, logged with whom it went to, was no warning, and next asked for it.
            (
                "sent him an update: the Harbor conversations", "'sent him an update'",
                "if you sent them an update, write '- 2026-10-02 updated: the Harbor conversations'"
            ),
            ("Sent her a thank-you note", "'Sent her a thank-you note'", "if you thanked them, write '- 2026-10-02 thanked'"),
            ("sent them my CV", "'sent them my CV'", "if you sent your resume, write '- 2026-10-02 sent resume'"),
            ("sent her a message", "'sent her a message'", "if you wrote to them, write '- 2026-10-02 messaged'"),
            ("LinkedIn message sent", "'LinkedIn message sent'", "if you wrote to them, write '- 2026-10-02 messaged'"),
            (
                "sent connection request: with a note", "'sent connection request'",
                "if you wrote to them, write '- 2026-10-02 messaged: with a note'"
            ),
            // A message by its channel keeps the channel as its text.
            (
                "LinkedIn message, no reply yet", "'LinkedIn message'",
                "if you wrote to them, write '- 2026-10-02 messaged: LinkedIn message, no reply yet'"
            ),
            (
                "InMail: asked for 20 min", "'InMail'",
                "if you wrote to them, write '- 2026-10-02 messaged: InMail: asked for 20 min'"
            ),
            (
                "sent a text - running late", "'sent a text'",
                "if you wrote to them, write '- 2026-10-02 messaged: sent a text - running late'"
            ),
            // Telling a referrer how it went.
            (
                "told him about the Priya call", "'told him about'",
                "if you sent them an update, write '- 2026-10-02 updated: told him about the Priya call'"
            ),
            (
                "Let her know I applied", "'Let her know'",
                "if you sent them an update, write '- 2026-10-02 updated: Let her know I applied'"
            ),
            // Prose punctuation after the words goes, as after an event word: no "replied: , …".
            (
                "He replied, wants to chat after Thanksgiving", "'He replied'",
                "if they replied, write '- 2026-10-02 replied: wants to chat after Thanksgiving'"
            ),
            (
                "got a reply; Tuesday works", "'got a reply'",
                "if they replied, write '- 2026-10-02 replied: Tuesday works'"
            ),
            ("texted. no answer", "'texted'", "if you wrote to them, write '- 2026-10-02 messaged: no answer'"),
        ])
    func aLogEventInOtherWordsIsAWarning(written: String, quoted: String, hint: String) throws {
        let text = "---\nname: Sam\n---\n## Log\n- 2026-10-01 emailed: intro\n- 2026-10-02 \(written)\n"
        let vault = try TemporaryVault.load(["contacts/sam.md": text])
        let diagnostic = try #require(vault.diagnostics(.logEventInOtherWords).only)
        #expect(diagnostic.located == "warning contacts/sam.md:6:14")
        #expect(diagnostic.message == "\(quoted) is not a Log event word, so next reads nothing into this entry")
        #expect(diagnostic.hint == hint)
        #expect(vault.diagnostics.count == 1, "not also an unknown or misspelled event: \(vault.diagnostics)")
        #expect(CheckReport(vault: vault, strict: false).diagnostics.contains { $0.code == .logEventInOtherWords })
        // Still a plain note, as written: nothing is read into it.
        #expect(vault.note(atPath: "contacts/sam.md")?.contact?.log.last?.event == nil)
    }

    /// `log` refuses the words with the event word `check` suggests for them in a note: one
    /// function reads both (`LogEntryParser.meantEvent`).
    @Test(arguments: [
        "follow-up", "followed-up", "follow up", "followup", "thank-you", "thank you", "thanks", "reply", "intro",
        "emaild", "folowed up", "texted", "coffee chat", "heard back", "sent my resume", "reached_out", "skiped",
        "thank-you sent", "sent a LinkedIn message", "responded", "LinkedIn message", "told him about",
    ])
    func logAndCheckSuggestTheSameWord(written: String) throws {
        let text = "---\nname: Sam\n---\n## Log\n- 2026-10-02 \(written): x\n"
        let vault = try TemporaryVault.load(["contacts/sam.md": text])
        let diagnostic = try #require(
            vault.diagnostics.first { $0.code == .misspelledLogEvent || $0.code == .logEventInOtherWords })
        let words = written.split(separator: " ").map(String.init)
        let typed = try #require(
            NewLogEntry(
                date: LocalDateTime(date: LocalDate("2026-10-02")!), event: words[0],
                text: Array(words.dropFirst()) + ["x"]))
        guard case .unknownWord(_, let suggestion?) = typed.problem else {
            Issue.record("\(written): \(String(describing: typed.problem))")
            return
        }
        #expect(
            diagnostic.hint?.contains("write '- 2026-10-02 \(suggestion)") == true,
            "\(written): \(diagnostic.hint ?? "")")
    }

    @Test(arguments: [
        "set up a call for next week", "lunch with the team", "notes: from the fair", "called", "textbook example",
        "sent", "coffee", "had a thought about the role", "chatting app", "wrote back", "he",
        "got back from vacation", "responsible for hiring", "replying later", "told me about a role at Acme",
        "text of the job post", "linkedin profile updated",
    ])
    func aPlainNoteThatSaysNoEventIsLeftAlone(written: String) throws {
        let text = "---\nname: Sam\n---\n## Log\n- 2026-10-02 \(written)\n"
        let vault = try TemporaryVault.load(["contacts/sam.md": text])
        let said = vault.diagnostics(.logEventInOtherWords)
        // `wrote back` is read as their reply (below): nothing to warn about.
        #expect(said.isEmpty, "\(written): \(said.map(\.message))")
    }

    @Test(
        "a message word with 'back' is their reply, not an outreach; the word alone or run on is still yours",
        arguments: [
            ("wrote back: happy to talk next week", LogEvent.reply, "happy to talk next week"),
            ("Emailed back", .reply, ""), ("called back, Tuesday works", .reply, "Tuesday works"),
            ("texted back: yes", .reply, "yes"), ("messaged back", .reply, ""), ("e-mailed back", .reply, ""),
            ("replied back: sure", .reply, "sure"), ("wrote me back: happy to talk", .reply, "happy to talk"),
            ("emailed me back", .reply, ""),
            ("wrote: back from vacation soon?", .outreach, "back from vacation soon?"),
            ("called backend team lead", .outreach, "backend team lead"),
        ])
    func aMessageWordWithBack(written: String, event: LogEvent, text: String) throws {
        try expectEntry(written, event: event, text: text)
    }

    @Test(
        "an event word followed by a comma, a semicolon or a full stop, as in prose, is the event",
        arguments: [
            ("replied, happy to chat next week", LogEvent.reply, "happy to chat next week"),
            ("Met. Great chat about the team", .met, "Great chat about the team"),
            ("called; left a message", .outreach, "left a message"),
            ("reached out, via LinkedIn", .outreach, "via LinkedIn"),
            ("thanked.", .thanked, ""),
        ])
    func anEventWordBeforePunctuation(written: String, event: LogEvent, text: String) throws {
        try expectEntry(written, event: event, text: text)
    }

    /// A Log entry written `- 2026-10-02 written` is read as `event` with `text`, and quietly.
    private func expectEntry(_ written: String, event: LogEvent, text: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/sam.md": "---\nname: Sam\n---\n## Log\n- 2026-10-02 \(written)\n"
        ])
        let entry = try #require(vault.note(atPath: "contacts/sam.md")?.contact?.log.only)
        #expect(entry.event == event)
        #expect(entry.text == text)
        #expect(vault.diagnostics.isEmpty, "\(vault.diagnostics)")
    }

    @Test(arguments: ["set up a call", "lunch with the team", "pinged: on Slack", "met-up", "notes: from the fair"])
    func aPlainDatedNoteIsNotTakenForAMisspelling(written: String) throws {
        let text = "---\nname: Sam\n---\n## Log\n- 2026-10-02 \(written)\n"
        let vault = try TemporaryVault.load(["contacts/sam.md": text])
        #expect(vault.diagnostics(.misspelledLogEvent).isEmpty, "\(written)")
    }

    @Test(arguments: [
        ("contacts/a.md", "added: Nov 2, 2026", "write it as '2026-11-02'"),
        ("contacts/a.md", "added: 11/02/2026", "write it as '2026-11-02' (or '2026-02-11' if the day comes first)"),
        ("contacts/a.md", "added: 2026-11-12 at noon", "write it as '2026-11-12'"),
        // A time not read is never left out of the hint as if it were not written.
        ("interviews/a.md", "date: 2026-11-12 3", "write the time as HH:MM: '2026-11-12 03:00' or '2026-11-12 15:00'"),
        ("interviews/a.md", "date: 2026-11-12 15", "write the time as HH:MM: '2026-11-12 15:00'"),
        (
            "interviews/a.md", "date: 2026-11-12 13pm",
            "write it as '2026-11-12 HH:MM' (a 24-hour time), or '2026-11-12' alone"
        ),
        (
            "interviews/a.md", "date: 2026-11-12 3pm-4pm",
            "write the start as '2026-11-12 15:00' and the length as 'duration: 60'"
        ),
        (
            "interviews/a.md", "date: 2026-11-12 3-3:30pm",
            "write the start as '2026-11-12 15:00' and the length as 'duration: 30'"
        ),
        (
            "interviews/a.md", "date: 2026-11-12 15:00 – 15:45",
            "write the start as '2026-11-12 15:00' and the length as 'duration: 45'"
        ),
        ("interviews/a.md", "date: 12 November 2026 at 9:30 am", "write it as '2026-11-12 09:30'"),
        ("interviews/a.md", "date: 13.11.2026 15h", "write it as '2026-11-13 15:00'"),
        (
            "interviews/a.md", "date: 2026-11-13 15h45h",
            "write it as '2026-11-13 HH:MM' (a 24-hour time), or '2026-11-13' alone"
        ),
        (
            "interviews/a.md", "date: 2026-11-13 25h",
            "write it as '2026-11-13 HH:MM' (a 24-hour time), or '2026-11-13' alone"
        ),
        ("interviews/a.md", "date: 2026/11/12 12pm", "write it as '2026-11-12 12:00'"),
        (
            "interviews/a.md", "date: Nov 12, 2026 sometime",
            "write it as '2026-11-12 HH:MM' (a 24-hour time), or '2026-11-12' alone"
        ),
        ("contacts/a.md", "added: Mon 2026-11-02", "write it as '2026-11-02'"),
        // A date-time with a zone (from a calendar): the time as written, to be made local.
        (
            "interviews/a.md", "date: 2026-11-12T15:00:00-05:00",
            "write it as '2026-11-12 15:00', changed to your own time zone if it is another"
        ),
        (
            "interviews/a.md", "date: 2026-11-12T09:30Z",
            "write it as '2026-11-12 09:30', changed to your own time zone if it is another"
        ),
        (
            "interviews/a.md", "date: 2026-11-12 3:00 pm EST",
            "write it as '2026-11-12 15:00', changed to your own time zone if it is another"
        ),
        (
            "interviews/a.md", "date: 2026-11-12 sometime EST",
            "write it as '2026-11-12 HH:MM' (a 24-hour time), or '2026-11-12' alone"
        ),
        (
            "interviews/a.md", "date: Thu. 11/12/2026 10:00",
            "write it as '2026-11-12 10:00' (or '2026-12-11 10:00' if the day comes first)"
        ),
        // Dots are the day-first way; slashes may be either.
        ("interviews/a.md", "date: 06.11.2026 14h30", "write it as '2026-11-06 14:30'"),
        ("contacts/a.md", "added: 06.11.2026", "write it as '2026-11-06'"),
        ("contacts/a.md", "added: 06/11/2026", "write it as '2026-06-11' (or '2026-11-06' if the day comes first)"),
        ("contacts/a.md", "added: 2026-13-01", "write the date as YYYY-MM-DD, with a real month and day"),
        ("organizations/a.md", "motivation: 3 stars", "write the number alone: 'motivation: 3'"),
    ])
    func aValueWrittenAnotherWayGetsTheFormToWrite(path: String, line: String, hint: String) throws {
        let contact = path.hasPrefix("interviews") ? "contact: Sam\n" : ""
        let vault = try TemporaryVault.load([path: "---\n\(contact)\(line)\n---\n"])
        let error = try #require(
            vault.diagnostics.first { $0.code == .invalidDate || $0.code == .wrongType }, "\(line)")
        #expect(error.hint == hint, "\(line)")
    }

    @Test(
        "an ISO date with a time as people write it is that time; in a date field, that day",
        arguments: [
            ("2026-11-12 3pm", "2026-11-12 15:00"), ("2026-11-12 9:00", "2026-11-12 09:00"),
            ("2026-11-12 at 3:30 PM", "2026-11-12 15:30"), ("2026-11-12, 12am", "2026-11-12 00:00"),
            ("2026-11-12 12 p.m.", "2026-11-12 12:00"), ("2026-11-12 15h30", "2026-11-12 15:30"),
            ("2026-11-12 15h", "2026-11-12 15:00"), ("2026-11-12 9h", "2026-11-12 09:00"),
            ("2026-11-12 at 15h", "2026-11-12 15:00"),
        ])
    func aSpokenTimeIsRead(written: String, expected: String) throws {
        let vault = try TemporaryVault.load([
            "interviews/a.md": "---\ncontact: Sam\ndate: \(written)\n---\n",
            "contacts/sam.md": "---\nname: Sam\nadded: \(written)\n---\n",
        ])
        #expect(vault.diagnostics(.invalidDate).isEmpty, "\(vault.diagnostics)")
        #expect(vault.note(atPath: "interviews/a.md")?.interview?.date?.description == expected)
        #expect(vault.note(atPath: "contacts/sam.md")?.contact?.added?.description == "2026-11-12")
    }

    @Test("an interview without contact: the hint names whom its title links to, if it does")
    func anInterviewWithoutContact() throws {
        let vault = try TemporaryVault.load([
            "interviews/a.md": "---\ndate: 2026-11-11\n---\n# Coffee with [[Dana Reyes|Dana]] and [[Sam]]\n",
            "interviews/b.md": "---\ndate: 2026-11-11\n---\n# Coffee\n\nWith [[Dana Reyes]].\n",
        ])
        #expect(
            vault.diagnostics(.missingKey).map { "\($0.file) \($0.hint ?? "")" } == [
                "interviews/a.md add 'contact: \"[[Dana Reyes]]\"' (whom the title links to) to the front matter",
                "interviews/b.md add 'contact: \"[[Their Name]]\"' to the front matter",
            ])
    }

    @Test func aTagWithACommaIsAWarningThatSaysHowToWriteSeveral() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Ken\ntags: mentor, health tech\n---\n",
            "contacts/b.md": "---\nname: Bo\ntags: [mentor, \"a, b\"]\n---\n",
            "contacts/c.md": "---\nname: Cy\ntags: [mentor, health]\n---\n",
        ])
        #expect(
            vault.diagnostics(.invalidValue).map { "\($0.located) \($0.hint ?? "")" } == [
                "warning contacts/a.md:3:7 for several tags, write a list: 'tags: [mentor, health tech]'",
                "warning contacts/b.md:3:16 for several tags, write a list: 'tags: [a, b]'",
            ])
        // The tag is kept as written: nothing is guessed into the data.
        #expect(vault.note(atPath: "contacts/a.md")?.tags == ["mentor, health tech"])
    }

    @Test func unknownLogEventIsAStrictOnlyWarning() throws {
        let text =
            "---\nname: Sam\n---\n## Log\n- 2026-10-01 emailed: intro\n- 2026-10-02 saw: her talk at the meetup\n"
        let vault = try TemporaryVault.load(["contacts/sam.md": text])
        let diagnostic = try #require(vault.diagnostics(.unknownLogEvent).only)
        #expect(diagnostic.located == "warning contacts/sam.md:6:14")
        #expect(diagnostic.message.contains("saw"))

        let lenient = CheckReport(vault: vault, strict: false)
        #expect(!lenient.diagnostics.contains { $0.code == .unknownLogEvent })
        #expect(!lenient.hasErrors)
        let strict = CheckReport(vault: vault, strict: true)
        let strictEvents = strict.diagnostics.filter { $0.code == .unknownLogEvent }
        #expect(strictEvents.map(\.located) == ["error contacts/sam.md:6:14"])
        #expect(strict.hasErrors)
        // The entry is kept as a plain dated note.
        let log = try #require(vault.note(atPath: "contacts/sam.md")?.contact?.log)
        #expect(log.map(\.event) == [.outreach, nil])
    }

    @Test(arguments: [
        ("emailed", LogEvent.outreach), ("Called", .outreach), ("messaged", .outreach), ("wrote", .outreach),
        ("reached out", .outreach), ("Followed Up", .followUp), ("replied", .reply), ("answered", .reply),
        ("declined", .declined), ("met", .met), ("thanked", .thanked), ("updated", .updated),
        ("sent resume", .resumeSent), ("applied", .applied),
    ])
    func everyEventWordOfTheSpecIsKnown(word: String, event: LogEvent) throws {
        let text = "---\nname: Sam\n---\n## Log\n- 2026-10-01 \(word): some text\n"
        let vault = try TemporaryVault.load(["contacts/sam.md": text])
        #expect(CheckReport(vault: vault, strict: true).diagnostics.isEmpty)
        #expect(vault.note(atPath: "contacts/sam.md")?.contact?.log.map(\.event) == [event])
    }

    // MARK: Config

    @Test func configUnknownKeysAndWrongTypesHaveLineNumbers() throws {
        let config = """
            owner: Alex Kim
            colour: auto
            cadence:
              thank_you_dayz: 2
              update_days: soon
            site: 3
            private_fields: {a: b}

            """
        let vault = try TemporaryVault.load([".grapevine/config.yml": config, "contacts/sam.md": "# Sam\n"])
        let inConfig = vault.diagnostics(inFile: ".grapevine/config.yml")
        #expect(inConfig.count == 5)
        let unknown = vault.diagnostics(.unknownKey)
        #expect(unknown.map(\.located) == ["warning .grapevine/config.yml:2:1", "warning .grapevine/config.yml:4:3"])
        #expect(unknown.first?.message.contains("colour") == true)
        #expect(unknown.last?.hint?.contains("thank_you_days") == true)
        let wrong = vault.diagnostics(.wrongType)
        #expect(
            wrong.map(\.located) == [
                "error .grapevine/config.yml:5:16", "error .grapevine/config.yml:6:7",
                "error .grapevine/config.yml:7:17",
            ])
        // The good parts still apply.
        #expect(vault.config.owner == "Alex Kim")
        #expect(vault.note(atPath: "contacts/sam.md") != nil)
    }

    @Test("a cadence is between 0 and ten years; one outside is an error and the default applies")
    func cadenceBounds() throws {
        let config = """
            cadence:
              thank_you_days: 9223372036854775807
              update_days: -1
              follow_up_business_days: 3651
              stay_in_touch_days: 3650

            """
        let vault = try TemporaryVault.load([".grapevine/config.yml": config])
        #expect(
            vault.diagnostics(.invalidValue).map(\.located) == [
                "error .grapevine/config.yml:2:19", "error .grapevine/config.yml:3:16",
                "error .grapevine/config.yml:4:28",
            ])
        #expect(vault.config.cadence.thankYouDays == Cadence().thankYouDays)
        #expect(vault.config.cadence.followUpBusinessDays == Cadence().followUpBusinessDays)
        #expect(vault.config.cadence.stayInTouchDays == 3650)
    }

    @Test func publicFieldsIsAListOfKeysInTheConfig() throws {
        let good = try TemporaryVault.load([".grapevine/config.yml": "public_fields: [pronouns, LinkedIn]\n"])
        #expect(good.diagnostics.isEmpty)
        #expect(good.config.publicFields == ["pronouns", "LinkedIn"])
        let single = try TemporaryVault.load([".grapevine/config.yml": "public_fields: pronouns\n"])
        #expect(single.config.publicFields == ["pronouns"])
        let wrong = try TemporaryVault.load([".grapevine/config.yml": "owner: A\npublic_fields: {a: b}\n"])
        #expect(wrong.diagnostics(.wrongType).map(\.located) == ["error .grapevine/config.yml:2:16"])
        #expect(wrong.config.publicFields.isEmpty)
        let misspelled = try TemporaryVault.load([".grapevine/config.yml": "public_field: [pronouns]\n"])
        #expect(misspelled.diagnostics(.unknownKey).first?.hint == "did you mean 'public_fields'?")
    }

    // MARK: Files

    @Test(arguments: [
        ("body", Array("---\nname: Sam\n---\nHello ".utf8) + [0xFF, 0xFE] + Array(" there\n".utf8), 4, 7),
        ("front matter", Array("---\nname: Sa".utf8) + [0xFF] + Array("m\n---\n".utf8), 2, 9),
        ("after accents", Array("Café ".utf8) + [0xC3] + Array("\n".utf8), 1, 6),
    ])
    func fileThatIsNotUTF8IsAnErrorAtTheBadByte(_ place: String, bytes: [UInt8], line: Int, column: Int) throws {
        let vault = try TemporaryVault.load([:], bytes: ["contacts/sam.md": bytes])
        let diagnostic = try #require(vault.diagnostics(.notUTF8).only, "\(place)")
        #expect(diagnostic.located == "error contacts/sam.md:\(line):\(column)")
        #expect(vault.note(atPath: "contacts/sam.md") != nil)
    }

    @Test(
        "a file saved as Windows-1252 is read as that: its person is one, named right; UTF-8 with bad bytes keeps its letters"
    )
    func windows1252() throws {
        let latin =
            Array("---\nname: Jos".utf8) + [0xE9] + Array(" N".utf8) + [0xFA, 0xF1] + Array("ez\n---\n".utf8)
            + Array("Says ".utf8) + [0x93] + Array("hi".utf8) + [0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0x81, 0x0A]
        let vault = try TemporaryVault.load(
            ["interviews/j.md": "---\ncontact: José Núñez\ndate: 2026-11-05\n---\n"],
            bytes: [
                "contacts/jose.md": latin,
                "contacts/mixed.md": Array("---\nname: Zoë Café\n---\n".utf8) + [0xFF] + Array("\n".utf8),
            ])
        let jose = try #require(vault.note(atPath: "contacts/jose.md"))
        #expect(jose.name == "José Núñez")
        #expect(jose.text.hasSuffix("Says \u{201C}hi\u{201D} \u{2013} €5 \u{FFFD}\n"))
        // The interview's contact is the note, not a placeholder for a second José.
        #expect(vault.diagnostics.filter { $0.code != .notUTF8 }.isEmpty, "\(vault.diagnostics)")
        #expect(
            vault.diagnostics(.notUTF8).map(\.located) == [
                "error contacts/jose.md:2:10", "error contacts/mixed.md:4:1",
            ])
        #expect(try #require(vault.note(atPath: "contacts/mixed.md")).name == "Zoë Café")
    }

    @Test func brokenFilesNeverStopTheOthers() throws {
        let vault = try TemporaryVault.load(
            [
                "contacts/unterminated.md": "---\nname: Broken One\n",
                "contacts/malformed.md": "---\nname: [oops\n---\n",
                "contacts/list.md": "---\n- a\n---\n",
                "contacts/good-one.md": "---\nname: Good One\norganization: \"[[Acme]]\"\n---\n",
                "contacts/good-two.md": "---\nname: Good Two\nreferred_by: \"[[Good One]]\"\n---\nSee [[Good One]].\n",
                "organizations/acme.md": "---\nname: Acme\n---\n",
            ],
            bytes: ["contacts/latin1.md": Array("caf".utf8) + [0xE9, 0x0A]])
        #expect(vault.notes.count == 7)
        #expect(vault.filesWithErrors == 4)
        let one = try vault.node(atPath: "contacts/good-one.md")
        let two = try vault.node(atPath: "contacts/good-two.md")
        let acme = try vault.node(atPath: "organizations/acme.md")
        #expect(vault.graph.referrers(of: two) == [one])
        #expect(vault.graph.organization(of: one) == acme)
        #expect(vault.graph.backlinks(to: one).map(\.from) == [two])
        #expect(!vault.diagnostics.contains { $0.file.hasPrefix("contacts/good") })
        let sorted = vault.diagnostics.sorted(by: Diagnostic.byLocation)
        #expect(vault.diagnostics.map(\.located) == sorted.map(\.located))
    }

    @Test func everyProblemOfAFileIsReportedNotJustTheFirst() throws {
        let text = """
            ---
            name: Sam
            tags: {a: 1}
            added: 2026-13-01
            private: maybe
            ---
            ## Log
            - 2026-02-30 emailed
            - 2026-10-01 emailed: see [[Nobody Known]]
            """
        let vault = try TemporaryVault.load(["contacts/sam.md": text])
        #expect(
            vault.diagnostics.map(\.located) == [
                "error contacts/sam.md:3:7", "error contacts/sam.md:4:8", "error contacts/sam.md:5:10",
                "error contacts/sam.md:8:3", "warning contacts/sam.md:9:27",
            ])
    }
}
