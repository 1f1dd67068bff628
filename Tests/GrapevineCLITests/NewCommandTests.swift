import Foundation
import GrapevineCore
import Testing

/// A vault made by `grapevine init`, with `files` added.
/// A vault `init` made, with the pitch written (`check` warns about `init`'s placeholder) and `files`.
private func initializedVault(_ files: [String: String] = [:]) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    #expect(CommandRun(["init", folder.path, "--owner", "Alex Kim"]).status == 0)
    try folder.write(["pitch.md": "---\ntype: pitch\n---\nI taught chemistry for nine years.\n"])
    try folder.write(files)
    return folder
}

private func run(_ arguments: [String], in folder: TemporaryFolder) -> CommandRun {
    CommandRun(arguments + ["--vault", folder.path, "--today", "2026-11-21"])
}

private func contents(_ path: String, in folder: TemporaryFolder) throws -> String {
    try String(contentsOfFile: folder.path + "/" + path, encoding: .utf8)
}

@Suite("grapevine new")
struct NewCommandTests {
    @Test("creates a contact, an organization and an interview that check accepts")
    func eachKind() throws {
        let folder = try initializedVault()
        #expect(run(["new", "contact", "Maria Lopez"], in: folder).output == "Created contacts/maria-lopez.md\n")
        #expect(
            run(["new", "org", "Brightfield Foods"], in: folder).output
                == "Created organizations/brightfield-foods.md\n")
        let sam = run(
            [
                "new", "contact", "Sam Reyes", "--org", "brightfield foods", "--title", "Chemist",
                "--referred-by", "maria lopez", "--email", "sam@example.com", "--source", "meetup",
            ], in: folder)
        #expect(sam.status == 0)
        #expect(
            sam.output
                == """
                Created contacts/sam-reyes.md
                  organization  Brightfield Foods
                  title         Chemist
                  referred by   Maria Lopez

                """)
        let contact = try contents("contacts/sam-reyes.md", in: folder)
        for line in [
            "name: Sam Reyes\n", "organization: \"[[Brightfield Foods]]\"\n", "title: Chemist\n",
            "email: \"sam@example.com\"\n", "referred_by: \"[[Maria Lopez]]\"\n", "source: meetup\n",
            "added: 2026-11-21\n", "## Log\n",
        ] {
            #expect(contact.contains(line), "missing \(line)")
        }
        let interview = run(["new", "interview", "Sam Reyes", "--date", "2026-11-25 14:00"], in: folder)
        #expect(
            interview.output
                == "Created interviews/2026-11-25-sam-reyes.md\n  with  Sam Reyes\n  date  2026-11-25 14:00\n")
        let text = try contents("interviews/2026-11-25-sam-reyes.md", in: folder)
        #expect(text.hasPrefix("---\ncontact: \"[[Sam Reyes]]\"\ndate: 2026-11-25 14:00\n"))
        #expect(text.contains("- [ ] \(Config.defaultQuestions[0])\n"))
        let check = run(["check", "--strict"], in: folder)
        #expect(check.status == 0)
        #expect(check.output == "No problems in 5 notes.\n")
    }

    @Test("never replaces a file: a second note of the same name is refused and the first is untouched")
    func refusesOverwrite() throws {
        let folder = try initializedVault()
        #expect(run(["new", "contact", "Sam Reyes"], in: folder).status == 0)
        try folder.write(["contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\nmy own notes\n"])
        let again = run(["new", "contact", "sam reyes"], in: folder)
        #expect(again.status == 1)
        #expect(again.errors.contains("'sam reyes' already has a note: contacts/sam-reyes.md (Sam Reyes)"))
        #expect(try contents("contacts/sam-reyes.md", in: folder) == "---\nname: Sam Reyes\n---\nmy own notes\n")
        #expect(run(["new", "org", "Acme"], in: folder).status == 0)
        #expect(run(["new", "org", "Acme"], in: folder).status == 1)
        #expect(run(["new", "interview", "Sam Reyes"], in: folder).status == 0)
        let interview = run(["new", "interview", "Sam Reyes"], in: folder)
        #expect(interview.status == 1)
        #expect(interview.errors.contains("interviews/2026-11-21-sam-reyes.md: the file already exists"))
    }

    @Test("refuses a name that a note of any kind, anywhere, already has, and points at it")
    func nameTakenElsewhere() throws {
        let folder = try initializedVault(["people/sam.md": "---\ntype: contact\nname: Sam Reyes\n---\n"])
        let result = run(["new", "contact", "Sam Reyes"], in: folder)
        #expect(result.status == 1)
        #expect(result.errors.contains("people/sam.md"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/contacts/sam-reyes.md"))
        #expect(run(["new", "org", "Sam Reyes"], in: folder).status == 1)
    }

    @Test("creates the note of someone a referral named, who had no note yet")
    func placeholder() throws {
        let folder = try initializedVault([
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\n",
            "interviews/2026-11-02-sam-reyes.md":
                "---\ncontact: \"[[Sam Reyes]]\"\ndate: 2026-11-02\n---\n## Referrals\n- Priya Shah — runs the lab\n",
        ])
        let interview = run(["new", "interview", "Priya Shah", "--date", "2026-12-01"], in: folder)
        #expect(interview.status == 0)
        #expect(interview.output.hasPrefix("Created interviews/2026-12-01-priya-shah.md\n"))
        let contact = run(["new", "contact", "Priya Shah", "--referred-by", "Sam Reyes"], in: folder)
        #expect(contact.status == 0)
        #expect(contact.output.hasPrefix("Created contacts/priya-shah.md\n"))
        #expect(run(["check", "--strict"], in: folder).status == 0)
    }

    @Test("uses the user's own template from .grapevine/templates")
    func userTemplate() throws {
        let folder = try initializedVault([
            ".grapevine/templates/contact.md":
                "---\nname: {{name_yaml}}\ntags: [{{#source}}{{source}}{{/source}}]\n---\nMet: {{name}} on {{today}}\n"
        ])
        #expect(run(["new", "contact", "Ana & Leo", "--source", "meetup"], in: folder).status == 0)
        #expect(
            try contents("contacts/ana-leo.md", in: folder)
                == "---\nname: Ana & Leo\ntags: [meetup]\n---\nMet: Ana & Leo on 2026-11-21\n")
    }

    @Test("a broken user template fails with its file and line, and creates nothing")
    func brokenTemplate() throws {
        let folder = try initializedVault([".grapevine/templates/organization.md": "---\nname: {{name\n---\n"])
        let result = run(["new", "org", "Acme"], in: folder)
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix(".grapevine/templates/organization.md:3:1: error: "))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/organizations/acme.md"))
    }

    @Test("the agenda is the question bank of the config")
    func questionBank() throws {
        let folder = try initializedVault([
            ".grapevine/config.yml": "questions:\n  - \"What surprised you: the work or the people?\"\n  - Who else?\n",
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\n",
        ])
        #expect(run(["new", "interview", "Sam Reyes", "--date", "2026-11-25"], in: folder).status == 0)
        let text = try contents("interviews/2026-11-25-sam-reyes.md", in: folder)
        #expect(
            text.contains("## Agenda\n- [ ] What surprised you: the work or the people?\n- [ ] Who else?\n\n## Notes"))
        #expect(!text.contains(Config.defaultQuestions[0]))
    }

    @Test("an interview without --date is dated today, and says so")
    func dateDefaultsToToday() throws {
        let folder = try initializedVault(["contacts/sam.md": "---\nname: Sam Reyes\n---\n"])
        let result = run(["new", "interview", "Sam Reyes"], in: folder)
        #expect(result.status == 0)
        // The file name follows the person's note, not their name.
        #expect(result.output.hasPrefix("Created interviews/2026-11-21-sam.md\n"))
        #expect(result.output.contains("date  2026-11-21 (today"))
        #expect(try contents("interviews/2026-11-21-sam.md", in: folder).contains("\ndate: 2026-11-21\n"))
    }

    @Test("an interview with someone unknown, or with an organization, is refused with a hint")
    func interviewNeedsAPerson() throws {
        let folder = try initializedVault(["organizations/acme.md": "---\nname: Acme\n---\n"])
        let unknown = run(["new", "interview", "Nobody Known"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("grapevine new contact \"Nobody Known\""))
        let organization = run(["new", "interview", "Acme"], in: folder)
        #expect(organization.status == 1)
        #expect(organization.errors.contains("not one of your contacts"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/interviews")
        #expect(files.isEmpty)
    }

    @Test("names that break naive YAML make notes that check --strict accepts")
    func hostileNames() throws {
        let folder = try initializedVault()
        for name in ["Mary O'Brien", "Sam \"The Hammer\" Reyes", "Dr. Who: The Return", "C# Guru | Lead", "yes"] {
            #expect(run(["new", "contact", name], in: folder).status == 0, "\(name)")
            #expect(run(["new", "interview", name, "--date", "2026-11-25"], in: folder).status == 0, "\(name)")
            #expect(run(["new", "org", name + " Labs"], in: folder).status == 0, "\(name)")
        }
        let check = run(["check", "--strict"], in: folder)
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output == "No problems in 16 notes.\n")
    }

    @Test(
        "--referred-by a typo of one person's name writes that name and says so",
        arguments: ["Maria Lopes", "dr. maria lopez", "Maria  López"])
    func referrerTypo(typed: String) throws {
        let folder = try initializedVault(["contacts/maria-lopez.md": "---\nname: María López\n---\n"])
        let run = run(["new", "contact", "Sam Reyes", "--referred-by", typed], in: folder)
        #expect(run.status == 0)
        if typed != "Maria  López" {
            #expect(run.errors == "note: --referred-by: using 'María López' for '\(typed)'.\n")
        }
        let text = try contents("contacts/sam-reyes.md", in: folder)
        #expect(text.contains("María López"))
        #expect(!text.contains(typed))
    }

    @Test(
        "--referred-by like several people, or like a name without being close to it, is refused with exit status 2",
        arguments: [("Sam Reyex", "'Sam Reyes' or 'Sam Reyez'"), ("Maria", "'Maria Lopez'")])
    func referrerAmbiguous(typed: String, candidates: String) throws {
        let folder = try initializedVault([
            "contacts/maria-lopez.md": "---\nname: Maria Lopez\n---\n",
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\n",
            "contacts/sam-reyez.md": "---\nname: Sam Reyez\n---\n",
        ])
        let run = run(["new", "contact", "Priya Shah", "--referred-by", typed], in: folder)
        #expect(run.status == 2)
        #expect(run.errors.contains("could be \(candidates). Nothing was created."))
        #expect(run.errors.contains("grapevine new contact \"\(typed)\""))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/contacts/priya-shah.md"))
    }

    @Test("--referred-by a name like nobody's is written as typed: someone with no note yet")
    func referrerUnknown() throws {
        let folder = try initializedVault(["contacts/maria-lopez.md": "---\nname: Maria Lopez\n---\n"])
        let run = run(["new", "contact", "Priya Shah", "--referred-by", "Zed Quill"], in: folder)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(try contents("contacts/priya-shah.md", in: folder).contains("Zed Quill"))
    }

    @Test("bad input is a usage error", arguments: [["interview", "Sam", "--date", "2026-13-01"], ["contact", "  "]])
    func usage(arguments: [String]) throws {
        let folder = try initializedVault()
        #expect(run(["new"] + arguments, in: folder).status == 2)
    }

    @Test("global options may come before the command")
    func globalOptionsFirst() throws {
        let folder = try initializedVault()
        let result = CommandRun(["--vault", folder.path, "new", "org", "Acme"])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/organizations/acme.md"))
    }
}
