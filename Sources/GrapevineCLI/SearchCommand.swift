import ArgumentParser
import GrapevineCore

/// `grapevine search QUERY…`: full-text search of every note.
struct SearchCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find the notes that mention words or phrases, best first, with the lines that match.",
        discussion: """
            Searches every note: its front matter values and its body. Case, accents and \
            special letters do not matter (jose finds José, strasse finds Straße, istanbul \
            finds İstanbul). A word finds the words it starts (interview finds interviews); \
            words in double quotes, or an argument with spaces quoted in the shell, are a \
            phrase: the words next to each other, on one line. A note must hold every word and \
            phrase.

            Notes whose name, title or aliases match come first, then those where another front \
            matter value matches, then those where only the body does; then the notes with \
            more matches; then by path. Each shows file:line of its best match, its kind and \
            name, and up to three matching lines, cut around the match when they are long.

            --json prints an array of {file, line, kind, name, score, snippets: [{line, \
            text}]} (docs/search.md). No match is not an error: it says so, and exits 0.

            Examples:
              grapevine search haccp
              grapevine search brulee                 (finds crème brûlée)
              grapevine search "food safety" --kind interview
              grapevine search jose bakery --limit 5
              grapevine search '"scale-up" dough' --json
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Words to find, and phrases in quotes.", valueName: "query"))
    var query: [String]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Search only notes of this kind: contact, interview, organization, pitch, note (repeatable).",
            valueName: "kind"))
    var kind: [NoteKind] = []

    @Option(name: .long, help: ArgumentHelp("Show at most this many notes; 0 shows all.", valueName: "n"))
    var limit = 20

    @Flag(name: .long, help: "Print the matches as a JSON array (file, line, kind, name, score, snippets).")
    var json = false

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 (all) or more.") }
    }

    mutating func execute(_ console: Console) async throws {
        let searched: SearchQuery
        do {
            searched = try SearchQuery(arguments: query)
        } catch {
            let quoted = query.joined(separator: " ")
            throw CommandError(
                "error: there is no word to search for in '\(quoted)'.",
                ["Give a word or a phrase: grapevine search haccp, grapevine search \"food safety\"."],
                status: .usage)
        }
        let vault = try VaultOpener.open(global, console)
        let results = SearchResults(query: searched, in: vault, kinds: Set(kind), limit: limit == 0 ? nil : limit)
        if json {
            console.write(try JSONOutput.encode(results.hits))
        } else {
            console.write(SearchResultsText(results, style: global.style(console)).text)
        }
        VaultOpener.warnAboutProblems(in: vault, console)
    }
}

extension NoteKind: ExpressibleByArgument {}
