import Testing

@testable import GrapevineCore

/// The values of `private_fields` a public site hides wherever they are written.
@Suite("site --public: private values as written")
struct PrivateValuesTests {
    static let values = PrivateValues(values: [
        "+1 555 0142", "pat@public.example", "BANDPAT9", "Stealth project", "yes", "2026-10-05", "ab",
    ])

    @Test(
        "a value is hidden where it is written, in any case; a phone number however its digits are grouped",
        arguments: [
            ("call +1 555 0142 today", "call (private) today"),
            ("or 555-0142.", "or (private)."),
            ("(555) 0142 or 1-555-0142", "(private) or (private)"),
            ("Mail PAT@Public.Example, please", "Mail (private), please"),
            ("<mailto:pat@public.example>", "<mailto:(private)>"),
            ("band bandpat9; the STEALTH PROJECT", "band (private); the (private)"),
            // In a URL, percent-encoded as a link's address or query has it.
            ("https://x.example/?to=pat%40public.example&a=1", "https://x.example/?to=(private)&a=1"),
            ("https://x.example/Stealth%20project", "https://x.example/(private)"),
        ])
    func hidden(text: String, shown: String) {
        #expect(Self.values.hiding(in: text) == shown)
    }

    @Test(
        "a value inside a longer word or number, and a value too plain to hide, stays",
        arguments: [
            "pat@public.examples and xpat@public.example", "BANDPAT99", "order 5550142 7", "555 01423",
            "yes, of course", "on 2026-10-05", "ab cd", "Stealth projects",
        ])
    func kept(text: String) {
        #expect(Self.values.hiding(in: text) == text)
    }

    @Test(
        "the values of a private field are read under its key written any way, at any depth",
        arguments: [
            ("email", "E-Mail"), ("email", "work_email"), ("email", "email2"), ("email", "emails"),
            ("phone", "phone_numbers"),
            ("phone", "mobile"), ("salarybandx", "Salary Band X"),
        ])
    func keys(field: String, key: String) {
        #expect(PrivateValues.field(meantBy: key, among: [field]) == field)
    }

    @Test(
        "a key that only holds a private field's letters is no such key",
        arguments: ["page", "stage", "title", "mailbox"])
    func otherKeys(key: String) {
        #expect(PrivateValues.field(meantBy: key, among: ["age", "email"]) == nil)
    }
}
