import Foundation
import Testing

/// `grapevine lsp` run as an editor runs it, on a small vault: every answer checked to the
/// character.
@Suite("the language server, spoken to over pipes")
struct LanguageServerTests {
    static let maria = """
        ---
        name: Maria Lopez
        organization: "[[Brightfield Foods]]"
        title: Senior R&D Scientist
        referred_by: "[[Dan Moore]]"
        added: 2026-09-21
        aliases: [Mari]
        ---

        Met through the alumni directory.

        ## Log
        - 2026-09-28 emailed: alumni directory
        - 2026-10-01 replied: video call on the 14th

        """

    static let files: [String: String] = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "contacts/mlopez.md": maria,
        "contacts/dan-moore.md": """
        ---
        name: Dan Moore
        organization: Brightfield Foods
        source: linkedin
        added: 2026-09-01
        ---

        ## Log
        - 2026-09-02 emailed: intro
        - 2026-09-03 replied: sure
        - 2026-09-10 met: coffee

        """,
        "interviews/2026-10-14-maria-lopez.md": """
        ---
        contact: "[[Maria Lopez]]"
        date: 2026-10-14
        ---

        ## Notes
        She said to talk to Sam.

        ## Referrals
        - [[Sam Reyes]]

        """,
        "organizations/brightfield-foods.md": "---\nname: Brightfield Foods\ntarget: true\n---\n\n## Research\nFood.\n",
        "notes/ideas.md": "Ask [[Maria Lopez]] about [[Brightfield Foods]].\n",
    ]

    /// A vault of `files`, a server started on it, initialized with the vault as the folder open.
    static func start(_ folder: TemporaryFolder) throws -> LanguageServerProcess {
        try folder.write(files)
        let server = try LanguageServerProcess(arguments: ["--today", "2026-11-18"], in: "/")
        let result = try server.request(
            "initialize",
            [
                "processId": NSNull(), "rootUri": uri(folder, ""),
                "capabilities": [
                    "workspace": [
                        "workspaceEdit": ["documentChanges": true, "resourceOperations": ["create", "rename"]]
                    ]
                ],
            ])
        let capabilities = (result as? [String: Any])?["capabilities"] as? [String: Any]
        #expect(capabilities?["positionEncoding"] as? String == "utf-16")
        server.notify("initialized", [:])
        return server
    }

    static func uri(_ folder: TemporaryFolder, _ path: String) -> String {
        URL(fileURLWithPath: folder.path + "/" + path).absoluteString
    }

    private static func open(_ server: LanguageServerProcess, _ folder: TemporaryFolder, _ path: String) {
        server.notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": uri(folder, path), "languageId": "markdown", "version": 1, "text": files[path]!]])
    }

    /// `line:character-line:character severity code` of each diagnostic.
    private static func summary(_ diagnostics: [[String: Any]]) -> [String] {
        diagnostics.map { diagnostic in
            let range = diagnostic["range"] as! [String: [String: Int]]
            return "\(range["start"]!["line"]!):\(range["start"]!["character"]!)-\(range["end"]!["line"]!):"
                + "\(range["end"]!["character"]!) \(diagnostic["severity"]!) \(diagnostic["code"]!)"
        }
    }

    private static func change(_ line: Int, _ from: Int, _ to: Int, _ text: String, endLine: Int? = nil) -> [String:
        Any]
    {
        [
            "range": ["start": ["line": line, "character": from], "end": ["line": endLine ?? line, "character": to]],
            "text": text,
        ]
    }

    @Test("diagnostics: the vault's on start, a document's unsaved text as it changes, and the notes a rename breaks")
    func diagnostics() throws {
        let folder = try TemporaryFolder()
        let server = try Self.start(folder)
        let interview = Self.uri(folder, "interviews/2026-10-14-maria-lopez.md")
        #expect(Self.summary(try server.diagnostics(interview)) == ["9:2-9:15 2 missing-note"])
        Self.open(server, folder, "contacts/mlopez.md")
        let maria = Self.uri(folder, "contacts/mlopez.md")
        #expect(try server.diagnostics(maria, version: 1).isEmpty)
        // A Log line with a date in another form, typed in and not saved.
        server.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": maria, "version": 2],
                "contentChanges": [Self.change(14, 0, 0, "- 12/01/2026 called\n")],
            ])
        let bad = try server.diagnostics(maria, version: 2)
        #expect(Self.summary(bad) == ["14:2-14:12 1 invalid-log-date"])
        #expect(
            bad.first?["message"] as? String
                == "'12/01/2026' is not a date the Log can read (YYYY-MM-DD); the entry is left out\n"
                + "hint: write the date as YYYY-MM-DD: '2026-12-01' (or '2026-01-12' if the day comes first)")
        // Renamed: the interview that named her by her old name now names someone new (and
        // the link in notes/ideas.md names that placeholder: no problem there).
        server.notify(
            "textDocument/didChange",
            ["textDocument": ["uri": maria, "version": 3], "contentChanges": [Self.change(1, 12, 17, "Lopes")]])
        #expect(Self.summary(try server.diagnostics(maria, version: 3)) == ["14:2-14:12 1 invalid-log-date"])
        #expect(
            Self.summary(try server.diagnostics(interview)) == ["1:9-1:26 2 missing-note", "9:2-9:15 2 missing-note"])
        // Closed without saving: the file on disk holds again, and so do the references.
        server.notify("textDocument/didClose", ["textDocument": ["uri": maria]])
        #expect(Self.summary(try server.diagnostics(interview)) == ["9:2-9:15 2 missing-note"])
        _ = try server.request("shutdown", [:])
        server.notify("exit", [:])
        #expect(try server.waitForExit() == 0)
    }

    @Test("garbage, a bad header and a message cut in two: errors or nothing, and the server goes on")
    func robust() throws {
        let folder = try TemporaryFolder()
        let server = try Self.start(folder)
        server.write(Array("Content-Length: ten\r\n\r\n".utf8))
        let error = try server.wait { $0["error"] != nil }
        #expect(((error["error"] as? [String: Any])?["code"] as? Int) == -32700)
        server.write(Array("Content-Length: 9\r\n\r\n{\"a\": tru".utf8))
        _ = try server.wait { $0["error"] != nil }
        let body = #"{"jsonrpc":"2.0","id":7,"method":"shutdown"}"#
        let framed = Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)
        server.write(Array(framed[..<10]))
        Thread.sleep(forTimeInterval: 0.1)
        server.write(Array(framed[10...]))
        _ = try server.wait { ($0["id"] as? Int) == 7 }
        server.closeInput()
        #expect(try server.waitForExit() == 0)
    }

    /// The range of an answer as `line:character-line:character`.
    private static func span(_ value: Any?) -> String? {
        guard let range = value as? [String: [String: Int]], let start = range["start"], let end = range["end"] else {
            return nil
        }
        return "\(start["line"]!):\(start["character"]!)-\(end["line"]!):\(end["character"]!)"
    }

    private static func position(_ uri: String, _ line: Int, _ character: Int) -> [String: Any] {
        ["textDocument": ["uri": uri], "position": ["line": line, "character": character]]
    }

    /// `label → newText @ range` of each completion item.
    private static func items(_ result: Any?) -> [String] {
        let items = (result as? [String: Any])?["items"] as? [[String: Any]] ?? []
        return items.map { item in
            let edit = item["textEdit"] as? [String: Any]
            return "\(item["label"]!) → \(edit?["newText"] ?? "") @ \(span(edit?["range"]) ?? "")"
        }
    }

    @Test("completion: names after [[ and in referred_by:, Log event words, front matter keys, today's date")
    func completion() throws {
        let folder = try TemporaryFolder()
        let server = try Self.start(folder)
        Self.open(server, folder, "contacts/mlopez.md")
        let maria = Self.uri(folder, "contacts/mlopez.md")
        // Typed in order: a Log line, a link at the end, referred_by: cut to "Sa", a line "em" in
        // the front matter (the lines below move down one), a Log date begun at the end.
        let edits: [(Int, [String: Any])] = [
            (2, Self.change(14, 0, 0, "- 2026-11-18 th")), (3, Self.change(15, 0, 0, "\nSee [[Da")),
            (4, Self.change(4, 13, 28, "Sa")), (5, Self.change(6, 0, 0, "em\n")), (6, Self.change(17, 0, 0, "\n- 20")),
        ]
        for (version, change) in edits {
            server.notify(
                "textDocument/didChange",
                ["textDocument": ["uri": maria, "version": version], "contentChanges": [change]])
        }
        #expect(
            Self.items(try server.request("textDocument/completion", Self.position(maria, 15, 15)))
                == ["thanked → thanked @ 15:13-15:15"])
        #expect(
            Self.items(try server.request("textDocument/completion", Self.position(maria, 16, 8)))
                == ["Dan Moore → Dan Moore]] @ 16:6-16:8"])
        // A person with no note yet, named in an interview's Referrals, is a name too.
        #expect(
            Self.items(try server.request("textDocument/completion", Self.position(maria, 4, 15)))
                == ["Sam Reyes → Sam Reyes @ 4:13-4:15"])
        #expect(
            Self.items(try server.request("textDocument/completion", Self.position(maria, 6, 2)))
                == ["email → email:  @ 6:0-6:2"])
        #expect(
            Self.items(try server.request("textDocument/completion", Self.position(maria, 17, 4)))
                == ["2026-11-18 → 2026-11-18 @ 17:2-17:4"])
    }

    @Test("hover shows the card; definition goes to the note; references lists every place that names it")
    func navigation() throws {
        let folder = try TemporaryFolder()
        let server = try Self.start(folder)
        Self.open(server, folder, "contacts/mlopez.md")
        let maria = Self.uri(folder, "contacts/mlopez.md")
        let hover = try server.request("textDocument/hover", Self.position(maria, 4, 18)) as? [String: Any]
        #expect(Self.span(hover?["range"]) == "4:13-4:28")
        #expect(
            (hover?["contents"] as? [String: Any])?["value"] as? String == """
                **Dan Moore** — at Brightfield Foods  
                `contacts/dan-moore.md`

                Status: met on 2026-09-10; last in touch 2026-09-10  
                Found through: linkedin (nobody referred them)

                Next steps:
                - overdue since 2026-10-21: Tell Dan Moore that you met Maria Lopez
                - due 2026-12-09: Get back in touch with Dan Moore (Brightfield Foods)
                """)
        let definition = try server.request("textDocument/definition", Self.position(maria, 2, 20)) as? [String: Any]
        #expect(definition?["uri"] as? String == Self.uri(folder, "organizations/brightfield-foods.md"))
        #expect(Self.span(definition?["range"]) == "1:6-1:23")
        let references =
            try server.request(
                "textDocument/references",
                Self.position(maria, 1, 8).merging(["context": ["includeDeclaration": true]]) { $1 })
            as? [[String: Any]]
        #expect(
            references?.map { "\(($0["uri"] as! String).split(separator: "/").last!) \(Self.span($0["range"])!)" } == [
                "mlopez.md 1:6-1:17", "2026-10-14-maria-lopez.md 1:9-1:26", "ideas.md 0:4-0:19",
            ])
        // Nothing there: no card.
        #expect(try server.request("textDocument/hover", Self.position(maria, 9, 3)) is NSNull)
    }

    /// `title: uri-file range "newText"` of each text edit of each action, in order.
    private static func actions(_ result: Any?) -> [String] {
        (result as? [[String: Any]] ?? []).map { action in
            let edit = action["edit"] as? [String: Any]
            let changes = (edit?["documentChanges"] as? [[String: Any]] ?? []).map { change -> String in
                if let kind = change["kind"] as? String {
                    let uri = (change["uri"] ?? change["newUri"]) as? String ?? ""
                    return "\(kind) \(uri.split(separator: "/").suffix(2).joined(separator: "/"))"
                }
                let uri = (change["textDocument"] as? [String: Any])?["uri"] as? String ?? ""
                let edits = (change["edits"] as? [[String: Any]] ?? []).map { edit in
                    "\(span(edit["range"])!) \(String(reflecting: edit["newText"] as? String ?? ""))"
                }
                return "\(uri.split(separator: "/").suffix(2).joined(separator: "/")) " + edits.joined(separator: ", ")
            }
            return "\(action["title"]!): " + changes.joined(separator: "; ")
        }
    }

    private static func actions(
        _ server: LanguageServerProcess, _ uri: String, line: Int, character: Int = 0
    ) throws -> [String] {
        let point = ["line": line, "character": character]
        return actions(
            try server.request(
                "textDocument/codeAction",
                [
                    "textDocument": ["uri": uri], "range": ["start": point, "end": point],
                    "context": ["diagnostics": []],
                ]))
    }

    @Test("code actions: a misspelled key, a date in another form, a missing note, and what done would record")
    func codeActions() throws {
        let folder = try TemporaryFolder()
        let server = try Self.start(folder)
        Self.open(server, folder, "contacts/mlopez.md")
        let maria = Self.uri(folder, "contacts/mlopez.md")
        server.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": maria, "version": 2],
                "contentChanges": [Self.change(6, 0, 7, "alaises"), Self.change(14, 0, 0, "- 12/01/2026 called\n")],
            ])
        _ = try server.diagnostics(maria, version: 2)
        #expect(
            try Self.actions(server, maria, line: 6)
                == [#"Change 'alaises' to 'aliases': contacts/mlopez.md 6:0-6:7 "aliases""#])
        #expect(
            try Self.actions(server, maria, line: 14) == [
                #"Write the date as 2026-12-01: contacts/mlopez.md 14:2-14:12 "2026-12-01""#,
                #"Write the date as 2026-01-12 (the day first): contacts/mlopez.md 14:2-14:12 "2026-01-12""#,
                #"Record done: '- 2026-11-18 thanked' in contacts/mlopez.md (Send a thank-you note to Maria Lopez (Brightfield Foods)): contacts/mlopez.md 15:0-15:0 "- 2026-11-18 thanked\n""#,
                #"Record done: '- 2026-11-18 updated' in contacts/mlopez.md (Send Maria Lopez (Brightfield Foods) an update on what you did with their advice): contacts/mlopez.md 15:0-15:0 "- 2026-11-18 updated\n""#,
                #"Record done: '- 2026-11-18 messaged' in contacts/mlopez.md (Get back in touch with Maria Lopez (Brightfield Foods)): contacts/mlopez.md 15:0-15:0 "- 2026-11-18 messaged\n""#,
            ])
        // On Dan's name in her note: what done would write in his.
        #expect(
            try Self.actions(server, maria, line: 4, character: 18) == [
                #"Record done: '- 2026-11-18 thanked' in contacts/dan-moore.md (Tell Dan Moore that you met Maria Lopez): contacts/dan-moore.md 11:0-11:0 "- 2026-11-18 thanked\n""#,
                #"Record done: '- 2026-11-18 messaged' in contacts/dan-moore.md (Get back in touch with Dan Moore (Brightfield Foods)): contacts/dan-moore.md 11:0-11:0 "- 2026-11-18 messaged\n""#,
            ])
        Self.open(server, folder, "interviews/2026-10-14-maria-lopez.md")
        let interview = Self.uri(folder, "interviews/2026-10-14-maria-lopez.md")
        let create = try Self.actions(server, interview, line: 9, character: 5)
        #expect(create.count == 1)
        #expect(
            create.first?.hasPrefix(
                #"Create contacts/sam-reyes.md for Sam Reyes: create contacts/sam-reyes.md; contacts/sam-reyes.md 0:0-0:0 "---\nname: Sam Reyes\n"#
            )
                == true)
    }

    @Test("code action: a note in People/ that reads like a contact gets the type line that makes it one")
    func typeLine() throws {
        let folder = try TemporaryFolder()
        let server = try Self.start(folder)
        let path = "People/priya-raman.md"
        let text = "---\nname: Priya Raman\norganization: Northwind\nadded: 2026-10-20\n---\n"
        let priya = Self.uri(folder, path)
        server.notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": priya, "languageId": "markdown", "version": 1, "text": text]])
        #expect(Self.summary(try server.diagnostics(priya, version: 1)) == ["2:0-2:23 2 untyped-note"])
        #expect(
            try Self.actions(server, priya, line: 2) == [
                #"Add 'type: contact': People/priya-raman.md 2:0-2:0 "type: contact\n""#
            ])
    }

    @Test("code action: **Referrals:** over a list becomes the heading ## Referrals")
    func headingLine() throws {
        let folder = try TemporaryFolder()
        let server = try Self.start(folder)
        let text = "---\ncontact: Ana Li\ndate: 2026-11-02\n---\n**Referrals:**\n- Zed Quill\n"
        let interview = Self.uri(folder, "interviews/2026-11-02-ana.md")
        server.notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": interview, "languageId": "markdown", "version": 1, "text": text]])
        #expect(try Self.summary(server.diagnostics(interview, version: 1)).contains("4:0-4:14 2 paragraph-heading"))
        #expect(
            try Self.actions(server, interview, line: 4) == [
                ###"Make it the heading '## Referrals': interviews/2026-11-02-ana.md 4:0-4:14 "## Referrals""###
            ])
    }

    @Test("symbols: sections and Log entries of a note; people and organizations of the vault")
    func symbols() throws {
        let folder = try TemporaryFolder()
        let server = try Self.start(folder)
        Self.open(server, folder, "contacts/mlopez.md")
        let maria = Self.uri(folder, "contacts/mlopez.md")
        let outline =
            try server.request("textDocument/documentSymbol", ["textDocument": ["uri": maria]]) as? [[String: Any]]
        #expect(outline?.map { "\($0["name"]!) \(Self.span($0["range"])!)" } == ["Log 11:0-13:44"])
        let entries = outline?.first?["children"] as? [[String: Any]]
        #expect(
            entries?.map { "\($0["name"]!) \(Self.span($0["range"])!)" } == [
                "2026-09-28 emailed: alumni directory 12:0-12:38",
                "2026-10-01 replied: video call on the 14th 13:0-13:44",
            ])
        let symbols = try server.request("workspace/symbol", ["query": ""]) as? [[String: Any]]
        #expect(
            symbols?.map { symbol in
                let location = symbol["location"] as! [String: Any]
                let file = (location["uri"] as! String).split(separator: "/").suffix(2).joined(separator: "/")
                return "\(symbol["name"]!) (\(symbol["containerName"] ?? "")) \(file) \(Self.span(location["range"])!)"
            } == [
                "Brightfield Foods () organizations/brightfield-foods.md 1:6-1:23",
                "Dan Moore (at Brightfield Foods) contacts/dan-moore.md 1:6-1:15",
                "Maria Lopez (Senior R&D Scientist at Brightfield Foods) contacts/mlopez.md 1:6-1:17",
                "Sam Reyes (no note yet) interviews/2026-10-14-maria-lopez.md 9:2-9:15",
            ])
        // By an alias too (Maria is also "Mari"), under her name.
        let byAlias = try server.request("workspace/symbol", ["query": "mar"]) as? [[String: Any]]
        #expect(byAlias?.map { $0["name"] as! String } == ["Maria Lopez"])
        let aliasOnly = try server.request("workspace/symbol", ["query": "mari"]) as? [[String: Any]]
        #expect(aliasOnly?.map { $0["name"] as! String } == ["Maria Lopez"])
    }

    @Test("the config's unsaved text is checked as it changes, and closing it without saving brings the file back")
    func unsavedConfig() throws {
        let folder = try TemporaryFolder()
        let server = try Self.start(folder)
        let config = Self.uri(folder, ".grapevine/config.yml")
        server.notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": config, "languageId": "yaml", "version": 1, "text": "owner: [Alex\n"]])
        let broken = try server.diagnostics(config)
        #expect(broken.map { $0["code"] as? String } == ["malformed-config"], "\(broken)")
        server.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": config, "version": 2],
                "contentChanges": [["text": "owner: Alex Kim\nownr: typo\n"]],
            ])
        let typo = try server.diagnostics(config)
        #expect(typo.map { $0["code"] as? String } == ["unknown-key"], "\(typo)")
        server.notify("textDocument/didClose", ["textDocument": ["uri": config]])
        #expect(try server.diagnostics(config).isEmpty)
    }

    @Test("rename: the file, its name and every reference, in one workspace edit; a name taken is refused")
    func rename() throws {
        let folder = try TemporaryFolder()
        let server = try Self.start(folder)
        Self.open(server, folder, "notes/ideas.md")
        let ideas = Self.uri(folder, "notes/ideas.md")
        let prepared = try server.request("textDocument/prepareRename", Self.position(ideas, 0, 8)) as? [String: Any]
        #expect(prepared?["placeholder"] as? String == "Maria Lopez")
        #expect(Self.span(prepared?["range"]) == "0:4-0:19")
        let edit = try server.request(
            "textDocument/rename", Self.position(ideas, 0, 8).merging(["newName": "María López"]) { $1 })
        #expect(
            Self.actions([["title": "rename", "edit": edit as Any]]) == [
                "rename: rename contacts/maria-lopez.md; contacts/maria-lopez.md 1:6-1:17 \"María López\"; "
                    + "interviews/2026-10-14-maria-lopez.md 1:9-1:26 \"\\\"[[María López]]\\\"\"; "
                    + "notes/ideas.md 0:6-0:17 \"María López\""
            ])
        let refused =
            try server.request(
                "textDocument/rename", Self.position(ideas, 0, 8).merging(["newName": "dan moore"]) { $1 })
            as? [String: Any]
        #expect(
            (refused?["error"] as? [String: Any])?["message"] as? String
                == "'dan moore' is already the name of contacts/dan-moore.md")
    }
}
