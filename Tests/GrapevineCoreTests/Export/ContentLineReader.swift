/// A reader of iCalendar (RFC 5545) and vCard (RFC 6350) text for the tests, independent of
/// the writer: it checks the line endings, folding and escaping, and gives back components and
/// properties.
struct ContentLineReader {
    /// A problem with the text, in words.
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    /// One property: `NAME;PARAM=value:value`.
    struct Property {
        var name: String
        var parameters: [String: String]
        var value: String
    }

    /// A `BEGIN:NAME` … `END:NAME` block.
    struct Component {
        var name: String
        var properties: [Property] = []
        var components: [Component] = []

        func all(_ name: String) -> [Property] { properties.filter { $0.name == name } }
        func property(_ name: String) -> Property? { all(name).first }

        /// The unescaped TEXT value of the only `name` property; `nil` when there is none.
        func text(_ name: String) throws -> String? {
            let found = all(name)
            guard found.count <= 1 else { throw Problem(description: "\(name) appears \(found.count) times") }
            return try found.first.map { try ContentLineReader.unescaped($0.value) }
        }
    }

    /// The lines as written, without their CRLF, each as UTF-8 bytes.
    let physicalLines: [[UInt8]]
    /// The lines after unfolding.
    let contentLines: [String]
    /// The outermost components: one VCALENDAR, or any number of VCARDs.
    let components: [Component]

    /// Reads `text`, whose outermost components must all be `expecting`: one VCALENDAR, or any
    /// number of VCARDs.
    init(_ text: String, expecting: String = "VCALENDAR") throws {
        physicalLines = try Self.splitAtCRLF(Array(text.utf8))
        for (number, line) in physicalLines.enumerated() {
            guard line.count <= 75 else { throw Problem(description: "line \(number + 1) has \(line.count) octets") }
            guard String(validating: line, as: UTF8.self) != nil else {
                throw Problem(description: "line \(number + 1) is not UTF-8 on its own: a character was split")
            }
        }
        contentLines = try Self.unfold(physicalLines)
        components = try Self.components(contentLines.map(Self.property))
        guard components.allSatisfy({ $0.name == expecting }) else {
            throw Problem(description: "an outermost component is not \(expecting)")
        }
        guard expecting != "VCALENDAR" || components.count == 1 else { throw Problem(description: "no VCALENDAR") }
    }

    /// The VCALENDAR.
    var calendar: Component { components.first ?? Component(name: "none") }

    /// The VTODO components of the calendar.
    var todos: [Component] { calendar.components.filter { $0.name == "VTODO" } }

    /// The VEVENT components of the calendar.
    var events: [Component] { calendar.components.filter { $0.name == "VEVENT" } }

    private static func splitAtCRLF(_ bytes: [UInt8]) throws -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                lines.append(current)
                current = []
                index += 2
                continue
            }
            guard byte != 13, byte != 10 else {
                throw Problem(description: "a bare \(byte == 13 ? "CR" : "LF") after line \(lines.count)")
            }
            current.append(byte)
            index += 1
        }
        guard current.isEmpty else { throw Problem(description: "the last line does not end with CRLF") }
        return lines
    }

    private static func unfold(_ lines: [[UInt8]]) throws -> [String] {
        var logical: [[UInt8]] = []
        for line in lines {
            if let first = line.first, first == 32 || first == 9 {
                guard !logical.isEmpty else { throw Problem(description: "the first line is a continuation") }
                logical[logical.count - 1] += line.dropFirst()
            } else {
                logical.append(line)
            }
        }
        return try logical.map { bytes in
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw Problem(description: "an unfolded line is not UTF-8")
            }
            return text
        }
    }

    /// Splits `NAME;P1=a;P2="b;c":value` at the first colon outside quotes (by Unicode scalar,
    /// so a combining mark after the colon stays in the value).
    private static func property(_ line: String) throws -> Property {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var value: String?
        var scalars = line.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\"" { quoted.toggle() }
            if !quoted, scalar == ":" {
                parts.append(current)
                value = String(scalars)
                break
            }
            if !quoted, scalar == ";" {
                parts.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        guard let value, let name = parts.first, !name.isEmpty else {
            throw Problem(description: "'\(line)' is not NAME:value")
        }
        var parameters: [String: String] = [:]
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { throw Problem(description: "parameter '\(parameter)' has no value") }
            parameters[String(pair[0])] = String(pair[1])
        }
        return Property(name: name, parameters: parameters, value: value)
    }

    private static func components(_ properties: [Property]) throws -> [Component] {
        var stack: [Component] = []
        var finished: [Component] = []
        for property in properties {
            switch property.name {
            case "BEGIN":
                stack.append(Component(name: property.value))
            case "END":
                guard let last = stack.popLast(), last.name == property.value else {
                    throw Problem(description: "END:\(property.value) does not close the open component")
                }
                if stack.isEmpty { finished.append(last) } else { stack[stack.count - 1].components.append(last) }
            default:
                guard !stack.isEmpty else { throw Problem(description: "\(property.name) outside any component") }
                stack[stack.count - 1].properties.append(property)
            }
        }
        guard stack.isEmpty else { throw Problem(description: "\(stack[0].name) is not closed") }
        return finished
    }

    /// A TEXT value unescaped; a bare `,` or `;`, or an unknown escape, is a problem.
    static func unescaped(_ value: String) throws -> String {
        var result = ""
        var escaping = false
        for scalar in value.unicodeScalars {
            if escaping {
                switch scalar {
                case "\\", ";", ",": result.unicodeScalars.append(scalar)
                case "n", "N": result += "\n"
                default: throw Problem(description: "unknown escape \\\(scalar) in '\(value)'")
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else if scalar == "," || scalar == ";" {
                throw Problem(description: "unescaped '\(scalar)' in '\(value)'")
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        guard !escaping else { throw Problem(description: "a lone backslash ends '\(value)'") }
        return result
    }
}
