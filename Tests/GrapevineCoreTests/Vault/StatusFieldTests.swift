import Testing

@testable import GrapevineCore

@Suite("A CRM's status field on a contact, which Grapevine does not read")
struct StatusFieldTests {
    private func warnings(_ frontMatter: String) throws -> [String] {
        let vault = try TemporaryVault.load([
            "contacts/sue.md": "---\nname: Sue Kerr\n" + frontMatter + "---\n## Log\n- 2026-10-01 messaged\n"
        ])
        return vault.diagnostics.map { "\($0.line):\($0.column) \($0.code.rawValue) \($0.message) | \($0.hint ?? "")" }
    }

    @Test(
        "a status that says stop is a warning that the steps go on, with the Log entry that stops one",
        arguments: ["status: paused", "status: On Hold", "archived: true", "inactive: yes", "status: do not contact"])
    func stopping(_ line: String) throws {
        let found = try warnings(line + "\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("3:") == true)
        #expect(found.first?.contains("unknown-key") == true)
        #expect(found.first?.contains("is not read, so the steps about Sue Kerr go on") == true)
        #expect(found.first?.contains("'- YYYY-MM-DD skipped follow-up: ") == true)
    }

    @Test(
        "other statuses and other values are custom fields, quiet",
        arguments: ["status: warm lead", "status: active", "archived: false", "inactive: no"])
    func quiet(_ line: String) throws {
        #expect(try warnings(line + "\n").isEmpty)
    }
}
