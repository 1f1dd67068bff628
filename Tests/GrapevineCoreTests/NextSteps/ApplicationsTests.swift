import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// Nadia (at Brightline Bank) told you of two openings on 2026-11-09; `log` are her Log entries.
private func vault(
    log: [String], leads: String = "- [ ] Data Analyst, req 123 📅 2026-11-20\n- [ ] QA Chemist opening\n"
)
    -> [String: String]
{
    [
        "contacts/nadia.md": F.contact(
            "name: Nadia Rahman", "organization: Brightline Bank", "added: 2026-10-01",
            log: ["2026-10-20 emailed: intro", "2026-10-21 replied"] + log),
        "interviews/2026-11-09-nadia.md": F.interview("Nadia Rahman", "2026-11-09", body: "## Leads\n" + leads),
    ]
}

@Suite("applied Log entries and leads")
struct ApplicationsTests {
    @Test(
        "an applied entry's text names a lead when one holds every word of the other (fillers and the organization aside)",
        arguments: [
            ("Data Analyst", true), ("the Data Analyst role", true), ("data analyst, req 123, via their site", true),
            ("Analyst", true), ("analyst at Brightline Bank", true), ("Data Analyst posting at Brightline", true),
            ("Junior Data Analyst at Acme", false), ("Brightline Bank", false), ("", false), ("the role", false),
            ("Dáta ANALYST", true),
        ])
    func names(text: String, named: Bool) {
        #expect(
            Applications.names(text, lead: "Data Analyst, req 123 — ask Dan first", organizations: ["Brightline Bank"])
                == named)
    }

    @Test(
        "an applied entry that names exactly one open lead closes its apply step; others stay",
        arguments: [
            ("2026-11-12 applied: Data Analyst", ["QA Chemist opening"]),
            ("2026-11-12 applied: QA Chemist", ["Data Analyst, req 123"]),
            // Names both, or none, or says nothing: neither closes.
            ("2026-11-12 applied: opening", ["Data Analyst, req 123", "QA Chemist opening"]),
            ("2026-11-12 applied: Junior Developer", ["Data Analyst, req 123", "QA Chemist opening"]),
            ("2026-11-12 applied", ["Data Analyst, req 123", "QA Chemist opening"]),
            // Before the interview: not about its leads.
            ("2026-11-08 applied: Data Analyst", ["Data Analyst, req 123", "QA Chemist opening"]),
        ])
    func closesTheLead(entry: String, open: [String]) throws {
        let steps = try F.details(vault(log: [entry]), today: "2026-11-23", kind: .apply)
        #expect(Set(steps.map { ApplyRule.opening(String($0.title.dropFirst("Apply: ".count))) }) == Set(open))
        let unplaced = steps.filter { $0.details.contains { $0.hasPrefix("Your Log says you applied") } }
        #expect(
            unplaced.count == (open.count == 2 && !entry.hasPrefix("2026-11-08") ? 2 : 0), "\(steps.map(\.details))")
    }

    /// Hostile session 29: `applied: Data Analyst` named both `Data Analyst` and `Senior Data
    /// Analyst` and closed neither, and `log` said to "log again with its name as written
    /// there", which is what had been done. The one it says word for word is the one.
    @Test(
        "an applied entry that says one lead's name word for word closes it, though a longer name holds its words",
        arguments: [
            ("2026-11-12 applied: data analyst", ["Senior Data Analyst"]),
            ("2026-11-12 applied: Senior Data Analyst", ["Data Analyst"]),
            ("2026-11-12 applied: analyst", ["Data Analyst", "Senior Data Analyst"]),
        ])
    func closesTheLeadSaidWordForWord(entry: String, open: [String]) throws {
        let files = vault(log: [entry], leads: "- [ ] Data Analyst\n- [ ] Senior Data Analyst\n")
        let steps = try F.details(files, today: "2026-11-23", kind: .apply)
        #expect(Set(steps.map { String($0.title.dropFirst("Apply: ".count)) }) == Set(open))
        // The same of an organization's Openings.
        var withOpenings = files
        withOpenings["organizations/brightline.md"] =
            "---\nname: Brightline Bank\n---\n## Openings\n- [ ] Data Analyst\n- [ ] Senior Data Analyst\n"
        let vault = try TemporaryVault.load(withOpenings)
        let bank = try #require(vault.graph.noteIndex(of: try vault.node("Brightline Bank")))
        let applied = vault.openingsAppliedFor(ofOrganization: bank, today: LocalDate(valid: "2026-11-23"))
        #expect(applied.count == (open.count == 1 ? 1 : 0), "\(applied)")
        // What `log` says of the entry before it is written: the lead it names.
        let said = String(entry.dropFirst("2026-11-12 applied: ".count))
        let leads = vault.leads(
            applied: said, by: try vault.node("Nadia Rahman"), on: LocalDate(valid: "2026-11-12"),
            today: LocalDate(valid: "2026-11-23"))
        #expect(leads.named.count == (open.count == 1 ? 1 : 2))
    }

    @Test("a ticked lead is done as before, and an applied entry for the other closes it: nothing left")
    func tickedAndApplied() throws {
        let files = vault(
            log: ["2026-11-12 applied: QA Chemist opening"],
            leads: "- [x] Data Analyst, req 123\n- [ ] QA Chemist opening\n")
        #expect(try F.details(files, today: "2026-11-23", kind: .apply).isEmpty)
    }

    @Test("the update counts a lead applied for as acted on, and the thank-you no longer offers to apply for it")
    func updateAndThankYou() throws {
        let files = vault(log: ["2026-11-12 applied: Data Analyst"])
        let vault = try TemporaryVault.load(files)
        let index = try #require(vault.index(ofPath: "interviews/2026-11-09-nadia.md"))
        let done = try #require(
            FollowThrough(vault: vault, interviewNote: index, person: nil, today: LocalDate(valid: "2026-12-09")))
        #expect(done.leadsDone == ["Data Analyst, req 123"])
        #expect(done.leadsOpen == ["QA Chemist opening"])
        #expect(done.summary.contains("You acted on: Data Analyst, req 123."))
        // Without `thank_you`, the thank-you step asks for it, and names only the other opening.
        let thanks = try #require(try F.details(files, today: "2026-11-12", kind: .thankYou).only)
        #expect(thanks.details.contains("Say you would like to apply: QA Chemist opening."), "\(thanks.details)")
    }

    @Test("Vault.leads(applied:) says, before the entry is written, which open leads there are and which it names")
    func beforeWriting() throws {
        let vault = try TemporaryVault.load(vault(log: ["2026-11-12 applied: QA Chemist"]))
        let nadia = try #require(vault.index(ofPath: "contacts/nadia.md").map(Graph.node(ofNote:)))
        let today = LocalDate(valid: "2026-11-20")
        let (open, named) = vault.leads(applied: "Data Analyst", by: nadia, on: today, today: today)
        // The QA Chemist opening is closed by the entry already there.
        #expect(open.map(\.text) == ["Data Analyst, req 123"])
        #expect(named.map(\.line) == [6])
        #expect(
            vault.leads(applied: "Analyst", by: nadia, on: LocalDate(valid: "2026-11-08"), today: today).open.isEmpty)
    }
}
