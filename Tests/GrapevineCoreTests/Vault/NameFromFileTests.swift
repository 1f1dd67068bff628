import Testing

@testable import GrapevineCore

/// A note without `name:` is named after its file; a title heading that says another name is
/// a warning, since every list and step would use the file's.
@Suite("A name from the file, and a title that says another")
struct NameFromFileTests {
    @Test("a title heading with another name than the file's is a warning with the line to write")
    func titleSaysAnotherName() throws {
        let vault = try TemporaryVault.load([
            "contacts/dana.md": "# Dana Lee\n\nPM at Globex.\n\n## Log\n- 2026-10-02 emailed\n",
            "organizations/globex.md": "---\nindustry: food\n---\n# Globex Foods\n",
        ])
        #expect(
            vault.diagnostics(.nameFromFile).map { "\($0.located) \($0.message)" } == [
                "warning contacts/dana.md:1:1 this note is named 'Dana' after its file, but its title says 'Dana Lee'",
                "warning organizations/globex.md:4:1 this note is named 'Globex' after its file, but its title says "
                    + "'Globex Foods'",
            ])
        #expect(
            vault.diagnostics(.nameFromFile).first?.hint
                == "write 'name: Dana Lee' in its front matter, between '---' lines at the top")
        #expect(vault.note(atPath: "contacts/dana.md")?.name == "Dana", "the spec's name, as before")
    }

    @Test(
        "quiet: the same name, a name in the front matter, a section heading, several titles, text first, an interview",
        arguments: [
            ("contacts/dana-lee.md", "# Dana Lee\n"),
            ("contacts/dana-lee.md", "# dana  LEE\n"),
            ("contacts/dana.md", "---\nname: Dana Lee\n---\n# Dana L.\n"),
            ("contacts/dana.md", "# Log\n- 2026-10-02 emailed\n"),
            ("contacts/dana.md", "# Dana Lee\n\n# Notes\n"),
            ("contacts/dana.md", "Met at the fair.\n\n# Dana Lee\n"),
            ("interviews/2026-10-02-dana.md", "---\ncontact: Dana\ndate: 2026-10-02\n---\n# Coffee with Dana\n"),
        ])
    func quiet(path: String, text: String) throws {
        let vault = try TemporaryVault.load([path: text])
        #expect(vault.diagnostics(.nameFromFile).isEmpty, "\(text)")
    }
}
