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
        #expect(try String(contentsOfFile: folder.path + "/.gitignore", encoding: .utf8) == ".obsidian/\n")
        #expect(try String(contentsOfFile: folder.path + "/pitch.md", encoding: .utf8) == "# Who I am\n")
        // A vault now: found from inside it, and its notes read.
        let next = await CommandRun(["next", "--today", "2026-11-20"], currentDirectory: folder.path + "/People")
        #expect(next.status == 0, "\(next.errors)")
        #expect(next.output.contains("Follow up with Ana Silva"))
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

    @Test("with no path, initializes the current folder")
    func currentFolder() async throws {
        let folder = try TemporaryFolder()
        #expect(await CommandRun(["init"], currentDirectory: folder.path).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/.grapevine/config.yml"))
    }
}
