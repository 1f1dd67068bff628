import Foundation
import GrapevineCore
import Testing

@Suite("grapevine next")
struct NextCommandTests {
    static func run(_ arguments: String...) async -> CommandRun {
        await CommandRun(["next", "--vault", Repository.example, "--today", "2026-11-18"] + arguments)
    }

    static func json(_ arguments: String...) async throws -> [[String: Any]] {
        let run = await CommandRun(
            ["next", "--vault", Repository.example, "--today", "2026-11-18", "--json"] + arguments)
        #expect(run.status == 0)
        return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
    }

    @Test("prints the example vault's steps grouped by urgency")
    func text() async throws {
        let run = await Self.run()
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(run.output == (try Repository.expectedOutput("next-example.txt")))
    }

    /// What `Vault-Example/about-this-vault.md` says `next --today 2026-11-18` finds, worked out
    /// by hand from SPEC §3 before the engine existed.
    static let expected = [
        "contact-referral 2026-11-08 Priya Shah interviews/2026-11-05-jose-nunez.md:32",
        "schedule 2026-11-12 Derek Vaughn contacts/derek-vaughn.md:21",
        "update 2026-11-13 Maria Lopez interviews/2026-10-14-maria-lopez.md:1",
        "task 2026-11-13 Sam Reyes interviews/2026-10-23-sam-reyes.md:39",
        "reach-out 2026-11-16 Jun Park contacts/jun-park.md:1",
        "move-on 2026-11-16 Colin Webb contacts/colin-webb.md:19",
        "stay-in-touch 2026-11-16 Hannah Brooks contacts/hannah-brooks.md:1",
        "reminder 2026-11-16 Brightfield Foods organizations/brightfield-foods.md:10",
        "thank-you 2026-11-18 Nadia Rahman interviews/2026-11-17-nadia-rahman.md:1",
        "send-resume 2026-11-18 Nadia Rahman interviews/2026-11-17-nadia-rahman.md:1",
        "apply 2026-11-18 Nadia Rahman interviews/2026-11-17-nadia-rahman.md:35",
        "try-another 2026-11-18 Ruth Adeyemi contacts/ruth-adeyemi.md:18",
        "prepare 2026-11-19 Mary O'Brien interviews/2026-11-20-mary-obrien.md:1",
        "task 2026-11-19 - pitch.md:22",
        "reminder 2026-11-19 Sam Reyes contacts/sam-reyes.md:13",
        "apply 2026-11-20 Nadia Rahman interviews/2026-11-17-nadia-rahman.md:34",
        "contact-referral 2026-11-20 Grace Liu contacts/grace-liu.md:1",
        "interview 2026-11-20 Mary O'Brien interviews/2026-11-20-mary-obrien.md:1",
        "task 2026-11-23 Nadia Rahman interviews/2026-11-17-nadia-rahman.md:39",
        "thank-referrer 2026-11-24 Ana Pereira interviews/2026-11-17-nadia-rahman.md:1",
        "follow-up 2026-11-24 Ruth Adeyemi contacts/ruth-adeyemi.md:18",
        "interview 2026-11-24 Ben Okafor interviews/2026-11-24-ben-okafor.md:1",
        "find-contacts - Cove Creamery organizations/cove-creamery.md:6",
        "task - Keiko Tanaka interviews/2026-10-09-keiko-tanaka.md:31",
        "task - - notes/reading-list.md:13",
        "task - - notes/reading-list.md:14",
    ]

    @Test("a step keeps its number and id under --kind, --within and --all; further steps are numbered after")
    func numbersDoNotDependOnFilters() async throws {
        let plain = try await Self.json()
        let byID = Dictionary(uniqueKeysWithValues: plain.map { ($0["id"] as! String, $0["number"] as! Int) })
        for filtered in [try await Self.json("--kind", "task"), try await Self.json("--within", "1")] {
            #expect(!filtered.isEmpty)
            for step in filtered { #expect(byID[step["id"] as! String] == step["number"] as? Int) }
        }
        let all = try await Self.json("--all")
        let further = all.filter { byID[$0["id"] as! String] == nil }.compactMap { $0["number"] as? Int }
        #expect(further.allSatisfy { $0 > plain.count })
        for step in all where byID[step["id"] as! String] != nil {
            #expect(byID[step["id"] as! String] == step["number"] as? Int)
        }
    }

    @Test("a step's id is its calendar UID without @grapevine")
    func idsAreCalendarUIDs() async throws {
        let ics = await CommandRun(["export", "ics", "--vault", Repository.example, "--today", "2026-11-18"]).output
        let uids = Set(ics.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("UID:") }.map { $0.dropFirst(4) })
        let ids = try await Self.json("--all").map { "\($0["id"]!)@grapevine" }
        #expect(!ids.isEmpty)
        #expect(Set(ids.map { Substring($0) }) == uids)
    }

    @Test("--json: every field of SPEC §3, every kind, the example's dates")
    func json() async throws {
        let steps = try await Self.json()
        let summary = steps.map { step in
            let who = step["contact"] as? String ?? step["organization"] as? String ?? "-"
            return "\(step["kind"]!) \(step["due"] as? String ?? "-") \(who) \(step["file"]!):\(step["line"]!)"
        }
        #expect(summary == Self.expected)
        #expect(Set(steps.compactMap { $0["kind"] as? String }) == Set(NextStep.Kind.allCases.map(\.rawValue)))
        for step in steps {
            #expect(
                Set(step.keys) == [
                    "number", "id", "kind", "due", "overdue", "contact", "organization", "title", "detail", "file",
                    "line", "close",
                ])
        }
        let text = try Repository.expectedOutput("next-example.txt")
        for step in steps {
            let close = try #require(step["close"] as? String)
            #expect(text.contains("  " + close + "\n"), "\(close)")
            // A line naming commands names them with this step's number.
            #expect(close.contains("\(step["number"]!)") || !close.contains(/(done|skip|snooze) \d/), "\(close)")
        }
        #expect(steps.map { $0["number"] as? Int } == Array(1...steps.count))
        let ids = steps.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == steps.count)
        #expect(ids.allSatisfy { $0.count >= 16 && !$0.contains("@") })
        #expect(steps.filter { $0["overdue"] as? Bool == true }.count == 8)
        let undated = try #require(steps.first { $0["kind"] as? String == "find-contacts" })
        #expect(undated["due"] is NSNull)
        #expect(undated["contact"] is NSNull)
    }

    @Test("--all adds what is due later; --within widens the window")
    func window() async throws {
        #expect(try await Self.json("--all").count == 40)
        let later = try await Self.json("--all").filter { ($0["due"] as? String ?? "") > "2026-11-25" }
        #expect(later.count == 14)
        #expect(try await Self.json("--within", "0").count == 26 - 10)
        #expect(try await Self.json("--within", "30").count == 26 + 7)
    }

    @Test("--kind filters, and can be repeated")
    func kinds() async throws {
        let steps = try await Self.json("--kind", "follow-up", "--kind", "move-on")
        #expect(steps.compactMap { $0["contact"] as? String } == ["Colin Webb", "Ruth Adeyemi"])
        let bad = await Self.run("--kind", "lunch")
        #expect(bad.status == 2)
        #expect(bad.errors.contains("thank-you"))
    }

    @Test("the details say whom to mention, what to attach, what you did since")
    func details() async throws {
        let steps = try await Self.json()
        func detail(_ kind: String, _ contact: String) -> String {
            steps.first { $0["kind"] as? String == kind && $0["contact"] as? String == contact }?["detail"] as? String
                ?? ""
        }
        #expect(detail("thank-you", "Nadia Rahman").contains("attach it"))
        #expect(detail("thank-you", "Nadia Rahman").contains("req 4471"))
        #expect(detail("thank-you", "Nadia Rahman").contains("Grace Liu"))
        #expect(detail("contact-referral", "Grace Liu").contains("Mention Nadia Rahman"))
        #expect(detail("contact-referral", "Priya Shah").contains("grapevine new contact \"Priya Shah\""))
        #expect(
            detail("update", "Maria Lopez").contains(
                "You contacted the people they suggested: Sam Reyes (met on 2026-10-23) and Ana Pereira (met on "
                    + "2026-10-21).")
        )
    }

    @Test("still works on a vault with errors, and says so in one line")
    func brokenVault() async throws {
        let run = await CommandRun(["next", "--vault", Repository.brokenVault, "--today", "2026-11-18"])
        #expect(run.status == 0)
        let warnings = run.errors.split(separator: "\n")
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("warning: ") == true)
        #expect(warnings.first?.contains("run 'grapevine check'") == true)
        #expect(!run.output.isEmpty)
    }

    @Test("overdue dates in red on a terminal, no colour through a pipe or with NO_COLOR")
    func color() async {
        let arguments = ["next", "--vault", Repository.example, "--today", "2026-11-18"]
        let terminal = await CommandRun(arguments, isTerminal: true)
        #expect(terminal.output.contains("\u{1B}[1;31m2026-11-08\u{1B}[0m"))
        #expect(await !CommandRun(arguments, isTerminal: false).output.contains("\u{1B}["))
        #expect(
            await !CommandRun(arguments, isTerminal: true, environment: ["NO_COLOR": "1"]).output.contains("\u{1B}["))
    }

    @Test("a long agenda is printed whole and in order, each heading once, with one line feed at the end")
    func longAgenda() async throws {
        // More steps in a group than `next` writes in one piece (512), and in two groups.
        let folder = try TemporaryFolder()
        var files: [String: String] = [:]
        for number in 1...1_100 {
            let added = number <= 700 ? "2026-11-01" : "2026-11-20"
            files["contacts/person-\(number).md"] = "---\nname: Person \(number)\nadded: \(added)\n---\n"
        }
        try folder.write(files)
        let run = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.hasPrefix("Overdue (") } == ["Overdue (700)"])
        #expect(lines.filter { $0.hasPrefix("This week (") } == ["This week (400)"])
        // Every step's first line, numbered 1, 2, 3 … with nothing lost or repeated.
        let numbers = lines.compactMap { line -> Int? in
            let fields = line.split(separator: " ", maxSplits: 2)
            guard fields.count == 3, fields[1].count == 10, line.hasPrefix("  ") else { return nil }
            return Int(fields[0])
        }
        #expect(numbers == Array(1...1_100))
        #expect(run.output.hasSuffix("done 1100  (or skip 1100 / snooze 1100 --until DATE)\n"))
        #expect(!run.output.hasSuffix("\n\n"))
    }

    @Test("after search_ended, next says first which steps it leaves out; before that day, nothing")
    func searchEnded() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "search_ended: 2026-12-04\n",
            "contacts/ann.md": "---\nname: Ann Lee\nadded: 2026-11-20\n---\n",
        ])
        let after = await CommandRun(["next", "--vault", folder.path, "--today", "2026-12-07"])
        #expect(
            after.output.hasPrefix(
                "Your search ended on 2026-12-04 (search_ended in .grapevine/config.yml): steps to reach new people, "
                    + "follow up, schedule, prepare and apply are left out.\n\n"))
        #expect(!after.output.contains("Reach out to Ann Lee"))
        let before = await CommandRun(["next", "--vault", folder.path, "--today", "2026-12-03"])
        #expect(before.output.hasPrefix("Overdue (1)\n"))
    }

    @Test("the trial's finding: an empty vault is told how to start, not praised")
    func empty() async throws {
        let folder = try TemporaryFolder()
        let run = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(run.status == 0)
        #expect(
            run.output
                == "Nothing to do as of 2026-11-18: no contacts yet.\nStart with someone to talk to: grapevine new "
                + "contact \"NAME\"; or with an organization you would like to work at: grapevine new org \"NAME\", "
                + "then target: true in its note.\n")
        // An organization that is not a target gives no step either: still nobody to talk to.
        try folder.write(["organizations/acme.md": "---\nname: Acme\n---\n"])
        let withOrganization = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(withOrganization.output.hasPrefix("Nothing to do as of 2026-11-18: no contacts yet.\n"))
    }

    @Test("a vault with people and nothing due is praised, with --kind too")
    func nothingDue() async throws {
        let folder = try TemporaryFolder()
        try folder.write(["contacts/sam.md": "---\nname: Sam Reyes\n---\n"])
        let run = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(run.output == "Nothing to do as of 2026-11-18. Well done.\n")
        let kind = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18", "--kind", "apply"])
        #expect(kind.output == "Nothing to do as of 2026-11-18. Well done.\n")
    }

    @Test("nothing to do while a note has errors is not praised: its steps may be what is missing")
    func nothingToDoWithErrors() async throws {
        // An interview whose date cannot be read gives no thank-you; the follow-up is days off.
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/sam.md": "---\nname: Sam Reyes\nadded: 2026-11-17\n---\n## Log\n- 2026-11-17 emailed: hello\n",
            "interviews/sam.md": "---\ncontact: \"[[Sam Reyes]]\"\ndate: last tuesday\n---\n",
        ])
        let run = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18", "--within", "0"])
        #expect(run.status == 0)
        #expect(run.output == "Nothing to do as of 2026-11-18 in the notes Grapevine could read.\n")
        #expect(run.errors.hasPrefix("warning: 1 file has errors; run 'grapevine check' to see them."))
    }

    @Test("an interview whose date cannot be read is named under the steps, and asks no meeting to be scheduled")
    func unreadableInterviewDateIsNamed() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/ivy.md": "---\nname: Ivy\nadded: 2026-11-01\nsource: x\n---\n## Log\n- 2026-11-02 emailed: hi\n"
                + "- 2026-11-03 replied: ok\n",
            "interviews/ivy.md": "---\ncontact: Ivy\ndate: 05.11.2026\n---\n## Notes\nGreat talk.\n",
        ])
        let run = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-10"])
        #expect(!run.output.contains("Schedule"), "\(run.output)")
        #expect(
            run.errors.contains(
                "1 interview has a date that cannot be read, so the steps about it are left out: interviews/ivy.md:3."),
            "\(run.errors)")
    }

    @Test("a contact whose 'added' cannot be read is named under the steps: it gets no reach-out")
    func unreadableAddedIsNamed() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/kevin.md": "---\nname: Kevin O'Neill\nadded: sometime last spring\n---\n",
            "contacts/ann.md": "---\nname: Ann Lee\nadded: 2026-11-02\n---\n",
            // A blank `added:` is not written yet, not unreadable.
            "contacts/bo.md": "---\nname: Bo Park\nadded:\n---\n",
        ])
        let run = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(run.output.contains("Reach out to Ann Lee"), "\(run.output)")
        #expect(!run.output.contains("Kevin"), "\(run.output)")
        #expect(
            run.errors
                == "warning: 1 file has errors; run 'grapevine check' to see them. 1 contact has an 'added' date "
                + "that cannot be read, so no reach-out step is made for them: contacts/kevin.md:3.\n",
            "\(run.errors)")
    }

    @Test("a name that looks like another note's is named under the steps: one person's steps may be split")
    func lookAlikeNamesAreNamed() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/sean.md": "---\nname: Seán O'Brien\n---\n## Log\n- 2026-11-02 emailed\n- 2026-11-04 replied\n",
            "interviews/sean.md": "---\ncontact: Sean O'Brien\ndate: 2026-11-10\n---\n",
            "contacts/ann.md": "---\nname: Ann Lee\n---\n## Log\n- 2026-11-02 emailed\n",
        ])
        let run = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(run.status == 0)
        #expect(
            run.errors
                == "warning: 1 name looks like another note's, so one person's or organization's steps may be "
                + "split in two: interviews/sean.md:2; run 'grapevine check'.\n")
        // Placeholders (people named but without a note yet) are not mentioned: they are the usual case.
        try folder.write([
            "interviews/sean.md": "---\ncontact: Seán O'Brien\ndate: 2026-11-10\n---\n## Referrals\n- Jo Lin\n"
        ])
        let clean = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(clean.errors.isEmpty, "\(clean.errors)")
    }

    @Test("Log entries and sections that are not read as events are named under the steps")
    func unreadLogLinesAreNamed() async throws {
        // `texted` is outreach in other words, and `## History` a Log under another heading:
        // read as nothing, they would leave "reach out" standing without a word.
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/eve.md": "---\nname: Eve Fox\nadded: 2026-11-01\n---\n## Log\n- 2026-11-06 texted her\n",
            "contacts/gus.md": "---\nname: Gus Lim\nadded: 2026-11-01\n---\n## History\n- 2026-11-06 emailed\n",
            "contacts/ann.md": "---\nname: Ann Lee\nadded: 2026-11-01\n---\n## Log\n- 2026-11-06 emaild\n",
        ])
        let run = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(run.status == 0)
        #expect(run.output.contains("Reach out to Eve Fox"))
        #expect(
            run.errors
                == "warning: 2 Log entries and 1 Log section are not read as events, so steps about those people "
                + "may be wrong: contacts/ann.md:6, contacts/eve.md:6, contacts/gus.md:5; run 'grapevine check'.\n")
        // Written as Log entries, they are read, and nothing is said.
        try folder.write([
            "contacts/eve.md": "---\nname: Eve Fox\nadded: 2026-11-01\n---\n## Log\n- 2026-11-06 messaged: texted\n",
            "contacts/gus.md": "---\nname: Gus Lim\nadded: 2026-11-01\n---\n## Log\n- 2026-11-06 emailed\n",
            "contacts/ann.md": "---\nname: Ann Lee\nadded: 2026-11-01\n---\n## Log\n- 2026-11-06 emailed\n",
        ])
        let clean = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(clean.errors.isEmpty, "\(clean.errors)")
        #expect(!clean.output.contains("Reach out"))
        #expect(clean.output.contains("Follow up with Eve Fox"))
    }

    @Test("a reply written 'reply:' is named under the steps, not taken silently for a plain note")
    func aReplyInOtherWordsIsNamed() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/bo.md":
                "---\nname: Bo Chen\nadded: 2026-10-20\n---\n## Log\n- 2026-11-02 emailed: asked for 20 minutes\n"
                + "- 2026-11-04 reply: yes, next Tuesday\n"
        ])
        let run = await CommandRun(["next", "--vault", folder.path, "--today", "2026-12-05"])
        #expect(run.output.contains("Follow up with Bo Chen"))
        #expect(
            run.errors
                == "warning: 1 Log entry is not read as events, so steps about those people may be wrong: "
                + "contacts/bo.md:7; run 'grapevine check'.\n")
    }

    @Test("an interview's list under another heading (## Job leads) is named under the steps")
    func listsUnderAnotherHeadingAreNamed() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/ana.md": "---\nname: Ana Berg\n---\n",
            "interviews/i.md":
                "---\ncontact: Ana Berg\ndate: 2026-11-02\nthank_you: 2026-11-02\n---\n## Job leads\n- Data Analyst\n",
        ])
        let run = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(!run.output.contains("Apply"))
        #expect(
            run.errors
                == "warning: 1 section is not read (the heading is not one Grapevine reads), so steps may be wrong: "
                + "interviews/i.md:6; run 'grapevine check'.\n")
    }

    @Test("a misspelled heading (## Referals) is named under the steps, with the other sections not read")
    func misspelledHeadingsAreNamed() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/ana.md": "---\nname: Ana Berg\n---\n",
            "interviews/i.md":
                "---\ncontact: Ana Berg\ndate: 2026-11-02\nthank_you: 2026-11-02\n---\n## Referals\n- Jo Lin\n\n"
                + "## Job leads\n- Data Analyst\n",
        ])
        let run = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(!run.output.contains("Jo Lin"))
        #expect(
            run.errors
                == "warning: 2 sections are not read (the heading is not one Grapevine reads), so steps may be "
                + "wrong: interviews/i.md:6, interviews/i.md:9; run 'grapevine check'.\n")
    }

    /// Trial of session twenty-six: an Obsidian vault's `Meetings/` note without `type:` was a
    /// plain note, and `next` told to move on from the person met there without a word.
    @Test("plain notes that read like a contact, an interview or an organization are named under the steps")
    func untypedNotesAreNamed() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/dan.md": "---\nname: Dan Moore\nadded: 2026-11-01\n---\n## Log\n- 2026-11-02 emailed\n",
            "Meetings/2026-11-10 Dan Moore.md": "---\ncontact: \"[[Dan Moore]]\"\ndate: 2026-11-10\n---\nGood call.\n",
            "Daily/2026-11-10.md": "---\ntags: [daily]\n---\n- lunch\n",
        ])
        let run = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(run.status == 0)
        #expect(
            run.errors
                == "warning: 1 note reads like a contact, an interview or an organization but has no 'type:', so it "
                + "is read as a plain note and steps may be missing: Meetings/2026-11-10 Dan Moore.md:2; run "
                + "'grapevine check'.\n")
        try folder.write([
            "Companies/Hooli.md": "---\nindustry: Search\nwebsite: https://hooli.example\n---\n"
        ])
        let two = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(
            two.errors.hasPrefix(
                "warning: 2 notes read like a contact, an interview or an organization but have "
                    + "no 'type:', so they are read as plain notes and steps may be missing: Companies/Hooli.md:2, "
                    + "Meetings/2026-11-10 Dan Moore.md:2;"), "\(two.errors)")
        try folder.write([
            "Meetings/2026-11-10 Dan Moore.md":
                "---\ntype: interview\ncontact: \"[[Dan Moore]]\"\ndate: 2026-11-10\n---\nGood call.\n",
            "Companies/Hooli.md": "---\ntype: organization\nindustry: Search\n---\n",
        ])
        let typed = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(typed.errors.isEmpty, "\(typed.errors)")
    }

    @Test("fields under a key Grapevine does not read are named under the steps")
    func unreadKeysAreNamed() async throws {
        // `company:` is not `organization:`: Al is not counted at Acme, so writing to him is not
        // writing to someone at Acme, and Bea gets no try-another.
        let folder = try TemporaryFolder()
        try folder.write([
            "organizations/acme.md": "---\nname: Acme Foods\n---\n",
            "contacts/al.md": "---\nname: Al Ames\ncompany: Acme Foods\nadded: 2026-11-01\n---\n",
            "contacts/bea.md":
                "---\nname: Bea Bell\norganization: Acme Foods\nadded: 2026-11-01\npronouns: she/her\n---\n",
        ])
        let run = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(run.status == 0)
        #expect(
            run.errors
                == "warning: 1 field is not read (the key is misspelled or not one Grapevine reads), so steps may be "
                + "wrong: contacts/al.md:3; run 'grapevine check'.\n",
            "a custom field (pronouns) is not counted")
        try folder.write([
            "contacts/al.md": "---\nname: Al Ames\norganization: Acme Foods\nadded: 2026-11-01\n---\n"
        ])
        let clean = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(clean.errors.isEmpty, "\(clean.errors)")
        // Dataview's `Company:: Acme Foods` in the body is not read either.
        try folder.write([
            "contacts/al.md": "---\nname: Al Ames\nadded: 2026-11-01\n---\n\nCompany:: Acme Foods\npronouns:: he/him\n"
        ])
        let inline = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(
            inline.errors
                == "warning: 1 Dataview field is not read (write them in the front matter or the Log), so steps may be "
                + "wrong: contacts/al.md:6; run 'grapevine check'.\n")
    }
}
