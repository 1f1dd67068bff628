import Foundation

/// What one page of the site asks for: a folder, the slug of its name, and what tells it apart
/// from every other page that asks for the same slug.
///
/// `paths(of:)` turns claims into paths so that a page's path depends on the page itself, not
/// on the order of the claims nor on any claim of another slug: a slug claimed once is
/// `folder/slug.html`; of the claims of one slug, the first by `rank` (then by identity) keeps
/// `folder/slug.html` and each other one gets `folder/slug--<hash of its identity>.html`.
/// A note that comes or goes therefore moves no page of another slug, and moves a page of its
/// own slug only when it is the one that holds, or now takes, the plain path.
struct PageClaim: Sendable {
    /// The page's folder: `contacts`, `people`, `tags`…; never empty.
    let folder: String
    /// The slug of the page's name (a note's file stem, a placeholder's name, a tag); never
    /// holds two dashes in a row (`NameKey.slug`), so no slug is another's `slug--hash`.
    let slug: String
    /// What tells the page apart for as long as it exists, in NFC (a file name from a macOS
    /// disk is decomposed): a note's vault-relative path (as a public site shows it, names
    /// hidden), a placeholder's name, a folded tag.
    let identity: String
    /// Among the claims of one slug, the lowest keeps the plain path: a note in fewer folders
    /// before one in more (a `contacts/old/sam.md` does not take `sam.html` from
    /// `contacts/sam.md`), every note before a placeholder.
    let rank: Int

    init(folder: String, slug: String, identity: String, rank: Int) {
        self.folder = folder
        self.slug = slug
        self.identity = identity.isASCII ? identity : identity.precomposedStringWithCanonicalMapping
        self.rank = rank
    }

    /// How many hexadecimal digits of the identity's hash tell a page apart from the others of
    /// its slug.
    static let hashDigits = 8

    /// The path of each claim, by position; `nil` where there is no claim.
    static func paths(of claims: [PageClaim?]) -> [String?] {
        var paths = claims.map { $0?.plainPath }
        // Each plain path as a case-insensitive file system (macOS, Windows) compares it.
        var claimants: [String: [Int]] = [:]
        claimants.reserveCapacity(claims.count)
        for index in paths.indices {
            guard let path = paths[index] else { continue }
            claimants[path.lowercased(), default: []].append(index)
        }
        for crowd in claimants.values where crowd.count > 1 {
            // Claims alike in rank and identity (two paths that show alike on a public site)
            // keep the order of the claims.
            let ranked = crowd.compactMap { index in claims[index].map { (index, $0) } }.sorted {
                $0.1.precedes($1.1) || (!$1.1.precedes($0.1) && $0.0 < $1.0)
            }
            var taken: Set<String> = []
            for (index, claim) in ranked.dropFirst() {
                paths[index] = claim.suffixedPath(avoiding: &taken)
            }
        }
        return paths
    }

    /// `folder/slug.html`.
    private var plainPath: String {
        folder + "/" + slug + ".html"
    }

    /// Whether this claim comes before `other` for the plain path.
    private func precedes(_ other: PageClaim) -> Bool {
        rank != other.rank ? rank < other.rank : identity.utf8.lexicographicallyPrecedes(other.identity.utf8)
    }

    /// `folder/slug--<hash>.html`, the hash of the identity; should two claims of one slug
    /// hash alike (as good as never), the later one hashes its identity with a count added.
    private func suffixedPath(avoiding taken: inout Set<String>) -> String {
        var attempt = 0
        while true {
            let seed = attempt == 0 ? identity : identity + "\u{0}\(attempt)"
            let path = folder + "/" + slug + "--" + FNV1a.hex(seed.utf8).prefix(Self.hashDigits) + ".html"
            if taken.insert(path).inserted { return path }
            attempt += 1
        }
    }
}
