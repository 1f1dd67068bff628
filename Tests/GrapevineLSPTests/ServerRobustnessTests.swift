import Foundation
import GrapevineCore
import Testing

@testable import GrapevineLSP
import TestSupport

@Suite("the server on whatever positions and files it is given")
struct ServerRobustnessTests {
    static let files = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "contacts/ana.md":
            "---\nname: Ana Ruiz\nreferred_by: \"[[Bo Li]]\"\nadded: 2026-09-01\n---\n\n## Log\n- 2026-09-02 emailed 🙂: é\n",
        "contacts/bo-li.md": "---\nname: Bo Li\n---\n",
        "notes/todo.md": "- [ ] ask [[Ana Ruiz]] about [[Nobody]]\n",
    ]

    @Test("every request at every place, past the ends of lines and of the text too: an answer, never a crash")
    func everyPlace() throws {
        let session = try VaultSession(Self.files)
        let uri = session.uri("contacts/ana.md")
        let text = Self.files["contacts/ana.md"]!
        _ = session.send(
            "textDocument/didOpen",
            #"{"textDocument":{"uri":"\#(uri)","languageId":"markdown","version":1,"text":\#(String(reflecting: text))}}"#
        )
        var id = 10
        for line in -1...12 {
            for character in [0, 1, 3, 7, 12, 16, 20, 40, 500] {
                let place = #"{"textDocument":{"uri":"\#(uri)"},"position":{"line":\#(line),"character":\#(character)}"#
                let range =
                    #""range":{"start":{"line":\#(line),"character":\#(character)},"end":{"line":\#(line + 1),"character":0}}"#
                let requests = [
                    ("textDocument/hover", place + "}"), ("textDocument/completion", place + "}"),
                    ("textDocument/definition", place + "}"),
                    ("textDocument/references", place + #","context":{"includeDeclaration":true}}"#),
                    ("textDocument/prepareRename", place + "}"),
                    ("textDocument/rename", place + #","newName":"Ana R"}"#),
                    (
                        "textDocument/codeAction",
                        #"{"textDocument":{"uri":"\#(uri)"},\#(range),"context":{"diagnostics":[]}}"#
                    ),
                ]
                for (method, params) in requests {
                    id += 1
                    let answers = session.send(method, params, id: id)
                    #expect(answers.contains { $0["id"] == .number(Double(id)) }, "\(method) at \(line):\(character)")
                }
            }
        }
        _ = session.send("textDocument/documentSymbol", #"{"textDocument":{"uri":"\#(uri)"}}"#, id: 2)
        _ = session.send("workspace/symbol", #"{"query":"é🙂"}"#, id: 3)
    }

    @Test("edits with ranges past the end, and inside a character, leave a text the vault reads")
    func strangeEdits() throws {
        let session = try VaultSession(Self.files)
        let uri = session.uri("contacts/ana.md")
        _ = session.send(
            "textDocument/didOpen",
            #"{"textDocument":{"uri":"\#(uri)","languageId":"markdown","version":1,"text":"🙂🙂\n"}}"#)
        let changes = [
            #"{"range":{"start":{"line":0,"character":1},"end":{"line":0,"character":3}},"text":"x"}"#,
            #"{"range":{"start":{"line":9,"character":9},"end":{"line":2,"character":0}},"text":"y"}"#,
            #"{"range":{"start":{"line":-3,"character":-1},"end":{"line":0,"character":0}},"text":"---\n"}"#,
        ]
        for (version, change) in changes.enumerated() {
            let published = session.send(
                "textDocument/didChange",
                #"{"textDocument":{"uri":"\#(uri)","version":\#(version + 2)},"contentChanges":[\#(change)]}"#)
            #expect(VaultSession.published(published)[uri] != nil)
        }
    }

    @Test("a file changed on disk while closed is read again; a changed config re-reads the vault")
    func watchedFiles() throws {
        let session = try VaultSession(Self.files)
        let initialized = session.send("initialized", "{}")
        #expect(initialized.contains { $0["method"]?.string == "client/registerCapability" })
        #expect(VaultSession.published(initialized) == [session.uri("notes/todo.md"): 1])
        try session.write(["contacts/nobody.md": "---\nname: Nobody\nadded: soon\n---\n"])
        let created = session.send(
            "workspace/didChangeWatchedFiles",
            #"{"changes":[{"uri":"\#(session.uri("contacts/nobody.md"))","type":1}]}"#)
        #expect(
            VaultSession.published(created) == [session.uri("notes/todo.md"): 0, session.uri("contacts/nobody.md"): 1])
        try session.write([".grapevine/config.yml": "owner: Alex Kim\nignore: [\"contacts/nobody.md\"]\n"])
        let reloaded = session.send(
            "workspace/didChangeWatchedFiles",
            #"{"changes":[{"uri":"\#(session.uri(".grapevine/config.yml"))","type":2}]}"#)
        #expect(
            VaultSession.published(reloaded) == [session.uri("notes/todo.md"): 1, session.uri("contacts/nobody.md"): 0])
    }

    @Test("a symlink leaving the vault that appears while it runs is not read, as on start; one inside is")
    func symlinkArrivingLater() throws {
        let session = try VaultSession(Self.files.merging(["drafts/cy.txt": "---\nname: Cy Wu\n---\n"]) { $1 })
        _ = session.send("initialized", "{}")
        let outside = Scratch.folder.appendingPathComponent("outside-\(UUID().uuidString).md")
        try Data("---\nname: Outside Secret\n---\nSECRET\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        func symbols(_ query: String) -> [String] {
            let answer = session.send("workspace/symbol", #"{"query":"\#(query)"}"#, id: 9)
            guard case .array(let list)? = answer.first?["result"] else { return [] }
            return list.compactMap { $0["name"]?.string }
        }
        func changed(_ path: String, type: Int) -> [String: Int] {
            VaultSession.published(
                session.send(
                    "workspace/didChangeWatchedFiles", #"{"changes":[{"uri":"\#(session.uri(path))","type":\#(type)}]}"#
                ))
        }
        // The tester's: a new link to a note outside, then /etc/passwd over an existing note.
        try FileManager.default.createSymbolicLink(
            atPath: session.root + "/contacts/evil.md", withDestinationPath: outside.path)
        #expect(
            changed("contacts/evil.md", type: 1) == [session.uri("contacts/evil.md"): 1], "its skipped-symlink warning")
        #expect(symbols("Outside").isEmpty)
        try FileManager.default.removeItem(atPath: session.root + "/contacts/bo-li.md")
        try FileManager.default.createSymbolicLink(
            atPath: session.root + "/contacts/bo-li.md", withDestinationPath: "/etc/passwd")
        #expect(changed("contacts/bo-li.md", type: 2)[session.uri("contacts/bo-li.md")] == 1)
        #expect(symbols("Bo").allSatisfy { !$0.contains("root") })
        let restarted = try #require(LiveVault(root: session.root).diagnostics(ofFile: "contacts/bo-li.md").first)
        #expect(restarted.code == .skippedSymlink)
        // A link that stays inside the vault is read, as on start.
        try FileManager.default.createSymbolicLink(
            atPath: session.root + "/contacts/cy.md", withDestinationPath: "../drafts/cy.txt")
        _ = changed("contacts/cy.md", type: 1)
        #expect(symbols("Cy") == ["Cy Wu"])
    }

    @Test("a document open at a symlink into .git is no note: not indexed, warned about, and no rename edits it")
    func openLinkIntoGit() throws {
        let session = try VaultSession(
            Self.files.merging([".git/config": "[remote]\n\turl = https://x:TOKEN9@h/x.git\n"]) { $1 })
        _ = session.send("initialized", "{}")
        try FileManager.default.createSymbolicLink(
            atPath: session.root + "/contacts/cfg.md", withDestinationPath: "../.git/config")
        let uri = session.uri("contacts/cfg.md")
        let text = "---\nname: Cfg Token\n---\nSee [[Ana Ruiz]]. TOKEN9\n"
        let document = #""uri":"\#(uri)","languageId":"markdown","version":1,"text":\#(String(reflecting: text))"#
        let opened = session.send("textDocument/didOpen", #"{"textDocument":{\#(document)}}"#)
        #expect(VaultSession.published(opened)[uri] == 1, "its skipped-symlink warning")
        let answer = session.send("workspace/symbol", #"{"query":"Cfg"}"#, id: 9)
        guard case .array(let list)? = answer.first?["result"] else {
            Issue.record("no symbols answer")
            return
        }
        #expect(list.isEmpty)
        let todo = session.uri("notes/todo.md")
        let todoText = String(reflecting: Self.files["notes/todo.md"]!)
        let todoDocument = #""uri":"\#(todo)","languageId":"markdown","version":1,"text":\#(todoText)"#
        _ = session.send("textDocument/didOpen", #"{"textDocument":{\#(todoDocument)}}"#)
        let rename = session.send(
            "textDocument/rename",
            #"{"textDocument":{"uri":"\#(todo)"},"position":{"line":0,"character":14},"newName":"Ana R"}"#, id: 10)
        let edits = "\(rename)"
        #expect(edits.contains("todo.md"), "\(edits)")
        #expect(!edits.contains("cfg.md"), "\(edits)")
    }

    @Test("a file the client names by another spelling of its URI: its problems move, none are left behind")
    func otherSpelling() throws {
        let session = try VaultSession(Self.files)
        let canonical = session.uri("notes/todo.md")
        #expect(VaultSession.published(session.send("initialized", "{}")) == [canonical: 1])
        let spelled = canonical.replacing("file://", with: "file://localhost")
        let opened = session.send(
            "textDocument/didOpen",
            #"{"textDocument":{"uri":"\#(spelled)","languageId":"markdown","version":1,"text":"- [ ] ask [[Nobody]]\n"}}"#
        )
        #expect(VaultSession.published(opened) == [canonical: 0, spelled: 1])
        let closed = session.send("textDocument/didClose", #"{"textDocument":{"uri":"\#(spelled)"}}"#)
        #expect(VaultSession.published(closed) == [spelled: 0, canonical: 1])
    }
}
