/// Where each page of the site lives, and the relative links between pages.
///
/// Every path is site-relative with `/` separators; links are always relative, so the folder
/// works opened from `file://` and served under any sub-path. A page's path depends on its own
/// note (or placeholder, or tag) and not on the others (`PageClaim`): one of several nodes
/// whose pages would share a path keeps it and the others get a suffix made from their own
/// file's path, so a note that comes or goes moves no other note's address but, at most, that
/// of one note of the same slug.
public struct SitePaths: Sendable {
    /// The dashboard.
    public static let dashboard = "index.html"
    /// The Progress page: the report drawn.
    public static let progress = "progress.html"
    /// The table of contacts.
    public static let contacts = "contacts.html"
    /// The referral graph.
    public static let graph = "graph.html"
    /// The list of tags.
    public static let tags = "tags.html"
    /// The search page.
    public static let search = "search.html"
    /// The script that holds the search index.
    public static let searchIndex = "search-index.js"

    /// What the paths were worked out from and what they are, in one object: a resolver made
    /// for every note captures the paths, and a copy is then one reference, not the vault's
    /// dozens.
    private final class Storage: Sendable {
        let vault: Vault
        /// The page of each node, by node; `nil` for the owner, for nodes left out and for sync
        /// tools' copies (`Vault.syncCopies()`).
        let pages: [String?]
        /// The page of each tag, by folded tag.
        let tagPages: [String: String]
        /// The links to each node's page, by node, as `relative(from:to:)` makes them; a copy's
        /// are its original's.
        let links: [Links?]
        /// Whether some node other than the owner has nothing to link to (it was left out).
        let leavesNodesOut: Bool
        /// Whether text is redacted: nodes are left out, or values of `private_fields` hidden.
        let hidesText: Bool
        /// The names and aliases of the nodes left out, as plain words, and the private values.
        let leftOutNames: LeftOutNames

        init(
            vault: Vault, pages: [String?], originals: [Graph.NodeID: Graph.NodeID], tagPages: [String: String],
            leftOutNames: LeftOutNames
        ) {
            self.vault = vault
            self.pages = pages
            self.tagPages = tagPages
            var links = parallelMap(count: pages.count, batch: 256, makeState: {}) { _, node in
                pages[node].map(Links.init)
            }
            for (copy, original) in originals { links[copy] = links[original] }
            self.links = links
            leavesNodesOut = pages.indices.contains { $0 != Graph.owner && links[$0] == nil }
            self.leftOutNames = leftOutNames
            hidesText = leavesNodesOut || !leftOutNames.values.isEmpty
        }
    }

    /// The links to one page from the three places a page of the site can be (the site's pages
    /// are at most one folder deep), made once: a node is linked from every page that names it.
    /// A class: a page links to many nodes, and a struct of five strings was five retains
    /// and releases a link.
    private final class Links: Sendable {
        let page: String
        /// The page's folder, empty at the root.
        let folder: String
        let fromRoot: String
        /// From a page in `folder`; for a page at the root, from any folder.
        let fromSameFolder: String
        let fromOtherFolder: String

        init(to page: String) {
            self.page = page
            folder = page.utf8.firstIndex(of: UInt8(ascii: "/")).map { String(page[..<$0]) } ?? ""
            // A page at most one folder deep (all of the site's): what `relative(from:to:)`
            // gives, with the page encoded once.
            if let slash = SitePaths.shallowSlash(in: page.utf8.span) {
                fromRoot = SitePaths.percentEncoded(page[...])
                fromOtherFolder = "../" + fromRoot
                fromSameFolder =
                    slash.map { SitePaths.percentEncoded(Substring(page.utf8.dropFirst($0 + 1))) } ?? fromOtherFolder
            } else {
                fromRoot = SitePaths.relative(from: SitePaths.dashboard, to: page)
                fromOtherFolder = SitePaths.relative(from: "other-\(folder)/page.html", to: page)
                fromSameFolder =
                    folder.isEmpty ? fromOtherFolder : SitePaths.relative(from: folder + "/page.html", to: page)
            }
        }
    }

    private let storage: Storage

    /// The pages of `vault`'s nodes for which `isIncluded` is true, and of their tags.
    public init(vault: Vault, isIncluded: (Graph.NodeID) -> Bool = { _ in true }) {
        self.init(vault: vault, isIncluded: isIncluded, leftOutNames: nil)
    }

    /// The same; text hides the names of the nodes left out as `leftOutNames` has them
    /// (`PublicFields.publicView` reads their aliases before it drops them), by default as
    /// `vault` names them.
    init(vault: Vault, isIncluded: (Graph.NodeID) -> Bool, leftOutNames: LeftOutNames?) {
        let leavesNodesOut = vault.graph.nodes.indices.contains { $0 != Graph.owner && !isIncluded($0) }
        var names =
            !leavesNodesOut
            ? LeftOutNames()
            : leftOutNames
                ?? LeftOutNames(of: vault, leftOut: { !isIncluded($0) }, aliases: { vault.notes[$0].aliases })
        names.values = leftOutNames?.values ?? PrivateValues()
        // Claims on all cores; each path then follows from its claim and those of its slug.
        let hidden = names
        let claims = parallelMap(count: vault.graph.nodes.count, batch: 256, makeState: {}) { _, node in
            Self.claim(of: node, in: vault, names: hidden)
        }
        // A sync tool's copy of a note (`Ana Silva (Marisol's conflicted copy …).md`) has no page:
        // its steps and its status are its original's (`next`), and a page of its own showed
        // a stale copy's "schedule a meeting". A link to it leads to its original's page.
        var originals: [Graph.NodeID: Graph.NodeID] = [:]
        for (copy, original) in vault.syncCopies() {
            let (copy, original) = (Graph.node(ofNote: copy), Graph.node(ofNote: original))
            if isIncluded(copy) { originals[copy] = original }
        }
        let pages = PageClaim.paths(
            of: claims.indices.map { isIncluded($0) && originals[$0] == nil ? claims[$0] : nil })
        for (copy, original) in originals where pages[original] == nil { originals[copy] = nil }
        var tags: [String] = []
        var seen: Set<String> = []
        for index in vault.notes.indices where pages[Graph.node(ofNote: index)] != nil {
            for tag in vault.notes[index].tags {
                let folded = NameKey.fold(tag)
                if seen.insert(folded).inserted { tags.append(folded) }
            }
        }
        let tagPages = PageClaim.paths(
            of: tags.map { PageClaim(folder: "tags", slug: Self.slug($0), identity: $0, rank: 0) })
        let tagPageByTag = Dictionary(uniqueKeysWithValues: zip(tags, tagPages.compactMap { $0 }))
        storage = Storage(
            vault: vault, pages: pages, originals: originals, tagPages: tagPageByTag, leftOutNames: names)
    }

    /// The page of a node, or `nil` when it has none (the owner, or a node left out).
    public func page(of node: Graph.NodeID) -> String? {
        storage.pages.indices.contains(node) ? storage.pages[node] : nil
    }

    /// The link from `page` (a page of the site) to the page of `node`; `nil` when it has none.
    /// The same as `relative(from:to:)` of the two, without working it out each time.
    func link(to node: Graph.NodeID, from page: String) -> String? {
        guard storage.links.indices.contains(node), let links = storage.links[node] else { return nil }
        let bytes = page.utf8.span
        guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")) else { return links.fromRoot }
        guard bytes.firstIndex(of: UInt8(ascii: "/"), from: slash + 1) == nil, slash > 0 else {
            return Self.relative(from: page, to: links.page)
        }
        let folder = links.folder.utf8.span
        let isSameFolder = folder.count == slash && (0..<slash).allSatisfy { folder[$0] == bytes[$0] }
        return isSameFolder ? links.fromSameFolder : links.fromOtherFolder
    }

    /// Every link to the page of `node` that `link(to:from:)` gives from a page at most one
    /// folder deep: from the root, from the page's folder, from another folder; none when the
    /// node has no page.
    func links(to node: Graph.NodeID) -> [String] {
        guard storage.links.indices.contains(node), let links = storage.links[node] else { return [] }
        return [links.fromRoot, links.fromSameFolder, links.fromOtherFolder]
    }

    /// The page of a tag, or `nil` when no included note has it.
    public func page(ofTag tag: String) -> String? {
        storage.tagPages[NameKey.fold(tag)]
    }

    /// The folded tags that have pages, with their pages.
    var allTagPages: [String: String] { storage.tagPages }

    /// Whether some node other than the owner has no page and is no copy whose original has one
    /// (it was left out).
    var leavesNodesOut: Bool { storage.leavesNodesOut }

    /// Whether the site redacts the text it shows (`hidingLeftOutNodes`): it leaves nodes out,
    /// or hides the values of `private_fields`.
    var hidesText: Bool { storage.hidesText }

    /// A resolver for `MarkdownHTML.render` of the note at `index` in `Vault.notes`, for HTML
    /// placed on `page` (by default the note's own page): wikilinks and relative `.md` links
    /// become relative links to their targets' pages, and links to nodes without a page `nil`.
    public func resolver(forNote index: Int, on page: String? = nil) -> MarkdownHTML.Resolver {
        guard let from = page ?? self.page(of: Graph.node(ofNote: index)) else { return { _ in nil } }
        let notePath = storage.vault.notes[index].path
        return { [self] target in
            storage.vault.node(linkedBy: target, from: notePath).flatMap { link(to: $0, from: from) }
        }
    }

    /// `text` from the note at `index` with every link to a node left out of the site (a
    /// private note, under `--public`), a `[[wikilink]]` or a Markdown link, replaced by its
    /// label, or by "(private)" (`Vault.hidingLinks`): the name of a private note is not
    /// shown, not even as text.
    public func hidingLinksToLeftOutNodes(in text: String, fromNote index: Int) -> String {
        guard leavesNodesOut else { return text }
        return storage.vault.hidingLinks(
            in: text, fromNote: storage.vault.notes[index].path, leftOut: isLeftOut, names: storage.leftOutNames)
    }

    /// `text` from the note at `index` that the site shows outside the note's Markdown (a Log
    /// entry, an agenda item, a lead, an open task, a step's title and details, made plain or
    /// made of names) and a line of its search entry: its links to the nodes left out hidden
    /// as `hidingLinksToLeftOutNodes` hides them, then their names and aliases written as
    /// plain words (`LeftOutNames`), except in a wikilink to a page (`[[Sam Park|Sam]]`):
    /// `Vault.hidingLeftOutNodes`, as the public view's front matter values have it already.
    func hidingLeftOutNodes(in text: String, fromNote index: Int) -> String {
        guard hidesText else { return text }
        return hidingLeftOutNodes(in: text, fromFile: storage.vault.notes[index].path)
    }

    /// The same for text from the note at the vault-relative `notePath`; the first `kept` bytes
    /// are Grapevine's own words (a step's verb), which name no one.
    func hidingLeftOutNodes(in text: String, fromFile notePath: String, keeping kept: Int = 0) -> String {
        guard hidesText else { return text }
        return storage.vault.hidingLeftOutNodes(
            in: text, fromNote: notePath, keeping: kept, leftOut: isLeftOut, names: storage.leftOutNames)
    }

    /// The vault-relative path of a note as the site shows it (a page's source file, a step's
    /// `file:line`): with the names of the nodes left out hidden in it
    /// (`LeftOutNames.hiding(inPath:of:)`), as its page's own path has them.
    func shownFile(_ path: String) -> String {
        guard leavesNodesOut else { return path }
        let name = storage.vault.index(ofPath: path).map { storage.vault.notes[$0].name } ?? ""
        return storage.leftOutNames.hiding(inPath: path, of: name)
    }

    /// Whether the site leaves `node` out (nothing to link to, and not the owner): a copy whose
    /// original has a page is not.
    func isLeftOut(_ node: Graph.NodeID) -> Bool {
        node != Graph.owner && (storage.links.indices.contains(node) ? storage.links[node] == nil : true)
    }

    /// The link from `page` to `target`, both site-relative: `../contacts/sam.html` from
    /// `interviews/x.html`, `sam.html` from a page in the same folder. Every path segment is
    /// percent-encoded except letters, digits and `-._~`.
    public static func relative(from page: String, to target: String) -> String {
        if let link = shallowRelative(from: page, to: target) { return link }
        let fromFolders = page.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        let targetParts = target.split(separator: "/", omittingEmptySubsequences: true)
        let targetFolders = targetParts.dropLast()
        var common = 0
        while common < fromFolders.count, common < targetFolders.count,
            fromFolders[fromFolders.startIndex + common] == targetFolders[targetFolders.startIndex + common]
        {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromFolders.count - common)
        let downs = targetParts.dropFirst(common).map(percentEncoded)
        return (ups + downs).joined(separator: "/")
    }

    /// `relative(from:to:)` for the site's own pages, which are at most one folder deep, read
    /// on bytes with no splitting of strings; `nil` for deeper paths. Every node's links are
    /// made with it.
    private static func shallowRelative(from page: String, to target: String) -> String? {
        let pageBytes = page.utf8.span
        let targetBytes = target.utf8.span
        guard let pageSlash = shallowSlash(in: pageBytes), let targetSlash = shallowSlash(in: targetBytes) else {
            return nil
        }
        // From the root, or to a page at the root: the target as it is, one folder up from a folder.
        guard let pageSlash, let targetSlash else {
            return encoded(target[...], after: pageSlash != nil && targetSlash == nil ? "../" : "")
        }
        if pageSlash == targetSlash, (0..<pageSlash).allSatisfy({ pageBytes[$0] == targetBytes[$0] }) {
            return encoded(Substring(target.utf8.dropFirst(targetSlash + 1)), after: "")
        }
        return encoded(target[...], after: "../")
    }

    /// The offset of the one slash in a path at most one folder deep (`nil` inside when it has
    /// none); `nil` for a deeper path or one that starts with a slash.
    fileprivate static func shallowSlash(in path: Span<UInt8>) -> Int?? {
        var first: Int?
        for offset in path.indices where path[offset] == UInt8(ascii: "/") {
            guard first == nil, offset > 0 else { return nil }
            first = offset
        }
        return .some(first)
    }

    private static func encoded(_ path: Substring, after prefix: String) -> String {
        PercentEncoding.encoded(path, after: prefix)
    }

    // MARK: Naming

    /// What a node's page asks for (`PageClaim`): notes by the slug of their file stem (the
    /// stems users already keep unique) with `names` hidden in it as the site shows the note's
    /// file (`shownFile(_:)`), placeholders by their name; `nil` for the owner.
    private static func claim(of node: Graph.NodeID, in vault: Vault, names: LeftOutNames) -> PageClaim? {
        let graphNode = vault.graph.nodes[node]
        let placeholder = Int.max
        switch graphNode.kind {
        case .note(let index):
            let path = vault.notes[index].path
            let folder: String
            switch vault.notes[index].kind {
            case .contact: folder = "contacts"
            case .interview: folder = "interviews"
            case .organization: folder = "organizations"
            case .pitch, .note: folder = "notes"
            }
            let depth = path.utf8.count { $0 == UInt8(ascii: "/") }
            // The path as shown is the identity too: a hash of the path as written would let
            // anyone with a guess of a name hidden in it check the guess.
            let shown = names.hiding(inPath: path, of: vault.notes[index].name)
            return PageClaim(folder: folder, slug: slug(VaultPath.stem(of: shown)), identity: shown, rank: depth)
        case .placeholderPerson:
            return PageClaim(folder: "people", slug: slug(graphNode.name), identity: graphNode.name, rank: placeholder)
        case .placeholderOrganization:
            return PageClaim(
                folder: "organizations", slug: slug(graphNode.name), identity: graphNode.name, rank: placeholder)
        case .owner: return nil
        }
    }

    /// `NameKey.fileSlug(name)`; `page` when nothing is left. A slug of at most
    /// `NameKey.maximumFileSlugLength` bytes is its own file slug: the cut, looked for a
    /// character at a time, was most of the time a page's path took.
    static func slug(_ name: String) -> String {
        let whole = NameKey.slug(name)
        let slug = whole.utf8.count <= NameKey.maximumFileSlugLength ? whole : NameKey.fileSlug(name)
        return slug.isEmpty ? "page" : slug
    }

    fileprivate static func percentEncoded(_ segment: Substring) -> String {
        encoded(segment, after: "")
    }

}
