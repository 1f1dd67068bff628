extension String {
    /// Whether the text starts `http://` or `https://`.
    var isWebAddress: Bool {
        let lowered = prefix(8).lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
    }

    /// The host of a web address, in lower case: `https://us02web.zoom.us/j/1` → `us02web.zoom.us`.
    var webAddressHost: String? {
        guard let schemeEnd = range(of: "://") else { return nil }
        let authority = self[schemeEnd.upperBound...].prefix { !"/?#".contains($0) }
        let host = (authority.split(separator: "@").last ?? "").prefix { $0 != ":" }
        return host.isEmpty ? nil : host.lowercased()
    }
}
