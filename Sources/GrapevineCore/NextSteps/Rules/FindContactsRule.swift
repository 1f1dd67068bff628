/// `find-contacts`: an organization on your target list (`target: true`) with nobody there in
/// your pipeline (SPEC §3). The detail names the people of your network there (contacts without
/// `added`, never contacted) and whoever could introduce you, warmest first, as
/// `grapevine path ORGANIZATION` orders them (`WarmIntroductions`). Undated.
struct FindContactsRule: NextStepRule {
    let endsWithTheSearch = true

    /// The most people of your network a step names.
    static let namedLimit = 5

    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.notes).compactMap { index in
            let note = context.vault.notes[index]
            guard note.organization?.isTarget == true else { return nil }
            let organization = Graph.node(ofNote: index)
            let people = context.vault.graph.contacts(at: organization)
            guard !people.contains(where: context.isInPipeline) else { return nil }
            var details: [String] = []
            if !people.isEmpty {
                let ways = WarmIntroductions(
                    organization: organization, in: context.vault, today: context.today,
                    chains: context.referralChains)
                details = Self.details(ways.introductions)
            }
            details.append("Ask the people you know, search alumni lists and LinkedIn.")
            return NextStep(
                kind: .findContacts, due: nil, organization: note.name,
                title: "Find people to talk to at \(note.name)", details: details, file: note.path,
                line: note.frontMatter.entry("target")?.keyPosition.line ?? 1)
        }
    }

    /// "You know Ana Li and Bo Chen there (your network, not yet on your list): …", then who
    /// could introduce you, each in the order given (warmest first).
    static func details(_ introductions: [WarmIntroduction]) -> [String] {
        var details: [String] = []
        let members = introductions.filter(\.worksThere).map(\.person.name)
        if let first = members.first {
            let more = members.count > namedLimit ? " and \(members.count - namedLimit) more" : ""
            let named =
                members.count > namedLimit
                ? members.prefix(namedLimit).joined(separator: ", ") + more : Prose.list(members)
            details.append(
                NextStep.yourNetworkThere + named
                    + " there (your network, not yet on your list): start with them. "
                    + "grapevine new contact \(Shell.argument(first)) puts \(members.count == 1 ? "them" : first) on your list."
            )
        }
        for introduction in introductions where !introduction.worksThere {
            let text = introduction.action.text
            details.append(text.prefix(1).uppercased() + text.dropFirst() + ".")
        }
        return details
    }
}
