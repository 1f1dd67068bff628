import Foundation
import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// `contact: "[[Nora Field]], [[Omar Haddad]]"`: several wikilinks in one YAML string are
/// several references, each at its own `[[`, for every command (they all read the fields
/// through `FieldReader.references`).
@Suite("Several wikilinks in one front matter string")
struct SeveralLinksInOneStringTests {
    static let people = [
        "contacts/nora.md": F.contact(
            "name: Nora Field", "organization: Acme Foods", "added: 2026-10-01",
            log: ["2026-10-02 emailed: intro", "2026-10-03 replied"]),
        "contacts/omar.md": F.contact(
            "name: Omar Haddad", "organization: Acme Foods", "added: 2026-10-01", log: ["2026-10-02 emailed: intro"]),
        "organizations/acme.md": "---\nname: Acme Foods\n---\n",
        "organizations/globex.md": "---\nname: Globex\n---\n",
    ]

    static func interview(_ contact: String) -> [String: String] {
        people.merging(["interviews/2026-10-10-nora.md": F.interview(contact, "2026-10-10")]) { $1 }
    }

    @Test("the interview of the report meets both: both are thanked, neither is followed up as if never met")
    func bothAreMet() throws {
        let files = Self.interview("\"[[Nora Field]], [[Omar Haddad]]\"")
        #expect(
            try F.steps(files, today: "2026-10-20", kind: .thankYou) == [
                "2026-10-11 Nora Field", "2026-10-11 Omar Haddad",
            ])
        #expect(try F.steps(files, today: "2026-10-20", kind: .followUp).isEmpty)
        let vault = try TemporaryVault.load(files)
        #expect(vault.diagnostics.filter { $0.severity != .info }.isEmpty, "\(vault.diagnostics.map(\.message))")
    }

    @Test(
        "every way of writing the links in one string reads each as one person, with no warning",
        arguments: [
            "\"[[Nora Field]], [[Omar Haddad]]\"", "\"[[Nora Field]],[[Omar Haddad]]\"",
            "\"[[Nora Field]] and [[Omar Haddad]]\"", "'[[Nora Field]] & [[Omar Haddad]]'",
            "\"[[Nora Field]]; [[Omar Haddad]]\"", "\"[[Nora Field]] [[Omar Haddad]]\"",
            "\"[[Nora Field|Nora]], [[omar|Omar]]\"", "[\"[[Nora Field]], [[Omar Haddad]]\"]",
            "\"[[contacts/nora]] / [[Omar Haddad#Log]]\"",
        ])
    func forms(contact: String) throws {
        let vault = try TemporaryVault.load(Self.interview(contact))
        let note = try #require(vault.notes.first { $0.path.hasPrefix("interviews/") })
        #expect(note.interview?.contacts.count == 2)
        let met = vault.graph.edges.filter { $0.kind == .met }.map { vault.graph.nodes[$0.to].name }.sorted()
        #expect(met == ["Nora Field", "Omar Haddad"])
        #expect(vault.diagnostics.filter { $0.severity != .info }.isEmpty, "\(vault.diagnostics.map(\.message))")
    }

    @Test("each link is at its own [[: a missing person is reported where they are written")
    func positions() throws {
        let vault = try TemporaryVault.load(Self.interview("\"[[Nora Field]], [[Zoë Quinn]]\""))
        let note = try #require(vault.notes.first { $0.path.hasPrefix("interviews/") })
        #expect(note.interview?.contacts.map(\.position) == [.init(line: 2, column: 11), .init(line: 2, column: 27)])
        let missing = try #require(vault.diagnostics(.missingNote).only)
        #expect(missing.located == "warning interviews/2026-10-10-nora.md:2:27")
        #expect(missing.message == "no note for 'Zoë Quinn' yet; they are a placeholder person")
    }

    @Test("a value over several lines has its links at the value's start")
    func foldedValue() throws {
        let vault = try TemporaryVault.load(Self.interview("\"[[Nora Field]],\n  [[Omar Haddad]]\""))
        let note = try #require(vault.notes.first { $0.path.hasPrefix("interviews/") })
        #expect(note.interview?.contacts.map(\.target) == ["Nora Field", "Omar Haddad"])
        #expect(note.interview?.contacts.map(\.position) == [.init(line: 2, column: 10), .init(line: 2, column: 10)])
    }

    @Test("words between the links besides separators: the people are read, and a warning says what is not")
    func otherWords() throws {
        let vault = try TemporaryVault.load(Self.interview("\"[[Nora Field]] (host), [[Omar Haddad]]\""))
        let note = try #require(vault.notes.first { $0.path.hasPrefix("interviews/") })
        #expect(note.interview?.contacts.map(\.target) == ["Nora Field", "Omar Haddad"])
        let warning = try #require(vault.diagnostics(.invalidValue).only)
        #expect(
            warning.message
                == "'[[Nora Field]] (host), [[Omar Haddad]]' in 'contact' is read as its 2 links; "
                + "'(host)' in it is not read")
        #expect(
            warning.hint
                == "write a list of the links, 'contact: [\"[[Nora Field]]\", \"[[Omar Haddad]]\"]', "
                + "and the rest in the body")
        #expect(warning.located == "warning interviews/2026-10-10-nora.md:2:10")
    }

    @Test("referred_by in one string: each person referred")
    func referredBy() throws {
        var files = Self.people
        files["contacts/pia.md"] = F.contact(
            "name: Pia Ro", "referred_by: \"[[Nora Field]], [[Omar Haddad]]\"", "added: 2026-10-12")
        let vault = try TemporaryVault.load(files)
        let pia = try vault.node("Pia Ro")
        let referrers = vault.graph.edges.filter { $0.kind == .referred && $0.to == pia }.map {
            vault.graph.nodes[$0.from].name
        }
        #expect(referrers.sorted() == ["Nora Field", "Omar Haddad"])
    }

    @Test("an organization, which takes one: the first is used, and the warning says which and how to write it")
    func oneOrganization() throws {
        var files = Self.people
        files["contacts/pia.md"] = F.contact("name: Pia Ro", "organization: \"[[Globex]], [[Acme Foods]]\"")
        let vault = try TemporaryVault.load(files)
        let warning = try #require(vault.diagnostics(.wrongType).only)
        #expect(
            warning.message
                == "a contact has one 'organization', and this one names 2; only the first, 'Globex', is used")
        #expect(
            warning.hint
                == "keep the one they work at now, 'organization: \"[[Globex]]\"', and write the others in the body")
        #expect(warning.located == "warning contacts/pia.md:3:15")
        let pia = try vault.node("Pia Ro")
        let works = vault.graph.edges.filter { $0.kind == .worksAt && $0.from == pia }.map {
            vault.graph.nodes[$0.to].name
        }
        #expect(works == ["Globex"])
    }

    @Test("one link, or a name with a comma, is one reference as before")
    func oneReference() throws {
        #expect(SeveralWikilinks("[[Acme, Inc.]]") == nil)
        #expect(SeveralWikilinks("Acme, Inc.") == nil)
        #expect(SeveralWikilinks("[[Nora Field]]") == nil)
        #expect(SeveralWikilinks("[[[Nora Field]]]") == nil)
        #expect(SeveralWikilinks("[[Nora]] [[Omar]]")?.links.map(\.target) == ["Nora", "Omar"])
    }
}

/// Merging or renaming a person named by one link of several in a string rewrites that link
/// alone, in the string's quoting.
@Suite("Rewriting one link of several in a string")
struct SeveralLinksRewriteTests {
    @Test(
        "a merge rewrites the link to B inside the string, and only it",
        arguments: [
            ("\"[[Nora Field]], [[O. Haddad]]\"", "\"[[Nora Field]], [[Omar Haddad]]\""),
            ("'[[O. Haddad|Omar]] and [[Nora Field]]'", "'[[Omar Haddad|Omar]] and [[Nora Field]]'"),
            ("[\"[[Nora Field]], [[O. Haddad]]\", Zed]", "[\"[[Nora Field]], [[Omar Haddad]]\", Zed]"),
        ])
    func merge(written: String, rewritten: String) throws {
        let folder = try TestFolder([
            "contacts/nora.md": "---\nname: Nora Field\n---\n",
            "contacts/omar.md": "---\nname: Omar Haddad\n---\n",
            "contacts/o-haddad.md": "---\nname: O. Haddad\n---\n",
            "interviews/i.md": "---\ncontact: \(written)\ndate: 2026-10-10\n---\n",
        ])
        let vault = VaultLoader.load(root: folder.root)
        let merge = try Merge(
            folding: try vault.node(atPath: "contacts/o-haddad.md"), into: try vault.node(atPath: "contacts/omar.md"),
            in: vault)
        let interview = try #require(merge.changes.first { $0.path == "interviews/i.md" })
        #expect(
            String(decoding: interview.contents, as: UTF8.self) == "---\ncontact: \(rewritten)\ndate: 2026-10-10\n---\n"
        )
    }

    @Test("a rename writes an apostrophe as the string's quotes need it")
    func renameWithQuotes() throws {
        let folder = try TestFolder([
            "contacts/omar.md": "---\nname: Omar Haddad\n---\n",
            "interviews/i.md":
                "---\ncontact: '[[Nora Field]], [[Omar Haddad]]'\nwith: x\ndate: 2026-10-10\n---\n",
            "interviews/j.md": "---\ncontact: \"[[Nora Field]], [[Omar Haddad]]\"\ndate: 2026-10-11\n---\n",
        ])
        let live = LiveVault(root: folder.root)
        let plan = try live.rename(inNote: "contacts/omar.md", at: 12, to: "Omar O'Haddad")
        var texts: [String: String] = [:]
        for path in ["interviews/i.md", "interviews/j.md"] {
            var bytes = Array(live.text(ofNote: path)!.utf8)
            for case .replace(path, let range, let text) in plan.edits {
                bytes.replaceSubrange(range, with: Array(text.utf8))
            }
            texts[path] = String(decoding: bytes, as: UTF8.self)
        }
        #expect(texts["interviews/i.md"]?.contains("contact: '[[Nora Field]], [[Omar O''Haddad]]'\n") == true)
        #expect(texts["interviews/j.md"]?.contains("contact: \"[[Nora Field]], [[Omar O'Haddad]]\"\n") == true)
    }
}
