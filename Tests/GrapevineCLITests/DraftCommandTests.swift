import Foundation
import Testing

@Suite("grapevine draft")
struct DraftCommandTests {
    static let example = ["--vault", Repository.example, "--today", "2026-11-18"]

    @Test(
        "prints the drafts of the example vault",
        arguments: [
            ("thank-you", "Nadia Rahman", "draft-thank-you-nadia-rahman.txt"),
            ("update", "Maria Lopez", "draft-update-maria-lopez.txt"),
            ("outreach", "Grace Liu", "draft-outreach-grace-liu.txt"),
            ("follow-up", "Colin Webb", "draft-follow-up-colin-webb.txt"),
            ("tell-referrer", "Maria Lopez", "draft-tell-referrer-maria-lopez.txt"),
        ])
    func drafts(kind: String, name: String, expectedFile: String) async throws {
        let run = await CommandRun(["draft", kind, name] + Self.example)
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("Subject: "))
        #expect(run.output == (try Repository.expectedOutput(expectedFile)))
    }

    @Test("a thank-you mentions what they shared, the people they suggested, the resume and the opening")
    func thankYou() async {
        let run = await CommandRun(["draft", "thank-you", "Nadia Rahman"] + Self.example)
        #expect(run.status == 0)
        #expect(run.output.contains("talk with me yesterday"))
        #expect(run.output.contains("Buyers see why products fail on the shelf"))
        #expect(run.output.contains("suggesting I talk to Grace Liu"))
        #expect(run.output.contains("I have attached my resume"))
        #expect(run.output.contains("req 4471"))
        #expect(run.output.hasSuffix("Best regards,\nAlex Kim\n"))
    }

    @Test("a thank-you for a resume already sent says when")
    func resumeSent() async {
        let run = await CommandRun(["draft", "thank-you", "Maria Lopez"] + Self.example)
        #expect(run.status == 0)
        #expect(run.output.contains("I sent you my resume on Thursday, 15 October"))
        #expect(!run.output.contains("attached"))
    }

    @Test("an update says whom you contacted of the people they suggested, each once")
    func update() async {
        let maria = await CommandRun(["draft", "update", "Maria Lopez"] + Self.example)
        #expect(maria.status == 0)
        #expect(maria.output.contains("When we talked on Wednesday, 14 October"))
        #expect(
            maria.output.contains(
                "I got in touch with Sam Reyes (we met on Friday, 23 October) and Ana Pereira (we met on Wednesday, "
                    + "21 October), as you suggested."))
        let ana = await CommandRun(["draft", "update", "Ana Pereira"] + Self.example)
        #expect(ana.output.contains("I got in touch with Nadia Rahman (we met yesterday), as you suggested."))
        #expect(ana.output.contains("Brightfield's 2025 annual letter"))
    }

    @Test("an update flags the people not contacted yet, and says when nothing is recorded")
    func updateGaps() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/ana.md": "---\nname: Ana Pereira\n---\n",
            "interviews/2026-10-01-ana.md": """
            ---
            contact: "[[Ana Pereira]]"
            date: 2026-10-01
            ---
            ## Referrals
            - Leo Marsh — product manager
            """,
            "contacts/ben.md": "---\nname: Ben Ode\n---\n",
            "interviews/2026-09-01-ben.md": "---\ncontact: \"[[Ben Ode]]\"\ndate: 2026-09-01\n---\n",
        ])
        let ana = await CommandRun(["draft", "update", "Ana Pereira", "--vault", folder.path, "--today", "2026-11-01"])
        #expect(ana.status == 0)
        #expect(ana.output.contains("[Not contacted yet: Leo Marsh."))
        #expect(ana.output.contains("[Your name]"))
        let ben = await CommandRun(["draft", "update", "Ben Ode", "--vault", folder.path, "--today", "2026-09-20"])
        #expect(ben.output.contains("[Nothing is recorded since your talk"))
    }

    static let outreachNames = [
        "Grace Liu", "Jun Park", "Mary O'Brien", "Victor Lam", "Ruth Adeyemi", "Felix Brandt", "Ben Okafor",
        "Priya Shah", "José Núñez", "Nadia Rahman", "Colin Webb", "Derek Vaughn", "Maria Lopez",
    ]

    @Test(
        "an outreach message follows the method: under 100 words, connection first, no job request, a question",
        arguments: outreachNames)
    func outreach(name: String) async throws {
        let run = await CommandRun(["draft", "outreach", name] + Self.example)
        #expect(run.status == 0)
        let words = run.output.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        #expect(words < 100, "\(words) words")
        let lowered = run.output.lowercased()
        for word in ["job", "position", "hiring", "opening", "vacanc", "resume"] {
            #expect(!lowered.contains(word), "mentions '\(word)'")
        }
        let paragraphs = run.output.components(separatedBy: "\n\n")
        #expect(paragraphs.first?.hasPrefix("Subject: ") == true)
        let firstName = String(name.split(separator: " ")[0])
        #expect(paragraphs[1] == "Hi \(firstName),")
        let question = try #require(paragraphs.dropLast().last)
        #expect(question.hasSuffix("?"))
        #expect(paragraphs.last?.hasPrefix("Best regards,\nAlex Kim") == true)
    }

    @Test("the connection comes first: the referrer, else where you found them")
    func connection() async {
        let grace = await CommandRun(["draft", "outreach", "Grace Liu"] + Self.example)
        #expect(
            grace.output.hasPrefix(
                "Subject: Nadia Rahman suggested I get in touch\n\nHi Grace,\n\nNadia Rahman suggested"))
        let nadia = await CommandRun(["draft", "outreach", "Nadia Rahman"] + Self.example)
        #expect(nadia.output.contains("\n\nAna Pereira and Leo Marsh suggested I get in touch with you."))
        let mary = await CommandRun(["draft", "outreach", "Mary O'Brien"] + Self.example)
        #expect(mary.output.contains("\n\nI came across your profile on LinkedIn. I taught high-school chemistry"))
        #expect(mary.output.hasPrefix("Subject: A question about your work at Tidewater Flavor Labs\n"))
        let maria = await CommandRun(["draft", "outreach", "Maria Lopez"] + Self.example)
        #expect(maria.output.contains("\n\nI found you through our alumni network."))
    }

    @Test("to a LinkedIn connection, the outreach does not claim their profile was just come across (trial P)")
    func connectionOnLinkedIn() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Marcus Bell\n",
            "contacts/priya-raman.md": "---\nname: Priya Raman\norganization: Stripe\nsource: linkedin\n"
                + "connected: 2019-03-14\nadded: 2026-11-02\n---\n\nWorked with her at Loopwise 2017-2019.\n",
        ])
        let run = await CommandRun([
            "draft", "outreach", "Priya Raman", "--vault", folder.path, "--today", "2026-11-03",
        ])
        #expect(run.status == 0, "\(run.errors)")
        #expect(!run.output.contains("came across"), "\(run.output)")
        #expect(
            run.output.contains("Hi Priya,\n\n[Say how you know each other: you are connected on LinkedIn.] "),
            "\(run.output)")
        let next = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-03"])
        #expect(next.output.contains("You are connected on LinkedIn: say how you know each other."), "\(next.output)")
        #expect(!next.output.contains("You found them through"), "\(next.output)")
    }

    @Test("a thank-you or update needs an interview held with them")
    func notMetYet() async {
        let mary = await CommandRun(["draft", "thank-you", "Mary O'Brien"] + Self.example)
        #expect(mary.status == 1)
        #expect(mary.output.isEmpty)
        #expect(mary.errors.contains("you have not met Mary O'Brien yet"))
        #expect(mary.errors.contains("grapevine prep \"Mary O'Brien\""))
        let grace = await CommandRun(["draft", "update", "Grace Liu"] + Self.example)
        #expect(grace.status == 1)
        #expect(grace.errors.contains("grapevine draft outreach \"Grace Liu\""))
    }

    /// Trial of session twenty-six: after `log Sam met --date 2026-11-18` (the meeting was in a
    /// daily note), the thank-you said "you have not met Sam Reyes yet".
    @Test("met in the Log but with no interview note: the refusal says so, with the note to write")
    func metInTheLogOnly() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/sam.md": "---\nname: Sam Reyes\n---\n## Log\n- 2026-11-12 emailed\n- 2026-11-18 met: coffee\n"
                + "- 2026-11-30 met: lunch\n"
        ])
        for kind in ["thank-you", "update"] {
            let run = await CommandRun(["draft", kind, "Sam", "--vault", folder.path, "--today", "2026-11-24"])
            #expect(run.status == 1)
            // The meeting after today is not one yet: the error names the one before it.
            #expect(
                run.errors.hasPrefix(
                    "error: contacts/sam.md:6: the Log says you met Sam Reyes on 2026-11-18, but there is no interview "
                        + "note with them on or before 2026-11-24"), "\(run.errors)")
            #expect(run.errors.contains("grapevine new interview \"Sam Reyes\" --date 2026-11-18\n"))
            #expect(!run.errors.contains("have not met"))
        }
        let before = await CommandRun(["draft", "thank-you", "Sam", "--vault", folder.path, "--today", "2026-11-17"])
        #expect(before.errors.contains("you have not met Sam Reyes yet"), "\(before.errors)")
    }

    @Test(
        "met by the Log alone: the error says what the Log says and how to write the meeting down (trial 26)",
        arguments: ["thank-you", "update"])
    func metOnlyInTheLog(kind: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Jordan Ellis\n",
            "contacts/dan-ortiz.md": "---\nname: Dan Ortiz\nadded: 2026-10-01\n---\n## Log\n"
                + "- 2026-10-01 emailed\n- 2026-10-08 met: coffee near his office\n- 2026-12-01 met: planned lunch\n",
        ])
        let run = await CommandRun(["draft", kind, "Dan Ortiz", "--vault", folder.path, "--today", "2026-11-20"])
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(!run.errors.contains("you have not met"), "\(run.errors)")
        #expect(
            run.errors.contains(
                "contacts/dan-ortiz.md:7: the Log says you met Dan Ortiz on 2026-10-08, but there is no interview note "
            ),
            "\(run.errors)")
        #expect(run.errors.contains("grapevine new interview \"Dan Ortiz\" --date 2026-10-08"), "\(run.errors)")
        #expect(!run.errors.contains("draft outreach"), "\(run.errors)")
    }

    @Test(
        "a thank-you already sent is said so after the draft, by the interview's field or the Log (trial M)",
        arguments: [
            ("thank_you: 2026-11-11\n", "", "was sent already on 2026-11-11 ('thank_you' in interviews/coffee.md)"),
            ("thank_you: true\n", "", "was sent already ('thank_you' in interviews/coffee.md)"),
            ("", "## Log\n- 2026-11-12 thanked\n", "was sent already on 2026-11-12 (the Log of Jane Roe)"),
            ("", "## Log\n- 2026-11-09 thanked\n", nil),
            ("", "", nil),
        ] as [(String, String, String?)])
    func alreadyThanked(field: String, log: String, notice: String?) async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/jane.md": "---\nname: Jane Roe\n---\n" + log,
            "interviews/coffee.md": "---\ncontact: Jane Roe\ndate: 2026-11-10\n\(field)---\n",
        ])
        let run = await CommandRun(["draft", "thank-you", "Jane Roe", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("Subject: "))
        let said = run.errors.contains("note: the thank-you for the meeting on 2026-11-10 ")
        #expect(said == (notice != nil), "\(run.errors)")
        if let notice { #expect(run.errors.contains(notice + "; this is another draft"), "\(run.errors)") }
    }

    @Test("a thank-you for an interview whose date cannot be read names the file to fix")
    func undatedInterview() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/jane.md": "---\nname: Jane Roe\n---\n",
            "interviews/coffee.md": "---\ncontact: Jane Roe\ndate: Nov 10 at 9\n---\n",
        ])
        let run = await CommandRun(["draft", "thank-you", "Jane Roe", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(run.status == 1)
        #expect(run.errors.contains("interviews/coffee.md has no 'date' that can be read"), "\(run.errors)")
    }

    @Test("--interview naming a meeting called off or still to come writes no thank-you or update")
    func interviewNotHeld() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/kim.md": "---\nname: Kim Lee\n---\n",
            "interviews/2026-11-02-kim.md": "---\ncontact: Kim Lee\ndate: 2026-11-02\nstatus: cancelled\n---\n",
            "interviews/2026-12-10-kim.md": "---\ncontact: Kim Lee\ndate: 2026-12-10 15:00\n---\n",
        ])
        for (kind, file, said) in [
            ("thank-you", "2026-11-02-kim", "interviews/2026-11-02-kim.md is cancelled"),
            ("update", "2026-11-02-kim", "interviews/2026-11-02-kim.md is cancelled"),
            ("thank-you", "2026-12-10-kim", "interviews/2026-12-10-kim.md is on 2026-12-10, after 2026-12-05"),
        ] {
            let run = await CommandRun(
                ["draft", kind, "Kim Lee", "--interview", file, "--vault", folder.path, "--today", "2026-12-05"])
            #expect(run.status == 1 && run.output.isEmpty, "\(kind) \(file)")
            #expect(run.errors.contains(said), "\(run.errors)")
        }
    }

    @Test("an outreach to someone you are in touch with already is written, with a warning that says so")
    func outreachToSomeoneKnown() async {
        let maria = await CommandRun(["draft", "outreach", "Maria Lopez"] + Self.example)
        #expect(maria.status == 0 && maria.output.hasPrefix("Subject: "))
        #expect(
            maria.errors.contains("warning: Maria Lopez is not someone new (their Log has 'emailed' on 2026-09-28)"))
        let grace = await CommandRun(["draft", "outreach", "Grace Liu"] + Self.example)
        #expect(!grace.errors.contains("not someone new"), "\(grace.errors)")
    }

    @Test("--interview picks an earlier interview")
    func interviewOption() async {
        let run = await CommandRun(
            ["draft", "thank-you", "Ana Pereira", "--interview", "2026-10-21-ana-pereira-and-leo-marsh"]
                + Self.example)
        #expect(run.status == 0)
        #expect(run.output.contains("talk with me on Wednesday, 21 October"))
        #expect(run.output.contains("suggesting I talk to Nadia Rahman."))
    }

    @Test("a draft goes to a person, not an organization; an unknown kind is bad usage")
    func wrongTarget() async {
        let organization = await CommandRun(["draft", "outreach", "Brightfield Foods"] + Self.example)
        #expect(organization.status == 1)
        #expect(organization.errors.contains("Brightfield Foods is not a person"))
        let kind = await CommandRun(["draft", "apology", "Grace Liu"] + Self.example)
        #expect(kind.status == 2)
    }

    @Test("draft STEP writes the message of the step next shows with that number, as kind and name would")
    func draftOfStep() async throws {
        let next = await CommandRun(["next", "--all", "--json"] + Self.example)
        let steps = try #require(
            try JSONSerialization.jsonObject(with: Data(next.output.utf8)) as? [[String: Any]])
        let kinds = [
            "thank-you": "thank-you", "update": "update", "reach-out": "outreach", "contact-referral": "outreach",
            "follow-up": "follow-up", "thank-referrer": "tell-referrer",
        ]
        var drafted: Set<String> = []
        for step in steps {
            let number = try #require(step["number"] as? Int)
            let kind = try #require(step["kind"] as? String)
            let byStep = await CommandRun(["draft", String(number)] + Self.example)
            guard let draft = kinds[kind] else {
                #expect(byStep.status == 2, "step \(number), \(kind)")
                #expect(byStep.errors.contains("step \(number) (\(kind): "), "\(byStep.errors)")
                #expect(byStep.errors.contains("asks for no message"), "\(byStep.errors)")
                continue
            }
            let name = try #require(step["contact"] as? String)
            let file = try #require(step["file"] as? String)
            let interview = draft == "thank-you" || draft == "update" ? ["--interview", file] : []
            let byName = await CommandRun(["draft", draft, name] + interview + Self.example)
            #expect(byStep.status == 0, "step \(number): \(byStep.errors)")
            #expect(byStep.output == byName.output, "step \(number), \(kind) of \(name)")
            #expect(byStep.output.hasPrefix("Subject: "))
            drafted.insert(draft)
        }
        #expect(
            drafted.isSuperset(of: ["thank-you", "update", "outreach", "follow-up", "tell-referrer"]), "\(drafted)")
    }

    @Test("draft STEP of a step that asks to fix a name (a slip for a contact) drafts nothing and says why")
    func draftOfSlipStep() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Sam Tired\n",
            "contacts/priya.md": "---\nname: Priya Nair\n---\n## Log\n- 2026-11-20 emailed: hello\n",
            "interviews/2026-11-26-priya.md":
                "---\ncontact: \"[[Priya Nair]]\"\ndate: 2026-11-26\nthank_you: 2026-11-26\n---\n## Referrals\n- [[P. Nair]]\n",
        ])
        let options = ["--vault", folder.path, "--today", "2026-12-07"]
        let next = await CommandRun(["next", "--json"] + options)
        let steps = try #require(try JSONSerialization.jsonObject(with: Data(next.output.utf8)) as? [[String: Any]])
        let slip = try #require(steps.first { ($0["title"] as? String)?.hasPrefix("Fix the name P. Nair") == true })
        let run = await CommandRun(["draft", String(try #require(slip["number"] as? Int))] + options)
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("asks first whether 'P. Nair' is Priya Nair"), "\(run.errors)")
        #expect(run.errors.contains("grapevine new contact \"P. Nair\""), "\(run.errors)")
    }

    /// Session 34: `draft outreach "P. Nair"` greeted Priya as the person Priya (or Ana)
    /// suggested: "Hi Priya, Priya Nair suggested I get in touch".
    @Test(
        "draft outreach of a name that is a slip for a contact's says who it likely is and drafts nothing",
        arguments: ["Priya Nair", "Ana Ruiz"])
    func outreachToSlip(referrer: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Sam Tired\n",
            "contacts/priya.md": "---\nname: Priya Nair\n---\n## Log\n- 2026-11-20 emailed: hello\n",
            "contacts/ana.md": "---\nname: Ana Ruiz\n---\n## Log\n- 2026-11-20 emailed: hello\n",
            "interviews/2026-11-26-x.md":
                "---\ncontact: \"[[\(referrer)]]\"\ndate: 2026-11-26\nthank_you: 2026-11-26\n---\n## Referrals\n"
                + "- [[P. Nair]]\n- Nina Petrova\n",
        ])
        let options = ["--vault", folder.path, "--today", "2026-12-07"]
        let run = await CommandRun(["draft", "outreach", "P. Nair"] + options)
        #expect(run.status == 2)
        #expect(run.output.isEmpty, "\(run.output)")
        #expect(run.errors.hasPrefix("error: 'P. Nair' has no note, and is likely Priya Nair (contacts/priya.md)"))
        #expect(run.errors.contains("fix the name where it is written (interviews/2026-11-26-x.md:7)"), "\(run.errors)")
        #expect(run.errors.contains("grapevine new contact \"P. Nair\", then grapevine draft outreach \"P. Nair\""))
        // Someone else with no note, whose name is no slip, is drafted for as before.
        let nina = await CommandRun(["draft", "outreach", "Nina Petrova"] + options)
        #expect(nina.status == 0)
        #expect(nina.output.contains("Hi Nina,\n\n\(referrer) suggested I get in touch with you."), "\(nina.output)")
    }

    @Test("draft STEP: a name after a step, a kind without a name, a step not there, an unknown kind are bad usage")
    func draftOfStepMisused() async {
        let both = await CommandRun(["draft", "3", "Maria Lopez"] + Self.example)
        #expect(both.status == 2)
        #expect(both.errors.contains("'Maria Lopez' is one argument too many"), "\(both.errors)")
        let nameless = await CommandRun(["draft", "update"] + Self.example)
        #expect(nameless.status == 2)
        #expect(nameless.errors.contains("draft update needs a name"), "\(nameless.errors)")
        let missing = await CommandRun(["draft", "999"] + Self.example)
        #expect(missing.status == 2)
        #expect(missing.errors.contains("there is no step 999"), "\(missing.errors)")
        let unknown = await CommandRun(["draft", "thankyou", "Maria Lopez"] + Self.example)
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("'thankyou' is no kind of draft"), "\(unknown.errors)")
    }

    @Test("the user's template in .grapevine/templates wins over the built-in one")
    func userTemplate() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            ".grapevine/templates/outreach.md": "Subject: Hello\n\n{{first_name}}: {{connection}} — {{owner}}\n",
            "contacts/dan.md": "---\nname: Dan Moore\n---\n",
            "contacts/zoe.md": "---\nname: Zoë Ångström\nreferred_by: \"[[Dan Moore]]\"\n---\n",
        ])
        let run = await CommandRun(["draft", "outreach", "Zoë Ångström", "--vault", folder.path])
        #expect(run.status == 0)
        #expect(run.output == "Subject: Hello\n\nZoë: Dan Moore suggested I get in touch with you. — Alex Kim\n")
    }

    @Test("a thank-you template written before met_list promises a mention only to those not contacted, and says so")
    func oldThankYouTemplate() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/templates/thank-you.md": "{{#referrals_list}}Thank you also for suggesting I talk to "
                + "{{referrals_list}}. I will mention your name when I get in touch.{{/referrals_list}}\n",
            "contacts/tomas.md": "---\nname: Tomás Ortega\n---\n",
            "contacts/karim.md":
                "---\nname: Karim Benali\nreferred_by: Tomás Ortega\n---\n## Log\n- 2026-12-02 emailed\n",
            "interviews/2026-12-01-tomas.md": "---\ncontact: Tomás Ortega\ndate: 2026-12-01\n---\n## Referrals\n"
                + "- [[Karim Benali]]\n- Ana Silva\n",
            "interviews/2026-12-03-karim.md": "---\ncontact: Karim Benali\ndate: 2026-12-03\n---\n",
        ])
        let run = await CommandRun(["draft", "thank-you", "Tomás", "--vault", folder.path, "--today", "2026-12-05"])
        #expect(run.status == 0)
        #expect(
            run.output
                == "Thank you also for suggesting I talk to Ana Silva. I will mention your name when I get in touch.\n")
        #expect(
            run.errors.hasPrefix(
                "note: .grapevine/templates/thank-you.md has no met_list or reached_list: the draft does not say that "
                    + "you already met or wrote to Karim Benali; "), "\(run.errors)")
    }

    @Test("a broken user template is an error at its line and column")
    func brokenTemplate() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/templates/thank-you.md": "Subject: Thanks\n\nHi {{#first_name}}\n",
            "contacts/dan.md": "---\nname: Dan Moore\n---\n",
            "interviews/2026-11-01-dan.md": "---\ncontact: \"[[Dan Moore]]\"\ndate: 2026-11-01\n---\n",
        ])
        let run = await CommandRun(["draft", "thank-you", "Dan Moore", "--vault", folder.path, "--today", "2026-11-02"])
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(
            run.errors.hasPrefix(
                ".grapevine/templates/thank-you.md:3:4: error: the section 'first_name' opened here is never closed; "
                    + "add {{/first_name}} where it ends"))
        #expect(run.errors.contains("delete it to use the built-in one"))
    }

    @Test("outreach with no referrer and no source asks you to say how you found them; a stub pitch is not used")
    func placeholders() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "pitch.md": "---\ntype: pitch\n---\n# My pitch\n\nWhat you say in thirty seconds when someone asks.\n",
            "contacts/kim.md": "---\nname: Kim Lee\n---\n",
        ])
        let run = await CommandRun(["draft", "outreach", "Kim Lee", "--vault", folder.path])
        #expect(run.status == 0)
        #expect(run.output.contains("Hi Kim,\n\n[Say how you found them or what you have in common.]"))
        #expect(run.output.contains("[One sentence about you"))
        #expect(!run.output.contains("thirty seconds"))
    }

    @Test("--out writes a new file and never replaces one")
    func out() async throws {
        let folder = try TemporaryFolder()
        let run = await CommandRun(
            ["draft", "outreach", "Grace Liu", "--out", "grace.txt"] + Self.example, currentDirectory: folder.path)
        #expect(run.status == 0)
        #expect(run.output == "Wrote grace.txt\n")
        let written = try String(contentsOfFile: folder.path + "/grace.txt", encoding: .utf8)
        #expect(written.hasPrefix("Subject: Nadia Rahman suggested I get in touch"))
        try folder.write(["grace.txt": "my own edits"])
        let again = await CommandRun(
            ["draft", "outreach", "Grace Liu", "--out", "grace.txt"] + Self.example, currentDirectory: folder.path)
        #expect(again.status == 1)
        #expect(again.errors.contains("already exists"))
        #expect(try String(contentsOfFile: folder.path + "/grace.txt", encoding: .utf8) == "my own edits")
    }

    @Test("a follow-up names the first message that got no answer, not its Log note; with none, it fails")
    func followUp() async {
        let victor = await CommandRun(["draft", "follow-up", "Victor Lam"] + Self.example)
        #expect(victor.status == 0)
        #expect(victor.output.contains("\n\nHi Victor,\n\nI emailed you on Monday, 2 November. I know how"))
        #expect(!victor.output.contains("["))
        #expect(!victor.output.contains("move on"))
        let maria = await CommandRun(["draft", "follow-up", "Maria Lopez"] + Self.example)
        #expect(maria.status == 1)
        #expect(maria.output.isEmpty)
        #expect(maria.errors.contains("error: nothing to follow up with Maria Lopez: they have answered you."))
        let grace = await CommandRun(["draft", "follow-up", "Grace Liu"] + Self.example)
        #expect(grace.status == 1)
        #expect(grace.errors.contains("grapevine draft outreach \"Grace Liu\""))
    }

    @Test("a note to a referrer needs someone they referred whom you have met")
    func tellReferrer() async {
        let ana = await CommandRun(["draft", "tell-referrer", "Ana Pereira"] + Self.example)
        #expect(ana.status == 0)
        #expect(ana.output.hasPrefix("Subject: I met Nadia Rahman, thanks to you\n\nHi Ana,\n"))
        #expect(ana.output.contains("I met Nadia Rahman at Brightfield Foods yesterday."))
        let nadia = await CommandRun(["draft", "tell-referrer", "Nadia Rahman"] + Self.example)
        #expect(nadia.status == 1)
        #expect(nadia.errors.contains("you have not met anyone Nadia Rahman referred you to yet (Grace Liu)"))
        let grace = await CommandRun(["draft", "tell-referrer", "Grace Liu"] + Self.example)
        #expect(grace.status == 1)
        #expect(grace.errors.contains("Grace Liu has not referred you to anyone"))
    }

    /// Trial E, finding 8: a note to a referrer goes to someone who was not at the meeting; a
    /// `private: true` interview's Notes and Leads are not quoted to them.
    @Test("a note to a referrer quotes no private interview's notes or leads", arguments: [true, false])
    func tellReferrerQuotesNoPrivateNote(isPrivate: Bool) async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/maria.md": "---\nname: Maria Lopez\n---\n",
            "contacts/nkechi.md": "---\nname: Nkechi Obi\nreferred_by: Maria Lopez\nadded: 2026-11-20\n---\n",
            "interviews/2026-11-25-nkechi.md":
                "---\ncontact: Nkechi Obi\ndate: 2026-11-25\n\(isPrivate ? "private: true\n" : "")---\n"
                + "## Notes\n- She confided the salary band is 95k-110k.\n## Leads\n- [ ] Hidden opening\n",
        ])
        let run = await CommandRun([
            "draft", "tell-referrer", "Maria Lopez", "--vault", folder.path, "--today", "2026-12-05",
        ])
        #expect(run.status == 0)
        #expect(run.output.contains("I met Nkechi Obi"))
        #expect(run.output.contains("salary band") == !isPrivate)
        #expect(run.output.contains("Hidden opening") == !isPrivate)
    }

    /// An update goes to the person met, about what you did since; a later interview marked
    /// private is no part of it: they are not told whom you met there, nor that you got in
    /// touch with someone they suggested when that meeting is all that says so.
    @Test("an update names no one from a later private interview", arguments: [true, false])
    func updateNamesNoOneFromAPrivateInterview(isPrivate: Bool) async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/maria.md": "---\nname: Maria Lopez\n---\n",
            "interviews/2026-10-20-maria.md":
                "---\ncontact: Maria Lopez\ndate: 2026-10-20\n---\n## Referrals\n- [[Nkechi Obi]]\n",
            "contacts/nkechi.md": "---\nname: Nkechi Obi\nadded: 2026-10-21\n---\n",
            "interviews/2026-11-05-nkechi.md":
                "---\ncontact: [Nkechi Obi, Olu Ade]\ndate: 2026-11-05\n\(isPrivate ? "private: true\n" : "")---\n"
                + "## Notes\n- She confided the salary band.\n",
        ])
        let today = ["--vault", folder.path, "--today", "2026-11-20"]
        let run = await CommandRun(["draft", "update", "Maria Lopez"] + today)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Nkechi") == !isPrivate)
        #expect(run.output.contains("Olu Ade") == !isPrivate)
        #expect(run.output.contains("I got in touch with Nkechi Obi") == !isPrivate)
        #expect(run.output.contains("I got in touch with Nkechi Obi (we met on Thursday, 5 November)") == !isPrivate)
        #expect(run.output.contains("I have met Olu Ade on Thursday, 5 November") == !isPrivate)
        // Nothing else to tell: the draft asks for it, and the note says what was left out, and why.
        #expect(run.output.contains("[Nothing is recorded since your talk") == isPrivate)
        #expect(
            run.errors.contains(
                "note: interviews/2026-11-05-nkechi.md (with Nkechi Obi and Olu Ade on 2026-11-05) is private: "
                    + "the draft does not mention it") == isPrivate)
        // `next` is for you: its update step still says whom you met.
        let next = await CommandRun(["next", "--kind", "update"] + today)
        #expect(
            next.output.contains("You contacted the people they suggested: Nkechi Obi (met on 2026-11-05)."),
            "\(next.output)")
        #expect(
            next.output.contains("Thanks to them you have since talked to Olu Ade on 2026-11-05."), "\(next.output)")
    }

    /// Getting in touch that the Log records is told; the private meeting still is not.
    @Test("an update tells of getting in touch that the Log records, not of a private meeting")
    func updateTellsOfALoggedMessageNotOfAPrivateMeeting() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/maria.md": "---\nname: Maria Lopez\n---\n",
            "interviews/2026-10-20-maria.md":
                "---\ncontact: Maria Lopez\ndate: 2026-10-20\n---\n## Referrals\n- [[Nkechi Obi]]\n",
            "contacts/nkechi.md": "---\nname: Nkechi Obi\nadded: 2026-10-21\n---\n## Log\n- 2026-10-22 emailed\n",
            "interviews/2026-11-05-nkechi.md": "---\ncontact: Nkechi Obi\ndate: 2026-11-05\nprivate: true\n---\n",
        ])
        let run = await CommandRun(["draft", "update", "Maria Lopez", "--vault", folder.path, "--today", "2026-11-20"])
        #expect(run.output.contains("I got in touch with Nkechi Obi, as you suggested."))
        #expect(!run.output.contains("I have met"))
        #expect(!run.output.contains("5 November"))
    }

    /// A message dated after `--today` has not been sent yet: the referral is not "got in touch
    /// with" in the update, and the step to contact them stays.
    @Test("getting in touch dated after --today has not happened yet")
    func laterMessageIsNotGettingInTouch() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/maria.md": "---\nname: Maria Lopez\n---\n",
            "interviews/2026-10-20-maria.md":
                "---\ncontact: Maria Lopez\ndate: 2026-10-20\n---\n## Referrals\n- [[Nkechi Obi]]\n",
            "contacts/nkechi.md": "---\nname: Nkechi Obi\nadded: 2026-10-21\n---\n## Log\n- 2026-11-25 emailed\n",
        ])
        let today = ["--vault", folder.path, "--today", "2026-11-20"]
        let draft = await CommandRun(["draft", "update", "Maria Lopez"] + today)
        #expect(!draft.output.contains("I got in touch with Nkechi Obi"), "\(draft.output)")
        let next = await CommandRun(["next", "--kind", "update"] + today)
        #expect(!next.output.contains("You contacted the people they suggested: Nkechi Obi"), "\(next.output)")
        let later = await CommandRun([
            "draft", "update", "Maria Lopez", "--vault", folder.path, "--today", "2026-11-26",
        ])
        #expect(later.output.contains("I got in touch with Nkechi Obi, as you suggested."), "\(later.output)")
    }

    /// Trial E, finding 9: as of a day, what is dated after it has not happened yet (SPEC §2.1),
    /// in drafts as in `next` and `report`.
    @Test("a resume or a Log entry dated after --today has not happened yet")
    func laterDatesHaveNotHappened() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/sean.md": "---\nname: Sean Obi\nadded: 2026-10-01\nsource: alumni\n---\n",
            "interviews/2026-10-28-sean.md":
                "---\ncontact: Sean Obi\ndate: 2026-10-28\nresume_requested: true\nresume_sent: 2026-10-29\n---\n",
            "contacts/ed.md":
                "---\nname: Ed Double\nadded: 2027-01-01\nsource: alumni\n---\n## Log\n- 2027-01-05 emailed\n",
            "contacts/lu.md":
                "---\nname: Lu Log\n---\n## Log\n- 2026-10-27 met\n- 2026-10-29 sent resume\n",
            "interviews/2026-10-28-lu.md": "---\ncontact: Lu Log\ndate: 2026-10-28\nresume_requested: true\n---\n",
        ])
        func draft(_ kind: String, _ name: String, on day: String) async -> CommandRun {
            await CommandRun(["draft", kind, name, "--vault", folder.path, "--today", day])
        }
        for name in ["Sean Obi", "Lu Log"] {
            let before = await draft("thank-you", name, on: "2026-10-28")
            #expect(before.output.contains("I have attached my resume"), "\(name)")
            #expect(!before.output.contains("I sent you my resume"), "\(name)")
            let after = await draft("thank-you", name, on: "2026-10-30")
            #expect(after.output.contains("I sent you my resume yesterday"), "\(name)")
        }
        let early = await draft("outreach", "Ed Double", on: "2027-01-04")
        #expect(!early.errors.contains("not someone new"))
        let late = await draft("outreach", "Ed Double", on: "2027-01-05")
        #expect(late.errors.contains("not someone new (their Log has 'emailed' on 2027-01-05)"))
        let followUp = await draft("follow-up", "Ed Double", on: "2027-01-04")
        #expect(followUp.status == 1)
        #expect(followUp.errors.contains("no message to Ed Double is in their Log"))
    }

    /// Trial E, finding 15: the advice fits: someone whose meeting fell through is in
    /// conversation (not someone to write a first message to), and you are not someone else.
    @Test("after a meeting that fell through the advice is to find a new time; a draft to yourself is refused")
    func adviceThatFits() async {
        let derek = await CommandRun(["draft", "thank-you", "Derek Vaughn"] + Self.example)
        #expect(derek.status == 1)
        #expect(derek.errors.contains("no interview with them took place on or before 2026-11-18"))
        #expect(derek.errors.contains("The meeting on 2026-11-10 fell through: find a new time with them"))
        #expect(!derek.errors.contains("draft outreach"))
        let owner = await CommandRun(["draft", "thank-you", "Alex Kim"] + Self.example)
        #expect(owner.status == 1)
        #expect(
            owner.errors.contains(
                "error: Alex Kim is you (the owner in the config): you cannot write a draft to yourself."))
    }

    @Test("a title goes with the family name in every draft's greeting")
    func titles() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/dan.md": "---\nname: Mr. Dan Moore, Jr.\n---\n## Log\n- 2026-11-01 emailed: intro\n",
            "contacts/obi.md": "---\nname: Dr. Nkechi Obi\nreferred_by: \"[[Mr. Dan Moore, Jr.]]\"\n---\n",
            "interviews/2026-11-20-obi.md": "---\ncontact: \"[[Dr. Nkechi Obi]]\"\ndate: 2026-11-20\n---\n",
        ])
        let vault = ["--vault", folder.path, "--today", "2026-12-03"]
        for kind in ["thank-you", "update", "outreach"] {
            let run = await CommandRun(["draft", kind, "Dr. Nkechi Obi"] + vault)
            #expect(run.status == 0, "\(kind)")
            #expect(run.output.contains("\n\nHi Dr. Obi,\n\n"), "\(kind)")
        }
        let followUp = await CommandRun(["draft", "follow-up", "Mr. Dan Moore, Jr."] + vault)
        #expect(followUp.output.contains("\n\nHi Mr. Moore,\n\nI emailed you on Sunday, 1 November. I know"))
        let tell = await CommandRun(["draft", "tell-referrer", "Mr. Dan Moore, Jr."] + vault)
        #expect(tell.output.contains("\n\nHi Mr. Moore,\n\n"))
        #expect(tell.output.contains("I met Dr. Nkechi Obi on Friday, 20 November."))
    }

    /// Trial E, finding 3: "Family, Given" greets the given name, as the vCard export reads it.
    @Test("a name written family first, or with a nickname in quotes, greets the right name")
    func familyFirstAndNickname() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/lm.md":
                "---\nname: \"Lopez, Maria\"\nadded: 2026-11-05\nsource: alumni\n---\n## Log\n- 2026-11-06 emailed\n",
            "contacts/bob.md": "---\nname: Robert \"Bob\" Smith\nadded: 2026-11-05\nsource: alumni\n---\n",
        ])
        let vault = ["--vault", folder.path, "--today", "2026-12-05"]
        let maria = await CommandRun(["draft", "follow-up", "Lopez, Maria"] + vault)
        #expect(maria.status == 0)
        #expect(maria.output.contains("\n\nHi Maria,\n\n"))
        let bob = await CommandRun(["draft", "outreach", "Bob Smith"] + vault)
        #expect(bob.output.contains("\n\nHi Bob,\n\n"))
    }

    @Test("--help lists every kind of draft with an example")
    func help() async {
        let run = await CommandRun(["draft", "--help"])
        for kind in ["thank-you", "update", "outreach", "follow-up", "tell-referrer"] {
            #expect(run.output.contains("\(kind):"), "\(kind)")
            #expect(run.output.contains("grapevine draft \(kind) "), "\(kind)")
        }
        // The follow-up quotes no Log text (trial 26: the help said it did).
        #expect(!run.output.contains("by its date and Log text"))
        #expect(run.output.replacing("\n", with: " ").contains("a note to yourself, never quoted"))
    }
}
