import Foundation
import Testing

@testable import GrapevineCore

/// `next` does not look for notes that may be one person (`DuplicateNotes`), warnings only
/// `check` shows: every other problem, and its steps, must be what a full look gives.
@Suite("next finds the problems it reports as check does")
struct NextProblemsTests {
    static let vaults = [Repository.brokenVault, Repository.specVault, Repository.pathVault, Repository.example]

    private static let duplicateCodes: Set<DiagnosticCode> = [.duplicateName, .duplicateEmail, .duplicateLinkedIn]

    private static func described(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.severity) \($0.file):\($0.line):\($0.column): \($0.message)" }
    }

    @Test("without duplicates: the same other problems, the same errors, the same steps", arguments: vaults)
    func sameProblems(root: String) throws {
        let all = VaultLoader.load(root: root)
        let forNext = VaultLoader.load(root: root, findingDuplicates: false)
        #expect(
            Self.described(forNext.diagnostics)
                == Self.described(all.diagnostics.filter { !Self.duplicateCodes.contains($0.code) }))
        #expect(forNext.filesWithErrors == all.filesWithErrors)
        let today = try #require(LocalDate("2026-11-18"))
        let steps = { (vault: Vault) in
            NextStepEngine(vault: vault, today: today).steps().map {
                "\($0.kind) \($0.title) \(String(describing: $0.due))"
            }
        }
        #expect(steps(forNext) == steps(all))
    }

    @Test("a sync tool's copy makes no step, and next ends by naming it and its original")
    func syncCopy() async throws {
        let folder = try TemporaryFolder()
        let ana = "---\nname: Ana Silva\nadded: 2026-10-23\n---\n## Log\n- 2026-10-26 emailed\n- 2026-10-28 replied\n"
        try folder.write([
            "contacts/Ana Silva.md": ana,
            "contacts/Ana Silva (Marisol's conflicted copy 2026-11-20).md": ana,
            "interviews/2026-11-17 Ana Silva.md":
                "---\ncontact: \"[[Ana Silva]]\"\ndate: 2026-11-17\nthank_you: true\n---\n",
        ])
        let next = await CommandRun(["next", "--vault", folder.path, "--today", "2026-12-07"])
        #expect(!next.output.contains("Schedule"), "\(next.output)")
        #expect(
            next.errors
                == "warning: 1 note is named as a copy a sync tool made of another, so it makes no steps of its own "
                + "and what only it says is not counted: contacts/Ana Silva (Marisol's conflicted copy 2026-11-20).md "
                + "(of contacts/Ana Silva.md); 'grapevine check' says how to fold it into the original.\n",
            "\(next.errors)")
    }

    @Test("duplicates are check's to point out; next still counts the files with errors")
    func duplicatesAndErrors() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\nadded: 2026-11-01\n---\n",
            "people/sam-reyes.md": "---\ntype: contact\nname: Sam Reyes\n---\n",
            "contacts/ann-lee.md": "---\nname: Ann Lee\nreferred_by: \"[[Sam Reyes]]\"\nadded: 2026-11-02\n---\n",
            "contacts/bo-li.md": "---\nname: Bo Li\nemail: bo@example.com\nadded: 2026-11-02\n---\n",
            "contacts/b-li.md": "---\nname: B. Li\nemail: bo@example.com\nadded: 2026-11-03\n---\n",
        ])
        let check = await CommandRun(["check", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(check.status == 1)
        #expect(check.output.contains("duplicate") || check.output.contains("same email"), "\(check.output)")
        let next = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(next.errors == "warning: 1 file has errors; run 'grapevine check' to see them.\n", "\(next.errors)")
    }
}
