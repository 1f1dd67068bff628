/// `grapevine path PERSON` as text: the chains, numbered, shortest first.
public struct ReferralChainText {
    let report: ReferralChainReport
    let style: TextStyle

    /// Creates a renderer.
    public init(_ report: ReferralChainReport, style: TextStyle = .plain) {
        self.report = report
        self.style = style
    }

    /// The whole report.
    public var text: String {
        ([chains] + [laterReferrals].compactMap { $0 }).joined(separator: "\n\n")
    }

    private var chains: String {
        let name = report.person.name
        if report.isOwner {
            return style.bold("Referral chains to \(name)")
                + "\n  You are \(name): every referral chain starts with you."
        }
        guard !report.chains.isEmpty else {
            return style.bold("Referral chains from you to \(name)")
                + "\n  None: only a referral cycle leads to \(name), and nobody outside it started it."
                + " 'grapevine check' shows the cycle."
        }
        let title =
            report.chains.count == 1
            ? "Referral chain from you to \(name)" : "Referral chains from you to \(name), shortest first"
        let width = String(report.chains.count).count
        var lines = [style.bold(title)]
        for (number, chain) in report.chains.enumerated() {
            let label = String(number + 1)
            lines.append(
                "  " + String(repeating: " ", count: width - label.count) + label + "  "
                    + chain.map(\.name).joined(separator: " → "))
        }
        if !report.isComplete {
            lines.append("")
            lines.append(
                "  These are the \(report.chains.count) shortest; there may be more, none of them shorter (path shows at most \(report.limit))."
            )
        }
        return lines.joined(separator: "\n")
    }

    private var laterReferrals: String? {
        guard !report.laterReferrals.isEmpty else { return nil }
        var columns = Columns()
        for referral in report.laterReferrals {
            columns.add(referral.referrer.name, referral.date?.description ?? "", "\(referral.file.escapingControlCharacters):\(referral.line)")
        }
        let title = "Also named after you had reached \(report.person.name) (not how you reached them, so in no chain)"
        return ([style.bold(title)] + columns.lines()).joined(separator: "\n")
    }
}
