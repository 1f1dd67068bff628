import Testing

@testable import GrapevineCore

/// SPEC §2.5: nodes, the four kinds of edge, and the queries over them.
@Suite("Graph")
struct GraphTests {
    /// You (Alex Kim) → Dan → Maria → Sam and five people named in Maria's interview.
    static let files: [String: String] = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "organizations/acme-foods.md": "---\nname: Acme Foods\ntarget: true\n---\n",
        "contacts/dan-moore.md": """
        ---
        name: Dan Moore
        organization: "[[Acme Foods]]"
        added: 2026-09-01
        ---
        """,
        "contacts/maria-lopez.md": """
        ---
        name: Maria Lopez
        organization: Acme Foods
        referred_by: Dan Moore
        added: 2026-09-10
        ---
        """,
        "contacts/sam-reyes.md": """
        ---
        name: Sam Reyes
        referred_by: "[[Maria Lopez]]"
        added: 2026-10-20
        ---
        """,
        "interviews/2026-10-14-maria-lopez.md": """
        ---
        contact: "[[Maria Lopez]]"
        date: 2026-10-14 09:30
        ---
        ## Referrals
        - [[Sam Reyes]] — runs QA at Northwind
        - Kim Park — design lead at Globex
        - Lee Wong, recruiter
        - Ana Ruiz (PM)
        - Bo Li at Initech
        - Cy Fox - engineer
        """,
        "ideas.md": "# Ideas\n\nAsk [[Sam Reyes]] about QA.\nAnd [[Kim Park]] too.\n",
    ]

    let vault: Vault

    init() throws {
        vault = try TemporaryVault.load(Self.files)
    }

    private func node(_ name: String) throws -> Graph.NodeID { try vault.node(name) }

    private func referral(_ from: String, _ to: String) throws -> Graph.Edge {
        let (from, to) = (try node(from), try node(to))
        return try #require(vault.graph.edges(.referred, to: to).filter { $0.from == from }.only)
    }

    // MARK: Referred

    @Test func referredByMakesAnEdgeDatedWithAdded() throws {
        let edge = try referral("Dan Moore", "Maria Lopez")
        #expect(edge.sources == [Graph.Source(file: "contacts/maria-lopez.md", line: 4)])
        #expect(edge.date == LocalDate(valid: "2026-09-10"))
    }

    @Test(arguments: [("Kim Park", 7), ("Lee Wong", 8), ("Ana Ruiz", 9), ("Bo Li", 10), ("Cy Fox", 11)])
    func referralsItemWithoutALinkIsNamedByItsText(name: String, line: Int) throws {
        let person = try node(name)
        #expect(vault.graph.nodes[person].name == name)
        #expect(vault.graph.nodes[person].kind == .placeholderPerson)
        let edge = try referral("Maria Lopez", name)
        #expect(edge.sources == [Graph.Source(file: "interviews/2026-10-14-maria-lopez.md", line: line)])
        #expect(edge.date == LocalDate(valid: "2026-10-14"))
    }

    @Test func referralStatedTwiceIsOneEdgeWithTwoSources() throws {
        let edge = try referral("Maria Lopez", "Sam Reyes")
        #expect(
            Set(edge.sources) == [
                Graph.Source(file: "contacts/sam-reyes.md", line: 3),
                Graph.Source(file: "interviews/2026-10-14-maria-lopez.md", line: 6),
            ])
        // The interview date wins over Sam's `added`.
        #expect(edge.date == LocalDate(valid: "2026-10-14"))
        #expect(vault.graph.referrers(of: try node("Sam Reyes")) == [try node("Maria Lopez")])
    }

    @Test func mariaReferredSixPeople() throws {
        let names = vault.names(vault.graph.referrals(by: try node("Maria Lopez"))).sorted()
        #expect(names == ["Ana Ruiz", "Bo Li", "Cy Fox", "Kim Park", "Lee Wong", "Sam Reyes"])
    }

    @Test func referralWithoutAnyDateIsUndated() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Ann\n---\n", "contacts/b.md": "---\nname: Bea\nreferred_by: Ann\n---\n",
        ])
        let edge = try #require(vault.graph.edges.filter { $0.kind == .referred }.only)
        #expect(edge.date == nil)
    }

    @Test func referralFromAnUndatedInterviewIsDatedWithAdded() throws {
        // The interview's date is an error; the edge falls back to Sam's `added` (SPEC §2.5, §3).
        let vault = try TemporaryVault.load([
            "contacts/maria.md": "---\nname: Maria Lopez\n---\n",
            "contacts/sam.md": "---\nname: Sam Reyes\nadded: 2026-10-20\n---\n",
            "interviews/x.md": "---\ncontact: Maria Lopez\ndate: 2026-10-45\n---\n## Referrals\n- [[Sam Reyes]]\n",
        ])
        let edge = try #require(vault.graph.edges.filter { $0.kind == .referred }.only)
        #expect(vault.names([edge.from, edge.to]) == ["Maria Lopez", "Sam Reyes"])
        #expect(edge.date == LocalDate(valid: "2026-10-20"))
    }

    /// Trial E, finding 4: a meeting that did not take place gave no names (SPEC §2.2). A
    /// `referred_by` saying the same still counts: it does not come from that meeting.
    @Test(arguments: ["cancelled", "no-show"])
    func calledOffInterviewMakesNoReferral(status: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/maria.md": "---\nname: Maria Lopez\n---\n",
            "contacts/sam.md": "---\nname: Sam Reyes\nadded: 2026-10-20\n---\n",
            "contacts/ana.md": "---\nname: Ana Pereira\nadded: 2026-10-21\nreferred_by: Maria Lopez\n---\n",
            "interviews/x.md":
                "---\ncontact: Maria Lopez\ndate: 2026-10-14\nstatus: \(status)\n---\n## Referrals\n"
                + "- [[Sam Reyes]]\n- Ana Pereira\n- Ghost Person\n",
        ])
        let edge = try #require(vault.graph.edges.filter { $0.kind == .referred }.only)
        #expect(vault.names([edge.from, edge.to]) == ["Maria Lopez", "Ana Pereira"])
        #expect(edge.date == LocalDate(valid: "2026-10-21"))
        #expect(!vault.graph.nodes.contains { $0.name == "Ghost Person" })
    }

    @Test func referralsSectionRulesForLinksAndHeadings() throws {
        let vault = try TemporaryVault.load([
            "contacts/maria.md": "---\nname: Maria Lopez\n---\n",
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\n",
            "interviews/x.md": """
            ---
            contact: Maria Lopez
            date: 2026-10-14
            ---
            ### REFERRALS:
            - Kim Park ([LinkedIn](https://www.linkedin.com/in/kim)) — designer
            - ask about [[Sam Reyes|Sam]] at Northwind, and [[Kim Park]]
            - [Zoe](../contacts/zoe-quinn.md), via email

            ## Notes
            - Zed Quay, not a referral
            """,
        ])
        let maria = try vault.node("Maria Lopez")
        #expect(vault.names(vault.graph.referrals(by: maria)).sorted() == ["Kim Park", "Sam Reyes", "Zoe Quinn"])
        #expect(vault.lookup("Zed Quay") == .notFound(suggestions: []))
    }

    @Test func everyoneMetInAnInterviewReferredItsReferrals() throws {
        let vault = try TemporaryVault.load([
            "interviews/panel.md": """
            ---
            contact: ["[[Ann Lee]]", "[[Bea Cho]]"]
            date: 2026-11-02
            ---
            ## Referrals
            - Cal Diaz, hiring manager
            """,
            "contacts/ann-lee.md": "# Ann\n", "contacts/bea-cho.md": "# Bea\n",
        ])
        let cal = try vault.node("Cal Diaz")
        #expect(vault.names(vault.graph.referrers(of: cal)).sorted() == ["Ann Lee", "Bea Cho"])
        #expect(vault.graph.edges(.referred, to: cal).allSatisfy { $0.date == LocalDate(valid: "2026-11-02") })
    }

    // MARK: Works-at, met, links-to

    @Test func worksAtEdgesAndContactsAt() throws {
        let acme = try node("Acme Foods")
        #expect(vault.names(vault.graph.contacts(at: acme)).sorted() == ["Dan Moore", "Maria Lopez"])
        #expect(vault.graph.organization(of: try node("Dan Moore")) == acme)
        #expect(vault.graph.organization(of: try node("Sam Reyes")) == nil)
        let edge = try #require(vault.graph.edges(.worksAt, to: acme).first { $0.from == (try? node("Dan Moore")) })
        #expect(edge.sources == [Graph.Source(file: "contacts/dan-moore.md", line: 3)])
    }

    @Test func metEdgesFromAnInterviewToEachContact() throws {
        let vault = try TemporaryVault.load([
            "interviews/panel.md": "---\ncontact:\n  - Ann Lee\n  - \"[[Bea Cho]]\"\ndate: 2026-11-02\n---\n",
            "contacts/ann-lee.md": "---\nname: Ann Lee\n---\n", "contacts/bea-cho.md": "---\nname: Bea Cho\n---\n",
        ])
        let panel = try vault.node(atPath: "interviews/panel.md")
        let met = vault.graph.edges(.met, from: panel)
        #expect(vault.names(met.map(\.to)) == ["Ann Lee", "Bea Cho"])
        #expect(met.map(\.sources) == [3, 4].map { [Graph.Source(file: "interviews/panel.md", line: $0)] })
        #expect(vault.graph.interviews(with: try vault.node("Bea Cho")) == [panel])
        #expect(vault.diagnostics.isEmpty)
    }

    @Test func interviewMeetsItsContact() throws {
        let interview = try vault.node(atPath: "interviews/2026-10-14-maria-lopez.md")
        #expect(vault.graph.interviews(with: try node("Maria Lopez")) == [interview])
        #expect(vault.graph.interviews(with: try node("Sam Reyes")).isEmpty)
    }

    @Test func backlinksAreTheReverseOfLinksTo() throws {
        let sam = try node("Sam Reyes")
        let backlinks = vault.graph.backlinks(to: sam)
        let fromIdeas = try #require(backlinks.first { $0.from == (try? vault.node(atPath: "ideas.md")) })
        #expect(fromIdeas.sources == [Graph.Source(file: "ideas.md", line: 3)])
        let paths = backlinks.compactMap { vault.note(for: $0.from)?.path }.sorted()
        #expect(paths == ["ideas.md", "interviews/2026-10-14-maria-lopez.md"])
        // Every backlink is a links-to edge out of the other note.
        for edge in backlinks {
            #expect(vault.graph.edges(.linksTo, from: edge.from).contains { $0.to == sam })
        }
    }

    @Test func frontMatterReferencesAreLinksToo() throws {
        let maria = try node("Maria Lopez")
        let targets = vault.names(vault.graph.edges(.linksTo, from: maria).map(\.to)).sorted()
        #expect(targets == ["Acme Foods", "Dan Moore"])
    }

    @Test func bodyLinkToAPlaceholderIsABacklink() throws {
        let kim = try node("Kim Park")
        let ideas = try vault.node(atPath: "ideas.md")
        #expect(vault.graph.backlinks(to: kim).map(\.from) == [ideas])
        #expect(vault.diagnostics(.missingNote).filter { $0.file == "ideas.md" }.isEmpty)
    }

    // MARK: Owner and chains

    @Test func ownerIsTheConfiguredName() {
        #expect(vault.graph.nodes[Graph.owner].kind == .owner)
        #expect(vault.graph.nodes[Graph.owner].name == "Alex Kim")
    }

    @Test func contactNobodyReferredHangsOffTheOwner() throws {
        #expect(vault.graph.referralChain(to: try node("Dan Moore")) == [Graph.owner, try node("Dan Moore")])
        #expect(vault.graph.referrers(of: try node("Dan Moore")).isEmpty)
        #expect(vault.graph.referralChain(to: Graph.owner) == [Graph.owner])
    }

    @Test(arguments: [
        ("Maria Lopez", ["Alex Kim", "Dan Moore", "Maria Lopez"]),
        ("Sam Reyes", ["Alex Kim", "Dan Moore", "Maria Lopez", "Sam Reyes"]),
        ("Kim Park", ["Alex Kim", "Dan Moore", "Maria Lopez", "Kim Park"]),
    ])
    func referralChainFromYou(name: String, chain: [String]) throws {
        let found = try #require(vault.graph.referralChain(to: try node(name)))
        #expect(vault.names(found) == chain)
    }

    @Test func referralChainIsTheShortest() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Ann\n---\n", "contacts/b.md": "---\nname: Bea\nreferred_by: Ann\n---\n",
            "contacts/c.md": "---\nname: Cal\nreferred_by: Bea\n---\n",
            "contacts/d.md": "---\nname: Dee\nreferred_by: [Cal, Ann]\n---\n",
        ])
        let chain = try #require(vault.graph.referralChain(to: try vault.node("Dee")))
        #expect(chain.first == Graph.owner)
        #expect(vault.names(Array(chain.dropFirst())) == ["Ann", "Dee"])
    }

    /// A long line of single referrers (past the walk's limit), branches where two people
    /// referred someone, a cycle, and you as a referrer.
    static var tangledReferrals: [String: String] {
        var files = [".grapevine/config.yml": "owner: Alex Kim\n"]
        for index in 1...150 {
            let earlier = (index * 37) % (index - 1 == 0 ? 1 : index - 1) + 1
            var referrers: [String] = []
            if index == 1 {
                referrers = ["Alex Kim"]
            } else if index <= 80 {
                referrers = ["P\(index - 1)"]
            } else if index % 7 == 0 {
                referrers = ["P\(earlier)", "P\(index - 1)"]
            } else if index % 11 != 0 {
                referrers = ["P\(earlier)"]
            }
            let field = referrers.isEmpty ? "" : "referred_by: [\(referrers.joined(separator: ", "))]\n"
            files["contacts/p\(index).md"] = "---\nname: P\(index)\n\(field)---\n"
        }
        // Eighty referrers of one person: the search keeps them in a set.
        files["contacts/wide.md"] =
            "---\nname: Wide\nreferred_by: [\((1...80).map { "W\($0)" }.joined(separator: ", "))]\n---\n"
        for index in 1...80 { files["contacts/w\(index).md"] = "---\nname: W\(index)\n---\n" }
        files["contacts/c1.md"] = "---\nname: C1\nreferred_by: C2\n---\n"
        files["contacts/c2.md"] = "---\nname: C2\nreferred_by: C1\n---\n"
        // Ties: two referrers as near as each other, and a far one written before a near one.
        files["contacts/tie.md"] = "---\nname: Tie\nreferred_by: [W2, W1]\n---\n"
        files["contacts/tie2.md"] = "---\nname: Tie2\nreferred_by: [P3, W5]\n---\n"
        files["contacts/tie3.md"] = "---\nname: Tie3\nreferred_by: [Tie2, Tie, P90]\n---\n"
        return files
    }

    @Test func referralChainsWalkedUpSingleReferrersAreTheBreadthFirstOnes() throws {
        // Every chain as the search finds it.
        let files = Self.tangledReferrals
        let vault = try TemporaryVault.load(files)
        for node in vault.graph.nodes.indices {
            #expect(vault.graph.referralChain(to: node) == vault.graph.breadthFirstReferralChain(to: node))
        }
        let last = try #require(vault.graph.referralChain(to: try vault.node("P80")))
        #expect(vault.names(last) == ["Alex Kim"] + (1...80).map { "P\($0)" })
        let wide = try #require(vault.graph.referralChain(to: try vault.node("Wide")))
        #expect(vault.names(wide) == ["Alex Kim", "W1", "Wide"])
    }

    /// The site's chains, worked out for all nodes at once, are `referralChain(to:)`'s.
    @Test func allChainsAtOnceAreTheChainsOneByOne() throws {
        let vault = try TemporaryVault.load(Self.tangledReferrals)
        let chains = ReferralChains(vault.graph, headLength: 3)
        for node in vault.graph.nodes.indices {
            let chain = vault.graph.referralChain(to: node)
            #expect(chains.chain(to: node) == chain, "\(vault.graph.nodes[node].name)")
            #expect(chains.length(of: node) == chain?.count ?? 0)
            guard let chain, let ends = chains.ends(of: node, tailLength: 2) else {
                #expect(chains.ends(of: node, tailLength: 2) == nil)
                continue
            }
            if chain.count <= 5 {
                #expect(ends.first == chain && ends.hidden == 0 && ends.last.isEmpty)
            } else {
                #expect(ends.first == Array(chain.prefix(3)))
                #expect(ends.last == Array(chain.suffix(2)))
                #expect(ends.hidden == chain.count - 5)
            }
        }
    }

    @Test func youCanBeNamedAsAReferrer() throws {
        let vault = try TemporaryVault.load([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/maria.md": "---\nname: Maria Lopez\nreferred_by: \"[[Alex Kim]]\"\n---\n",
            "contacts/sam.md": "---\nname: Sam Reyes\nreferred_by: [[Maria Lopez]]\n---\n",
        ])
        let chain = try #require(vault.graph.referralChain(to: try vault.node("Sam Reyes")))
        #expect(vault.names(chain) == ["Alex Kim", "Maria Lopez", "Sam Reyes"])
        #expect(Referrals(vault.graph).ledTo(by: Graph.owner).count == 2)
    }

    @Test func ledToIsTransitive() throws {
        let fromDan = vault.names(Referrals(vault.graph).ledTo(by: try node("Dan Moore")))
        #expect(fromDan.first == "Maria Lopez")
        #expect(Set(fromDan) == ["Maria Lopez", "Sam Reyes", "Kim Park", "Lee Wong", "Ana Ruiz", "Bo Li", "Cy Fox"])
        #expect(fromDan.count == 7)
        #expect(!vault.names(Referrals(vault.graph).ledTo(by: try node("Maria Lopez"))).contains("Dan Moore"))
        #expect(Referrals(vault.graph).ledTo(by: try node("Sam Reyes")).isEmpty)
    }

    @Test func ledToStopsAtTheLimitNearestFirst() throws {
        let referrals = Referrals(vault.graph)
        let all = referrals.ledTo(by: try node("Dan Moore"))
        for limit in 0...all.count + 1 {
            #expect(referrals.ledTo(by: try node("Dan Moore"), limit: limit) == Array(all.prefix(limit)))
            #expect(referrals.ledTo(of: try node("Dan Moore"), limit: limit).map(\.person) == Array(all.prefix(limit)))
        }
        #expect(referrals.ledTo(by: Graph.owner, limit: 1).count == 1)
    }

    // MARK: Cycles

    @Test func cyclesAreAllowedAndReportedAsInfo() throws {
        let vault = try TemporaryVault.load([
            "contacts/pat.md": "---\nname: Pat Lee\nreferred_by: Quinn Diaz\n---\n",
            "contacts/quinn.md": "---\nname: Quinn Diaz\nreferred_by: Pat Lee\n---\n",
            "contacts/ray.md": "---\nname: Ray Ono\nreferred_by: Pat Lee\n---\n",
        ])
        let (pat, quinn, ray) = (try vault.node("Pat Lee"), try vault.node("Quinn Diaz"), try vault.node("Ray Ono"))
        #expect(vault.graph.referrers(of: pat) == [quinn])
        #expect(vault.graph.referrers(of: quinn) == [pat])
        #expect(vault.diagnostics.map(\.code) == [.referralCycle])
        #expect(vault.diagnostics.first?.severity == .info)
        // Nobody outside the cycle started it: no chain from you.
        #expect(vault.graph.referralChain(to: pat) == nil)
        #expect(vault.graph.referralChain(to: ray) == nil)
        #expect(Set(vault.names(Referrals(vault.graph).ledTo(by: pat))) == ["Quinn Diaz", "Ray Ono"])
    }

    @Test func aCycleEnteredFromOutsideStillHasAChain() throws {
        let vault = try TemporaryVault.load([
            "contacts/ann.md": "---\nname: Ann\n---\n",
            "contacts/pat.md": "---\nname: Pat\nreferred_by: [Ann, Quinn]\n---\n",
            "contacts/quinn.md": "---\nname: Quinn\nreferred_by: Pat\n---\n",
        ])
        let chain = try #require(vault.graph.referralChain(to: try vault.node("Quinn")))
        #expect(chain.first == Graph.owner)
        #expect(vault.names(Array(chain.dropFirst())) == ["Ann", "Pat", "Quinn"])
        #expect(vault.diagnostics(.referralCycle).count == 1)
    }

    @Test func selfReferralMakesNoEdge() throws {
        let vault = try TemporaryVault.load(["contacts/pat.md": "---\nname: Pat\nreferred_by: Pat\n---\n"])
        #expect(vault.graph.edges.allSatisfy { $0.kind != .referred })
        #expect(vault.diagnostics(.selfReferral).map(\.located) == ["warning contacts/pat.md:3:14"])
    }
}

@Suite("references of the wrong kind")
struct WrongKindTests {
    @Test("a referrer that is an organization, or an organization that is a person, is a warning and no edge")
    func wrongKind() throws {
        let vault = try TemporaryVault.load([
            "contacts/ann.md": "---\nname: Ann\nreferred_by: Acme\norganization: Bob\n---\n",
            "contacts/bob.md": "---\nname: Bob\n---\n",
            "organizations/acme.md": "---\nname: Acme\n---\n",
        ])
        let problems = vault.diagnostics(.wrongKind)
        #expect(problems.map(\.located) == ["warning contacts/ann.md:3:14", "warning contacts/ann.md:4:15"])
        #expect(problems[0].message.contains("is an organization"))
        let ann = try vault.node("Ann")
        #expect(vault.graph.referrers(of: ann).isEmpty)
        #expect(vault.graph.organization(of: ann) == nil)
    }
}

@Suite("people you found yourself")
struct FoundDirectlyTests {
    @Test("people nobody referred hang off you, and you lead to everyone")
    func ownerLeadsToEveryone() throws {
        let vault = try TemporaryVault.load([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/ann.md": "---\nname: Ann\n---\n",
            "contacts/bob.md": "---\nname: Bob\nreferred_by: Ann\n---\n",
            "contacts/cy.md": "---\nname: Cy\nreferred_by: Alex Kim\n---\n",
            "organizations/acme.md": "---\nname: Acme\n---\n",
        ])
        let graph = vault.graph
        #expect(vault.names(graph.foundDirectly) == ["Ann"])
        #expect(Set(vault.names(graph.referrals(by: Graph.owner))) == ["Ann", "Cy"])
        #expect(Set(vault.names(Referrals(graph).ledTo(by: Graph.owner))) == ["Ann", "Bob", "Cy"])
        #expect(vault.names(try #require(graph.referralChain(to: try vault.node("Cy")))) == ["Alex Kim", "Cy"])
    }
}
