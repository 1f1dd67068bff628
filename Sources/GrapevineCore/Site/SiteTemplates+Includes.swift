/// Which site templates include which (`{{> name}}`) or extend which (`{{< name}}`), so that a
/// set of templates that would include itself for ever is refused before any page is built:
/// swift-mustache follows partials by recursion, and a cycle overflowed the stack. A vault's
/// templates come with the vault, whoever wrote it.
extension SiteTemplates {
    /// A `{{> name}}` or `{{< name}}` tag in a template.
    struct Include: Equatable {
        var name: String
        /// `{{>*name}}`: the template is named by a value, so which one cannot be known.
        var isDynamic: Bool
        /// `{{<name}}`: the template extends the one named, rather than include it.
        var isParent = false
        var line: Int
        var column: Int
    }

    /// The include and extend tags of a Mustache template, read as swift-mustache reads
    /// tags (`TemplateTag`).
    static func includes(in text: String) -> [Include] {
        TemplateTag.tags(in: text).compactMap { tag in
            guard tag.isClosed, tag.sigil == ">" || tag.sigil == "<" else { return nil }
            var name = tag.name
            let isDynamic = name.hasPrefix("*")
            if isDynamic { name = String(name.dropFirst()).trimmingWhitespace() }
            return Include(
                name: name, isDynamic: isDynamic, isParent: tag.sigil == "<", line: tag.line, column: tag.column)
        }
    }

    /// An error at the first include that leads back to where it started, at a dynamic
    /// include (which could), or at one of a name no template has; `sources` are the
    /// templates by name, with their text and where each comes from.
    static func checkIncludes(of sources: [(name: String, text: String, origin: String)])
        throws(TemplateLibrary.TemplateError)
    {
        let includes = Dictionary(uniqueKeysWithValues: sources.map { ($0.name, Self.includes(in: $0.text)) })
        let origins = Dictionary(uniqueKeysWithValues: sources.map { ($0.name, (origin: $0.origin, text: $0.text)) })
        for source in sources {
            if let dynamic = includes[source.name]?.first(where: \.isDynamic) {
                throw TemplateLibrary.TemplateError(
                    file: source.origin, line: dynamic.line, column: dynamic.column,
                    message: "a site template cannot include a template named by a value ({{>*\(dynamic.name)}}); "
                        + "name the template", text: source.text)
            }
            // A name no template has renders nothing: every page made from it would be empty.
            if let unknown = includes[source.name]?.first(where: { includes[$0.name] == nil }) {
                throw TemplateLibrary.TemplateError(
                    file: source.origin, line: unknown.line, column: unknown.column,
                    message:
                        "there is no site template '\(unknown.name)' to \(unknown.isParent ? "extend" : "include"); "
                        + "the templates are "
                        + sources.map(\.name).joined(separator: ", "), text: source.text)
            }
        }
        var expansions: [String: Int] = [:]
        for source in sources {
            var path: [(name: String, include: Include?)] = [(source.name, nil)]
            _ = try expansionCount(
                of: source.name, path: &path, includes: includes, origins: origins, known: &expansions)
        }
    }

    /// The most templates one template may stand for once its includes are followed, itself
    /// included: the built-in page with the most has a few dozen. Includes that each include
    /// ten more, ten deep, made `site` render ten billion templates for every page.
    static let mostExpansions = 2_000

    /// How many templates `name` stands for once every include is followed (an include in a
    /// section counts once, whatever the number of items), depth-first along includes with
    /// what is `known` kept, so that each template is followed once: a template met again on
    /// the `path` is a cycle, and a count over `mostExpansions` an error at the include that
    /// goes over.
    private static func expansionCount(
        of name: String, path: inout [(name: String, include: Include?)], includes: [String: [Include]],
        origins: [String: (origin: String, text: String)], known: inout [String: Int]
    ) throws(TemplateLibrary.TemplateError) -> Int {
        if let count = known[name] { return count }
        var count = 1
        for include in includes[name] ?? [] where includes[include.name] != nil {
            if let first = path.firstIndex(where: { $0.name == include.name }) {
                throw cycleError(Array(path[first...]), closedBy: include, origins: origins)
            }
            path.append((include.name, include))
            count += try expansionCount(
                of: include.name, path: &path, includes: includes, origins: origins, known: &known)
            path.removeLast()
            if count > mostExpansions {
                throw TemplateLibrary.TemplateError(
                    file: origins[name]?.origin ?? name, line: include.line, column: include.column,
                    message: "the site templates include one another more than \(mostExpansions) times over for one "
                        + "page (" + (path.map(\.name) + [include.name]).map { $0 + ".html" }.joined(separator: " → ")
                        + "); include each template fewer times", text: origins[name]?.text)
            }
        }
        known[name] = count
        return count
    }

    /// The error for a cycle of templates, each included by the one before it and the last
    /// including the first: at the tag, in the first template of the cycle that is the
    /// user's (the built-in ones include no cycle among themselves).
    private static func cycleError(
        _ cycle: [(name: String, include: Include?)], closedBy closing: Include,
        origins: [String: (origin: String, text: String)]
    ) -> TemplateLibrary.TemplateError {
        // Each template of the cycle, with the tag in it that includes the next.
        let edges = cycle.indices.map { index in
            (name: cycle[index].name, tag: index + 1 < cycle.count ? cycle[index + 1].include ?? closing : closing)
        }
        let edge = edges.first { !(origins[$0.name]?.origin ?? "").hasPrefix("built-in") } ?? edges[edges.count - 1]
        let names = cycle.map(\.name) + [cycle[0].name]
        return TemplateLibrary.TemplateError(
            file: origins[edge.name]?.origin ?? edge.name, line: edge.tag.line, column: edge.tag.column,
            message: "the site templates include each other without end ("
                + names.map { $0 + ".html" }.joined(separator: " → ") + "); a page would never be finished",
            text: origins[edge.name]?.text)
    }
}
