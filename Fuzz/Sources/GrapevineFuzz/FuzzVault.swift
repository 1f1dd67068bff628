@testable import GrapevineCore

/// The small vault in `Fuzz/vault/` that each fuzzed note joins, once as a contact, once as an
/// interview and once as an organization; then the input is the vault's config. Its notes refer to the fuzzed note (`[[Fuzz]]`,
/// `fuzz`, a referral, a meeting) so that the note gets edges, backlinks, steps and pages in
/// every role. `Tests/GrapevineCLITests/FuzzCorpusTests` runs the same vault through the commands.
enum FuzzVault {
    static let root: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Sources/GrapevineFuzz/FuzzVault.swift
        return parts.joined(separator: "/") + "/vault"
    }()
    static let today = LocalDate(year: 2026, month: 11, day: 18)!

    /// Where the fuzzed note is put, one vault each.
    static let roles = ["contacts/fuzz.md", "interviews/2026-11-16-fuzz.md", "organizations/fuzz.md"]
}
