/// The graph as a Mermaid flowchart, for Markdown that renders Mermaid (GitHub, GitLab,
/// Obsidian): each node named once with its label, then the edges by id.
extension GraphExport {
    /// A `flowchart LR`: every node on a line of its own (`id("label")`, its shape by kind),
    /// then every edge (`from -->|kind| to`), then the class that dashes placeholders.
    public var mermaid: String {
        var lines = ["flowchart LR"]
        for node in nodes {
            let (open, close) = Self.mermaidShape(of: node.kind)
            lines.append("  \(Self.mermaidID(node.id))\(open)\(Self.mermaidLabel(node.name))\(close)")
        }
        for edge in edges {
            lines.append("  \(Self.mermaidID(edge.from)) \(Self.mermaidArrow(of: edge)) \(Self.mermaidID(edge.to))")
        }
        let placeholders = nodes.filter { $0.kind == .placeholderPerson || $0.kind == .placeholderOrganization }
        if !placeholders.isEmpty {
            lines.append("  classDef placeholder stroke-dasharray: 5 5")
            lines.append("  class \(placeholders.map { Self.mermaidID($0.id) }.joined(separator: ",")) placeholder")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func mermaidShape(of kind: Dossier.Kind) -> (String, String) {
        switch kind {
        case .owner: return ("([", "])")
        case .contact, .placeholderPerson: return ("(", ")")
        case .organization, .placeholderOrganization: return ("[[", "]]")
        case .interview, .pitch, .note: return ("[", "]")
        }
    }

    private static func mermaidArrow(of edge: Edge) -> String {
        switch edge.kind {
        case .referred: return edge.afterReached == true ? "-.->|named later|" : "-->"
        case .found: return "-->"
        case .worksAt: return "-.->|works at|"
        case .met: return "-->|met|"
        case .linksTo: return "-.->|links to|"
        }
    }

    /// A Mermaid id for a node id: `n`, then its ASCII letters and digits as they are and every
    /// other byte of its UTF-8 as `_` and two hex digits (`contacts/sam.md` →
    /// `ncontacts_2Fsam_2Emd`). One id for one node id and back, never a keyword (`end`), never
    /// starting with the `o` or `x` that would turn an arrow into another kind of link.
    static func mermaidID(_ id: String) -> String {
        var result = "n"
        for byte in id.utf8 {
            if isASCIILetterOrDigit(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "_" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return result
    }

    /// A label in double quotes. Inside, Mermaid reads `#name;` and `#123;` as characters, so
    /// every ASCII character that means something to it (`"`, `#`, `;`, `:`, `&`, `<`, `>`,
    /// brackets, `|`, `%`, `` ` ``, `\`), every control character and each line or paragraph
    /// separator is written as `#` and its code point in decimal. Letters of any script,
    /// digits, spaces and plain punctuation stay as they are.
    static func mermaidLabel(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if isPlainInLabel(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "#\(scalar.value);"
            }
        }
        return result + "\""
    }

    private static func isPlainInLabel(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return isASCIILetterOrDigit(byte) || " .,'-_/!?@+=*$~^".utf8.contains(byte)
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
            return false
        default:
            return true
        }
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
