import Foundation

/// Markup-independent looks at the HTML of a built site, shared by the core and CLI tests:
/// what any correct markup must have, never class names or nesting.
public enum SiteHTML {
    /// Every file of the site folder (marker excluded), site-relative path to contents.
    public static func read(_ folder: String) throws -> [String: String] {
        var files: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { throw Unreadable(path: folder) }
        while let relative = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = folder + "/" + relative
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue,
                relative != ".grapevine-site"
            else { continue }
            guard let data = FileManager.default.contents(atPath: full) else { throw Unreadable(path: full) }
            files[relative] = String(decoding: data, as: UTF8.self)
        }
        return files
    }

    /// A file or folder of the site that could not be read.
    public struct Unreadable: Error {
        public var path: String
    }

    public static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    /// The first capture group of every match.
    public static func captures(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            (1..<match.numberOfRanges).lazy.compactMap { Range(match.range(at: $0), in: text) }.first
                .map { String(text[$0]) }
        }
    }

    /// A start tag: its lowercased name and attributes (names lowercased, values with
    /// entities decoded), and for `script` and `style` the raw text up to the end tag.
    public struct Tag {
        public var name: String
        public var attributes: [(name: String, value: String)]
        public var rawText = ""
    }

    /// Every start tag of `html`, read the way a browser does: quoted values may hold `>`,
    /// comments are skipped, and `script` and `style` hold raw text.
    public static func tags(in html: String) -> [Tag] {
        let bytes = Array(html.utf8)
        var tags: [Tag] = []
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
        }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        func text(_ start: Int, _ end: Int) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }
        func find(_ needle: String, from start: Int) -> Int? {
            let pattern = Array(needle.utf8)
            var position = start
            while position + pattern.count <= bytes.count {
                if zip(bytes[position..<position + pattern.count], pattern).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) {
                    return position
                }
                position += 1
            }
            return nil
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count else {
                index += 1
                continue
            }
            if text(index, min(index + 4, bytes.count)) == "<!--" {
                index = (find("-->", from: index + 4) ?? bytes.count) + 3
                continue
            }
            var position = index + 1
            let closing = bytes[position] == UInt8(ascii: "/")
            if closing { position += 1 }
            guard position < bytes.count, isLetter(bytes[position]) else {
                index += 1
                continue
            }
            let nameStart = position
            while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: "/"),
                bytes[position] != UInt8(ascii: ">")
            {
                position += 1
            }
            var tag = Tag(name: text(nameStart, position).lowercased(), attributes: [])
            while position < bytes.count, bytes[position] != UInt8(ascii: ">") {
                if isSpace(bytes[position]) || bytes[position] == UInt8(ascii: "/") {
                    position += 1
                    continue
                }
                let attributeStart = position
                position += 1
                while position < bytes.count, !isSpace(bytes[position]),
                    ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[position])
                {
                    position += 1
                }
                let attribute = text(attributeStart, position).lowercased()
                while position < bytes.count, isSpace(bytes[position]) { position += 1 }
                var value = ""
                if position < bytes.count, bytes[position] == UInt8(ascii: "=") {
                    position += 1
                    while position < bytes.count, isSpace(bytes[position]) { position += 1 }
                    if position < bytes.count,
                        bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
                    {
                        let quote = bytes[position]
                        let valueStart = position + 1
                        position = valueStart
                        while position < bytes.count, bytes[position] != quote { position += 1 }
                        value = text(valueStart, position)
                        position += 1
                    } else {
                        let valueStart = position
                        while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
                            position += 1
                        }
                        value = text(valueStart, position)
                    }
                }
                tag.attributes.append((attribute, decodeEntities(value)))
            }
            index = position + 1
            guard !closing else { continue }
            if tag.name == "script" || tag.name == "style" {
                let end = find("</" + tag.name, from: index) ?? bytes.count
                tag.rawText = text(min(index, end), end)
                index = end
            }
            tags.append(tag)
        }
        return tags
    }

    /// Attributes whose value a browser follows as a URL.
    static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset", "background", "cite",
        "ping", "codebase", "manifest",
    ]

    /// The value of every URL attribute, entities decoded.
    public static func urls(in html: String) -> [String] {
        tags(in: html).flatMap { tag in tag.attributes.filter { urlAttributes.contains($0.name) }.map(\.value) }
    }

    /// Whether a URL is relative or uses http, https or mailto, as a browser reads it
    /// (leading spaces and controls trimmed, tabs and newlines removed).
    public static func isSafe(_ url: String) -> Bool {
        let cleaned = String(
            String.UnicodeScalarView(
                url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
            )
        )
        .trimmingCharacters(in: CharacterSet(charactersIn: " ").union(.controlCharacters)).lowercased()
        guard let colon = cleaned.firstIndex(of: ":") else { return true }
        let scheme = cleaned[..<colon]
        if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        return ["http", "https", "mailto"].contains(scheme)
    }

    public static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t"]
            var decoded: String?
            if let value = named[entity.lowercased()] {
                decoded = value
            } else if entity.hasPrefix("#x") || entity.hasPrefix("#X"),
                let code = UInt32(entity.dropFirst(2), radix: 16)
            {
                decoded = Unicode.Scalar(code).map { String(Character($0)) }
            } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()) {
                decoded = Unicode.Scalar(code).map { String(Character($0)) }
            }
            if let decoded {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }

    /// A link's target as a site-relative path, or `nil` for external links and fragments.
    public static func target(of url: String, on page: String) -> String? {
        let lowered = url.lowercased()
        if lowered.hasPrefix("http:") || lowered.hasPrefix("https:") || lowered.hasPrefix("mailto:")
            || url.hasPrefix("#") || url.isEmpty
        {
            return nil
        }
        var path = url
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        path = path.removingPercentEncoding ?? path
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch component {
            case "", ".": continue
            case "..": if parts.popLast() == nil { return "../" + path }
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }

    /// Site-relative targets of every `href` on `page`.
    public static func linkTargets(in html: String, on page: String) -> Set<String> {
        Set(
            tags(in: html).flatMap { $0.attributes.filter { $0.name == "href" }.map(\.value) }.compactMap {
                target(of: $0, on: page)
            })
    }

    /// Links on `page` that are absolute or do not lead to a file of the site.
    public static func brokenLinks(in html: String, on page: String, files: [String: String]) -> [(String, String?)] {
        urls(in: html).compactMap { url in
            if url.hasPrefix("/") || url.lowercased().hasPrefix("file:") { return (url, nil) }
            guard let target = target(of: url, on: page) else { return nil }
            return files[target] == nil ? (url, target) : nil
        }
    }

    /// The innermost element of the graph that draws `name`: the markup from the nearest
    /// element start with a `class` before the name's text.
    public static func box(named name: String, in html: String) -> String? {
        guard let start = html.range(of: "<svg"),
            let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex)
        else { return nil }
        let svg = html[start.lowerBound..<end.upperBound]
        guard let nameRange = svg.range(of: ">" + name + "<") else { return nil }
        let before = svg[..<nameRange.lowerBound]
        var searchEnd = before.endIndex
        while let open = before[..<searchEnd].range(of: "<", options: .backwards) {
            let tag = before[open.lowerBound...].prefix { $0 != ">" }
            if tag.contains("class=") && !tag.hasPrefix("<text") && !tag.hasPrefix("<tspan") {
                return String(tag)
            }
            searchEnd = open.lowerBound
        }
        return nil
    }

    public static func classes(of tag: String) -> Set<String> {
        Set(captures(#"class\s*=\s*"([^"]*)""#, in: tag).flatMap { $0.split(separator: " ").map(String.init) })
    }
}
