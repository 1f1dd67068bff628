/// The graph in Graphviz's DOT language: `grapevine graph | dot -Tsvg > graph.svg`.
extension GraphExport {
    /// A `digraph` with every node (its id quoted, its name as the label, its file as the
    /// tooltip) and every edge, styled by kind.
    public var dot: String {
        var lines = [
            "digraph grapevine {",
            "  rankdir=LR;",
            "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
            "  edge [color=\"#555555\"];",
        ]
        for node in nodes {
            var attributes = ["label=" + Self.dotString(node.name)]
            if let file = node.file { attributes.append("tooltip=" + Self.dotString(file)) }
            attributes += Self.dotStyle(of: node.kind)
            lines.append("  \(Self.dotString(node.id)) [\(attributes.joined(separator: ", "))];")
        }
        for edge in edges {
            let style = Self.dotStyle(of: edge)
            let attributes = style.isEmpty ? "" : " [\(style.joined(separator: ", "))]"
            lines.append("  \(Self.dotString(edge.from)) -> \(Self.dotString(edge.to))\(attributes);")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func dotStyle(of kind: Dossier.Kind) -> [String] {
        switch kind {
        case .owner: return ["shape=ellipse", "style=bold"]
        case .contact: return []
        case .placeholderPerson: return ["style=\"rounded,dashed\""]
        case .organization: return ["style=filled", "fillcolor=\"#eeeeee\""]
        case .placeholderOrganization: return ["style=\"filled,dashed\"", "fillcolor=\"#eeeeee\""]
        case .interview, .pitch, .note: return ["shape=note"]
        }
    }

    private static func dotStyle(of edge: Edge) -> [String] {
        switch edge.kind {
        case .referred: return edge.afterReached == true ? ["style=dashed"] : []
        case .found: return ["color=\"#999999\""]
        case .worksAt: return ["style=dotted", "arrowhead=empty"]
        case .met: return ["color=\"#3a7d44\""]
        case .linksTo: return ["color=\"#bbbbbb\"", "arrowsize=0.6"]
        }
    }

    /// `text` as a DOT quoted string: `"` and `\` escaped (so a name holding `\N` or `\l` is
    /// not read as a label escape), a line break as `\n`, other control characters as spaces,
    /// and a space after a final backslash.
    static func dotString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default:
                if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        // Graphviz reads `\"` before the closing quote as an escaped quote, doubled or not:
        // a space keeps a final backslash from swallowing it.
        return result + (text.unicodeScalars.last == "\\" ? " \"" : "\"")
    }
}
