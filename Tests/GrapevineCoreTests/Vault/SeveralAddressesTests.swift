import Testing

@testable import GrapevineCore

/// Two email addresses in one `email:` field are one address to Grapevine, and no working one:
/// a warning says so.
@Suite("Several addresses in one email field")
struct SeveralAddressesTests {
    @Test(
        "two or more addresses, however separated, are warned with the one to keep",
        arguments: ["ana@acme.com, ana@gmail.com", "ana@acme.com; ana@gmail.com", "ana@acme.com ana@gmail.com"])
    func warned(email: String) throws {
        let vault = try TemporaryVault.load(["contacts/ana.md": "---\nname: Ana\nemail: \(email)\n---\n"])
        let warning = try #require(vault.diagnostics(.invalidValue).only)
        #expect(warning.located == "warning contacts/ana.md:3:8")
        #expect(warning.message == "'\(email)' is 2 addresses in one field")
        #expect(warning.hint == "keep one in 'email: ana@acme.com', and write the others in the note's body")
    }

    @Test("one address, with a name or a note beside it, is quiet", arguments: ["ana@acme.com", "Ana <ana@acme.com>"])
    func quiet(email: String) throws {
        let vault = try TemporaryVault.load(["contacts/ana.md": "---\nname: Ana\nemail: \"\(email)\"\n---\n"])
        #expect(vault.diagnostics(.invalidValue).isEmpty)
    }
}
