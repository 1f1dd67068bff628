import Foundation
import Testing

/// Every file under `folder`, vault-relative, sorted.
private func files(in folder: TemporaryFolder) -> [String] {
    (FileManager.default.subpaths(atPath: folder.path) ?? []).sorted()
}

@Suite("where the vault is")
struct VaultDiscoveryTests {
    @Test(
        "outside any vault, every command says so in one line and exits with 2",
        arguments: [
            ["check"], ["next"], ["show", "Sam"], ["prep", "Sam"], ["draft", "thank-you", "Sam"],
            ["new", "contact", "Sam Reyes"], ["new", "org", "Acme"], ["new", "interview", "Sam"],
            ["log", "Sam", "emailed"], ["site"], ["export", "ics"],
        ])
    func noVaultHere(arguments: [String]) async throws {
        let folder = try TemporaryFolder()
        let run = await CommandRun(arguments, currentDirectory: folder.path)
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix("error: no vault here: "))
        #expect(
            run.errors.contains(
                "run 'grapevine init' to make one ('grapevine init --existing' to use the notes already here), or pass "
                    + "--vault PATH"))
        #expect(run.errors.split(separator: "\n").count == 1)
        #expect(files(in: folder).isEmpty)
    }

    @Test("new contact outside a vault creates nothing, not even a contacts folder")
    func newCreatesNothing() async throws {
        let parent = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: parent.path + "/work", withIntermediateDirectories: true)
        let run = await CommandRun(
            ["new", "contact", "Sam Reyes", "--referred-by", "Maria Lopez"], currentDirectory: parent.path + "/work")
        #expect(run.status == 2)
        #expect(files(in: parent) == ["work"])
    }

    @Test("init, --help and --version work outside a vault")
    func initAndHelp() async throws {
        let folder = try TemporaryFolder()
        #expect(await CommandRun(["--help"], currentDirectory: folder.path).status == 0)
        #expect(await CommandRun(["--version"], currentDirectory: folder.path).status == 0)
        #expect(await CommandRun(["next", "--help"], currentDirectory: folder.path).status == 0)
        #expect(await CommandRun(["init"], currentDirectory: folder.path).status == 0)
        #expect(await CommandRun(["check"], currentDirectory: folder.path).status == 0)
    }

    @Test("from a subfolder of a vault, the .grapevine/ above is found")
    func fromSubfolder() async throws {
        let vault = try TemporaryFolder()
        try vault.write([".grapevine/config.yml": "owner: Ann\n", "contacts/sam.md": "---\nname: Sam\n---\n"])
        try FileManager.default.createDirectory(
            atPath: vault.path + "/notes/2026/november", withIntermediateDirectories: true)
        let run = await CommandRun(["show", "Sam"], currentDirectory: vault.path + "/notes/2026/november")
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("Sam\n"))
    }

    @Test("in nested vaults the nearest .grapevine/ wins")
    func nestedVaults() async throws {
        let outer = try TemporaryFolder()
        try outer.write([
            ".grapevine/config.yml": "owner: Ann\n",
            "contacts/a.md": "---\nname: A\n---\n", "contacts/b.md": "---\nname: B\n---\n",
            "inner/.grapevine/config.yml": "owner: Ann\n",
            "inner/contacts/c.md": "---\nname: C\n---\n",
        ])
        let inner = await CommandRun(["check"], currentDirectory: outer.path + "/inner/contacts")
        #expect(inner.output == "No problems in 1 note.\n")
        let fromOuter = await CommandRun(["check"], currentDirectory: outer.path + "/contacts")
        #expect(fromOuter.output == "No problems in 3 notes.\n")
    }

    @Test(
        "a folder holding contacts/ or interviews/ is a vault without .grapevine/",
        arguments: ["contacts/sam.md", "interviews/2026-11-02-sam.md"])
    func notesFolderIsEnough(path: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write([path: "Notes.\n"])
        let run = await CommandRun(["check"], currentDirectory: folder.path)
        #expect(run.status != 2)
        #expect(!run.errors.contains("no vault here"))
    }

    @Test(
        "Contacts/ and Interviews/ (capitalised) make a vault, whose check says to rename them; next does not say well done"
    )
    func capitalisedFolders() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "Contacts/ana.md":
                "---\nname: Ana Cap\nadded: 2026-11-01\nsource: x\n---\n## Log\n- 2026-11-02 emailed: hi\n",
            "Interviews/i.md": "---\ncontact: Bo Cap\ndate: 2026-11-10\n---\n",
            "notes/plain.md": "Just a note.\n",
        ])
        let check = await CommandRun(["check"], currentDirectory: folder.path)
        #expect(check.status == 1)
        #expect(
            check.output.contains(
                "Contacts/ana.md:1:1: error: this note is in Contacts/, not contacts/, so it is read as a plain note, not as "
                    + "a contact"))
        #expect(check.output.contains("Interviews/i.md:1:1: error: this note is in Interviews/, not interviews/"))
        #expect(check.output.contains("hint: rename the folder Interviews/ to interviews/"))
        #expect(!check.output.contains("notes/plain.md"))
        let next = await CommandRun(["next", "--today", "2026-11-12"], currentDirectory: folder.path)
        #expect(next.output == "Nothing to do as of 2026-11-12 in the notes Grapevine could read.\n")
        #expect(next.errors.contains("2 files have errors"))
        // A note that says its kind is that kind wherever it is.
        try folder.write(["Contacts/typed.md": "---\ntype: contact\nname: Typed\n---\n"])
        let typed = await CommandRun(["check"], currentDirectory: folder.path)
        #expect(!typed.output.contains("Contacts/typed.md"))
    }

    @Test("an organizations/ folder alone, or a contacts file that is not a folder, is not a vault")
    func otherFoldersAreNot() async throws {
        let folder = try TemporaryFolder()
        try folder.write(["organizations/acme.md": "Acme.\n", "contacts": "not a folder\n"])
        #expect(await CommandRun(["check"], currentDirectory: folder.path).status == 2)
    }

    @Test(
        "--vault or $GRAPEVINE_VAULT naming nothing, or a file, is an error with exit status 2",
        arguments: [
            (true, "nowhere", "there is nothing there"), (true, "file.md", "it is not a folder"),
            (false, "nowhere", "there is nothing there"), (false, "file.md", "it is not a folder"),
        ])
    func explicitPathMustBeAFolder(option: Bool, name: String, reason: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write(["file.md": "Hello.\n", "contacts/sam.md": "---\nname: Sam\n---\n"])
        let path = folder.path + "/" + name
        let run =
            await option
            ? CommandRun(["next", "--vault", path], currentDirectory: folder.path)
            : CommandRun(["next"], environment: ["GRAPEVINE_VAULT": path], currentDirectory: folder.path)
        #expect(run.status == 2)
        #expect(
            run.errors == "error: no vault at \(path) (from \(option ? "--vault" : "$GRAPEVINE_VAULT")): \(reason)"
                + (name == "nowhere"
                    ? "; run 'grapevine init \(path)' to make one, or give the path of your vault.\n"
                    : "; give the path of your vault.\n"))
        #expect(files(in: folder) == ["contacts", "contacts/sam.md", "file.md"])
    }
}
