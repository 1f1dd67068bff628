import Foundation
import GrapevineCore
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Two notes about one person, and notes that refer to the second every way there is.
private let files: [String: String] = [
    ".grapevine/config.yml": "owner: Alex Kim\n",
    "contacts/maria-lopez.md": """
    ---
    name: Maria Lopez
    organization: "[[Acme Foods]]"
    email: maria@acme.com
    tags: [chemist]
    added: 2026-10-01
    ---

    # Maria Lopez

    ## Log
    - 2026-10-01 emailed: intro, mentioned Dan
    - 2026-10-07 replied: happy to talk

    ## Notes
    Generous.

    """,
    "contacts/m-lopez.md": """
    ---
    name: M. Lopez
    email: old@acme.com   # personal
    title: Senior chemist
    tags:
      - dairy
      - chemist
    referred_by: Dan Moore
    ---
    Met at the expo; see [[Dan Moore]] and [[M. Lopez|herself]].

    ## Log
    - 2026-10-03 called: left a message
    - 2026-10-20 met: coffee
    - 2026-09-30 emailed: first try

    ## Ideas
    - ask about [[Acme Foods#Research|R&D]]

    """,
    "contacts/dan-moore.md":
        "---\nname: Dan Moore\nadded: 2026-09-01\n---\nKnows [[M. Lopez]] and [Maria](m-lopez.md#log).\n",
    "contacts/ana-li.md": "---\nname: Ana Li\nreferred_by: [Dan Moore, M. Lopez]\nadded: 2026-10-21\n---\n",
    "interviews/2026-10-20-m-lopez.md": """
    ---
    contact: "[[M. Lopez]]"
    date: 2026-10-20
    ---
    ## Referrals
    - [[Ana Li]] — runs the lab

    """,
    "notes/ideas.md":
        "---\ntitle: Ideas\n---\n- [ ] Ask [[m-lopez]] and [[contacts/m-lopez.md|Maria]] about [Acme](../organizations/acme-foods.md)\n",
    "organizations/acme-foods.md": "---\nname: Acme Foods\n---\n",
]

private func vault(_ files: [String: String] = files) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.write(files)
    return folder
}

private func merge(_ arguments: [String], in folder: TemporaryFolder) async -> CommandRun {
    await CommandRun(["merge"] + arguments + ["--vault", folder.path, "--today", "2026-11-21"])
}

private func text(_ path: String, in folder: TemporaryFolder) throws -> String {
    try String(contentsOfFile: folder.path + "/" + path, encoding: .utf8)
}

/// Every file of the vault, path → bytes.
private func snapshot(_ folder: TemporaryFolder) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let path = enumerator?.nextObject() as? String {
        var isFolder: ObjCBool = false
        FileManager.default.fileExists(atPath: folder.path + "/" + path, isDirectory: &isFolder)
        if !isFolder.boolValue { result[path] = FileManager.default.contents(atPath: folder.path + "/" + path) }
    }
    return result
}

@Suite("grapevine merge")
struct MergeCommandTests {
    @Test("folds B into A: missing fields, lists joined, B's Log in date order, its body under a heading; B is removed")
    func foldsTheNote() async throws {
        let folder = try vault()
        let result = await merge(["Maria Lopez", "M. Lopez"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/contacts/m-lopez.md"))
        #expect(
            try text("contacts/maria-lopez.md", in: folder) == """
                ---
                name: Maria Lopez
                organization: "[[Acme Foods]]"
                email: maria@acme.com
                tags: [chemist, dairy]
                added: 2026-10-01
                title: Senior chemist
                referred_by: Dan Moore
                aliases: [M. Lopez]
                merged_from_m_lopez:
                  email: old@acme.com   # personal
                ---

                # Maria Lopez

                ## Log
                - 2026-09-30 emailed: first try
                - 2026-10-01 emailed: intro, mentioned Dan
                - 2026-10-03 called: left a message
                - 2026-10-07 replied: happy to talk
                - 2026-10-20 met: coffee

                ## Notes
                Generous.

                ## From contacts/m-lopez.md

                Met at the expo; see [[Dan Moore]] and [[Maria Lopez|herself]].

                ## Ideas
                - ask about [[Acme Foods#Research|R&D]]

                """)
        #expect(
            result.output.hasSuffix(
                "Merged contacts/m-lopez.md into contacts/maria-lopez.md, 4 other notes rewritten; contacts/m-lopez.md is removed.\n"
            ), "\(result.output)")
        let check = await CommandRun(["check", "--vault", folder.path, "--today", "2026-11-21"])
        #expect(check.status == 0, "\(check.output)")
        #expect(!check.output.contains("M. Lopez"), "\(check.output)")
    }

    @Test("references to B in front matter and bodies name A; labels, headings and the other names stay")
    func rewritesReferences() async throws {
        let folder = try vault()
        #expect(await merge(["Maria Lopez", "M. Lopez"], in: folder).status == 0)
        #expect(
            try text("contacts/dan-moore.md", in: folder)
                == "---\nname: Dan Moore\nadded: 2026-09-01\n---\nKnows [[Maria Lopez]] and [Maria](maria-lopez.md#log).\n"
        )
        #expect(
            try text("contacts/ana-li.md", in: folder)
                == "---\nname: Ana Li\nreferred_by: [Dan Moore, Maria Lopez]\nadded: 2026-10-21\n---\n")
        #expect(
            try text("interviews/2026-10-20-m-lopez.md", in: folder).hasPrefix("---\ncontact: \"[[Maria Lopez]]\"\n"))
        #expect(
            try text("notes/ideas.md", in: folder)
                == "---\ntitle: Ideas\n---\n- [ ] Ask [[Maria Lopez]] and [[contacts/maria-lopez.md|Maria]] about "
                + "[Acme](../organizations/acme-foods.md)\n")
        // The interview is with A now: its thank-you and update are about Maria Lopez.
        let next = await CommandRun(["next", "--all", "--json", "--vault", folder.path, "--today", "2026-11-21"])
        #expect(next.output.contains("\"contact\" : \"Maria Lopez\""))
        #expect(!next.output.contains("M. Lopez"))
    }

    @Test("two notes from the contact template: B's entry goes right under A's empty Log, its placeholder stays out")
    func templateNotes() async throws {
        let placeholder = "How you know of them, what they do, and why you want to talk to them."
        let folder = try vault([
            "contacts/chen-wei.md": "---\nname: Chen Wei\norganization: Anthropic\nconnected: 2024-01-15\n---\n\n"
                + placeholder + "\n\n## Log\n",
            "contacts/wei-chen.md": "---\nname: Wei Chen\norganization: Anthropic\nadded: 2026-11-20\n---\n\n"
                + placeholder + "\n\n## Log\n- 2026-11-20 emailed: mentioned Jordan\n",
        ])
        let run = await merge(["contacts/chen-wei.md", "contacts/wei-chen.md"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(
            try text("contacts/chen-wei.md", in: folder)
                == "---\nname: Chen Wei\norganization: Anthropic\nconnected: 2024-01-15\nadded: 2026-11-20\n"
                + "aliases: [Wei Chen]\n---\n\n" + placeholder + "\n\n## Log\n- 2026-11-20 emailed: mentioned Jordan\n")
        #expect(!run.output.contains("## From"), "\(run.output)")
    }

    @Test("B's own words stay under its heading, without its template's placeholder; a Log with no end of line")
    func placeholderAmongWords() async throws {
        let placeholder = "How you know of them, what they do, and why you want to talk to them."
        let folder = try vault([
            "contacts/a.md": "---\nname: Chen Wei\n---\n## Log",
            "contacts/b.md": "---\nname: Wei Chen\n---\n\n" + placeholder + "\n\nMet at the meetup.\n\n"
                + "## Log\n- 2026-11-20 emailed: hi\n",
        ])
        let run = await merge(["contacts/a.md", "contacts/b.md"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(
            try text("contacts/a.md", in: folder)
                == "---\nname: Chen Wei\naliases: [Wei Chen]\n---\n## Log\n- 2026-11-20 emailed: hi\n\n"
                + "## From contacts/b.md\n\nMet at the meetup.\n")
    }

    @Test("--dry-run prints the plan and writes nothing")
    func dryRun() async throws {
        let folder = try vault()
        let before = try snapshot(folder)
        let result = await merge(["Maria Lopez", "contacts/m-lopez.md", "--dry-run"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(try snapshot(folder) == before)
        #expect(
            result.output == """
                Fold contacts/m-lopez.md (M. Lopez) into contacts/maria-lopez.md (Maria Lopez):
                  contacts/maria-lopez.md
                    ≠ email: kept as this note has it; contacts/m-lopez.md's value goes under 'merged_from_m_lopez' in the front matter, out of a public site
                    + title: Senior chemist
                    + tags: dairy (added to the list)
                    + referred_by: Dan Moore
                    + aliases: M. Lopez (names that found contacts/m-lopez.md)
                    + 3 Log entries, in date order: 2026-09-30 emailed, 2026-10-03 called, 2026-10-20 met
                    + ## From contacts/m-lopez.md: 4 lines of its body
                  contacts/ana-li.md:3: M. Lopez → Maria Lopez
                  contacts/dan-moore.md:5: M. Lopez → Maria Lopez
                  contacts/dan-moore.md:5: m-lopez.md → maria-lopez.md
                  interviews/2026-10-20-m-lopez.md:2: "[[M. Lopez]]" → "[[Maria Lopez]]"
                  notes/ideas.md:4: m-lopez → Maria Lopez
                  notes/ideas.md:4: contacts/m-lopez.md → contacts/maria-lopez.md
                  - contacts/m-lopez.md (removed)
                Nothing was written (--dry-run).

                """)
    }

    @Test("a write that fails puts back what was written and removes nothing")
    func failedWrite() async throws {
        let folder = try vault()
        #expect(chmod(folder.path + "/notes/ideas.md", 0o444) == 0)
        let before = try snapshot(folder)
        let result = await merge(["Maria Lopez", "M. Lopez"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.errors.contains(
                "notes/ideas.md: error: the note is read-only; make it writable (chmod u+w notes/ideas.md) to merge. "
                    + "Nothing was merged: every file is as it was, and contacts/m-lopez.md is still there."),
            "\(result.errors)")
        #expect(try snapshot(folder) == before)
    }

    @Test("a read-only B is refused before anything is written")
    func readOnlyFold() async throws {
        let folder = try vault()
        #expect(chmod(folder.path + "/contacts/m-lopez.md", 0o444) == 0)
        let before = try snapshot(folder)
        let result = await merge(["Maria Lopez", "M. Lopez"], in: folder)
        #expect(result.status == 1)
        #expect(result.errors.contains("contacts/m-lopez.md: error: the note is read-only"), "\(result.errors)")
        #expect(try snapshot(folder) == before)
    }

    @Test(
        "refuses one note twice, two kinds, a name with no note, and an unknown name, writing nothing",
        arguments: [
            (["Maria Lopez", "contacts/maria-lopez.md"], Int32(2), "are one note (contacts/maria-lopez.md)"),
            (
                ["Maria Lopez", "Acme Foods"], 2,
                "organizations/acme-foods.md is an organization and contacts/maria-lopez.md a contact"
            ),
            (["Maria Lopez", "Sam Reyes"], 1, "nothing in the vault is called 'Sam Reyes'"),
            (["Maria Lopez", "Zed Quill"], 2, "'Zed Quill' has no note yet; nothing to merge."),
            (["Alex Kim", "Maria Lopez"], 2, "'Alex Kim' is you, not a note"),
        ])
    func refusals(arguments: [String], status: Int32, message: String) async throws {
        let folder = try vault(files.merging(["contacts/bo.md": "---\nname: Bo\nreferred_by: Zed Quill\n---\n"]) { $1 })
        let before = try snapshot(folder)
        let result = await merge(arguments, in: folder)
        #expect(result.status == status)
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(try snapshot(folder) == before)
    }

    @Test("A's values are never changed: only new lines, byte for byte, with A's line endings")
    func onlyMissingFields() async throws {
        let a = "\u{FEFF}---\r\nname: Sam Reyes\r\nemail: sam@x.org\r\n---\r\nNotes.\r\n"
        let folder = try vault([
            "contacts/sam.md": a,
            "contacts/samuel.md":
                "---\nname: Samuel Reyes\nemail: sam.reyes@y.org\nphone: 555\nlinkedin: linkedin.com/in/sam\n---\n",
        ])
        let result = await merge(["Sam Reyes", "Samuel Reyes"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let bytes = try #require(FileManager.default.contents(atPath: folder.path + "/contacts/sam.md"))
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == "\u{FEFF}---\r\nname: Sam Reyes\r\nemail: sam@x.org\r\nphone: 555\r\nlinkedin: linkedin.com/in/sam\r\n"
                + "aliases: [Samuel Reyes]\r\nmerged_from_samuel:\r\n  email: sam.reyes@y.org\r\n---\r\nNotes.\r\n")
    }

    @Test("B's fields with comments that A does not take as written (its name, a value A has) go under the heading")
    func commentsKept() async throws {
        let folder = try vault([
            "contacts/ann.md": "---\nname: Ann Abel\nemail: a@x.com\ntags: [chef]\n---\nA\n",
            "contacts/ann-b.md":
                "---\n# imported from the phone\nname: Ann B. Abel\n# her work address\nemail: b@y.com\n"
                + "tags: [chef] # same tag\ntitle: Chef # new\n---\nB\n",
        ])
        let result = await merge(["Ann Abel", "Ann B. Abel"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let merged = try text("contacts/ann.md", in: folder)
        for comment in ["# imported from the phone", "# her work address", "# same tag", "title: Chef # new"] {
            #expect(merged.contains(comment), "\(comment) in \(merged)")
        }
        #expect(merged.contains("```yaml\n# imported from the phone\nname: Ann B. Abel\n# her work address\n"))
    }

    @Test("A without a Log gets one; B's plain-text referral name still finds A through the alias")
    func newLogAndAliases() async throws {
        let folder = try vault([
            "contacts/priya.md": "---\nname: Priya Shah\n---\n",
            "contacts/p-shah.md": "---\nname: P. Shah\n---\n## Log\n- 2026-11-02 emailed\n",
            "interviews/2026-11-01-dan.md":
                "---\ncontact: Dan\ndate: 2026-11-01\n---\n## Referrals\n- P. Shah, at the lab\n",
        ])
        let result = await merge(["priya", "p-shah"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(
            try text("contacts/priya.md", in: folder)
                == "---\nname: Priya Shah\naliases: [P. Shah]\n---\n\n## Log\n- 2026-11-02 emailed\n")
        #expect(try text("interviews/2026-11-01-dan.md", in: folder).contains("- P. Shah, at the lab\n"))
        let path = await CommandRun(["path", "Priya Shah", "--vault", folder.path])
        #expect(path.output.contains("Dan → Priya Shah"), "\(path.output)")
    }

    @Test("B's entries under a second Log heading move with the first's; a Log heading with nothing left under it goes")
    func secondLogOfB() async throws {
        let folder = try vault([
            "contacts/priya.md": "---\nname: Priya Shah\n---\n## Log\n- 2026-11-01 emailed\n",
            "contacts/p-shah.md":
                "---\nname: P. Shah\n---\n## Log\n- 2026-10-02 emailed\n\nLikes tea.\n\n## Log\n- 2026-11-03 replied\n",
        ])
        let result = await merge(["priya", "p-shah"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(
            try text("contacts/priya.md", in: folder)
                == "---\nname: Priya Shah\naliases: [P. Shah]\n---\n## Log\n- 2026-10-02 emailed\n- 2026-11-01 emailed\n"
                + "- 2026-11-03 replied\n\n## From contacts/p-shah.md\n\n## Log\n\nLikes tea.\n")
    }

    @Test("a Log entry A has already, written the same, is not copied again; one that differs in its text is")
    func entriesAlreadyInA() async throws {
        let folder = try vault([
            "contacts/maria.md":
                "---\nname: Maria Lopez\nadded: 2026-11-01\n---\n\n## Log\n- 2026-11-20 emailed: intro, mentioned Dan\n",
            "contacts/m-lopez.md":
                "---\nname: M. Lopez\n---\n\n## Log\n* 2026-11-20 emailed: intro, mentioned Dan\n"
                + "- 2026-11-20 emailed: a second note\n- 2026-11-22 replied\n",
        ])
        let dryRun = await merge(["Maria Lopez", "M. Lopez", "--dry-run"], in: folder)
        #expect(
            dryRun.output.contains("= 1 Log entry already in this note, not copied: 2026-11-20 emailed"),
            "\(dryRun.output)")
        #expect(dryRun.output.contains("+ 2 Log entries, in date order: 2026-11-20 emailed, 2026-11-22 replied"))
        let result = await merge(["Maria Lopez", "M. Lopez"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(
            try text("contacts/maria.md", in: folder)
                == "---\nname: Maria Lopez\nadded: 2026-11-01\naliases: [M. Lopez]\n---\n\n## Log\n"
                + "- 2026-11-20 emailed: intro, mentioned Dan\n- 2026-11-20 emailed: a second note\n- 2026-11-22 replied\n"
        )
    }

    @Test("merging again after a merge that stopped half-way adds none of B's entries a second time")
    func mergedTwice() async throws {
        let folder = try vault([
            "contacts/maria.md": "---\nname: Maria Lopez\nadded: 2026-11-01\n---\n\n## Log\n- 2026-11-20 emailed\n",
            "contacts/m-lopez.md": "---\nname: M. Lopez\n---\n\n## Log\n- 2026-11-20 emailed\n",
        ])
        let result = await merge(["Maria Lopez", "M. Lopez"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(
            try text("contacts/maria.md", in: folder)
                == "---\nname: Maria Lopez\nadded: 2026-11-01\naliases: [M. Lopez]\n---\n\n## Log\n- 2026-11-20 emailed\n"
        )
        let next = await CommandRun(["next", "--vault", folder.path, "--today", "2026-12-05"])
        #expect(next.output.contains("Follow up with Maria Lopez"), "\(next.output)")
    }

    @Test("two interview notes with different people are refused, with why; with the same people they merge")
    func interviewsOfOtherPeople() async throws {
        let people = [
            "contacts/ana.md": "---\nname: Ana Silva\n---\n",
            "contacts/ben.md": "---\nname: Ben Okafor\naliases: [Ben O.]\n---\n",
        ]
        let folder = try vault(
            people.merging([
                "interviews/2026-10-20-ana.md": "---\ncontact: \"[[Ana Silva]]\"\ndate: 2026-10-20\n---\n",
                "interviews/2026-10-20-ana-2.md":
                    "---\ncontact: [\"[[Ben Okafor]]\"]\ndate: 2026-10-20 15:00\nthank_you: 2026-10-21\n---\n",
            ]) { $1 })
        let before = try snapshot(folder)
        let refused = await merge(["interviews/2026-10-20-ana.md", "interviews/2026-10-20-ana-2.md"], in: folder)
        #expect(refused.status == 2)
        #expect(
            refused.errors.contains(
                "interviews/2026-10-20-ana.md is an interview with Ana Silva, and interviews/2026-10-20-ana-2.md one "
                    + "with Ben Okafor; merge folds two notes of one meeting"), "\(refused.errors)")
        #expect(try snapshot(folder) == before)
        let same = try vault(
            people.merging([
                "interviews/2026-10-20-ben.md": "---\ncontact: \"[[Ben Okafor]]\"\ndate: 2026-10-20\n---\n",
                "interviews/2026-10-20-ben-2.md":
                    "---\ncontact: Ben O.\ndate: 2026-10-20\nthank_you: 2026-10-21\n---\n",
            ]) { $1 })
        let merged = await merge(["interviews/2026-10-20-ben.md", "interviews/2026-10-20-ben-2.md"], in: same)
        #expect(merged.status == 0, "\(merged.errors)")
        #expect(try text("interviews/2026-10-20-ben.md", in: same).contains("thank_you: 2026-10-21"))
    }

    @Test("organizations merge too: references in contacts' organization: name A")
    func organizations() async throws {
        let folder = try vault([
            "organizations/acme.md": "---\nname: Acme Foods\ntarget: true\n---\n## Research\nBig.\n",
            "organizations/acme-inc.md":
                "---\nname: Acme Inc\nwebsite: https://acme.example\n---\n## Research\nMakes soup.\n",
            "contacts/jo.md": "---\nname: Jo\norganization: Acme Inc\n---\n",
        ])
        let result = await merge(["Acme Foods", "Acme Inc"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(try text("contacts/jo.md", in: folder) == "---\nname: Jo\norganization: Acme Foods\n---\n")
        #expect(
            try text("organizations/acme.md", in: folder)
                == "---\nname: Acme Foods\ntarget: true\nwebsite: https://acme.example\naliases: [Acme Inc]\n---\n"
                + "## Research\nBig.\n\n## From organizations/acme-inc.md\n\n## Research\nMakes soup.\n")
    }

    @Test("a reference to B that cannot be rewritten (a reference-style link) is named, and nothing is written")
    func unrewritableReference() async throws {
        let folder = try vault(
            files.merging(["notes/refs.md": "See [her][m].\n\n[m]: ../contacts/m-lopez.md\n"]) { $1 })
        let before = try snapshot(folder)
        let result = await merge(["Maria Lopez", "M. Lopez"], in: folder)
        #expect(result.status == 1)
        #expect(result.errors.contains("cannot rewrite these references to contacts/m-lopez.md"), "\(result.errors)")
        #expect(result.errors.contains("  notes/refs.md:1:5\n"), "\(result.errors)")
        #expect(try snapshot(folder) == before)
    }

    @Test("check's hint for two notes with one email is the merge to run; after it, check has nothing to say")
    func fromCheckToMerge() async throws {
        let folder = try vault([
            "contacts/maria-lopez.md": "---\nname: Maria Lopez\nemail: maria@acme.com\nadded: 2026-10-01\n---\n",
            "contacts/mlopez.md":
                "---\nname: M. Lopez-Garcia\nemail: Maria@ACME.com\nlinkedin: linkedin.com/in/ml\n---\n",
            "notes/n.md": "Ask [[M. Lopez-Garcia]].\n",
            // Two notes refer to Maria, one to M. Lopez-Garcia: Maria's note is kept.
            "notes/m.md": "Met [[Maria Lopez]].\n", "notes/o.md": "Call [[Maria Lopez]].\n",
        ])
        let check = await CommandRun(["check", "--json", "--vault", folder.path])
        let problems = try #require(
            try JSONSerialization.jsonObject(with: Data(check.output.utf8)) as? [[String: Any]])
        let duplicate = try #require(problems.first { $0["code"] as? String == "duplicate-email" })
        #expect(duplicate["file"] as? String == "contacts/mlopez.md")
        let hint = try #require(duplicate["hint"] as? String)
        let command = try #require(hint.firstMatch(of: /grapevine merge (\S+) (\S+);/))
        #expect(command.1 == "contacts/maria-lopez.md" && command.2 == "contacts/mlopez.md")
        let result = await merge([String(command.1), String(command.2)], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let after = await CommandRun(["check", "--vault", folder.path])
        #expect(after.output == "No problems in 4 notes.\n", "\(after.output)")
        #expect(try text("notes/n.md", in: folder) == "Ask [[Maria Lopez]].\n")
    }

    @Test("two organizations with Research: both are read after the merge, and B's differing fields stay out of it")
    func researchOfBoth() async throws {
        let folder = try vault([
            "organizations/globex.md": "---\nname: Globex\ntarget: true\n---\n## Research\n- makes cheese\n",
            "organizations/globex-corp.md":
                "---\nname: Globex Corporation\ntarget: yes\n---\n## Research\n- 500 employees\n- HQ in Springfield\n",
        ])
        let result = await merge(["Globex", "Globex Corporation"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        // `target` is not shown on a public site: B's differing value stays in the front matter.
        #expect(
            try text("organizations/globex.md", in: folder)
                == "---\nname: Globex\ntarget: true\naliases: [Globex Corporation]\nmerged_from_globex_corp:\n"
                + "  target: yes\n---\n## Research\n- makes cheese\n\n## From organizations/globex-corp.md\n\n"
                + "## Research\n- 500 employees\n- HQ in Springfield\n")
        let show = await CommandRun(["show", "Globex", "--vault", folder.path, "--today", "2026-11-21"])
        #expect(show.output.contains("- makes cheese"), "\(show.output)")
        #expect(show.output.contains("- HQ in Springfield"), "\(show.output)")
        #expect(!show.output.contains("differed"), "\(show.output)")
    }
}
