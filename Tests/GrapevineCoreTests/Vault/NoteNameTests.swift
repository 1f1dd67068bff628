import Testing

@testable import GrapevineCore

@Suite("Note names from file names")
struct NoteNameTests {
    @Test(arguments: [
        ("maria-lopez", "Maria Lopez"),
        ("sam_reyes", "Sam Reyes"),
        ("--acme--foods__inc-", "Acme Foods Inc"),
        ("2026-10-14-maria", "2026 10 14 Maria"),
        ("already Spaced  out", "Already Spaced Out"),
        ("r2-d2", "R2 D2"),
        ("josé-núñez", "José Núñez"),
        ("ñandú_ökologie", "Ñandú Ökologie"),
        ("", ""),
        ("-_-", ""),
    ])
    func deslugged(stem: String, name: String) {
        #expect(NoteReader.deslugged(stem) == name)
    }

    @Test(arguments: [
        ("contacts/maria-lopez.md", "maria-lopez"),
        ("contacts/Maria Lopez.MD", "Maria Lopez"),
        ("pitch.md", "pitch"),
        ("notes/readme", "readme"),
        ("notes/.md", ""),
    ])
    func stem(path: String, stem: String) {
        #expect(VaultPath.stem(of: path) == stem)
    }
}
