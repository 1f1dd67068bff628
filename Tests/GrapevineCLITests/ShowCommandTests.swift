import Foundation
import Testing

@Suite("grapevine show")
struct ShowCommandTests {
    @Test(
        "prints the dossier of a contact and of an organization",
        arguments: [("Maria Lopez", "show-maria-lopez.txt"), ("Brightfield Foods", "show-brightfield-foods.txt")])
    func dossier(name: String, expectedFile: String) throws {
        let run = CommandRun(["show", name, "--vault", Repository.example, "--today", "2026-11-18"])
        #expect(run.status == 0)
        #expect(run.output == (try Repository.expectedOutput(expectedFile)))
    }

    @Test(
        "finds a contact by file name, alias, case and decomposed Unicode",
        arguments: [
            "maria-lopez", "contacts/maria-lopez.md", "MARIA LOPEZ", "Samantha Reyes",
            "Jose\u{301} Nu\u{303}n\u{303}ez",
        ])
    func lookup(name: String) {
        let run = CommandRun(["show", name, "--vault", Repository.example, "--today", "2026-11-18"])
        #expect(run.status == 0)
        #expect(run.output.contains("Referral chain"))
    }

    @Test("--json has the card, status, chain, leads, log and backlinks")
    func json() throws {
        let run = CommandRun(["show", "Sam Reyes", "--json", "--vault", Repository.example, "--today", "2026-11-18"])
        #expect(run.status == 0)
        let dossier = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(dossier["name"] as? String == "Sam Reyes")
        #expect(dossier["kind"] as? String == "contact")
        #expect(dossier["statusCode"] as? String == "met")
        let chain = try #require(dossier["referralChain"] as? [[String: Any]])
        #expect(chain.compactMap { $0["name"] as? String } == ["Alex Kim", "Maria Lopez", "Sam Reyes"])
        let leads = try #require(dossier["ledTo"] as? [[String: Any]])
        let names = leads.compactMap { ($0["person"] as? [String: Any])?["name"] as? String }
        #expect(names == ["José Núñez", "Priya Shah"])
        let log = try #require(dossier["log"] as? [[String: Any]])
        #expect(!log.isEmpty)
    }

    @Test("a placeholder person shows who named them")
    func placeholder() {
        let run = CommandRun(["show", "Priya Shah", "--vault", Repository.example, "--today", "2026-11-18"])
        #expect(run.status == 0)
        #expect(run.output.contains("a person with no note yet"))
        #expect(run.output.contains("Alex Kim → Maria Lopez → Sam Reyes → José Núñez → Priya Shah"))
    }

    @Test("an unknown name fails and suggests close names")
    func unknown() {
        let run = CommandRun(["show", "Maria Lopes", "--vault", Repository.example])
        #expect(run.status == 1)
        #expect(run.errors.contains("nothing in the vault is called 'Maria Lopes'"))
        #expect(run.errors.contains("Maria Lopez"))
    }

    @Test("an ambiguous name fails and lists every candidate")
    func ambiguous() throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/sam-lee.md": "---\nname: Sam Lee\n---\n",
            "notes/sam-lee.md": "---\ntitle: Sam Lee\n---\n",
        ])
        let run = CommandRun(["show", "Sam Lee", "--vault", folder.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("contacts/sam-lee.md"))
        #expect(run.errors.contains("notes/sam-lee.md"))
    }
}
