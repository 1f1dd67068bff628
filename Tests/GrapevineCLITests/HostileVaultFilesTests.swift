import Foundation
import Testing

@testable import GrapevineCore

/// Vaults shared by someone else, and file systems with more than regular files in them:
/// `check` and `site` never hang, and `site` removes or changes nothing outside its folder.
///
/// What could hang runs the built binary as a subprocess, killed after a few seconds.
@Suite("a hostile vault's files and site folder")
struct HostileVaultFilesTests {
    static let today = ["--today", "2026-11-18"]
    static let ann = "---\nname: Ann Lee\n---\nHello.\n"

    // MARK: Running with a time limit

    struct TimedRun {
        var status: Int32
        var timedOut: Bool
        var output: String
        var errors: String
    }

    /// Runs `grapevine` with `arguments`, killing it after `seconds`.
    static func run(_ arguments: [String], seconds: Double = 60) throws -> TimedRun {
        let folder = try TemporaryFolder()
        let process = Process()
        process.executableURL = ExecutableTests.binary
        process.arguments = arguments
        // Files rather than pipes: a process that prints a lot never waits for us to read.
        FileManager.default.createFile(atPath: folder.path + "/out", contents: nil)
        FileManager.default.createFile(atPath: folder.path + "/err", contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.path + "/out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.path + "/err"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return TimedRun(
            status: process.terminationStatus, timedOut: timedOut,
            output: try String(contentsOfFile: folder.path + "/out", encoding: .utf8),
            errors: try String(contentsOfFile: folder.path + "/err", encoding: .utf8))
    }

    // MARK: Hangs

    @Test("check finishes on a symlink (inside the vault) to a FIFO, and warns")
    func checkWithSymlinkToFIFO() throws {
        let vault = try TemporaryFolder()
        try vault.write(["contacts/ann.md": Self.ann])
        try makeFIFO(vault.path + "/fifo")
        try FileManager.default.createSymbolicLink(
            atPath: vault.path + "/contacts/link.md", withDestinationPath: "../fifo")
        try makeFIFO(vault.path + "/contacts/pipe.md")
        let run = try Self.run(["check", "--vault", vault.path])
        #expect(!run.timedOut)
        #expect(run.status == 0)
        #expect(run.output.contains("contacts/link.md:1:1: warning: 'link.md' is not a regular file (a FIFO); skipped"))
        #expect(run.output.contains("contacts/pipe.md:1:1: warning: 'pipe.md' is not a regular file (a FIFO); skipped"))
    }

    @Test("check finishes when the config is a FIFO, and says so")
    func checkWithFIFOConfig() throws {
        let vault = try TemporaryFolder()
        try vault.write(["contacts/ann.md": Self.ann])
        try FileManager.default.createDirectory(atPath: vault.path + "/.grapevine", withIntermediateDirectories: true)
        try makeFIFO(vault.path + "/.grapevine/config.yml")
        let run = try Self.run(["check", "--vault", vault.path])
        #expect(!run.timedOut)
        #expect(run.output.contains(".grapevine/config.yml:1:1: warning: 'config.yml' is not a regular file (a FIFO)"))
    }

    @Test("site finishes when a FIFO sits where a page goes: an error naming it, the FIFO left alone")
    func siteWithFIFOAtAPage() throws {
        let vault = try TemporaryFolder()
        try vault.write(["contacts/ann.md": Self.ann])
        let first = try Self.run(["site", "--vault", vault.path] + Self.today)
        #expect(first.status == 0, "\(first.errors)")
        let page = vault.path + "/_site/contacts/ann.html"
        try FileManager.default.removeItem(atPath: page)
        try makeFIFO(page)
        let run = try Self.run(["site", "--vault", vault.path] + Self.today)
        #expect(!run.timedOut)
        #expect(run.status == 1)
        #expect(run.errors.contains("cannot write the site to \(page): a FIFO is in the way"))
        var info = stat()
        #expect(lstat(page, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("site finishes when a template is a FIFO: an error naming the template")
    func siteWithFIFOTemplate() throws {
        let vault = try TemporaryFolder()
        try vault.write(["contacts/ann.md": Self.ann])
        try FileManager.default.createDirectory(
            atPath: vault.path + "/.grapevine/templates", withIntermediateDirectories: true)
        try makeFIFO(vault.path + "/.grapevine/templates/layout.html")
        let run = try Self.run(["site", "--vault", vault.path] + Self.today)
        #expect(!run.timedOut)
        #expect(run.status == 1)
        #expect(
            run.errors.contains(
                ".grapevine/templates/layout.html:1:1: error: this template cannot be used: it is a FIFO"))
        #expect(!FileManager.default.fileExists(atPath: vault.path + "/_site"))
    }

    // MARK: Long names

    /// Making a file name of a long name once took time in the square of its length (100,000
    /// characters: half a minute; 200,000: minutes), and so did comparing two long names for
    /// typos. Linear, each command here takes about a second.
    @Test("new and import with names of 100,000 to 200,000 characters finish, with file names of at most 100 bytes")
    func longNames() throws {
        let vault = try TemporaryFolder()
        try vault.write([".grapevine/config.yml": "owner: Alex Kim\n"])
        let long = String(repeating: "A", count: 200_000)
        try vault.write([
            "w1.csv": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + long + ",B,,,,,01 Nov 2026\n",
            "c.vcf": "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + String(repeating: "D", count: 200_000) + "\r\nEND:VCARD\r\n",
        ])
        let runs = [
            ["import", "linkedin", vault.path + "/w1.csv", "--dry-run"],
            // 100,000: one argument may be at most 128 KiB.
            ["new", "contact", String(repeating: "B", count: 100_000)],
            // A second long name a letter apart: compared with the first for typos.
            ["new", "contact", "C" + String(repeating: "B", count: 100_000)],
            ["new", "org", "D" + String(repeating: "B", count: 100_000)],
            ["import", "vcard", vault.path + "/c.vcf"],
            ["import", "linkedin", vault.path + "/w1.csv"],
        ]
        for arguments in runs {
            let run = try Self.run(["--vault", vault.path] + Self.today + arguments, seconds: 20)
            #expect(!run.timedOut, "\(arguments.prefix(2))")
            #expect(run.status == 0, "\(arguments.prefix(2)): \(run.errors.prefix(300))")
        }
        let files =
            try FileManager.default.contentsOfDirectory(atPath: vault.path + "/contacts")
            + FileManager.default.contentsOfDirectory(atPath: vault.path + "/organizations")
        #expect(files.count == 5, "\(files.map { $0.prefix(20) })")
        #expect(files.allSatisfy { $0.utf8.count <= NameKey.maximumFileSlugLength + 3 + 3 })
        let check = try Self.run(["check", "--vault", vault.path] + Self.today, seconds: 20)
        #expect(!check.timedOut)
        #expect(check.status == 0, "\(check.output.prefix(500))")
    }

    // MARK: Where the site goes

    /// Every file and folder under `root` (symlinks not followed): its kind, bytes or
    /// destination, permissions and modification time.
    static func snapshot(_ root: String) throws -> [String: String] {
        var result: [String: String] = [:]
        var folders = [""]
        let manager = FileManager.default
        while let folder = folders.popLast() {
            for name in try manager.contentsOfDirectory(atPath: root + "/" + folder) {
                let path = folder.isEmpty ? name : folder + "/" + name
                let attributes = try manager.attributesOfItem(atPath: root + "/" + path)
                let type = attributes[.type] as? FileAttributeType
                var description = "\(type.map { "\($0)" } ?? "?") \(attributes[.posixPermissions] ?? "")"
                description += " \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
                switch type {
                case .typeDirectory?: folders.append(path)
                case .typeSymbolicLink?:
                    description += " → " + (try manager.destinationOfSymbolicLink(atPath: root + "/" + path))
                case .typeRegular?:
                    description += " " + (manager.contents(atPath: root + "/" + path)?.base64EncodedString() ?? "")
                default: break
                }
                result[path] = description
            }
        }
        return result
    }

    /// A marker in the current format that lists `files` with the hashes of their contents
    /// as they are on disk: what someone who shipped the vault could write.
    static func forgedMarker(listing files: [String], readFrom base: String) -> String {
        SiteFolder.markerHeader + "\n"
            + files.map { file in
                let bytes =
                    FileManager.default.contents(atPath: file.hasPrefix("/") ? file : base + "/" + file) ?? Data()
                return ContentHash.hex(ContentHash.hash(Array(bytes))) + " " + file + "\n"
            }.joined()
    }

    /// A vault as someone else might share it, in `world/vault`, with a sibling folder: notes,
    /// git internals, and a marker at the root listing them with their true hashes.
    static func hostileWorld() throws -> (world: TemporaryFolder, vault: String) {
        let world = try TemporaryFolder()
        try world.write([
            "vault/contacts/a.md": Self.ann, "vault/notes.md": "# Notes\n", "vault/.git/config": "[core]\n",
            "vault/.git/HEAD": "ref: refs/heads/main\n", "elsewhere/mine.html": "mine\n", "precious.txt": "precious\n",
        ])
        let vault = world.path + "/vault"
        try FileManager.default.createSymbolicLink(atPath: vault + "/lnk", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: vault + "/up", withDestinationPath: "..")
        let listed = [
            "contacts/a.md", "notes.md", ".git/config", ".git/HEAD", "../precious.txt", world.path + "/precious.txt",
            "../elsewhere/mine.html", "vault/contacts/a.md",
        ]
        let marker = forgedMarker(listing: listed, readFrom: vault)
        for folder in [vault, world.path, vault + "/.git", vault + "/contacts", world.path + "/elsewhere"] {
            try marker.write(toFile: folder + "/" + SiteFolder.markerName, atomically: false, encoding: .utf8)
        }
        return (world, vault)
    }

    @Test(
        "site refuses an output folder that is the vault, contains it, or is hidden in it; nothing changes",
        arguments: [
            (".", nil, "it is the vault itself"), ("..", nil, "it contains the vault"),
            (".git/site", nil, "hidden folder '.git'"), (".git", nil, "hidden folder '.git'"),
            (".grapevine/out", nil, "hidden folder '.grapevine'"), ("lnk", nil, "it is the vault itself"),
            ("up", nil, "it contains the vault"), ("lnk/.git", nil, "hidden folder '.git'"),
            ("ABSOLUTE-WORLD", nil, "it contains the vault"), ("/", nil, "it contains the vault"),
            ("../elsewhere", nil, "it is outside the vault"), ("up/elsewhere", nil, "it is outside the vault"),
            ("contacts", nil, "it holds notes such as 'a.md'"), (nil, ".", "it is the vault itself"),
            (nil, "lnk", "it is the vault itself"), (nil, "..", "it contains the vault"),
            (nil, "ABSOLUTE-WORLD", "it contains the vault"), (nil, ".git/site", "hidden folder '.git'"),
            (nil, "contacts", "it holds notes of the vault, such as 'contacts/a.md'"),
        ] as [(String?, String?, String)])
    func refusedOutputFolders(configured: String?, commandLine: String?, reason: String) async throws {
        let (world, vault) = try Self.hostileWorld()
        func absolute(_ out: String) -> String { out == "ABSOLUTE-WORLD" ? world.path : out }
        if let configured {
            try world.write(["vault/.grapevine/config.yml": "site: { out: \"\(absolute(configured))\" }\n"])
        }
        let before = try Self.snapshot(world.path)
        let run = await CommandRun(
            ["site", "--vault", vault] + (commandLine.map { ["--out", absolute($0)] } ?? []) + Self.today,
            currentDirectory: vault)
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("error: cannot write the site to "))
        #expect(run.errors.contains(reason), "\(run.errors)")
        if configured != nil, configured != "contacts" {
            #expect(run.errors.contains("(site.out in .grapevine/config.yml)"))
        }
        #expect(try Self.snapshot(world.path) == before)
    }

    @Test("a site folder shipped with the vault: its marker removes nothing outside it, nor anything not a page")
    func shippedSiteFolder() async throws {
        let (world, vault) = try Self.hostileWorld()
        try world.write([
            "vault/.grapevine/config.yml": "site: { out: _site }\n", "vault/_site/keep.html": "mine now\n",
            "vault/_site/ours.html": "shipped\n", "vault/_site/CNAME": "example.org\n",
            "vault/_site/.git/HEAD": "ref: refs/heads/main\n",
        ])
        let site = vault + "/_site"
        try FileManager.default.createSymbolicLink(atPath: site + "/linked", withDestinationPath: "../contacts")
        try FileManager.default.createSymbolicLink(atPath: site + "/git", withDestinationPath: "../.git")
        let listed = [
            "../contacts/a.md", vault + "/contacts/a.md", "../.git/config", "linked/a.md", "git/config", "git/HEAD",
            "../../precious.txt", "ours.html", "CNAME", ".git/HEAD", "../notes.md", "../../elsewhere/mine.html",
        ]
        var marker = Self.forgedMarker(listing: listed, readFrom: site)
        marker += "0000000000000000 keep.html\n"
        try marker.write(toFile: site + "/" + SiteFolder.markerName, atomically: false, encoding: .utf8)
        var before = try Self.snapshot(world.path).filter { !$0.key.hasPrefix("vault/_site/") }

        let run = await CommandRun(["site", "--vault", vault] + Self.today)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("removed 1 page"))
        let after = try Self.snapshot(world.path)
        // Outside the site folder nothing changed (its own modification time aside).
        before["vault/_site"] = after["vault/_site"]
        #expect(after.filter { !$0.key.hasPrefix("vault/_site/") } == before)
        #expect(!FileManager.default.fileExists(atPath: site + "/ours.html"))
        for (file, text) in [
            "keep.html": "mine now\n", "CNAME": "example.org\n", ".git/HEAD": "ref: refs/heads/main\n",
        ] {
            #expect(try String(contentsOfFile: site + "/" + file, encoding: .utf8) == text)
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: site + "/linked") == "../contacts")
    }

    @Test("a symlink where a page goes, leading outside the site: refused, its target unchanged")
    func symlinkAtAPage() async throws {
        let vault = try TemporaryFolder()
        try vault.write(["contacts/ann.md": Self.ann, "target.html": "precious\n"])
        #expect(await CommandRun(["site", "--vault", vault.path] + Self.today).status == 0)
        let page = vault.path + "/_site/contacts/ann.html"
        try FileManager.default.removeItem(atPath: page)
        try FileManager.default.createSymbolicLink(atPath: page, withDestinationPath: "../../target.html")
        let run = await CommandRun(["site", "--vault", vault.path] + Self.today)
        #expect(run.status == 1)
        #expect(run.errors.contains("cannot write the site to \(page): a symlink is in the way"))
        #expect(try String(contentsOfFile: vault.path + "/target.html", encoding: .utf8) == "precious\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: page) == "../../target.html")
    }

    @Test("a marker that is a FIFO or a symlink does not make a folder the site's")
    func specialMarker() throws {
        let vault = try TemporaryFolder()
        try vault.write(["contacts/ann.md": Self.ann, "elsewhere/marker": SiteFolder.markerHeader + "\n"])
        try FileManager.default.createDirectory(atPath: vault.path + "/fifo-site", withIntermediateDirectories: true)
        try makeFIFO(vault.path + "/fifo-site/" + SiteFolder.markerName)
        try FileManager.default.createDirectory(atPath: vault.path + "/link-site", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: vault.path + "/link-site/" + SiteFolder.markerName, withDestinationPath: "../elsewhere/marker")
        for out in ["fifo-site", "link-site"] {
            let run = try Self.run(["site", "--vault", vault.path, "--out", vault.path + "/" + out] + Self.today)
            #expect(!run.timedOut)
            #expect(run.status == 1)
            #expect(run.errors.contains("was not made by grapevine site"))
        }
    }

    // MARK: Symlinks into what the walk skips

    /// A vault whose git config holds a token, with notes linked into `.git`, `.obsidian`, an
    /// ignored folder and the site folder, a folder linked to `.git`, and one fair link.
    static func linkedIntoHidden() throws -> TemporaryFolder {
        let vault = try TemporaryFolder()
        try vault.write([
            ".git/config": "[remote \"origin\"]\n\turl = https://alex:ghp_TOKEN999@github.example/x.git\n",
            ".obsidian/workspace.md": "# OBSIDIAN-SECRET\n",
            "private/diary.md": "---\nname: Diary\n---\nDIARY-SECRET\n",
            "_site/\(SiteFolder.markerName)": SiteFolder.markerHeader + "\n", "_site/page.md": "SITE-SECRET\n",
            ".grapevine/config.yml": "ignore: [private]\n", "contacts/ann.md": Self.ann,
        ])
        for (link, target) in [
            ("contacts/setup-notes.md", "../.git/config"), ("contacts/gitcfg.md", "../.git/config"),
            ("contacts/workspace.md", "../.obsidian/workspace.md"), ("notes-diary.md", "private/diary.md"),
            ("contacts/page.md", "../_site/page.md"), ("contacts/git", "../.git"), ("contacts/ann-too.md", "ann.md"),
        ] {
            try FileManager.default.createSymbolicLink(atPath: vault.path + "/" + link, withDestinationPath: target)
        }
        return vault
    }

    @Test("a note symlinked into .git, .obsidian, an ignored or the site folder is not read: a warning names the link")
    func symlinkIntoHidden() async throws {
        let vault = try Self.linkedIntoHidden()
        let run = await CommandRun(["check", "--vault", vault.path] + Self.today)
        #expect(run.status == 0, "\(run.errors)")
        let warnings = run.output.split(separator: "\n").filter { $0.contains(": warning: ") }
        let part = "in a hidden or ignored part of the vault; not followed"
        for (link, target) in [
            ("contacts/setup-notes.md", ".git/config"), ("contacts/gitcfg.md", ".git/config"),
            ("contacts/workspace.md", ".obsidian/workspace.md"), ("notes-diary.md", "private/diary.md"),
            ("contacts/page.md", "_site/page.md"), ("contacts/git", ".git"),
        ] {
            let name = link.split(separator: "/").last!
            let warning = "\(link):1:1: warning: '\(name)' is a symlink to '\(target)', \(part)"
            #expect(warnings.contains { $0.hasPrefix(warning) }, "\(run.output)")
        }
        #expect(warnings.count == 6, "\(run.output)")
        // The link to a note the walk reads is an alias, as before: nothing said of it.
        #expect(!run.output.contains("ann-too.md"))
    }

    @Test("site --public and search publish nothing from a note symlinked into .git or an ignored folder")
    func symlinkIntoHiddenNotPublished() async throws {
        let vault = try Self.linkedIntoHidden()
        let out = ["--out", vault.path + "/public"]
        let run = await CommandRun(["site", "--public", "--vault", vault.path] + out + Self.today)
        #expect(run.status == 0, "\(run.errors)")
        for file in try #require(FileManager.default.subpaths(atPath: vault.path + "/public")) {
            let text = (try? String(contentsOfFile: vault.path + "/public/" + file, encoding: .utf8)) ?? ""
            for secret in ["ghp_TOKEN999", "OBSIDIAN-SECRET", "DIARY-SECRET", "SITE-SECRET"] {
                #expect(!text.contains(secret), "\(file) holds \(secret)")
            }
        }
        let search = await CommandRun(["search", "TOKEN999", "--vault", vault.path] + Self.today)
        #expect(!search.output.contains("TOKEN999"))
    }

    @Test(
        "log never writes through a symlink into .git: the config is unchanged",
        arguments: [["log", "gitcfg", "emailed", "hi"], ["log", "setup-notes", "emailed", "hi"]])
    func symlinkIntoHiddenNotWritten(arguments: [String]) async throws {
        let vault = try Self.linkedIntoHidden()
        let before = try String(contentsOfFile: vault.path + "/.git/config", encoding: .utf8)
        let run = await CommandRun(arguments + ["--vault", vault.path] + Self.today)
        #expect(run.status != 0)
        #expect(try String(contentsOfFile: vault.path + "/.git/config", encoding: .utf8) == before)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: vault.path + "/contacts/gitcfg.md")
            == "../.git/config")
    }
}

/// Makes a FIFO at `path`.
func makeFIFO(_ path: String) throws {
    guard mkfifo(path, 0o644) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
}
