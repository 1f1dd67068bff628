import Testing

@testable import GrapevineCore

@Suite("LinkedIn profile addresses")
struct ProfileURLTests {
    @Test(
        "ways of writing one profile's address have one key",
        arguments: [
            "https://www.linkedin.com/in/jane-doe", "http://linkedin.com/in/jane-doe/",
            "HTTPS://WWW.LINKEDIN.COM/IN/JANE-DOE",
            "www.linkedin.com/in/jane-doe", "https://uk.linkedin.com/in/jane-doe?trk=people-guest",
            "linkedin.com/in/jane-doe#x",
            "https://www.linkedin.com/in/jane%2Ddoe//",
        ])
    func sameProfile(_ address: String) {
        #expect(ProfileURL.key(address) == "linkedin.com/in/jane-doe")
        #expect(ProfileURL.isLinkedIn(address))
    }

    @Test("accented addresses compare with their escapes; other profiles and sites differ")
    func others() {
        #expect(ProfileURL.key("https://www.linkedin.com/in/jos%C3%A9-n%C3%BA%C3%B1ez") == "linkedin.com/in/josé-núñez")
        #expect(
            ProfileURL.key("https://www.linkedin.com/in/jane-doe-2")
                != ProfileURL.key("https://linkedin.com/in/jane-doe"))
        #expect(!ProfileURL.isLinkedIn("https://brightfield.example"))
        #expect(!ProfileURL.isLinkedIn("https://www.linkedin.com/company/acme"))
        #expect(ProfileURL.isLinkedIn("http://www.linkedin.com/pub/jane-doe/1/2/3"))
    }
}
