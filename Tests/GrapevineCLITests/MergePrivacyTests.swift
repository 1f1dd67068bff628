import Foundation
import TestSupport
import Testing

/// `merge` followed by `site --public`: what the folded note kept out of a public site stays
/// out once it is part of another note. Each secret holds a marker `ZQX` + two digits, which
/// no escaping changes.
@Suite("merge keeps private things off a public site")
struct MergePrivacyTests {
    static let today = ["--today", "2026-12-07"]

    /// Every file of a public build of the vault at `vault`, the marker file left aside.
    private static func publicSite(of vault: String) async throws -> [String: String] {
        let out = vault + "/../public-site"
        let run = await CommandRun(["site", "--vault", vault, "--out", out, "--public"] + today)
        #expect(run.status == 0, "\(run.errors)")
        return try SiteHTML.read(out)
    }

    @Test("B's contact details that differ from A's go into A's front matter, not into A's published body")
    func differingDetailsStayPrivate() async throws {
        let folder = try TemporaryFolder()
        let vault = folder.path + "/vault"
        try folder.write([
            "vault/.grapevine/config.yml": "owner: Alex Kim\n",
            "vault/contacts/ben-okafor.md":
                "---\nname: Ben Okafor\ntitle: Manager\nemail: ben@public.example\nlocation: Millbrook\n---\n"
                + "Met at the meetup.\n",
            "vault/contacts/hannah-brooks.md":
                "---\nname: Hannah Brooks\ntitle: Professor PUBLICTITLE\nemail: zqx61@leak.example\n"
                + "phone: 555 0199 # ZQX64 her mobile\nlocation: ZQX62 street\nremind: \"2026-12-01 call about ZQX63\"\n"
                + "---\nTaught my elective PUBLICBODY.\n",
            "vault/notes/plan.md": "Write to zqx61@leak.example about the course.\n",
        ])
        let merge = await CommandRun(["merge", "--vault", vault, "Ben Okafor", "Hannah Brooks"] + Self.today)
        #expect(merge.status == 0, "\(merge.errors)")
        #expect(merge.output.contains("'merged_from_hannah_brooks' in the front matter"), "\(merge.output)")
        // Nothing Hannah's note held is lost: it is in Ben's, under a key of its own.
        let merged = try String(contentsOfFile: vault + "/contacts/ben-okafor.md", encoding: .utf8)
        for secret in ["zqx61@leak.example", "ZQX62", "ZQX63", "ZQX64", "PUBLICTITLE", "PUBLICBODY"] {
            #expect(merged.contains(secret), "\(secret) was lost: \(merged)")
        }
        #expect(merged.contains("\nmerged_from_hannah_brooks:\n  email: zqx61@leak.example\n"), "\(merged)")
        let check = await CommandRun(["check", "--vault", vault] + Self.today)
        #expect(!check.output.contains("error"), "\(check.output)")

        let site = try await Self.publicSite(of: vault)
        for (file, text) in site {
            #expect(!text.lowercased().contains("zqx"), "\(file) publishes a private value: \(text)")
        }
        // What a public site shows of Hannah's note still goes under the heading, on Ben's page.
        let ben = try #require(site["contacts/ben-okafor.html"])
        #expect(ben.contains("PUBLICTITLE") && ben.contains("PUBLICBODY"), "\(ben)")
    }

    @Test("A private note is not folded into one that stays public")
    func privateNoteIntoPublicOne() async throws {
        let folder = try TemporaryFolder()
        let vault = folder.path + "/vault"
        let ben = "---\nname: Ben Okafor\nprivate: false\n---\nMet at the meetup.\n"
        let keiko = "---\nname: Keiko Tanaka\nprivate: true\n---\nShe speaks frankly about ZQX71.\n"
        try folder.write([
            "vault/.grapevine/config.yml": "owner: Alex Kim\n",
            "vault/contacts/ben-okafor.md": ben,
            "vault/contacts/keiko-tanaka.md": keiko,
        ])
        let refused = await CommandRun(["merge", "--vault", vault, "Ben Okafor", "Keiko Tanaka"] + Self.today)
        #expect(refused.status != 0)
        #expect(refused.errors.contains("contacts/keiko-tanaka.md is private"), "\(refused.errors)")
        #expect(refused.errors.contains("grapevine merge \"Keiko Tanaka\" \"Ben Okafor\""), "\(refused.errors)")
        #expect(try String(contentsOfFile: vault + "/contacts/ben-okafor.md", encoding: .utf8) == ben)
        #expect(try String(contentsOfFile: vault + "/contacts/keiko-tanaka.md", encoding: .utf8) == keiko)

        // The other way round, the merged note is private, and the site leaves it out.
        let merge = await CommandRun(["merge", "--vault", vault, "Keiko Tanaka", "Ben Okafor"] + Self.today)
        #expect(merge.status == 0, "\(merge.errors)")
        for (file, text) in try await Self.publicSite(of: vault) {
            #expect(!text.contains("ZQX71"), "\(file) publishes the private note: \(text)")
        }
    }
}
