import Foundation
import Testing

/// Session 32: past `check`, `next`, `show`, `path` and `site` (session 31), the other commands
/// printed a file's name as it is, so a vault shared as a git repository with a note named
/// `contacts/bea⎋[31m⏎lin.md` split their lines and sent the escape sequence on to whatever
/// reads the output. Every command escapes the name (`escapingControlCharacters`).
@Suite("file names with control characters: every command prints them escaped, on one line")
struct ControlCharacterPathTests {
    static let options = ["--today", "2026-12-07"]
    /// What is in each file's name: an escape sequence that turns the terminal red, and a line break.
    static let hostile = "\u{1B}[31m\n"
    static let contact = "contacts/bea\(hostile)lin.md"
    static let namesake = "contacts/bea-linn\(hostile).md"
    static let organization = "organizations/co\(hostile)ve.md"
    static let interview = "interviews/2026-12-01-bea\(hostile).md"
    static let upcoming = "interviews/2026-12-10-bea\(hostile).md"

    /// The name as a person sees it: `contacts/bea\u{1B}[31m\nlin.md`.
    static func shown(_ path: String) -> String {
        path.replacingOccurrences(of: hostile, with: #"\u{1B}[31m\n"#)
    }

    static func vault() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            contact: """
            ---
            name: Bea Lin
            added: 2026-11-01
            organization: "[[Cove]]"
            ---

            ## Log
            - 2026-11-02 emailed: asked for a chat

            """,
            namesake: "---\nname: Bea Linn\nadded: 2026-11-03\n---\n",
            organization: "---\nname: Cove\n---\n\n## Openings\n- [ ] QA Chemist\n- [ ] QA Lead\n",
            interview: """
            ---
            contact: "[[Bea Lin]]"
            date: 2026-12-01
            ---

            ## Leads
            - [ ] Lab Tech at Cove
            - [ ] Line Cook at Cove

            """,
            upcoming: "---\ncontact: \"[[Bea Lin]]\"\ndate: 2026-12-10\n---\n",
        ])
        return folder
    }

    /// Runs `grapevine` with `arguments` on a fresh copy of the vault; expects no escape
    /// character in what it printed, `path` shown escaped, and the name as it is nowhere.
    static func expectShown(
        _ path: String, running arguments: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let folder = try vault()
        let run = await CommandRun(arguments + ["--vault", folder.path] + options)
        let printed = run.output + run.errors
        #expect(printed.contains(shown(path)), "\(printed)", sourceLocation: sourceLocation)
        #expect(!printed.contains("\u{1B}"), "\(printed)", sourceLocation: sourceLocation)
        #expect(!printed.contains(path), "\(printed)", sourceLocation: sourceLocation)
    }

    @Test("log: where the entry went, the leads and openings an 'applied' may close, a note that is no contact's")
    func log() async throws {
        try await Self.expectShown(Self.contact, running: ["log", "Bea Lin", "met", "coffee"])
        try await Self.expectShown(Self.interview, running: ["log", "Bea Lin", "applied"])
        try await Self.expectShown(Self.organization, running: ["log", "Bea Lin", "applied", "QA"])
        try await Self.expectShown(Self.organization, running: ["log", "Cove", "emailed"])
    }

    @Test("merge: the plan, and what was merged")
    func merge() async throws {
        try await Self.expectShown(Self.namesake, running: ["merge", "Bea Lin", "Bea Linn", "--dry-run"])
        try await Self.expectShown(Self.contact, running: ["merge", "Bea Lin", "Bea Linn"])
    }

    @Test("merge: notes of two kinds; a note with errors")
    func mergeRefused() async throws {
        try await Self.expectShown(Self.organization, running: ["merge", "Bea Linn", "Cove"])
        let folder = try Self.vault()
        try folder.write([Self.namesake: "---\nname: Bea Linn\nadded: 2026-13-03\n---\n"])
        let run = await CommandRun(["merge", "Bea Lin", "Bea Linn", "--vault", folder.path] + Self.options)
        #expect(run.errors.contains(Self.shown(Self.namesake) + " has errors"), "\(run.errors)")
        #expect(!run.errors.contains("\u{1B}"), "\(run.errors)")
    }

    @Test("done: the line it wrote, and where")
    func done() async throws {
        try await Self.expectShown(Self.namesake, running: ["done", "1"])
    }

    @Test("search: each hit's file:line")
    func search() async throws {
        try await Self.expectShown(Self.interview, running: ["search", "Lab"])
    }

    @Test("import: the notes it adds to")
    func importLinkedIn() async throws {
        let csv = try TemporaryFolder()
        try csv.write([
            "in.csv": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Bea,Lin,https://www.linkedin.com/in/bealin,,Cove,Chemist,01 Nov 2026\n"
        ])
        try await Self.expectShown(Self.contact, running: ["import", "linkedin", csv.path + "/in.csv"])
        try await Self.expectShown(Self.contact, running: ["import", "linkedin", csv.path + "/in.csv", "--dry-run"])
    }

    @Test("new: the note a name already has, a note that is no person's")
    func new() async throws {
        try await Self.expectShown(Self.contact, running: ["new", "contact", "Bea Lin"])
        try await Self.expectShown(Self.organization, running: ["new", "interview", "Cove"])
    }

    @Test("prep: the sheet's earlier meetings; the command for an earlier sheet, quoted as bash reads it")
    func prep() async throws {
        try await Self.expectShown(Self.interview, running: ["prep", "Bea Lin"])
        let folder = try Self.vault()
        try FileManager.default.removeItem(atPath: folder.path + "/" + Self.upcoming)
        let run = await CommandRun(["prep", "Bea Lin", "--vault", folder.path] + Self.options)
        #expect(run.errors.contains(#"--interview $'interviews/2026-12-01-bea\x1B[31m\n.md'"#), "\(run.errors)")
        #expect(!run.errors.contains("\u{1B}"), "\(run.errors)")
    }

    /// The commands as a person runs them on the vault: reading it, writing to it, refusing.
    /// A command or message added later belongs here too.
    static let everyCommand: [[String]] = [
        ["check"], ["check", "--strict"], ["next"], ["next", "--all"], ["show", "Bea Lin"], ["show", "Cove"],
        ["path", "Bea Linn"], ["report"], ["report", "weekly"], ["search", "Cove"], ["graph"], ["export", "ics"],
        ["export", "vcard"], ["export", "vcard", "--public"], ["prep", "Bea Lin"], ["prep", "Cove"],
        ["draft", "thank-you", "Bea Lin"], ["draft", "follow-up", "Bea Lin"], ["draft", "update", "Bea Lin"],
        ["draft", "thank-you", "Bea Linn"], ["log", "Bea Lin", "applied", "Lab"], ["log", "Bea Linn", "emailed"],
        ["done", "1"], ["skip", "2"], ["snooze", "1", "--until", "2026-12-20"], ["merge", "Bea Lin", "Bea Linn"],
        ["merge", "Cove", "Bea Lin"], ["new", "contact", "Bea Linn"], ["new", "org", "Cove"],
        ["new", "interview", "Bea Lin", "--date", "2026-12-01"],
    ]

    @Test("no command prints a file name's escape character", arguments: everyCommand)
    func noEscapeCharacter(arguments: [String]) async throws {
        let folder = try Self.vault()
        let run = await CommandRun(arguments + ["--vault", folder.path] + Self.options)
        #expect(!(run.output + run.errors).contains("\u{1B}"), "\(run.output + run.errors)")
    }
}
