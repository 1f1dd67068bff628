/// `grapevine path ORGANIZATION` as text: one aligned row per person, warmest first, with what
/// to do; then how you reached each of them (or, for those not contacted yet, how you came by
/// their names).
public struct WarmIntroductionsText {
    let introductions: WarmIntroductions
    let style: TextStyle

    /// Creates a renderer.
    public init(_ introductions: WarmIntroductions, style: TextStyle = .plain) {
        self.introductions = introductions
        self.style = style
    }

    /// The whole report.
    public var text: String {
        let name = introductions.organization.name
        guard !introductions.introductions.isEmpty else {
            return style.bold("Warm introductions to \(name)")
                + "\n  You know nobody at \(name) yet, and nobody you know has named anyone there."
                + "\n  Ask the people you know, search alumni lists and LinkedIn."
        }
        return [people, chains].joined(separator: "\n\n")
    }

    private var people: String {
        var columns = Columns()
        for introduction in introductions.introductions {
            let relation =
                introduction.worksThere
                ? "works there" : "referred " + Prose.list(introduction.referred.map(\.name))
            columns.add(introduction.warmth.label, introduction.person.name, relation, introduction.action.text)
        }
        let title = "Warm introductions to \(introductions.organization.name), warmest first"
        return ([style.bold(title)] + columns.lines()).joined(separator: "\n")
    }

    /// The chain from you to each person: how you reached those you have contacted, and how
    /// you came by the names of those you have not (they are not reached yet).
    private var chains: String {
        let all = introductions.introductions
        let reached = all.filter { $0.warmth != .notContacted }
        let notYet = all.filter { $0.warmth == .notContacted }
        return [
            chains(of: reached, title: "How you reached them"),
            chains(of: notYet, title: "Not contacted yet: how you came by their names"),
        ].compactMap { $0 }.joined(separator: "\n\n")
    }

    private func chains(of introductions: [WarmIntroduction], title: String) -> String? {
        guard !introductions.isEmpty else { return nil }
        var columns = Columns()
        for introduction in introductions {
            let chain =
                introduction.chain.isEmpty
                ? "no chain from you (only a referral cycle leads to them)"
                : introduction.chain.map(\.name).joined(separator: " → ")
            columns.add(introduction.person.name, chain)
        }
        return ([style.bold(title)] + columns.lines()).joined(separator: "\n")
    }
}
