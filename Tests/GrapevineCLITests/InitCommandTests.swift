import Foundation
import Testing

@Suite("grapevine init")
struct InitCommandTests {
    @Test("creates a vault that check accepts")
    func createsVault() async throws {
        let folder = try TemporaryFolder()
        let vault = folder.path + "/my-search"
        let run = await CommandRun(["init", vault, "--owner", "Alex Kim"])
        #expect(run.status == 0)
        #expect(run.output.contains("Next: write your pitch in pitch.md, add a note per contact in contacts/, and run"))
        for path in [
            ".grapevine/config.yml", ".grapevine/templates/contact.md", ".grapevine/templates/interview.md",
            ".grapevine/templates/organization.md", "pitch.md", ".gitignore",
        ] {
            #expect(FileManager.default.fileExists(atPath: vault + "/" + path), "\(path)")
        }
        for folderName in ["contacts", "interviews", "organizations"] {
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: vault + "/" + folderName, isDirectory: &isFolder))
            #expect(isFolder.boolValue)
        }
        let config = try String(contentsOfFile: vault + "/.grapevine/config.yml", encoding: .utf8)
        #expect(config.contains("owner: \"Alex Kim\""))
        for key in ["thank_you_days: 1", "update_days: 30", "max_follow_ups: 1", "stay_in_touch_days: 90"] {
            #expect(config.contains(key))
        }
        let gitignore = try String(contentsOfFile: vault + "/.gitignore", encoding: .utf8)
        #expect(gitignore.contains("_site"))
        // The one thing left to do is the pitch: `check` says so, and accepts the vault once it is written.
        let check = await CommandRun(["check", "--vault", vault])
        #expect(check.status == 0)
        #expect(check.output.hasPrefix("pitch.md:7:1: warning: the pitch is still the placeholder text 'init' wrote\n"))
        #expect(check.output.hasSuffix("1 warning in 1 file (1 note checked).\n"))
        try "---\ntype: pitch\n---\n\n# My pitch\n\nI taught chemistry for nine years.\n".write(
            toFile: vault + "/pitch.md", atomically: true, encoding: .utf8)
        let strict = await CommandRun(["check", "--strict", "--vault", vault])
        #expect(strict.status == 0)
        #expect(strict.output == "No problems in 1 note.\n")
    }

    @Test("refuses a folder with files that is not a vault, and changes nothing in it")
    func refusesNonEmpty() async throws {
        let folder = try TemporaryFolder()
        try folder.write(["thesis.md": "my thesis"])
        let run = await CommandRun(["init", folder.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("is not empty and is not a vault"))
        #expect(run.errors.contains("run 'grapevine init --existing' there"))
        let contents = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(contents == ["thesis.md"])
    }

    @Test("--existing makes a folder of notes a vault: its files are added beside them, and none is changed")
    func existingNotes() async throws {
        let folder = try TemporaryFolder()
        let ana = "---\ntype: contact\nname: Ana Silva\nadded: 2026-11-01\n---\n## Log\n- 2026-11-02 emailed\n"
        try folder.write([
            "People/Ana Silva.md": ana, ".gitignore": ".obsidian/\n", "pitch.md": "# Who I am\n",
        ])
        let run = await CommandRun(["init", "--existing", folder.path, "--owner", "Pat Doe"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains(".grapevine/config.yml"))
        let created = run.output.split(separator: "\n").filter { $0.hasPrefix("  ") }.map { $0.dropFirst(2) }
        #expect(!created.contains("pitch.md") && !created.contains(".gitignore"), "files already there stay")
        #expect(try String(contentsOfFile: folder.path + "/People/Ana Silva.md", encoding: .utf8) == ana)
        // The user's .gitignore keeps every byte, and gains the site folder's line, as a new one would have it.
        #expect(created.contains(".gitignore (added /_site/)"))
        #expect(try String(contentsOfFile: folder.path + "/.gitignore", encoding: .utf8) == ".obsidian/\n/_site/\n")
        #expect(try String(contentsOfFile: folder.path + "/pitch.md", encoding: .utf8) == "# Who I am\n")
        // Contacts are kept in People/: no empty contacts/, interviews/ or organizations/ beside it.
        for kind in ["contacts", "interviews", "organizations"] {
            #expect(!FileManager.default.fileExists(atPath: folder.path + "/" + kind), "\(kind)")
            #expect(!created.contains(kind + "/"))
        }
        // A vault now: found from inside it, and its notes read.
        let next = await CommandRun(["next", "--today", "2026-11-20"], currentDirectory: folder.path + "/People")
        #expect(next.status == 0, "\(next.errors)")
        #expect(next.output.contains("Follow up with Ana Silva"))
    }

    /// Trial N, finding 5: `Pitch.md` with `type: pitch` got a second, placeholder `pitch.md`
    /// beside it, and two notes named Pitch.
    @Test(
        "--existing writes no placeholder pitch where a note is the pitch already, wherever it is",
        arguments: ["Pitch.md", "Notes/My 30 seconds.md", "pitch/PITCH.md"])
    func existingPitch(path: String) async throws {
        let folder = try TemporaryFolder()
        let pitch = "---\ntype: pitch\n---\nI help small teams learn from their users.\n"
        try folder.write([path: pitch, "People/Ana Silva.md": "---\ntype: contact\nname: Ana Silva\n---\n"])
        let run = await CommandRun(["init", "--existing", folder.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/pitch.md"))
        #expect(!run.output.split(separator: "\n").contains("  pitch.md"))
        let next = "Next: write your pitch in \(path), add a note per contact in People/"
        #expect(run.output.contains(next), "\(run.output)")
        #expect(try String(contentsOfFile: folder.path + "/" + path, encoding: .utf8) == pitch)
        let check = await CommandRun(["check", "--vault", folder.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(!check.output.contains("duplicate") && !check.output.contains("also named"), "\(check.output)")
        #expect(!check.output.contains("placeholder"), "\(check.output)")
    }

    /// Trial N, finding 4: Obsidian's templates (`date: {{date:YYYY-MM-DD}}`) were errors on
    /// every `check`, and their tasks steps; `init --existing` leaves their folder out.
    @Test(
        "--existing leaves out the folder of templates Obsidian or Templater names, or a Templates folder of them",
        arguments: [
            (
                [".obsidian/templates.json": #"{"folder":"Meta/Templates"}"#], "Meta/Templates",
                #"["Meta/Templates/**"]"#
            ),
            (
                [".obsidian/plugins/templater-obsidian/data.json": #"{"templates_folder": "/Meta/Templates/"}"#],
                "Meta/Templates", #"["Meta/Templates/**"]"#
            ),
            ([:], "Templates", #"["Templates/**"]"#),
            ([".obsidian/templates.json": #"{"folder":"Nowhere"}"#], "Templates", #"["Templates/**"]"#),
        ])
    func existingTemplates(settings: [String: String], templates: String, ignore: String) async throws {
        let folder = try TemporaryFolder()
        let meeting =
            "---\ntype: interview\ncontact: \"[[{{title}}]]\"\ndate: {{date:YYYY-MM-DD}}\n---\n"
            + "## Next steps\n- [ ] Send thank-you\n- [ ] \n"
        try folder.write(settings.merging([templates + "/Meeting.md": meeting, "People/Ana.md": "# Ana\n"]) { $1 })
        let run = await CommandRun(["init", "--existing", folder.path])
        #expect(run.status == 0, "\(run.errors)")
        let config = try String(contentsOfFile: folder.path + "/.grapevine/config.yml", encoding: .utf8)
        #expect(config.contains("\nignore: \(ignore)\n"), "\(config)")
        let check = await CommandRun(["check", "--vault", folder.path])
        #expect(!check.output.contains(templates + "/"), "\(check.output)")
        let next = await CommandRun(["next", "--all", "--today", "2026-12-07", "--vault", folder.path])
        #expect(!next.output.contains("thank-you") && !next.output.contains("{{"), "\(next.output)")
    }

    @Test("--existing leaves out no folder of plain notes called Templates, nor a Templates folder in a new vault")
    func notTemplates() async throws {
        let folder = try TemporaryFolder()
        try folder.write(["Templates/Cover letter.md": "# Cover letter\nDear hiring manager,\n"])
        let run = await CommandRun(["init", "--existing", folder.path])
        #expect(run.status == 0, "\(run.errors)")
        let config = try String(contentsOfFile: folder.path + "/.grapevine/config.yml", encoding: .utf8)
        #expect(config.contains("\nignore: []\n"), "\(config)")
    }

    @Test(
        "what to do next names the folder where the vault keeps people, with or without --existing",
        arguments: [
            (["People/Ana Silva.md": "---\ntype: contact\nname: Ana Silva\n---\n"], true, "People/"),
            (["notes.md": "# Notes\n"], true, "contacts/"),
            (["Ana Silva.md": "---\ntype: contact\nname: Ana Silva\n---\n"], true, "the vault's top folder"),
            (
                [
                    ".grapevine/config.yml": "owner: Pat Doe\n",
                    "People/Ana Silva.md": "---\ntype: contact\nname: Ana Silva\n---\n",
                ], false, "People/"
            ),
        ])
    func nextNamesThePeopleFolder(files: [String: String], existing: Bool, folder people: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write(files)
        let run = await CommandRun(["init", folder.path] + (existing ? ["--existing"] : []))
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("add a note per contact in \(people), and run"), "\(run.output)")
        // Where `new contact` puts the next one.
        let new = await CommandRun(["new", "contact", "Bo Ek", "--vault", folder.path])
        #expect(new.output.hasPrefix("Created " + (people.hasSuffix("/") ? people : "")), "\(new.output)")
    }

    @Test(
        "--existing makes the kinds' folders only where the notes do not say the vault keeps them elsewhere",
        arguments: [
            // Plain notes, or the kinds in their own folders already: the folders a new vault has.
            (["notes.md": "# Notes\n"], ["contacts", "interviews", "organizations"]),
            (["contacts/ana.md": "---\nname: Ana\n---\n"], ["contacts", "interviews", "organizations"]),
            // Interviews in Meetings/ (by their type), or organizations in Companies/: none made.
            (["Meetings/2026-11-02 Ana.md": "---\ntype: interview\ncontact: Ana\ndate: 2026-11-02\n---\n"], []),
            (["Companies/Acme.md": "---\ntype: organization\n---\n", "contacts/ana.md": "# Ana\n"], ["contacts"]),
        ])
    func existingKindFolders(files: [String: String], folders: [String]) async throws {
        let folder = try TemporaryFolder()
        try folder.write(files)
        let run = await CommandRun(["init", "--existing", folder.path])
        #expect(run.status == 0, "\(run.errors)")
        let made = ["contacts", "interviews", "organizations"].filter {
            FileManager.default.fileExists(atPath: folder.path + "/" + $0)
        }
        #expect(made == folders)
        // A contact made afterwards goes where the vault keeps them, and its folder is made then.
        let new = await CommandRun(["new", "contact", "Bo Ek", "--vault", folder.path])
        #expect(new.status == 0, "\(new.errors)")
    }

    @Test(
        "a file where the vault needs a folder is an error, and nothing is written",
        arguments: ["contacts", ".grapevine"])
    func fileWhereAFolderGoes(name: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write([name: "my contacts, one a line\n", "notes.md": "# Notes\n"])
        let run = await CommandRun(["init", "--existing", folder.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("\(name) is a file, where the vault needs a folder of that name"))
        #expect(run.output.isEmpty, "no 'Created'")
        let contents = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(contents == [name, "notes.md"].sorted())
    }

    @Test("accepts a folder holding only .git")
    func acceptsGitRepository() async throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/.git", withIntermediateDirectories: true)
        #expect(await CommandRun(["init", folder.path]).status == 0)
    }

    @Test("in an existing vault adds only what is missing and replaces nothing")
    func existingVault() async throws {
        let folder = try TemporaryFolder()
        #expect(await CommandRun(["init", folder.path]).status == 0)
        let pitch = folder.path + "/pitch.md"
        try "my own pitch".write(toFile: pitch, atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder.path + "/.grapevine/templates/contact.md")
        let run = await CommandRun(["init", folder.path])
        #expect(run.status == 0)
        #expect(run.output.contains(".grapevine/templates/contact.md"))
        #expect(!run.output.contains("  pitch.md\n"))
        #expect(try String(contentsOfFile: pitch, encoding: .utf8) == "my own pitch")
        let again = await CommandRun(["init", folder.path])
        #expect(again.output.contains("already a vault; nothing to add"))
    }

    @Test(
        "a .gitignore already there gains the site folder's line once, whatever it holds",
        arguments: [
            (".obsidian/", ".obsidian/\n/_site/\n"),
            (".obsidian/\r\n*.tmp\r\n", ".obsidian/\r\n*.tmp\r\n/_site/\r\n"),
            ("", "/_site/\n"),
            ("\n\n", "\n\n/_site/\n"),
            ("# mine\n _site\n_site_old/\n/_sites/\n", "# mine\n _site\n_site_old/\n/_sites/\n/_site/\n"),
            ("# /_site/\n", "# /_site/\n/_site/\n"),
            ("caf\u{E9} \u{1F600}\n", "caf\u{E9} \u{1F600}\n/_site/\n"),
        ])
    func gitIgnoreGainsTheLine(before: String, after: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write([".gitignore": before, "notes.md": "# Notes\n"])
        let run = await CommandRun(["init", "--existing", folder.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("\n  .gitignore (added /_site/)\n"))
        #expect(try String(contentsOfFile: folder.path + "/.gitignore", encoding: .utf8) == after)
        // Run again: the line is there, so nothing is added.
        let again = await CommandRun(["init", folder.path])
        #expect(again.output.contains("already a vault; nothing to add"), "\(again.output)")
        #expect(try String(contentsOfFile: folder.path + "/.gitignore", encoding: .utf8) == after)
    }

    @Test(
        "a .gitignore that already ignores the site folder, in any form, or says not to, is left as it is",
        arguments: [
            "/_site/\n", "/_site", "_site\n", "_site/\n", "/_site/**\n", "_site/*\n", "**/_site\n", "**/_site/\n",
            "/_site/   \n", "/_site/\r\n", "# built here\n/_site/\n*.log\n", "!/_site/\n", "!_site\n",
        ])
    func gitIgnoreWithTheLine(text: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write([".gitignore": text, "notes.md": "# Notes\n"])
        let run = await CommandRun(["init", "--existing", folder.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(!run.output.contains(".gitignore"))
        #expect(try String(contentsOfFile: folder.path + "/.gitignore", encoding: .utf8) == text)
    }

    @Test("the line is for the site folder the config names, and none is added for one outside the vault")
    func gitIgnoreForTheConfiguredFolder() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "site:\n  out: build/site\n", ".gitignore": "node_modules/\n",
            "elsewhere/.grapevine/config.yml": "site:\n  out: ../site\n", "elsewhere/.gitignore": "x\n",
            "ignored/.grapevine/config.yml": "site:\n  out: build/site\n", "ignored/.gitignore": "/build\n",
        ])
        #expect(await CommandRun(["init", folder.path]).status == 0)
        #expect(
            try String(contentsOfFile: folder.path + "/.gitignore", encoding: .utf8) == "node_modules/\n/build/site/\n")
        #expect(await CommandRun(["init", folder.path + "/elsewhere"]).status == 0)
        #expect(try String(contentsOfFile: folder.path + "/elsewhere/.gitignore", encoding: .utf8) == "x\n")
        // A line ignoring the folder that holds the site ignores the site too.
        #expect(await CommandRun(["init", folder.path + "/ignored"]).status == 0)
        #expect(try String(contentsOfFile: folder.path + "/ignored/.gitignore", encoding: .utf8) == "/build\n")
    }

    @Test("a .gitignore that is a symlink is not written through; init says to add the line")
    func gitIgnoreSymlink() async throws {
        let folder = try TemporaryFolder()
        try folder.write(["notes.md": "# Notes\n", "outside/.gitignore": "mine\n"])
        try FileManager.default.createDirectory(atPath: folder.path + "/vault", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/vault/.gitignore", withDestinationPath: folder.path + "/outside/.gitignore")
        let run = await CommandRun(["init", "--existing", folder.path + "/vault"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains(".gitignore (not changed: not a regular file; add the line /_site/"))
        #expect(try String(contentsOfFile: folder.path + "/outside/.gitignore", encoding: .utf8) == "mine\n")
    }

    @Test("with no path, initializes the current folder")
    func currentFolder() async throws {
        let folder = try TemporaryFolder()
        #expect(await CommandRun(["init"], currentDirectory: folder.path).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/.grapevine/config.yml"))
    }
}
