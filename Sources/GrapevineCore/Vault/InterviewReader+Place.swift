/// Where an interview is held and the link to join it: what `next`, `prep` and `export ics` show.
extension InterviewReader {
    /// The front matter keys a link to join the call may be written under, in the order read.
    static let linkKeys = ["link", "url", "meeting", "video", "join", "location"]

    /// Where video calls are held: a body link to one of these (or a subdomain) is the link to
    /// join, even when the front matter names none.
    static let callHosts = [
        "zoom.us", "meet.google.com", "teams.microsoft.com", "teams.live.com", "webex.com", "whereby.com",
        "meet.jit.si", "facetime.apple.com", "bluejeans.com", "chime.aws",
    ]

    /// `.zoom.us` and the others: a subdomain of a call host is one too.
    private static let callSubdomainSuffixes = callHosts.map { "." + $0 }

    /// The `location:` as written, when there is one.
    func location(_ fields: FieldReader) -> String? {
        fields.frontMatter["location"]?.scalar.flatMap(Self.nonEmpty)
    }

    /// The link to join the call: a web address under one of `linkKeys`, else the first link
    /// in the body to a `callHosts` address.
    func callLink(_ fields: FieldReader) -> String? {
        for key in Self.linkKeys {
            if let value = fields.frontMatter[key]?.scalar.flatMap(Self.nonEmpty), value.isWebAddress { return value }
        }
        return body.links.lazy.compactMap { link -> String? in
            guard case .url(let address) = link.target, address.isWebAddress, let host = address.webAddressHost else {
                return nil
            }
            return Self.callHosts.contains(host) || Self.callSubdomainSuffixes.contains(where: host.hasSuffix)
                ? address : nil
        }.first
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}
