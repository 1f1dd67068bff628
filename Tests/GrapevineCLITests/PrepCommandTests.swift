import Foundation
import Testing

@Suite("grapevine prep")
struct PrepCommandTests {
    static let example = ["--vault", Repository.example, "--today", "2026-11-18"]

    @Test("prints the sheet of Mary O'Brien's interview on 2026-11-20")
    func mary() async throws {
        let run = await CommandRun(["prep", "Mary O'Brien"] + Self.example)
        #expect(run.status == 0)
        #expect(run.output == (try Repository.expectedOutput("prep-mary-obrien.txt")))
        #expect(run.output.contains("Friday 2026-11-20 14:00, video, 30 minutes"))
    }

    @Test(
        "fits 80 columns, tables aside",
        arguments: [
            ["Mary O'Brien"], ["Ben Okafor"], ["Ana Pereira", "--interview", "2026-10-21-ana-pereira-and-leo-marsh"],
            ["Nadia Rahman", "--interview", "interviews/2026-11-17-nadia-rahman.md"],
        ])
    func printable(arguments: [String]) async {
        let run = await CommandRun(["prep"] + arguments + Self.example)
        #expect(run.status == 0)
        let wide = run.output.split(separator: "\n").filter { $0.count > 80 && !$0.hasPrefix("  |") }
        #expect(wide.isEmpty, "\(wide)")
    }

    @Test("the sections: who, how you reached them, organization and research, pitch, agenda, log, tasks")
    func sections() async {
        let run = await CommandRun(
            ["prep", "Nadia Rahman", "--interview", "2026-11-17-nadia-rahman"] + Self.example)
        #expect(run.status == 0)
        let titles = [
            "Who", "How you reached them", "Organization: Brightfield Foods", "Your pitch", "Agenda",
            "What you last logged", "Open tasks",
        ]
        let positions = titles.compactMap { run.output.range(of: "\n" + $0)?.lowerBound }
        #expect(positions.count == titles.count)
        #expect(positions == positions.sorted())
        #expect(run.output.contains("Alex Kim → Maria Lopez → Ana Pereira → Nadia Rahman"))
        #expect(run.output.contains("Your research"))
        #expect(run.output.contains("cleaner labels, same crunch"))
        #expect(run.output.contains("I taught high-school chemistry for nine years"))
        #expect(run.output.contains("[x] 1. How did you move from grocery buying into product management?"))
        #expect(run.output.contains("2026-10-29  replied: busy until the Trail Bars launch"))
        #expect(run.output.contains("[ ] Put together a one-page portfolio of three classroom lab projects"))
    }

    @Test("for an organization: the next interview with anyone there")
    func organization() async {
        let run = await CommandRun(["prep", "Tidewater Flavor Labs"] + Self.example)
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("Prep sheet: Mary O'Brien\n"))
        #expect(run.output.contains("interviews/2026-11-20-mary-obrien.md"))
    }

    @Test("a referral shows who gave the name and what they said")
    func referral() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/maria.md": "---\nname: Maria Lopez\n---\n",
            "contacts/sam.md": "---\nname: Sam Reyes\nreferred_by: \"[[Maria Lopez]]\"\n---\n",
            "interviews/2026-10-14-maria.md": """
            ---
            contact: "[[Maria Lopez]]"
            date: 2026-10-14
            ---
            ## Referrals
            - [[Sam Reyes]] — runs the consumer panels
            """,
            "interviews/2026-11-20-sam.md": "---\ncontact: \"[[Sam Reyes]]\"\ndate: 2026-11-20\n---\n",
        ])
        let run = await CommandRun(["prep", "Sam Reyes", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(run.status == 0)
        #expect(run.output.contains("You → Maria Lopez → Sam Reyes"))
        #expect(run.output.contains("Maria Lopez gave you the name on 2026-10-14: runs the consumer panels"))
    }

    @Test("with no upcoming interview it fails, says so and shows how to go on")
    func noneUpcoming() async {
        let run = await CommandRun(["prep", "Nadia Rahman"] + Self.example)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("there is no interview with Nadia Rahman coming up (today is 2026-11-18)"))
        #expect(run.errors.contains("grapevine new interview \"Nadia Rahman\" --date YYYY-MM-DD"))
        #expect(run.errors.contains("--interview interviews/2026-11-17-nadia-rahman.md"))
    }

    /// Trial P, finding 5: Tomás's only interview, tomorrow, is cancelled; prep offered it as
    /// "an earlier one".
    @Test("a cancelled or no-show interview still to come is said so, never called an earlier one")
    func calledOffInterviewToCome() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/tomas.md": "---\nname: Tomás Ruiz\n---\n",
            "interviews/2026-11-24-tomas-ruiz.md":
                "---\ncontact: \"[[Tomás Ruiz]]\"\ndate: 2026-11-24 16:00\nstatus: cancelled\n---\n",
        ])
        for json in [[], ["--json"]] {
            let run = await CommandRun(["prep", "Tomás", "--vault", folder.path, "--today", "2026-11-23"] + json)
            #expect(run.status == 1)
            #expect(run.output.isEmpty)
            #expect(
                run.errors.hasPrefix(
                    "error: there is no interview with Tomás Ruiz coming up (today is 2026-11-23): the one on "
                        + "2026-11-24 is cancelled.\n"),
                "\(run.errors)")
            #expect(run.errors.contains("To print its sheet anyway: grapevine prep \"Tomás\" --interview "))
            #expect(!run.errors.contains("earlier"))
            #expect(run.errors.contains("Schedule a new one with: grapevine new interview \"Tomás Ruiz\""))
        }
        try folder.write([
            "interviews/2026-11-02-tomas-ruiz.md": "---\ncontact: \"[[Tomás Ruiz]]\"\ndate: 2026-11-02\n---\n",
            "interviews/2026-11-24-tomas-ruiz.md":
                "---\ncontact: \"[[Tomás Ruiz]]\"\ndate: 2026-11-24\nstatus: no-show\n---\n",
        ])
        let both = await CommandRun(["prep", "Tomás", "--vault", folder.path, "--today", "2026-11-23"])
        #expect(both.errors.contains("the one on 2026-11-24 is marked a no-show."), "\(both.errors)")
        #expect(
            both.errors.contains(
                "To print its sheet anyway: grapevine prep \"Tomás\" --interview "
                    + "interviews/2026-11-24-tomas-ruiz.md"))
        #expect(
            both.errors.contains(
                "To print the sheet of an earlier one: grapevine prep \"Tomás\" --interview "
                    + "interviews/2026-11-02-tomas-ruiz.md"))
        // Once its day has passed it is an earlier one.
        let later = await CommandRun(["prep", "Tomás", "--vault", folder.path, "--today", "2026-11-25"])
        #expect(later.errors.contains("earlier one: grapevine prep \"Tomás\" --interview interviews/2026-11-24"))
        #expect(!later.errors.contains("anyway"))
    }

    @Test("the commands it suggests can be pasted into a shell as they are, for any name or file name")
    func suggestionsSurviveTheShell() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "People/Robert Bob Smith.md": "---\ntype: contact\nname: Robert \"Bob\" Smith\n---\n",
            "Meetings/2026-10-10 coffee w Bob.md":
                "---\ntype: interview\ncontact: \"[[Robert \\\"Bob\\\" Smith]]\"\ndate: 2026-10-10\n---\n",
        ])
        let run = await CommandRun(["prep", "Bob", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(run.status == 1)
        #expect(run.errors.contains("grapevine new interview 'Robert \"Bob\" Smith' --date YYYY-MM-DD"))
        #expect(run.errors.contains("--interview 'Meetings/2026-10-10 coffee w Bob.md'"), "\(run.errors)")
    }

    @Test("a contact never met and never scheduled: a clear error")
    func noInterviewYet() async {
        let run = await CommandRun(["prep", "Grace Liu"] + Self.example)
        #expect(run.status == 1)
        #expect(run.errors.contains("there is no interview with Grace Liu coming up"))
        #expect(!run.errors.contains("--interview"))
    }

    @Test("--interview must be an interview with NAME")
    func wrongInterview() async {
        let run = await CommandRun(
            ["prep", "Mary O'Brien", "--interview", "interviews/2026-11-17-nadia-rahman.md"] + Self.example)
        #expect(run.status == 1)
        #expect(run.errors.contains("interviews/2026-11-17-nadia-rahman.md is not an interview with Mary O'Brien"))
    }

    @Test("skips a cancelled interview, takes one today, and falls back to the question bank")
    func choice() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\nquestions: [\"What is hard about this work?\"]\n",
            "contacts/zoe.md": "---\nname: Zoë Ångström\n---\n",
            "interviews/2026-11-18-zoe.md": "---\ncontact: \"[[Zoë Ångström]]\"\ndate: 2026-11-18 16:00\n---\n",
            "interviews/2026-11-16-zoe.md": """
            ---
            contact: "[[Zoë Ångström]]"
            date: 2026-11-16
            ---
            ## Agenda
            - [x] Asked already
            """,
            "interviews/2026-11-17-zoe.md":
                "---\ncontact: \"[[Zoë Ångström]]\"\ndate: 2026-11-17\nstatus: cancelled\n---\n",
        ])
        // The name typed decomposed, as macOS file names and some keyboards give it.
        let run = await CommandRun([
            "prep", "Zoe\u{308} A\u{30A}ngstro\u{308}m", "--vault", folder.path, "--today", "2026-11-18",
        ])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("Prep sheet: Zoë Ångström\nWednesday 2026-11-18 16:00"))
        #expect(run.output.contains("Agenda (from your question bank: the interview has no Agenda)"))
        #expect(run.output.contains("[ ] 1. What is hard about this work?"))
        #expect(run.output.contains("2026-11-16  interview: interviews/2026-11-16-zoe.md"))
        #expect(run.output.contains("2026-11-17  interview (cancelled): interviews/2026-11-17-zoe.md"))
        #expect(run.output.contains("Organization\n  None given: add organization: to contacts/zoe.md."))
        #expect(run.output.contains("No pitch yet"))
    }

    @Test("who they are: the note's opening text, its first heading kept unless it says their name")
    func openingText() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/maria.md":
                "---\nname: Maria Lopez\n---\n# Background\nWorked at Acme.\n\n## Log\n- 2026-11-01 met\n",
            "contacts/sam.md": "---\nname: Sam Reyes\n---\n# Sam Reyes\nRuns the data team.\n",
            "interviews/2026-12-08-maria.md": "---\ncontact: \"[[Maria Lopez]]\"\ndate: 2026-12-08\n---\n",
            "interviews/2026-12-09-sam.md": "---\ncontact: \"[[Sam Reyes]]\"\ndate: 2026-12-09\n---\n",
        ])
        let maria = await CommandRun(["prep", "Maria Lopez", "--vault", folder.path, "--today", "2026-12-05"])
        #expect(maria.output.contains("Who\n  Maria Lopez\n\n  # Background\n  Worked at Acme.\n"))
        let sam = await CommandRun(["prep", "Sam Reyes", "--vault", folder.path, "--today", "2026-12-05"])
        #expect(sam.output.contains("Who\n  Sam Reyes\n\n  Runs the data team.\n"))
    }

    @Test("--json has the interview, people, organizations, pitch and agenda")
    func json() async throws {
        let run = await CommandRun(["prep", "Mary O'Brien", "--json"] + Self.example)
        #expect(run.status == 0)
        let sheet = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(sheet["file"] as? String == "interviews/2026-11-20-mary-obrien.md")
        #expect(sheet["date"] as? String == "2026-11-20 14:00")
        #expect(sheet["agendaSource"] as? String == "interview")
        #expect((sheet["agenda"] as? [[String: Any]])?.count == 5)
        let people = try #require(sheet["people"] as? [[String: Any]])
        #expect(people.map { $0["name"] as? String } == ["Mary O'Brien"])
        #expect(people.first?["source"] as? String == "linkedin")
        let places = try #require(sheet["organizations"] as? [[String: Any]])
        #expect(places.map { $0["name"] as? String } == ["Tidewater Flavor Labs"])
        #expect(sheet["pitchFile"] as? String == "pitch.md")
    }

    /// Trial E, finding 7: the sheet says where to be and the link to join, as `export ics` does.
    @Test("the sheet's first lines say where it is and the link to join; --json has both")
    func whereAndLink() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/uma.md": "---\nname: Uma Ueda\n---\n",
            "interviews/2026-12-10-uma.md":
                "---\ncontact: Uma Ueda\ndate: 2026-12-10 09:30\nmode: video\nlocation: Acme HQ lobby\n"
                + "link: https://zoom.us/j/123456\n---\n",
        ])
        let today = ["--vault", folder.path, "--today", "2026-12-05"]
        let run = await CommandRun(["prep", "Uma Ueda"] + today)
        #expect(
            run.output.hasPrefix(
                "Prep sheet: Uma Ueda\nThursday 2026-12-10 09:30, video, 20 minutes\nWhere: Acme HQ lobby\n"
                    + "Join: https://zoom.us/j/123456\ninterviews/2026-12-10-uma.md\n"))
        let json = await CommandRun(["prep", "Uma Ueda", "--json"] + today)
        let sheet = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(sheet["location"] as? String == "Acme HQ lobby")
        #expect(sheet["link"] as? String == "https://zoom.us/j/123456")
    }

    @Test("the organization's Openings are on the sheet and in its JSON")
    func openings() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/priya-shah.md": "---\nname: Priya Shah\norganization: \"[[Acme]]\"\n---\n",
            "interviews/2026-12-08-priya.md": "---\ncontact: \"[[Priya Shah]]\"\ndate: 2026-12-08\n---\n",
            "organizations/acme.md": "---\nname: Acme\n---\n## Openings\n- Senior Data Engineer, closes 2026-12-20\n",
        ])
        let base = ["prep", "Priya Shah", "--vault", folder.path, "--today", "2026-12-06"]
        let text = await CommandRun(base)
        #expect(text.output.contains("\n  Openings\n  - Senior Data Engineer, closes 2026-12-20\n"))
        let json = await CommandRun(base + ["--json"])
        let sheet = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let places = try #require(sheet["organizations"] as? [[String: Any]])
        #expect(places.map { $0["openings"] as? String } == ["- Senior Data Engineer, closes 2026-12-20"])
    }
}
