import ArgumentParser
import GrapevineCore

/// `grapevine graph`: the referral graph as Graphviz DOT, Mermaid or JSON.
struct GraphCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Export the referral graph as Graphviz DOT, Mermaid or JSON.",
        discussion: """
            Prints you, the people and organizations of the vault, who referred whom and who \
            works where, with a line from you to everyone you found yourself. With --all: every \
            note (interviews, plain notes, the pitch) and every edge (met, links-to too). Each \
            node's id is the same from run to run: its note's path, or for someone with no \
            note yet person: or organization: and the name.

            Formats: dot (the default; render it with Graphviz), mermaid (a flowchart for \
            Markdown), json ({"nodes": [...], "edges": [...]}, docs/path-and-graph.md).

            Examples:
              grapevine graph | dot -Tsvg > referrals.svg
              grapevine graph --format mermaid --out referrals.mmd
              grapevine graph --all --format json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, mermaid, json
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The format: dot, mermaid or json.")
    var format: Format = .dot

    @Flag(name: .long, help: "Every note and every kind of edge, not only the referral graph.")
    var all = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write to this new file instead of standard output ('-'); an existing file is never replaced.",
            valueName: "file"))
    var out: String?

    mutating func execute(_ console: Console) async throws {
        let vault = try VaultOpener.open(global, console)
        let graph = GraphExport(vault: vault, everything: all)
        let text: String
        switch format {
        case .dot: text = graph.dot
        case .mermaid: text = graph.mermaid
        case .json: text = try JSONOutput.encode(graph) + "\n"
        }
        try console.write(text, toNewFile: out, wrote: "\(graph.nodes.count) nodes and \(graph.edges.count) edges")
        VaultOpener.warnAboutProblems(in: vault, console)
    }
}
