import Foundation
import Testing

/// `grapevine graph`: each format, read back by what reads it (Graphviz for DOT, a JSON parser).
@Suite("grapevine graph")
struct GraphCommandTests {
    /// Graphviz's `dot`, if installed (CI installs Debian's `graphviz`, `.ci/run`).
    static let dot = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Whether to render with `dot`: when it is installed, and always on CI (`CI=true`), where
    /// `.ci/run` installs it, so that a missing Graphviz fails there rather than skips.
    static let rendersWithDot = dot != nil || ProcessInfo.processInfo.environment["CI"] == "true"

    static func run(_ options: [String], vault: String = Repository.pathVault) async -> CommandRun {
        await CommandRun(["graph"] + options + ["--vault", vault, "--today", "2026-11-18"])
    }

    /// Runs `dot -Tsvg` on `source`; its exit status, the SVG and what it said on standard error.
    static func render(_ source: String) throws -> (status: Int32, svg: String, errors: String) {
        let folder = try TemporaryFolder()
        let input = folder.path + "/graph.dot"
        let output = folder.path + "/graph.svg"
        let errors = folder.path + "/errors.txt"
        try source.write(toFile: input, atomically: false, encoding: .utf8)
        try Data().write(to: URL(fileURLWithPath: errors))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(dot, "Graphviz's dot is not installed"))
        process.arguments = ["-Tsvg", "-o", output, input]
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errors))
        try process.run()
        process.waitUntilExit()
        let svg = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        return (process.terminationStatus, svg, try String(contentsOfFile: errors, encoding: .utf8))
    }

    /// Text as it appears in SVG: `&`, `<`, `>` and `"` escaped.
    static func svgText(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    @Test(
        "DOT renders with Graphviz, every name as a label",
        .enabled(if: rendersWithDot, "Graphviz's dot is not installed (apt-get install graphviz); CI installs it"),
        arguments: [["--format", "dot"], ["--all"]])
    func dotRenders(options: [String]) async throws {
        for vault in [Repository.pathVault, Repository.example] {
            let run = await Self.run(options, vault: vault)
            #expect(run.status == 0)
            let rendered = try Self.render(run.output)
            #expect(rendered.status == 0, "\(rendered.errors)")
            #expect(rendered.errors.isEmpty, "\(rendered.errors)")
            #expect(rendered.svg.contains("<svg"))
            #expect(rendered.svg.contains(">Alex Kim</text>"))
        }
    }

    /// Names that mean something to DOT, Mermaid or HTML.
    static let hostileNames = [
        #"Ana "The Boss" Smith"#, "[Bracket] Person", "Zoë Ünïcode 日本 😀", "C# Dev; Lead (Ltd)",
        "<b>bold</b> & co | pipe", #"%%{init: {"theme":"dark"}}%% style: #fff;"#, "Lifestyle:#1; x",
        #"Back\slash\N"#, #"ends in a backslash\"#, "end", "o", "x",
    ]

    /// A vault of contacts named `hostileNames`, each working at "Org " and their name (which
    /// has no note) and referred by the one before.
    static func hostileVault() throws -> TemporaryFolder {
        func yaml(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        var files = [".grapevine/config.yml": "owner: Alex Kim\n"]
        for (index, name) in hostileNames.enumerated() {
            let referrer = index == 0 ? "" : "referred_by: contacts/p\(index - 1).md\n"
            files["contacts/p\(index).md"] =
                "---\nname: \(yaml(name))\norganization: \(yaml("Org " + name))\n\(referrer)---\n"
        }
        let folder = try TemporaryFolder()
        try folder.write(files)
        return folder
    }

    @Test(
        "DOT with names full of quotes, backslashes, brackets and Unicode renders each name as written",
        .enabled(if: rendersWithDot, "Graphviz's dot is not installed (apt-get install graphviz); CI installs it"))
    func dotRendersHostileNames() async throws {
        let folder = try Self.hostileVault()
        let run = await Self.run([], vault: folder.path)
        #expect(run.status == 0, "\(run.errors)")
        let rendered = try Self.render(run.output)
        #expect(rendered.status == 0, "\(rendered.errors)")
        for name in Self.hostileNames {
            // A final backslash is kept apart from the closing quote by a space.
            let shown = name.hasSuffix("\\") ? name + " " : name
            #expect(rendered.svg.contains(">\(Self.svgText(shown))</text>"), "\(name)")
            #expect(rendered.svg.contains(">\(Self.svgText("Org " + shown))</text>"), "Org \(name)")
        }
    }

    /// mermaid.min.js, for `script/mermaid-check`; Mermaid is not a Debian package, so this is
    /// set by hand (docs/path-and-graph.md).
    static let mermaidScript = ProcessInfo.processInfo.environment["GRAPEVINE_MERMAID_JS"].flatMap {
        $0.isEmpty ? nil : $0
    }

    @Test(
        "Mermaid draws every hostile name exactly as written",
        .enabled(if: mermaidScript != nil, "set GRAPEVINE_MERMAID_JS to a mermaid.min.js to draw with Mermaid"))
    func mermaidDrawsHostileNames() async throws {
        let vault = try Self.hostileVault()
        let run = await Self.run(["--format", "mermaid"], vault: vault.path)
        #expect(run.status == 0)
        let folder = try TemporaryFolder()
        let source = folder.path + "/graph.mmd"
        let output = folder.path + "/result.json"
        try run.output.write(toFile: source, atomically: false, encoding: .utf8)
        try Data().write(to: URL(fileURLWithPath: output))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", Repository.root.appendingPathComponent("script/mermaid-check").path,
            try #require(Self.mermaidScript),
            source,
        ]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        try process.run()
        process.waitUntilExit()
        let result = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        #expect(process.terminationStatus == 0, "\(result)")
        let labels = try #require(result["labels"] as? [String])
        // Every contact and organization, and you.
        #expect(labels.count == 2 * Self.hostileNames.count + 1)
        for name in Self.hostileNames {
            #expect(labels.contains(name), "\(name)")
            #expect(labels.contains("Org " + name), "Org \(name)")
        }
    }

    @Test("JSON parses back: every node once, every edge between two of them, with its file and line")
    func jsonParsesBack() async throws {
        for options in [["--format", "json"], ["--format", "json", "--all"]] {
            let run = await Self.run(options)
            #expect(run.status == 0)
            let graph = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
            let nodes = try #require(graph["nodes"] as? [[String: Any]])
            let edges = try #require(graph["edges"] as? [[String: Any]])
            let ids = nodes.compactMap { $0["id"] as? String }
            #expect(ids.count == nodes.count && Set(ids).count == ids.count)
            #expect(nodes.allSatisfy { $0["name"] is String && $0["kind"] is String })
            for edge in edges {
                #expect(ids.contains(edge["from"] as? String ?? ""), "\(edge)")
                #expect(ids.contains(edge["to"] as? String ?? ""), "\(edge)")
                #expect(edge["file"] is String && edge["line"] is Int, "\(edge)")
            }
            let kinds = Set(edges.compactMap { $0["kind"] as? String })
            #expect(
                kinds
                    == (options.contains("--all")
                        ? ["referred", "works-at", "met", "links-to", "found"] : ["referred", "works-at", "found"]))
        }
    }

    @Test("the path vault's referral graph, node by node and edge by edge")
    func pathVaultGraph() async throws {
        let run = await Self.run(["--format", "json"])
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let nodes = try #require(graph["nodes"] as? [[String: Any]])
        // You, 15 contacts, 2 organizations, and Priya Rao, who has no note.
        #expect(nodes.count == 19)
        #expect(nodes.first?["id"] as? String == "you")
        #expect(nodes.last?["id"] as? String == "person:priya rao")
        #expect(nodes.last?["kind"] as? String == "placeholder-person")
        let edges = try #require(graph["edges"] as? [[String: Any]])
        let referred = edges.filter { $0["kind"] as? String == "referred" }
        // EXPECTED.md's table: 15 referrals.
        #expect(referred.count == 15)
        let late = referred.filter { $0["afterReached"] as? Bool == true }
        #expect(late.map { $0["to"] as? String } == ["contacts/ivy-chen.md"])
        let found = edges.filter { $0["kind"] as? String == "found" }.compactMap { $0["to"] as? String }
        // Nobody referred them, or (Ivy) only after you had reached them.
        #expect(
            found == [
                "contacts/ava-stone.md", "contacts/ivy-chen.md", "contacts/jo-kim.md", "contacts/lou-grant.md",
                "contacts/ola-berg.md",
            ])
    }

    @Test("Mermaid declares every node once")
    func mermaid() async {
        let run = await Self.run(["--format", "mermaid"])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        #expect(lines.first == "flowchart LR")
        #expect(lines.filter { $0.contains("(\"") || $0.contains("[[\"") || $0.contains("([\"") }.count == 19)
        #expect(lines.contains("  ncontacts_2Fava_2Dstone_2Emd(\"Ava Stone\")"))
        #expect(lines.contains("  ncontacts_2Fben_2Dortiz_2Emd -.->|named later| ncontacts_2Fivy_2Dchen_2Emd"))
    }

    @Test("--out writes a new file and never replaces one")
    func out() async throws {
        let folder = try TemporaryFolder()
        let file = folder.path + "/referrals.dot"
        let first = await Self.run(["--out", file])
        #expect(first.status == 0)
        #expect(first.output.contains("Wrote 19 nodes"))
        let written = try String(contentsOfFile: file, encoding: .utf8)
        let printed = await Self.run([]).output
        #expect(written == printed)
        let second = await Self.run(["--out", file])
        #expect(second.status == 1)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == written)
    }

    @Test("an unknown format is bad usage")
    func badFormat() async {
        let run = await Self.run(["--format", "svg"])
        #expect(run.status == 2)
        #expect(run.errors.contains("dot"))
    }
}
