/// Builds the static site of a vault: every page from its template, the stylesheet, the
/// search index, written into a `SiteFolder` on all cores.
///
/// With `isPublic`, private notes (`private: true`) are left out everywhere: they get no page,
/// no search entry and no box in the graph, no list names them, and edges stated only in them
/// are dropped, so a name that appears only in a private note appears nowhere. Of the other
/// notes' front matter, only `PublicFields` are shown or indexed.
public final class SiteBuilder: Sendable {
    /// What a build did.
    public struct Summary: Sendable, Equatable {
        /// How many files the site has: pages, the stylesheet and the search index.
        public var files: Int
        /// How many of them an earlier build had already written as they are, and were left alone.
        public var unchanged: Int
        /// The files of an earlier build that were removed, site-relative.
        public var removed: [String]
        /// The files of an earlier build that this one did not write, kept since they were
        /// changed (`SiteFolder.finishing()`), site-relative.
        public var kept: [String] = []
    }

    /// A page's values for its template.
    typealias Context = PageValues

    /// The vault, with its graph cut down to what the site shows.
    let vault: Vault
    let today: LocalDate
    /// The minutes after midnight the site was prepared at, when today is the real today.
    let now: Int?
    let isPublic: Bool
    let paths: SitePaths
    let templates: SiteTemplates
    /// The fields a public site shows; `nil` when the site shows everything.
    let publicFields: PublicFields?
    let siteTitle: String
    /// Every next step of the vault, with its place (what a later edit's site starts from).
    let stepList: NextStepList
    /// The engine that found them, kept with the site: `site` keeps the site to its exit
    /// (`Console.keepUntilExit`), and freeing the engine's context as soon as the steps were
    /// found took 10 ms of the 10,000-contact build on one core while the other waited. The
    /// interview pages ask it which leads `applied` entries closed.
    let engine: NextStepEngine
    /// The next steps the site shows, in `next`'s order.
    let steps: [NextStep]
    /// For each node, the indices in `steps` of the steps about it or written in its note.
    let stepsByNode: [Graph.NodeID: [Int]]
    /// For each step, the node it is about: its person, else its note.
    let stepTargets: [Graph.NodeID?]
    /// For each folded tag, its first spelling and the notes (by index) that have it.
    let tagged: [String: (name: String, notes: [Int])]
    /// Each node's name as its links show it, by node.
    let linkNames: [String]
    /// Each person's `NameKey.sortKey`, by node (empty for the other nodes): the table of
    /// contacts and the people of each organization are listed by it.
    let nameKeys: [String]
    /// Each node's link as HTML, made once (`LinkHTML`), by node.
    let linkHTML: [LinkHTML]
    /// The shown graph's referrals, for the people each contact led to.
    let referrals: Referrals
    /// The shown graph's referral chains, for the chain on each contact page.
    let chains: ReferralChains
    /// Every contact's status, for the table of contacts and the contact and organization pages.
    let statuses: ContactStatuses

    /// Prepares the site of `vault` as of `today`; with `now` (minutes after midnight, when
    /// today is the real today), the dashboard counts interviews later today as to come.
    public convenience init(vault: Vault, today: LocalDate, now: Int? = nil, isPublic: Bool, templates: SiteTemplates) {
        self.init(vault: vault, today: today, now: now, isPublic: isPublic, templates: templates, updating: nil)
    }

    /// The same; with `updating`, the site before an edit of the notes at `edited`
    /// (vault-relative): where the edit cannot change them (`NextStepReach`), the paths,
    /// the referrals and chains, the other contacts' statuses and the steps out of the edit's
    /// reach are taken from it.
    init(
        vault: Vault, today: LocalDate, now: Int?, isPublic: Bool, templates: SiteTemplates,
        updating previous: (site: SiteBuilder, edited: Set<String>)?
    ) {
        var shown = vault
        shown.graph.planReferrals(asOf: today)
        var included = Array(repeating: true, count: vault.graph.nodes.count)
        var leftOutNames: LeftOutNames?
        publicFields = isPublic ? PublicFields(config: vault.config) : nil
        let whole = shown
        if isPublic {
            (shown, included, leftOutNames) = PublicFields.publicView(of: shown)
            // A referral the public notes date later than the private ones may be still to come.
            shown.graph.planReferrals(asOf: today)
        }
        // What a public site shows is worked out without the notes it leaves out, so it tells
        // nothing private; it must be true of the whole vault as well (`WholeVaultFacts`).
        let truth = included.contains(false) ? WholeVaultFacts(whole, today: today, now: now) : nil
        self.vault = shown
        // From here on a constant: closures that capture a variable copy the whole vault on
        // every use.
        let vault = shown
        self.today = today
        self.now = now
        self.isPublic = isPublic
        self.templates = templates
        siteTitle = vault.config.siteTitle ?? (vault.config.owner.map { "\($0)'s search" } ?? "My search")
        if let previous,
            let subjects = Self.reach(
                of: previous.edited, from: previous.site, to: vault, today: today, now: now, isPublic: isPublic)
        {
            let site = previous.site
            paths = site.paths
            referrals = site.referrals
            chains = site.chains
            linkNames = site.linkNames
            linkHTML = site.linkHTML
            nameKeys = site.nameKeys
            tagged = Self.notesByTag(in: vault, paths: paths)
            let edited = previous.edited.compactMap(vault.index(ofPath:))
            statuses = site.statuses.updating(notes: edited, in: vault, today: today)
            engine = NextStepEngine(vault: vault, today: today, now: now, scope: subjects)
            stepList = site.stepList.replacing(subjects: subjects, with: engine.list())
        } else {
            // What the next steps need (the statuses, the engine's context) and what needs only
            // the graph are worked out while the paths and tags are; then the steps, on all
            // cores. (Work split inside one side of `inParallel` gets one core: the steps there
            // ran on one core while the other waited, 0.03 s on the 10,000-contact vault. On
            // that vault the paths, the tags and the referrals take as long as the rest.)
            let (isIncluded, leftOutNames) = (included, leftOutNames)
            let (shownGraph, stepWork) = inParallel(
                {
                    let paths = SitePaths(vault: vault, isIncluded: { isIncluded[$0] }, leftOutNames: leftOutNames)
                    return (
                        paths: paths, tagged: Self.notesByTag(in: vault, paths: paths),
                        referrals: Referrals(vault.graph)
                    )
                },
                {
                    (
                        statuses: ContactStatuses(vault: vault, today: today),
                        engine: NextStepEngine(vault: vault, today: today, now: now),
                        chains: ReferralChains(vault.graph, headLength: Self.chainEnds),
                        linkNames: vault.graph.nodes.indices.map {
                            Self.shortened(Self.displayName(of: $0, in: vault))
                        },
                        nameKeys: Self.nameKeys(in: vault)
                    )
                })
            paths = shownGraph.paths
            tagged = shownGraph.tagged
            referrals = shownGraph.referrals
            chains = stepWork.chains
            nameKeys = stepWork.nameKeys
            // A node left out is named nowhere: a link to it (a Referrals item naming a private
            // person) reads "(private)".
            let paths = paths
            linkNames =
                paths.leavesNodesOut
                ? stepWork.linkNames.indices.map {
                    paths.isLeftOut($0) ? "(private)" : stepWork.linkNames[$0]
                } : stepWork.linkNames
            linkHTML = Self.linkHTML(paths: paths, linkNames: linkNames, templates: templates)
            // A contact whose chain from you is another on the whole vault (trial R: "Alex Kim →
            // Quincy Marsh", when Daniel, met in a private interview, gave the name) is withheld
            // too: their page shows no chain, and no way in names them.
            statuses =
                truth.map { truth in
                    let differs = stepWork.chains.differences(from: truth.chains)
                    return stepWork.statuses.withholding(differingFrom: truth.statuses) {
                        differs[Graph.node(ofNote: $0)]
                    }
                } ?? stepWork.statuses
            engine = stepWork.engine
            stepList = engine.list()
        }
        let listed = Self.shownSteps(stepList, paths: paths, truth: truth)
        // Under `--public`, a step names people as its note's text does (`Email [[Priv Person]]
        // the deck`, a reply quoted), or by their names ("Thank Sam Reyes (Hushco)"). The verb
        // a title starts with is Grapevine's own ("Interview with …"), but a task's or a
        // reminder's title is all the note's.
        let paths = paths
        steps =
            paths.hidesText
            ? listed.steps.map { step in
                var step = step
                let isWritten = step.kind == .task || step.kind == .reminder
                let verb = isWritten ? 0 : step.title.prefix { $0.isLetter }.utf8.count
                step.title = paths.hidingLeftOutNodes(in: step.title, fromFile: step.file, keeping: verb)
                step.details = step.details.map { paths.hidingLeftOutNodes(in: $0, fromFile: step.file) }
                return step
            } : listed.steps
        (stepsByNode, stepTargets) = (listed.byNode, listed.targets)
    }

    /// The subjects whose steps an edit of the notes at `edited` can change, from the site
    /// `site` before it to `vault`; `nil` when the site must be prepared afresh. A public site
    /// always is (what it leaves out can change with any note), and so is another day, or
    /// another time of day when an interview is today (it may have taken place since).
    private static func reach(
        of edited: Set<String>, from site: SiteBuilder, to vault: Vault, today: LocalDate, now: Int?, isPublic: Bool
    ) -> Set<Graph.NodeID>? {
        guard !isPublic, !site.isPublic, site.today == today else { return nil }
        let interviewToday = vault.notes.contains { $0.interview?.date?.date == today }
        guard site.now == now || !interviewToday else { return nil }
        return NextStepReach(before: site.vault, after: vault).subjects(edited: edited)
    }

    /// The steps whose note (and person, if any) have a page, and that `truth` (on a public site
    /// that leaves notes out) holds; for each node, the positions of those about it or written
    /// in its note; for each step, the node it is about.
    private static func shownSteps(_ list: NextStepList, paths: SitePaths, truth: WholeVaultFacts?) -> (
        steps: [NextStep], byNode: [Graph.NodeID: [Int]], targets: [Graph.NodeID?]
    ) {
        let steps = list.steps
        let isTrue = truth?.holds(list.steps) ?? Array(repeating: true, count: steps.count)
        var byNode: [Graph.NodeID: [Int]] = [:]
        var targets: [Graph.NodeID?] = []
        var shown: [Int] = []
        targets.reserveCapacity(steps.count)
        shown.reserveCapacity(steps.count)
        for index in steps.indices {
            // The step's key has its note's index: its path is not looked up again.
            guard list.keys[index].note != .max else { continue }
            let note = Graph.node(ofNote: list.keys[index].note)
            guard paths.page(of: note) != nil, isTrue[index] else { continue }
            let person = steps[index].person
            if let person, paths.page(of: person) == nil, person != Graph.owner { continue }
            let position = shown.count
            shown.append(index)
            if let person { byNode[person, default: []].append(position) }
            if note != person { byNode[note, default: []].append(position) }
            targets.append(person ?? note)
        }
        // Only `--public` leaves steps out, and only then are the others copied.
        return (shown.count < steps.count ? shown.map { steps[$0] } : steps, byNode, targets)
    }

    /// Writes every page into `folder`, then removes what an earlier build wrote and this one
    /// did not.
    public func build(into folder: SiteFolder) async throws(SiteFolder.SiteError) -> Summary {
        let pages = pageList()
        if let failure = await write(pages, into: folder) {
            folder.stopped()
            throw failure
        }
        let (removed, kept) = try folder.finishing()
        return Summary(files: pages.count, unchanged: folder.unchangedCount, removed: removed, kept: kept)
    }

    /// A page that could not be written, by its position in the page list, and why.
    private typealias PageFailure = (index: Int, failure: SiteFolder.SiteError)

    /// Renders and writes `pages` into `folder` in child tasks, and returns the failure of the
    /// first page (in their order) that could not be written.
    ///
    /// A task takes one of `chunks(of:)`. A new task starts as one ends, twice as many at a time
    /// as there are cores: a core that finishes a chunk finds the next one waiting, and
    /// thousands of tasks are never queued at once.
    func write(_ pages: [Page], into folder: SiteFolder) async -> SiteFolder.SiteError? {
        await withTaskGroup(of: PageFailure?.self) { group in
            var waiting = Self.chunks(of: pages).makeIterator()
            func startNext() {
                guard let chunk = waiting.next() else { return }
                group.addTask { self.write(pages[chunk], into: folder) }
            }
            for _ in 0..<2 * ProcessorCount.active { startNext() }
            var first: PageFailure?
            while let failed = await group.next() {
                if let failed, failed.index < first?.index ?? .max { first = failed }
                startNext()
            }
            return first?.failure
        }
    }

    /// The positions of `pages` in the groups a task renders: a fixed page alone (the search
    /// index, the tables and the graph are much bigger than the rest), the pages of notes and
    /// tags sixteen at a time (a task for each small page made the build a tenth slower).
    static func chunks(of pages: [Page]) -> [Range<Int>] {
        let fixed = pages.prefix(while: \.isFixed).count
        return (0..<fixed).map { $0..<$0 + 1 }
            + stride(from: fixed, to: pages.count, by: 16).map { $0..<min($0 + 16, pages.count) }
    }

    /// Renders `pages` and writes them into `folder`; the first that could not be written.
    private func write(_ pages: ArraySlice<Page>, into folder: SiteFolder) -> PageFailure? {
        var first: PageFailure?
        for index in pages.indices {
            let (path, html) = render(pages[index])
            do throws(SiteFolder.SiteError) {
                try folder.write(path, contents: html)
            } catch {
                if first == nil { first = (index, error) }
            }
        }
        return first
    }

    // MARK: Pages

    /// One file of the site.
    enum Page: Sendable {
        case searchIndex, style, dashboard, progress, contacts, graph, tags, search
        case node(Graph.NodeID)
        case tag(String)

        /// Whether the site has the page whatever the vault holds.
        var isFixed: Bool {
            switch self {
            case .node, .tag: false
            default: true
            }
        }
    }

    /// Every file, the biggest first so that they are not left for last.
    func pageList() -> [Page] {
        var pages: [Page] = [.searchIndex, .contacts, .graph, .dashboard, .progress, .style, .tags, .search]
        pages += vault.graph.nodes.indices.filter { paths.page(of: $0) != nil }.map(Page.node)
        pages += paths.allTagPages.keys.sorted().map(Page.tag)
        return pages
    }

    /// A page's path and contents.
    func render(_ page: Page) -> (path: String, html: HTMLWriter) {
        switch page {
        case .searchIndex:
            return (SitePaths.searchIndex, SearchIndex(vault: vault, paths: paths, isPublic: isPublic).script())
        case .style: return (SiteTemplates.styleName, HTMLWriter(templates.style))
        case .dashboard: return (SitePaths.dashboard, templates.render("dashboard", dashboard()))
        case .progress: return (SitePaths.progress, templates.render("progress", progress()))
        case .contacts: return (SitePaths.contacts, templates.render("contacts", contactTable()))
        case .graph: return (SitePaths.graph, templates.render("graph", graphPage()))
        case .tags: return (SitePaths.tags, templates.render("tags", tagList()))
        case .search: return (SitePaths.search, templates.render("search", searchPage()))
        case .tag(let tag):
            let path = paths.allTagPages[tag]!
            return (path, templates.render("tag", tagPageValues(tag, at: path)))
        case .node(let node):
            let path = paths.page(of: node)!
            let (template, context) = nodePage(node, at: path)
            return (path, templates.render(template, context))
        }
    }

    // MARK: Shared values

    /// The values every page has: its title, the way back to the site's root, the site's name.
    func base(_ path: String, title: String, page: String) -> Context {
        let depth = path.utf8.count { $0 == UInt8(ascii: "/") }
        var context = Context()
        context["title"] = title
        context["root"] = String(repeating: "../", count: depth)
        context["site"] = siteTitle
        context["today"] = today.description
        context["isPublic"] = isPublic
        context["page"] = page
        switch page {
        case "dashboard": context["onDashboard"] = true
        case "progress": context["onProgress"] = true
        case "contacts": context["onContacts"] = true
        case "graph": context["onGraph"] = true
        case "tags": context["onTags"] = true
        case "search": context["onSearch"] = true
        default: break
        }
        return context
    }

    /// Whether pages show the value of `key` in notes of `kind`: always, unless the site is
    /// public and the key is not one of its `PublicFields`. For values pages show from a
    /// note's typed fields that the next steps need (and `redacted` keeps).
    func shows(_ key: String, in kind: NoteKind) -> Bool {
        publicFields?.isPublic(key, in: kind) ?? true
    }

    /// Each person's `NameKey.sortKey`, by node (empty for the other nodes).
    static func nameKeys(in vault: Vault) -> [String] {
        vault.graph.nodes.map { $0.isPerson ? NameKey.sortKey($0.name) : "" }
    }

    /// A node's name; "You" for an owner with no name.
    func displayName(of node: Graph.NodeID) -> String {
        Self.displayName(of: node, in: vault)
    }

    static func displayName(of node: Graph.NodeID, in vault: Vault) -> String {
        let name = vault.graph.nodes[node].name
        return name.isEmpty && node == Graph.owner ? "You" : name
    }
}
