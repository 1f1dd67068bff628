import Testing

@testable import GrapevineCore

/// The site grows with the vault, not with its square: no page lists something that grows
/// with the vault when every page of a growing vault has one (the referral chain from you,
/// the people at a meeting, a long name linked from everywhere).
@Suite("Site size: linear in the vault")
struct SiteSizeTests {
    /// The site of a vault, rendered in memory: each file's size, and the text of those asked for.
    struct Site {
        var sizes: [String: Int] = [:]
        var texts: [String: String] = [:]

        var total: Int { sizes.values.reduce(0, +) }
    }

    static func site(_ files: [String: String], keeping kept: (String) -> Bool = { _ in false }) async throws -> Site {
        let vault = try TemporaryVault.load(files)
        let builder = SiteBuilder(
            vault: vault, today: LocalDate(valid: "2026-11-18"), isPublic: false,
            templates: try SiteTemplates(vaultRoot: vault.root))
        var site = Site()
        for page in builder.pageList() {
            let (path, html) = builder.render(page)
            site.sizes[path] = html.count
            if kept(path) { site.texts[path] = html.html }
        }
        return site
    }

    /// Person 0 nobody referred, each next one referred by the one before.
    static func chain(_ count: Int) -> [String: String] {
        var files = [".grapevine/config.yml": "owner: Alex Kim\n"]
        for index in 0..<count {
            let referrer = index > 0 ? "referred_by: \"[[Person \(index - 1)]]\"\n" : ""
            files["contacts/person-\(index).md"] = "---\nname: Person \(index)\n\(referrer)---\nNote \(index).\n"
        }
        return files
    }

    /// With every page listing the whole chain above it, 400 people made 7.3 MB and 800 made
    /// 23 MB; now a page shows the chain's ends, and twice the people make twice the site.
    @Test func aLongReferralChainMakesASiteLinearInItsLength() async throws {
        let small = try await Self.site(Self.chain(400))
        let large = try await Self.site(Self.chain(800)) { $0 == "contacts/person-799.html" }
        #expect(small.total < 400 * 12_000)
        #expect(large.total < 800 * 12_000)
        let ratio = Double(large.total) / Double(small.total)
        #expect(ratio < 2.3, "twice the chain made \(ratio) times the site")
        // The deepest page still says how far it is from you, and links into the middle.
        let last = try #require(large.texts["contacts/person-799.html"])
        #expect(last.contains("… 795 more …"))
        #expect(last.contains("href=\"person-798.html\""))
        #expect(last.contains("href=\"person-796.html\""))
        #expect(last.contains("href=\"person-0.html\""))
        #expect(!last.contains("href=\"person-400.html\""))
    }

    /// One meeting with `count` people, each of whom also met alone once.
    static func meeting(_ count: Int) -> [String: String] {
        var files = [".grapevine/config.yml": "owner: Alex Kim\n"]
        let people = (0..<count).map { "Person \($0)" }
        files["interviews/2026-10-01-everyone.md"] =
            "---\ncontact: [\(people.map { "\"[[\($0)]]\"" }.joined(separator: ", "))]\ndate: 2026-10-01\n---\n"
        for index in 0..<count {
            files["contacts/person-\(index).md"] = "---\nname: Person \(index)\n---\n"
        }
        return files
    }

    /// Each person's page lists the meeting, which named everyone there on every page (twice
    /// the people made 3.2 times the site). An interview is with at most 25 people
    /// (`InterviewReader.mostPeople`), and a list names 10 of them.
    @Test func aMeetingWithManyPeopleIsNamedShortOnTheirPages() async throws {
        let site = try await Self.site(Self.meeting(InterviewReader.mostPeople)) {
            $0 == "contacts/person-5.html" || $0.hasPrefix("interviews/")
        }
        let page = try #require(site.texts["contacts/person-5.html"])
        #expect(page.contains("and \(InterviewReader.mostPeople - 10) more"))
        // The meeting's own page names everyone.
        let meeting = try #require(site.texts.first { $0.key.hasPrefix("interviews/") }?.value)
        #expect(meeting.contains("Person \(InterviewReader.mostPeople - 1)"))
    }

    /// A name of 50,000 characters, given as the referrer of everyone else: each page links it.
    @Test func aLongNameLinkedFromEveryPageIsCutInLinks() async throws {
        var files = Self.chain(1)
        let name = String(repeating: "Long ", count: 10_000) + "Name"
        files["contacts/long.md"] = "---\nname: \(name)\n---\n"
        for index in 0..<100 {
            files["contacts/p\(index).md"] = "---\nname: P\(index)\nreferred_by: \"[[long]]\"\n---\n"
        }
        let site = try await Self.site(files)
        #expect(try #require(site.sizes["contacts/p7.html"]) < 20_000)
        // The person's own page has the whole name.
        #expect(try #require(site.sizes["contacts/long.html"]) > 50_000)
    }
}
