extension InterviewEvent {
    /// Every interview of the vault that has a date, called off or not, earliest first; those
    /// dated `today` or later are upcoming.
    public static func all(in vault: Vault, today: LocalDate) -> [InterviewEvent] {
        let graph = vault.graph
        let events = vault.notes.indices.compactMap { index -> InterviewEvent? in
            let note = vault.notes[index]
            guard let interview = note.interview, let start = interview.date else { return nil }
            let people = graph.neighbors(.met, from: Graph.node(ofNote: index)).map { person in
                Person(
                    name: graph.nodes[person].name,
                    organization: graph.organization(of: person).map { graph.nodes[$0].name })
            }
            let location = note.frontMatter["location"]?.scalar.flatMap(nonEmpty)
            return InterviewEvent(
                file: note.path, start: start, minutes: interview.duration, people: people,
                isUpcoming: start.date >= today, mode: interview.mode, status: interview.status, location: location,
                link: callLink(in: note))
        }
        return events.sorted { ($0.start, $0.file) < ($1.start, $1.file) }
    }

    /// The front matter keys a link to join the call may be written under, in the order read.
    static let linkKeys = ["link", "url", "meeting", "video", "join", "location"]

    /// Where video calls are held: a body link to one of these (or a subdomain) is the link to
    /// join, even when the front matter names none.
    static let callHosts = [
        "zoom.us", "meet.google.com", "teams.microsoft.com", "teams.live.com", "webex.com", "whereby.com",
        "meet.jit.si", "facetime.apple.com", "bluejeans.com", "chime.aws",
    ]

    /// The link to join the call: a web address under one of `linkKeys`, else the first link
    /// in the body to a `callHosts` address.
    static func callLink(in note: Note) -> String? {
        for key in linkKeys {
            if let value = note.frontMatter[key]?.scalar.flatMap(nonEmpty), isWebAddress(value) { return value }
        }
        return note.body.links.lazy.compactMap { link -> String? in
            guard case .url(let address) = link.target, isWebAddress(address), let host = host(of: address) else {
                return nil
            }
            return callHosts.contains { host == $0 || host.hasSuffix("." + $0) } ? address : nil
        }.first
    }

    /// Whether `text` starts `http://` or `https://`.
    static func isWebAddress(_ text: String) -> Bool {
        let lowered = text.prefix(8).lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
    }

    /// The host of a web address, in lower case: `https://us02web.zoom.us/j/1` → `us02web.zoom.us`.
    static func host(of address: String) -> String? {
        guard let schemeEnd = address.range(of: "://") else { return nil }
        let authority = address[schemeEnd.upperBound...].prefix { !"/?#".contains($0) }
        let host = (authority.split(separator: "@").last ?? "").prefix { $0 != ":" }
        return host.isEmpty ? nil : host.lowercased()
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}
