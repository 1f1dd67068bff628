import Testing

@testable import GrapevineCore

/// The folder Obsidian's Templates plugin (`.obsidian/templates.json`) or Templater (its
/// `data.json`) names holds templates, not notes: no meeting, person, error or step of its own.
@Suite("Obsidian's templates folder")
struct ObsidianTemplateFolderTests {
    static let interviewTemplate = """
        ---
        type: interview
        contact: 
        date: 
        thank_you: 
        ---
        ## Agenda
        - [ ] How did you get started?

        ## Next steps
        - [ ] Send thank-you
        """
    static let personTemplate = "---\ntype: contact\nname: \nadded: {{date}}\n---\n## Log\n- {{date}} \n"

    static func vault(settings: [String: String]) throws -> Vault {
        try TemporaryVault.load(
            settings.merging([
                "Templates/Interview.md": interviewTemplate, "Templates/Person.md": personTemplate,
                "People/Ana.md": "---\ntype: contact\nadded: 2026-12-01\n---\n",
            ]) { a, _ in a })
    }

    @Test(
        "the folder a plugin's settings name is not read",
        arguments: [
            [".obsidian/templates.json": #"{"folder":"Templates","dateFormat":"YYYY-MM-DD"}"#],
            [".obsidian/templates.json": #"{"folder":"/Templates/"}"#],
            [".obsidian/plugins/templater-obsidian/data.json": #"{"templates_folder":"Templates"}"#],
        ])
    func skipped(_ settings: [String: String]) throws {
        let vault = try Self.vault(settings: settings)
        #expect(vault.notes.map(\.path) == ["People/Ana.md"])
        #expect(vault.diagnostics.isEmpty)
        let steps = NextStepEngine(vault: vault, today: LocalDate(valid: "2026-12-07")).steps()
        #expect(steps.map(\.kind) == [.reachOut])
    }

    @Test("without such a setting, a Templates folder is read, and its errors say it may be a template")
    func readWithoutSetting() throws {
        let vault = try Self.vault(settings: [".obsidian/app.json": "{}"])
        #expect(vault.notes.map(\.path).contains("Templates/Interview.md"))
        #expect(vault.diagnostics(inFile: "Templates/Person.md").contains { $0.hint?.contains("ignore:") == true })
    }
}
