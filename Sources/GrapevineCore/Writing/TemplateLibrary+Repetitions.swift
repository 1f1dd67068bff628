/// How many times a note or draft template repeats its text: a section over a list repeats
/// what it holds once per item, and one nested in another over a list does so for each of
/// its items. Inside a section, a name the item does not have is looked up outside it, so
/// `{{#suggested}}` written 32 times in a row, with two names suggested, repeated the text
/// four billion times: `draft` ran until killed. A vault's templates come with the vault.
extension TemplateLibrary {
    /// The most times a template may repeat its text for one note or draft; the built-in
    /// ones repeat a sentence once per name or resource.
    static let mostRepetitions = 10_000

    /// The section tags of a template, opening and closing, with the names of the lists
    /// they may go over: all that `checkRepetitions` needs, found once per template.
    struct Sections: Sendable {
        let tags: [TemplateTag]
        let text: String
        let origin: String

        init(_ text: String, origin: String) {
            tags = TemplateTag.tags(in: text).filter { ["#", "^", "/"].contains($0.sigil) }
            self.text = text
            self.origin = origin
        }

        /// An error at the first section that would repeat its text more than
        /// `mostRepetitions` times with `values`. Without a list among the values, nothing
        /// repeats, and nothing is looked at.
        func checkRepetitions(_ values: [String: Any]) throws(TemplateError) {
            var sizes: [String: Int] = [:]
            Self.collectListSizes(values, into: &sizes)
            guard !sizes.isEmpty else { return }
            var times = [1]
            for tag in tags {
                switch tag.sigil {
                case "/":
                    if times.count > 1 { times.removeLast() }
                default:
                    let items = tag.sigil == "#" ? sizes[tag.name] ?? 1 : 1
                    let (product, overflow) = times[times.count - 1].multipliedReportingOverflow(by: items)
                    guard !overflow, product <= mostRepetitions else {
                        throw TemplateError(
                            file: origin, line: tag.line, column: tag.column,
                            message: "sections over lists are nested so that the text here would be repeated "
                                + "more than \(mostRepetitions) times; nest '\(tag.name)' in fewer sections",
                            text: text)
                    }
                    times.append(product)
                }
            }
        }

        /// The largest number of items of each list in `values`, by name, nested ones too.
        private static func collectListSizes(_ values: [String: Any], into sizes: inout [String: Int]) {
            for (name, value) in values {
                guard let items = value as? [Any] else {
                    if let nested = value as? [String: Any] { collectListSizes(nested, into: &sizes) }
                    continue
                }
                sizes[name] = max(sizes[name] ?? 0, items.count)
                for case let nested as [String: Any] in items { collectListSizes(nested, into: &sizes) }
            }
        }
    }
}
