import Foundation
import Testing

@testable import GrapevineLSP

@Suite("an edit re-checks the open notes it concerns")
struct RecheckTests {
    /// `referred_by: Thomas, Zelda` is the note whose alias is `Thomas, Zelda` as written, else
    /// Zelda Thomas (`ReferenceIndex.person`): Sam's note must be re-checked when that alias is
    /// written in another note, and when it is taken out, as `check` would read the vault then.
    @Test("an alias written family name first: an open note that names her so is re-checked as it comes and goes")
    func aliasFamilyNameFirst() throws {
        let plain = "---\nname: Z. Thomas\n---\n"
        let session = try VaultSession([
            ".grapevine/config.yml": "owner: Alex Kim\n", "contacts/z.md": plain,
            "contacts/sam.md": "---\nname: Sam Reyes\nreferred_by: Thomas, Zelda\nadded: 2026-11-01\n---\n",
        ])
        let (sam, zelda) = (session.uri("contacts/sam.md"), session.uri("contacts/z.md"))
        let missing = try #require(VaultSession.published(session.send("initialized", "{}"))[sam])
        #expect(missing > 0, "no note for Zelda Thomas yet")
        session.open("contacts/sam.md")
        session.open("contacts/z.md")
        func change(_ text: String, version: Int) -> [String: Int] {
            VaultSession.published(
                session.send(
                    "textDocument/didChange",
                    #"{"textDocument":{"uri":"\#(zelda)","version":\#(version)},"contentChanges":[{"text":\#(String(reflecting: text))}]}"#
                ))
        }
        #expect(change("---\nname: Z. Thomas\naliases: [\"Thomas, Zelda\"]\n---\n", version: 2)[sam] == missing - 1)
        #expect(change(plain, version: 3)[sam] == missing)
    }
}
