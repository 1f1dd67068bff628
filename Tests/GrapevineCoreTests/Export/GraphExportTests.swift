import Foundation
import Testing

@testable import GrapevineCore

/// `grapevine graph`: what is exported, the ids, and each format's escaping.
@Suite("Graph export")
struct GraphExportTests {
    /// Names that mean something to DOT or Mermaid, as they appear after YAML.
    static let hostileNames = [
        #"Ana "The Boss" Smith"#, "[Bracket] Person", "Zoë Ünïcode 日本 😀", "C# Dev; Lead (Ltd)",
        "<b>bold</b> & co | pipe", #"%%{init: {"theme":"dark"}}%% style: #fff;"#, #"Back\slash\N\"#, "end",
        "Tab\there",
    ]

    static func yamlString(_ text: String) -> String {
        "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\t", with: "\\t") + "\""
    }

    /// One contact per hostile name, each referring the next; the first works at an
    /// organization with no note, named like the last.
    static var hostileVault: [String: String] {
        var files = [".grapevine/config.yml": "owner: Alex Kim\n"]
        for (index, name) in hostileNames.enumerated() {
            var fields = "name: \(yamlString(name))\n"
            if index > 0 { fields += "referred_by: \(yamlString("contacts/p\(index - 1).md"))\n" }
            if index == 0 { fields += "organization: \(yamlString("Org " + hostileNames.last!))\n" }
            files["contacts/p\(index).md"] = "---\n\(fields)---\n"
        }
        return files
    }

    static let files: [String: String] = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "organizations/acme.md": "---\nname: Acme Foods\n---\n",
        "contacts/ava.md":
            "---\nname: Ava Stone\norganization: \"[[Acme Foods]]\"\nsource: alumni\nadded: 2026-09-01\n---\n## Log\n- 2026-09-02 emailed\n",
        "contacts/ben.md": "---\nname: Ben Ortiz\norganization: Harbor Labs\n---\n",
        "interviews/2026-09-10-ben.md": """
        ---
        contact: "[[Ben Ortiz]]"
        date: 2026-09-10
        ---
        ## Referrals
        - [[Ava Stone]]
        - Priya Rao
        """,
        "notes/ideas.md": "See [[Ben Ortiz]].\n",
    ]

    @Test func idsArePathsOrFoldedPlaceholderNames() throws {
        let export = GraphExport(vault: try TemporaryVault.load(Self.files))
        #expect(
            export.nodes.map(\.id) == [
                "you", "contacts/ava.md", "contacts/ben.md", "organizations/acme.md", "organization:harbor labs",
                "person:priya rao",
            ])
        #expect(
            export.nodes.map(\.kind.rawValue) == [
                "owner", "contact", "contact", "organization", "placeholder-organization", "placeholder-person",
            ])
        #expect(
            export.nodes.map(\.file) == [nil, "contacts/ava.md", "contacts/ben.md", "organizations/acme.md", nil, nil])
    }

    @Test("the referral graph: referred and works-at edges, and a found edge to each person nobody referred")
    func referralGraph() throws {
        let export = GraphExport(vault: try TemporaryVault.load(Self.files))
        let edges = export.edges.map { "\($0.from) \($0.kind.rawValue) \($0.to) \($0.file ?? "-"):\($0.line ?? 0)" }
        #expect(
            edges == [
                "contacts/ava.md works-at organizations/acme.md contacts/ava.md:3",
                "contacts/ben.md referred contacts/ava.md interviews/2026-09-10-ben.md:6",
                "contacts/ben.md works-at organization:harbor labs contacts/ben.md:3",
                "contacts/ben.md referred person:priya rao interviews/2026-09-10-ben.md:7",
                "you found contacts/ava.md contacts/ava.md:4",
                "you found contacts/ben.md contacts/ben.md:1",
            ])
        // Ava was written to on 09-02, before Ben named her on 09-10 (SPEC §2.5).
        #expect(export.edges[1].afterReached == true)
        #expect(export.edges[1].date == LocalDate(valid: "2026-09-10"))
        #expect(export.edges[3].afterReached == false)
        #expect(export.edges[2].afterReached == nil)
    }

    @Test("--all: every note and every kind of edge")
    func everything() throws {
        let export = GraphExport(vault: try TemporaryVault.load(Self.files), everything: true)
        #expect(export.nodes.contains { $0.id == "interviews/2026-09-10-ben.md" && $0.kind == .interview })
        #expect(export.nodes.contains { $0.id == "notes/ideas.md" && $0.kind == .note })
        #expect(Set(export.edges.map(\.kind.rawValue)) == ["referred", "works-at", "met", "links-to", "found"])
        #expect(
            export.edges.contains { $0.from == "notes/ideas.md" && $0.to == "contacts/ben.md" && $0.kind == .linksTo })
    }

    @Test("ids do not move when notes are added or removed")
    func stableIDs() throws {
        var more = Self.files
        more["contacts/aaron.md"] = "---\nname: Aaron Abbott\nreferred_by: Zed Zimmer\n---\n"
        more["notes/ideas.md"] = nil
        let before = GraphExport(vault: try TemporaryVault.load(Self.files), everything: true)
        let after = GraphExport(vault: try TemporaryVault.load(more), everything: true)
        let names = Dictionary(uniqueKeysWithValues: after.nodes.map { ($0.id, $0.name) })
        for node in before.nodes where node.id != "notes/ideas.md" {
            #expect(names[node.id] == node.name, "\(node.id)")
        }
        #expect(names["person:zed zimmer"] == "Zed Zimmer")
    }

    // MARK: DOT

    @Test(arguments: [
        ("Maria Lopez", #""Maria Lopez""#),
        (#"Ana "The Boss" Smith"#, #""Ana \"The Boss\" Smith""#),
        (#"C:\temp\N"#, #""C:\\temp\\N""#),
        ("Two\nlines", #""Two\nlines""#),
        ("Tab\tand\u{7}bell", #""Tab and bell""#),
        (#"ends with \"#, #""ends with \\ ""#),
        ("José 日本 #;[]{}<>&|", #""José 日本 #;[]{}<>&|""#),
    ])
    func dotStrings(text: String, expected: String) {
        #expect(GraphExport.dotString(text) == expected)
    }

    @Test func dotHasEveryNodeOnceAndEveryEdge() throws {
        let export = GraphExport(vault: try TemporaryVault.load(Self.hostileVault))
        let dot = export.dot
        #expect(dot.hasPrefix("digraph grapevine {\n"))
        #expect(dot.hasSuffix("}\n"))
        for node in export.nodes {
            #expect(
                dot.components(separatedBy: "\n  \(GraphExport.dotString(node.id)) [label=").count == 2, "\(node.id)")
        }
        #expect(dot.components(separatedBy: " -> ").count - 1 == export.edges.count)
    }

    // MARK: Mermaid

    /// A Mermaid label read back: `#123;` codes turned into their characters, quotes removed.
    static func decodedMermaidLabel(_ label: String) -> String {
        let inner = label.dropFirst().dropLast()
        var result = ""
        var rest = Substring(inner)
        while let hash = rest.firstIndex(of: "#") {
            result += rest[..<hash]
            let end = rest[hash...].firstIndex(of: ";")!
            result.unicodeScalars.append(Unicode.Scalar(UInt32(rest[rest.index(after: hash)..<end])!)!)
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    @Test("labels escape what Mermaid reads, and read back as the name", arguments: hostileNames + ["Maria Lopez"])
    func mermaidLabels(name: String) {
        let label = GraphExport.mermaidLabel(name)
        #expect(label.first == "\"" && label.last == "\"")
        let inner = label.dropFirst().dropLast().replacing(/#[0-9]+;/, with: "")
        for character in #""&<>:;|[](){}%`\"# {
            #expect(!inner.contains(character), "\(character) in \(label)")
        }
        #expect(!inner.contains(where: { $0.isNewline || $0 == "\t" }))
        #expect(Self.decodedMermaidLabel(label) == name)
    }

    @Test func mermaidLabelsKeepWhatNeedsNoEscaping() {
        #expect(GraphExport.mermaidLabel("Mary O'Brien") == #""Mary O'Brien""#)
        #expect(GraphExport.mermaidLabel("José Núñez, Ph.D.") == #""José Núñez, Ph.D.""#)
        #expect(GraphExport.mermaidLabel(#"Say "hi" #1; ok"#) == #""Say #34;hi#34; #35;1#59; ok""#)
    }

    @Test func mermaidIDsAreDistinctLettersDigitsAndUnderscores() throws {
        let export = GraphExport(vault: try TemporaryVault.load(Self.hostileVault), everything: true)
        let ids =
            export.nodes.map { GraphExport.mermaidID($0.id) }
            + ["a-b", "a_b", "a/b", "a_2Db"].map(GraphExport.mermaidID)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.hasPrefix("n"))
            #expect(id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }, "\(id)")
        }
        #expect(GraphExport.mermaidID("contacts/sam-reyes.md") == "ncontacts_2Fsam_2Dreyes_2Emd")
        #expect(GraphExport.mermaidID("person:josé") == "nperson_3Ajos_C3_A9")
    }

    @Test("Mermaid names every node once, with its label, and edges by id only")
    func mermaidNamesEveryNodeOnce() throws {
        let export = GraphExport(vault: try TemporaryVault.load(Self.hostileVault), everything: true)
        let lines = export.mermaid.split(separator: "\n").map(String.init)
        #expect(lines.first == "flowchart LR")
        for node in export.nodes {
            let id = GraphExport.mermaidID(node.id)
            let declarations = lines.filter { $0.hasPrefix("  \(id)(") || $0.hasPrefix("  \(id)[") }
            #expect(declarations.count == 1, "\(node.id)")
            #expect(declarations.first?.contains(GraphExport.mermaidLabel(node.name)) == true)
        }
        let edgeLines = lines.filter { $0.contains("-->") || $0.contains("-.->") }
        #expect(edgeLines.count == export.edges.count)
        #expect(edgeLines.allSatisfy { !$0.contains("\"") })
        #expect(lines.last?.hasSuffix(" placeholder") == true)
    }
}
