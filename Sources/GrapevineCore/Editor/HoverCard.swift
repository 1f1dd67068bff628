/// A person's or organization's card for an editor's hover, in Markdown: who they are, where
/// things stand, how you reached them, and their open next steps. Made from the dossier
/// `grapevine show` prints (`Dossier`), with fewer parts.
struct HoverCard {
    let dossier: Dossier
    /// The open steps about them, as `next` lists them.
    let steps: [NextStep]
    let today: LocalDate

    /// The most steps and people a card lists.
    static let listLimit = 5

    var markdown: String {
        var blocks = [heading]
        if let facts = facts { blocks.append(facts) }
        if let people = people { blocks.append(people) }
        if let next = next { blocks.append(next) }
        return blocks.joined(separator: "\n\n")
    }

    /// `**Maria Lopez** — Senior R&D Scientist at Brightfield Foods`, and the file.
    private var heading: String {
        var subtitle: [String] = []
        switch dossier.kind {
        case .placeholderPerson: subtitle.append("a person with no note yet")
        case .placeholderOrganization: subtitle.append("an organization with no note yet")
        case .organization: subtitle.append("organization")
        case .owner: subtitle.append("you")
        default: break
        }
        if let title = detail("Title") { subtitle.append(title) }
        if let organization = dossier.organization { subtitle.append("at \(organization.name)") }
        let line =
            "**\(Self.escaped(dossier.name))**"
            + (subtitle.isEmpty ? "" : " — " + Self.escaped(subtitle.joined(separator: " ")))
        return line + (dossier.file.map { "  \n`\($0)`" } ?? "")
    }

    /// Status, how you reached them, and the details worth a glance, one per line.
    private var facts: String? {
        var lines: [String] = []
        if let status = dossier.status {
            lines.append("Status: " + status.label + (dossier.lastTouch.map { "; last in touch \($0)" } ?? ""))
        }
        if dossier.kind == .contact || dossier.kind == .placeholderPerson {
            if dossier.referralChain.count > 2 {
                lines.append("Reached through: " + dossier.referralChain.map(\.name).joined(separator: " → "))
            } else if let source = detail("Source") {
                lines.append("Found through: \(source)" + (isReferredLater ? "" : " (nobody referred them)"))
            } else if dossier.referralChain.count == 2, !isReferredLater {
                lines.append("Found yourself (nobody referred them)")
            }
        }
        for label in ["Email", "Phone", "Location", "Industry", "Target", "Motivation", "Posting"] {
            if let value = detail(label) { lines.append("\(label): \(value)") }
        }
        return lines.isEmpty ? nil : lines.map(Self.escaped).joined(separator: "  \n")
    }

    /// Whether they are named only in the Referrals of a meeting to come: a referral the card
    /// does not count yet, but that says nobody found them either.
    private var isReferredLater: Bool { dossier.referralToCome != nil }

    /// For an organization, the people there.
    private var people: String? {
        guard !dossier.people.isEmpty else { return nil }
        var lines = dossier.people.prefix(Self.listLimit).map { member in
            "- " + Self.escaped(member.person.name + (member.title.map { ", \($0)" } ?? "") + ": " + member.statusLabel)
        }
        if dossier.people.count > Self.listLimit { lines.append("- and \(dossier.people.count - Self.listLimit) more") }
        return "People there:\n" + lines.joined(separator: "\n")
    }

    /// The open next steps about them, overdue first.
    private var next: String? {
        guard !steps.isEmpty else { return nil }
        var lines = steps.prefix(Self.listLimit).map { step in
            let when: String
            switch step.due {
            case let due? where due < today: when = "overdue since \(due)"
            case let due? where due == today: when = "due today"
            case let due?: when = "due \(due)"
            case nil: when = "any time"
            }
            return "- \(when): " + Self.escaped(step.shownTitle)
        }
        if steps.count > Self.listLimit { lines.append("- and \(steps.count - Self.listLimit) more (grapevine next)") }
        return "Next steps:\n" + lines.joined(separator: "\n")
    }

    private func detail(_ label: String) -> String? {
        dossier.details.first { $0.label == label }?.value
    }

    /// Text with the characters Markdown would read as markup escaped.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

extension LiveVault {
    /// The card of the person or organization the place at `offset` names, and the bytes of
    /// the reference (or name) it is on; `nil` elsewhere.
    public mutating func hover(inNote path: String, at offset: Int, today: LocalDate) -> (
        markdown: String, range: Range<Int>
    )? {
        guard let (target, range) = target(inNote: path, at: offset) else { return nil }
        let vault = vault(asOf: today)
        guard let node = node(of: target, in: vault) else { return nil }
        let dossier = DossierBuilder(vault: vault, today: today).making([.details, .referralChain]).dossier(for: node)
        let kind = vault.graph.nodes[node].kind
        let isOrganization = kind == .placeholderOrganization || vault.note(for: node)?.kind == .organization
        let about = steps(today: today).filter { step in
            step.person == node || (isOrganization && step.person == nil && step.organization == dossier.name)
        }
        return (HoverCard(dossier: dossier, steps: about, today: today).markdown, range)
    }

    /// The graph node of what a place names.
    func node(of target: NamedTarget, in vault: Vault) -> Graph.NodeID? {
        switch target {
        case .note(let index): return Graph.node(ofNote: index)
        case .placeholder(let name): return vault.placeholder(named: name)
        case .ambiguous: return nil
        }
    }

    /// Every open next step as of `today`, as `next` finds them (`vault(asOf:)`), worked out
    /// once for the vault as it stands.
    public mutating func steps(today: LocalDate) -> [NextStep] {
        if let cached = stepCache, cached.today == today { return cached.steps }
        let found = NextStepEngine(vault: vault(asOf: today), today: today).steps()
        stepCache = (today, found)
        return found
    }
}

extension DossierBuilder {
    /// The builder, making only `parts` of a dossier.
    func making(_ parts: Parts) -> DossierBuilder {
        var builder = self
        builder.parts = parts
        return builder
    }
}

extension Vault {
    /// The placeholder person or organization with the folded name `name`.
    func placeholder(named name: String) -> Graph.NodeID? {
        GraphBuilder.placeholder(named: name, in: placeholders)
    }
}
