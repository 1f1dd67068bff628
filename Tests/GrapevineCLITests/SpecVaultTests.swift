import Foundation
import Testing

/// `next` on `Fixtures/spec-vault`, a vault written by hand from SPEC.md alone (§2, §3, §6) with
/// one non-default cadence (`follow_up_business_days: 5`). The expected steps were worked out by
/// hand before the engine ran on it; `Fixtures/spec-vault/EXPECTED.md` gives the rule and the
/// arithmetic for each one, and what must not appear.
@Suite("grapevine next on the hand-written spec vault")
struct SpecVaultTests {
    /// A Wednesday.
    static let today = "2026-12-02"

    static func json(_ arguments: String..., vault: String = Repository.specVault) async throws -> [[String: Any]] {
        let run = await CommandRun(["next", "--vault", vault, "--today", today, "--json"] + arguments)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
    }

    /// "kind due who file", with `-` for null; who is the contact, else the organization.
    static func summary(_ step: [String: Any]) -> String {
        let due = step["due"] as? String ?? "-"
        let who = step["contact"] as? String ?? step["organization"] as? String ?? "-"
        return "\(step["kind"] as? String ?? "?") \(due) \(who) \(step["file"] as? String ?? "?")"
    }

    static let theo = "interviews/2026-11-16-theo-grant.md"
    static let maya = "interviews/2026-12-01-maya-singh.md"
    static let group = "interviews/2026-11-27-kofi-mensah-and-sara-lindqvist.md"

    /// EXPECTED.md, rows 1–36.
    static let expected = [
        "thank-you 2026-11-28 Sara Lindqvist \(group)",
        "send-resume 2026-12-02 Maya Singh \(maya)",
        "apply 2026-11-17 Theo Grant \(theo)",
        "apply 2026-11-17 Theo Grant \(theo)",
        "update 2026-12-31 Maya Singh \(maya)",
        "update 2026-12-27 Kofi Mensah \(group)",
        "update 2026-12-27 Sara Lindqvist \(group)",
        "thank-referrer 2026-12-08 Sara Lindqvist \(maya)",
        "thank-referrer 2026-12-04 Maya Singh \(group)",
        "contact-referral 2026-11-19 Rafael Ortiz \(theo)",
        "contact-referral 2026-11-19 Lucia Bianchi \(theo)",
        "contact-referral 2026-11-19 Camille Roux \(theo)",
        "contact-referral 2026-12-01 Felix Wong contacts/felix-wong.md",
        "contact-referral - Greta Holm contacts/greta-holm.md",
        "reach-out 2026-11-30 Ines Costa contacts/ines-costa.md",
        "try-another 2026-12-02 Zoë Adler contacts/z-adler.md",
        "follow-up 2026-12-04 Zoë Adler contacts/z-adler.md",
        "move-on 2026-11-18 Omar Haddad contacts/omar-haddad.md",
        "schedule 2026-11-19 Per Lund contacts/per-lund.md",
        "schedule 2026-11-22 Lena Fischer contacts/lena-fischer.md",
        "interview 2026-12-07 Bea Okoro interviews/2026-12-07-bea-okoro.md",
        "prepare 2026-12-06 Bea Okoro interviews/2026-12-07-bea-okoro.md",
        "stay-in-touch 2027-03-01 Theo Grant contacts/theo-grant.md",
        "stay-in-touch 2027-03-01 Maya Singh contacts/maya-singh.md",
        "stay-in-touch 2027-02-26 Kofi Mensah contacts/kofi-mensah.md",
        "stay-in-touch 2027-02-25 Sara Lindqvist contacts/sara-lindqvist.md",
        "find-contacts - Quill Press organizations/quill-press.md",
        "task 2026-11-20 Theo Grant \(theo)",
        "task - Theo Grant \(theo)",
        "task 2026-12-05 - notes/ideas.md",
        "task - - notes/ideas.md",
        "task 2026-12-10 Hugo Brandt contacts/hugo-brandt.md",
        "reminder 2026-12-10 Theo Grant contacts/theo-grant.md",
        "reminder 2026-11-30 Orchard Analytics organizations/orchard-analytics.md",
        "reminder 2026-12-03 Zoë Adler contacts/z-adler.md",
        "reminder 2026-12-14 Zoë Adler contacts/z-adler.md",
    ]

    @Test("--all lists exactly the steps worked out by hand from SPEC §3")
    func everyStep() async throws {
        let steps = try await Self.json("--all")
        // The order of steps due the same day is not in the spec: compare as multisets.
        #expect(steps.map(Self.summary).sorted() == Self.expected.sorted())
    }

    @Test("overdue first, then by due date, undated last; overdue means due before today")
    func order() async throws {
        let steps = try await Self.json("--all")
        let dues = steps.map { $0["due"] as? String }
        let dated = dues.prefix { $0 != nil }.map { $0! }
        #expect(dated == dated.sorted())
        #expect(dues.dropFirst(dated.count).allSatisfy { $0 == nil })
        #expect(dues.filter { $0 == nil }.count == 4)
        for step in steps {
            let due = step["due"] as? String
            #expect(step["overdue"] as? Bool == (due.map { $0 < Self.today } ?? false), "\(Self.summary(step))")
        }
        #expect(steps.filter { $0["overdue"] as? Bool == true }.count == 13)
    }

    @Test("without --all: overdue, today, the next 7 days (to 2026-12-09), then undated")
    func defaultWindow() async throws {
        let all = try await Self.json("--all").map(Self.summary)
        let window = try await Self.json().map(Self.summary)
        let inWindow = Self.expected.filter { line in
            let due = line.split(separator: " ")[1]
            return due == "-" || due <= "2026-12-09"
        }
        #expect(window.sorted() == inWindow.sorted())
        #expect(window.count == 26)
        #expect(all.count == 36)
    }

    @Test(
        "prepare: an interview exactly prepare_days ahead is within the window, one day more is not",
        arguments: [
            ("2026-12-09", ["prepare 2026-12-08 Bea Okoro interviews/2026-12-07-bea-okoro.md"]), ("2026-12-10", []),
        ]
    )
    func prepareWindow(date: String, expected: [String]) async throws {
        let folder = try TemporaryFolder()
        let vault = folder.path + "/vault"
        try FileManager.default.copyItem(atPath: Repository.specVault, toPath: vault)
        let interview = vault + "/interviews/2026-12-07-bea-okoro.md"
        let text = try String(contentsOfFile: interview, encoding: .utf8)
        try text.replacingOccurrences(of: "date: 2026-12-07 10:00", with: "date: \(date)")
            .write(toFile: interview, atomically: false, encoding: .utf8)
        let prepare = try await Self.json("--all", "--kind", "prepare", vault: vault).map(Self.summary)
        #expect(prepare == expected)
    }

    @Test("your network is not your pipeline: no reach-out to Nora Quist (no added); find-contacts names her")
    func network() async throws {
        let steps = try await Self.json("--all")
        #expect(!steps.contains { $0["contact"] as? String == "Nora Quist" })
        let quill = try #require(steps.first { $0["kind"] as? String == "find-contacts" })
        #expect((quill["detail"] as? String)?.contains("You know Nora Quist there") == true, "\(quill)")
    }

    @Test("check finds no errors in the spec vault (only the three names with no note yet)")
    func check() async {
        let run = await CommandRun(["check", "--vault", Repository.specVault])
        #expect(run.status == 0)
        #expect(!run.output.contains("error:"))
        #expect(run.output.contains("3 warnings in 1 file (26 notes checked)."))
    }
}
