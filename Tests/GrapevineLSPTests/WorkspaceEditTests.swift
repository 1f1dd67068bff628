import Foundation
import GrapevineCore
import Testing

@testable import GrapevineLSP

/// A client's side of a workspace edit: it applies the edit to the files on disk, as an
/// editor does to the notes it does not have open, and fails as an editor would.
struct DiskClient {
    let session: VaultSession

    /// A workspace edit, as the client reads it.
    struct Edit: Decodable {
        var changes: [String: [LSP.TextEdit]]?
        var documentChanges: [Change]?

        struct Change: Decodable {
            var kind: String?
            var uri: String?
            var oldUri: String?
            var newUri: String?
            var textDocument: LSP.TextDocumentIdentifier?
            var edits: [LSP.TextEdit]?
        }
    }

    /// Why the client could not apply an edit.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Applies `edit` (a `WorkspaceEdit`'s JSON) to the files on disk, in order.
    func apply(_ edit: JSONValue?) throws {
        let edit = try #require(edit).decode(Edit.self)
        for (uri, edits) in (edit.changes ?? [:]).sorted(by: { $0.key < $1.key }) { try change(uri, edits) }
        for change in edit.documentChanges ?? [] {
            switch change.kind {
            case "create":
                let path = try self.path(change.uri)
                guard !FileManager.default.fileExists(atPath: path),
                    FileManager.default.createFile(atPath: path, contents: Data())
                else { throw Failure(description: "\(path) exists, or cannot be made") }
            case "rename":
                let (old, new) = (try path(change.oldUri), try path(change.newUri))
                guard !FileManager.default.fileExists(atPath: new) else { throw Failure(description: "\(new) exists") }
                try FileManager.default.moveItem(atPath: old, toPath: new)
            default:
                try self.change(try #require(change.textDocument?.uri), change.edits ?? [])
            }
        }
    }

    private func path(_ uri: String?) throws -> String {
        try #require(uri.flatMap(FileURI.path(of:)))
    }

    /// The text edits of one file, made from the end back.
    private func change(_ uri: String, _ edits: [LSP.TextEdit]) throws {
        let path = try path(uri)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "no file \(path) to edit")
        }
        let lines = TextLines(String(decoding: data, as: UTF8.self))
        var bytes = lines.bytes
        let ranges = edits.map { edit in
            let start = lines.offset(of: edit.range.start, in: .utf16)
            return (start..<lines.offset(of: edit.range.end, in: .utf16), edit.newText)
        }
        for (range, text) in ranges.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            bytes.replaceSubrange(range, with: Array(text.utf8))
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}

@Suite("workspace edits: built from what the disk holds, and only what the client can apply")
struct WorkspaceEditTests {
    static let files = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "contacts/sam-reyes.md":
            "---\nname: Sam Reyes\norganization: Bluepeak\nadded: 2026-10-01\n---\n\n## Log\n- 2026-10-02 emailed\n",
        "notes/old.md": "Call [[Sam Reyes]].\n",
        "contacts/nadia-rahman.md": """
        ---
        name: Nadia Rahman
        added: 2026-11-01
        ---

        Met at the food fair.

        ## Log
        - 2026-11-02 emailed: asked for a call
        - 2026-11-03 replied: happy to talk

        """,
        "interviews/2026-11-17-nadia-rahman.md": """
        ---
        contact: "[[Nadia Rahman]]"
        date: 2026-11-17
        ---

        ## Notes
        She knows [[Sam Reyes]].
        """,
        "organizations/bluepeak.md": """
        ---
        name: Bluepeak
        ---

        ## People I know there
        - [[Sam Reyes]], analyst
        - [Sam](../contacts/sam-reyes.md) again
        """,
    ]

    /// The actions at a place of `path` (0-based line and character), with their edits.
    static func actions(_ session: VaultSession, _ path: String, _ line: Int, _ character: Int) -> [JSONValue] {
        let place = #"{"line":\#(line),"character":\#(character)}"#
        let params =
            #"{"textDocument":{"uri":"\#(session.uri(path))"},"range":{"start":\#(place),"end":\#(place)},"context":{"diagnostics":[]}}"#
        guard case .array(let actions)? = session.result("textDocument/codeAction", params) else { return [] }
        return actions
    }

    /// The workspace edit of renaming what is at a place of `path` to `name`.
    static func rename(_ session: VaultSession, _ path: String, _ line: Int, _ character: Int, to name: String)
        -> JSONValue?
    {
        session.result(
            "textDocument/rename",
            #"{"textDocument":{"uri":"\#(session.uri(path))"},"position":{"line":\#(line),"character":\#(character)},"newName":"\#(name)"}"#
        )
    }

    /// A client that tells the server of no file changed on disk, and can rename files.
    static let noWatcher =
        #"{"workspace":{"workspaceEdit":{"documentChanges":true,"resourceOperations":["create","rename"]}}}"#

    @Test("rename after a closed note changed on disk, unannounced: the edit is made in the text on disk")
    func renameAfterCheckout() throws {
        let session = try VaultSession(Self.files, capabilities: Self.noWatcher)
        _ = session.send("initialized", "{}")
        session.open("contacts/sam-reyes.md")
        // `git checkout` of a branch that adds three lines above the list, and a link further down.
        let checkedOut = try #require(session.read("organizations/bluepeak.md")).replacingOccurrences(
            of: "## People I know there", with: "Founded 2019.\n\nIn Port Ellis.\n## People I know there")
            + "- and [[Sam Reyes]] once more\n"
        try session.write(["organizations/bluepeak.md": checkedOut])
        // A note deleted on disk gets no edit (the client would fail on it, or make it again).
        try FileManager.default.removeItem(atPath: session.root + "/notes/old.md")
        let edit = Self.rename(session, "contacts/sam-reyes.md", 1, 8, to: "Samuel Reyes")
        #expect(try !DiskClient.Edit.Change.uris(edit).contains(session.uri("notes/old.md")))
        try DiskClient(session: session).apply(edit)
        #expect(session.read("notes/old.md") == nil)
        #expect(
            session.read("organizations/bluepeak.md")
                == checkedOut.replacingOccurrences(of: "[[Sam Reyes]]", with: "[[Samuel Reyes]]").replacingOccurrences(
                    of: "sam-reyes.md", with: "samuel-reyes.md"))
        #expect(session.read("interviews/2026-11-17-nadia-rahman.md")?.contains("She knows [[Samuel Reyes]].") == true)
    }

    @Test("Record done after paragraphs were added above the Log on disk: the line goes at the Log's end")
    func recordDoneAfterChange() throws {
        let session = try VaultSession(Self.files, today: "2026-11-18", capabilities: Self.noWatcher)
        _ = session.send("initialized", "{}")
        let original = try #require(session.read("contacts/nadia-rahman.md"))
        let changed = original.replacingOccurrences(of: "## Log", with: "Extra one.\nExtra two.\n\n## Log")
        try session.write(["contacts/nadia-rahman.md": changed])
        session.open("interviews/2026-11-17-nadia-rahman.md")
        let thanked = try #require(
            Self.actions(session, "interviews/2026-11-17-nadia-rahman.md", 1, 14).first {
                $0["title"]?.string?.hasPrefix("Record done: '- 2026-11-18 thanked'") == true
            })
        try DiskClient(session: session).apply(thanked["edit"])
        #expect(session.read("contacts/nadia-rahman.md") == changed + "- 2026-11-18 thanked\n")
    }

    @Test(
        "rename in a client that cannot rename files: the file keeps its name, and so do the links to it",
        arguments: [
            "{}", #"{"workspace":{"workspaceEdit":{"documentChanges":true}}}"#,
            #"{"workspace":{"workspaceEdit":{"documentChanges":true,"resourceOperations":["create"]}}}"#,
        ])
    func renameWithoutFileRenames(capabilities: String) throws {
        let session = try VaultSession(Self.files, capabilities: capabilities)
        let logged = session.send("initialized", "{}").compactMap { $0["params"]?["message"]?.string }
        #expect(logged.contains { $0.contains("a rename keeps the note's file name") }, "\(logged)")
        session.open("contacts/sam-reyes.md")
        let organization = try #require(session.read("organizations/bluepeak.md"))
        try DiskClient(session: session).apply(Self.rename(session, "contacts/sam-reyes.md", 1, 8, to: "Samuel Reyes"))
        #expect(session.read("contacts/samuel-reyes.md") == nil)
        #expect(session.read("contacts/sam-reyes.md")?.hasPrefix("---\nname: Samuel Reyes\n") == true)
        #expect(
            session.read("organizations/bluepeak.md")
                == organization.replacingOccurrences(of: "[[Sam Reyes]]", with: "[[Samuel Reyes]]"))
        #expect(organization.contains("[Sam](../contacts/sam-reyes.md)"))
        let problems = LiveVault(root: session.root).diagnostics.filter { $0.severity != .info }
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("a client that names file operations but not documentChanges (Neovim 0.7) gets them")
    func resourceOperationsAlone() throws {
        let session = try VaultSession(
            Self.files.merging(["notes/plan.md": "Ask [[Lea Stone]].\n"]) { $1 },
            capabilities: #"{"workspace":{"workspaceEdit":{"resourceOperations":["rename","create","delete"]}}}"#)
        let logged = session.send("initialized", "{}").compactMap { $0["params"]?["message"]?.string }
        #expect(!logged.contains { $0.contains("does not say it can") }, "\(logged)")
        session.open("notes/plan.md")
        let create = try #require(
            Self.actions(session, "notes/plan.md", 0, 7).first {
                $0["title"]?.string == "Create contacts/lea-stone.md for Lea Stone"
            })
        try DiskClient(session: session).apply(create["edit"])
        #expect(session.read("contacts/lea-stone.md")?.contains("name: Lea Stone") == true)
        session.open("contacts/sam-reyes.md")
        try DiskClient(session: session).apply(Self.rename(session, "contacts/sam-reyes.md", 1, 8, to: "Samuel Reyes"))
        #expect(session.read("contacts/sam-reyes.md") == nil)
        #expect(session.read("organizations/bluepeak.md")?.contains("[Sam](../contacts/samuel-reyes.md)") == true)
    }

    @Test("a note made on disk since the server read the vault is not offered again")
    func createdInTerminal() throws {
        let session = try VaultSession(
            Self.files.merging(["notes/plan.md": "Ask [[Lea Stone]].\n"]) { $1 }, capabilities: Self.noWatcher)
        session.open("notes/plan.md")
        let before = Self.actions(session, "notes/plan.md", 0, 7).compactMap { $0["title"]?.string }
        #expect(before.contains("Create contacts/lea-stone.md for Lea Stone"), "\(before)")
        try session.write(["contacts/lea-stone.md": "---\nname: Lea Stone\n---\nMy own words.\n"])
        let after = Self.actions(session, "notes/plan.md", 0, 7).compactMap { $0["title"]?.string }
        #expect(!after.contains { $0.hasPrefix("Create") }, "\(after)")
        #expect(session.read("contacts/lea-stone.md") == "---\nname: Lea Stone\n---\nMy own words.\n")
    }
}

extension DiskClient.Edit.Change {
    /// The URIs a workspace edit's changes edit.
    static func uris(_ edit: JSONValue?) throws -> Set<String> {
        let edit = try #require(edit).decode(DiskClient.Edit.self)
        return Set(Array((edit.changes ?? [:]).keys) + (edit.documentChanges ?? []).compactMap { $0.textDocument?.uri })
    }
}
