import Foundation
import Testing

/// `grapevine site` end to end. Only behaviour any markup must have is checked: which files
/// exist, where links lead, what text appears; never class names or nesting (except the
/// graph's placeholder box, which must be told apart from a contact's somehow).
@Suite("grapevine site")
struct SiteCommandTests {
    static let today = ["--today", "2026-11-18"]

    /// Builds Vault-Example into a fresh folder.
    static func buildExample(public isPublic: Bool) throws -> (TemporaryFolder, String, CommandRun) {
        let folder = try TemporaryFolder()
        let out = folder.path + "/site"
        let run = CommandRun(
            ["site", "--vault", Repository.example, "--out", out] + today + (isPublic ? ["--public"] : []))
        return (folder, out, run)
    }

    // MARK: The folder

    @Test("refuses a non-empty folder it did not make, and writes nothing into it")
    func refusesForeignFolder() throws {
        let folder = try TemporaryFolder()
        let out = folder.path + "/mine"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "my own work".write(toFile: out + "/index.html", atomically: false, encoding: .utf8)
        let run = CommandRun(["site", "--vault", Repository.example, "--out", out] + Self.today)
        #expect(run.status == 1)
        #expect(run.errors.contains("error:"))
        #expect(run.errors.contains(out) || run.errors.contains("mine"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["index.html"])
        #expect(try String(contentsOfFile: out + "/index.html", encoding: .utf8) == "my own work")
    }

    @Test("builds into an empty folder, and again into the same folder")
    func emptyFolderThenRebuild() throws {
        let folder = try TemporaryFolder()
        let out = folder.path + "/empty"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let first = CommandRun(["site", "--vault", Repository.example, "--out", out] + Self.today)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("Wrote"))
        #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
        #expect(FileManager.default.fileExists(atPath: out + "/.grapevine-site"))
        let before = try SiteFiles.read(out)

        let second = CommandRun(["site", "--vault", Repository.example, "--out", out] + Self.today)
        #expect(second.status == 0, "\(second.errors)")
        #expect(!second.output.contains("removed"))
        #expect(try SiteFiles.read(out) == before)
    }

    @Test("a deleted note's page goes on rebuild; a file the user added stays")
    func rebuildRemovesStalePages() throws {
        let vault = try TemporaryFolder()
        try vault.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/dan-moore.md": "---\nname: Dan Moore\n---\nDan.\n",
            "contacts/gone-gus.md": "---\nname: Gone Gus\nreferred_by: \"[[Dan Moore]]\"\n---\nGus.\n",
        ])
        let out = vault.path + "/out"
        let first = CommandRun(["site", "--vault", vault.path, "--out", out] + Self.today)
        #expect(first.status == 0, "\(first.errors)")
        let gusPage = try #require(try SiteFiles.read(out).keys.first { $0.contains("gone-gus") })
        try "notes of mine".write(toFile: out + "/my-notes.txt", atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: vault.path + "/contacts/gone-gus.md")

        let second = CommandRun(["site", "--vault", vault.path, "--out", out] + Self.today)
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.output.contains("removed 1 page"))
        #expect(!FileManager.default.fileExists(atPath: out + "/" + gusPage))
        #expect(try String(contentsOfFile: out + "/my-notes.txt", encoding: .utf8) == "notes of mine")
        let files = try SiteFiles.read(out)
        #expect(!files.values.contains { $0.contains("Gone Gus") })
    }

    @Test("--out naming a file is an error, and the file is left alone")
    func outIsAFile() throws {
        let folder = try TemporaryFolder()
        let file = folder.path + "/plain.txt"
        try "keep".write(toFile: file, atomically: false, encoding: .utf8)
        let run = CommandRun(["site", "--vault", Repository.example, "--out", file] + Self.today)
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("error:"))
        #expect(run.errors.contains("plain.txt"))
        #expect(!run.errors.contains("Fatal"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep")
    }

    // MARK: Links

    @Test("every link of every page leads to a file of the site, and is relative", arguments: [false, true])
    func everyLinkResolves(isPublic: Bool) throws {
        let (folder, out, run) = try Self.buildExample(public: isPublic)
        _ = folder
        #expect(run.status == 0, "\(run.errors)")
        let files = try SiteFiles.read(out)
        let pages = files.keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages.count > 40)
        var checked = 0
        for page in pages {
            for url in SiteFiles.urls(in: files[page]!) {
                let lowered = url.lowercased()
                #expect(!url.hasPrefix("/") && !lowered.hasPrefix("file:"), "\(page): \(url) is not relative")
                #expect(!url.contains("\\"), "\(page): \(url)")
                if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("mailto:")
                    || url.hasPrefix("#")
                {
                    continue
                }
                #expect(!lowered.hasPrefix("javascript:") && !lowered.hasPrefix("data:"), "\(page): \(url)")
                let target = SiteFiles.target(of: url, on: page)
                #expect(
                    target.map { files[$0] != nil } == true,
                    "\(page): \(url) leads to \(target ?? "outside the site"), which is not a file of the site")
                checked += 1
            }
        }
        #expect(checked >= 300, "only \(checked) links checked")
    }

    @Test("--public leaves out email and phone of Vault-Example's contacts")
    func publicExampleHasNoPrivateFields() throws {
        let (folder, out, run) = try Self.buildExample(public: true)
        _ = folder
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("public"))
        let all = try SiteFiles.read(out).values.joined(separator: "\n")
        #expect(!all.contains("maria.lopez@brightfield.example.com"))
        #expect(!all.contains("555-0142"))

        let (folder2, out2, run2) = try Self.buildExample(public: false)
        _ = folder2
        #expect(run2.status == 0)
        let full = try SiteFiles.read(out2).values.joined(separator: "\n")
        #expect(full.contains("maria.lopez@brightfield.example.com"))
        #expect(full.contains("555-0142"))
    }

    // MARK: Graph

    @Test("the graph is an SVG linking each person to their page; a placeholder is drawn differently")
    func graph() throws {
        let (folder, out, run) = try Self.buildExample(public: false)
        _ = folder
        #expect(run.status == 0, "\(run.errors)")
        let files = try SiteFiles.read(out)
        let graph = try #require(files["graph.html"])
        #expect(graph.contains("<svg"))
        let targets = Set(SiteFiles.urls(in: graph).compactMap { SiteFiles.target(of: $0, on: "graph.html") })
        for page in ["contacts/maria-lopez.html", "contacts/sam-reyes.html", "contacts/jose-nunez.html"] {
            #expect(files[page] != nil, "no page \(page)")
            #expect(targets.contains(page), "graph.html does not link \(page)")
        }
        // One link per person with a page: every contact page is linked from the graph.
        let contactPages = files.keys.filter { $0.hasPrefix("contacts/") && $0.hasSuffix(".html") }
        #expect(contactPages.count == 19)
        for page in contactPages { #expect(targets.contains(page), "graph.html does not link \(page)") }
        // People named in notes but without a note of their own have pages too, linked alike.
        let placeholderPages = files.keys.filter { $0.hasPrefix("people/") && $0.hasSuffix(".html") }
        #expect(placeholderPages.contains("people/priya-shah.html"))
        for page in placeholderPages { #expect(targets.contains(page), "graph.html does not link \(page)") }
        let personLinks = SiteFiles.urls(in: graph).compactMap { SiteFiles.target(of: $0, on: "graph.html") }
            .filter { $0.hasPrefix("contacts/") }
        #expect(personLinks.count >= contactPages.count)

        let priya = try #require(SiteFiles.box(named: "Priya Shah", in: graph))
        let maria = try #require(SiteFiles.box(named: "Maria Lopez", in: graph))
        #expect(SiteFiles.classes(of: priya) != SiteFiles.classes(of: maria))
        #expect(!SiteFiles.classes(of: priya).isEmpty)
    }

    // MARK: Templates

    @Test("a layout.html in .grapevine/templates replaces the built-in one on every page")
    func customLayout() throws {
        let vault = try TemporaryFolder()
        try vault.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            ".grapevine/templates/layout.html":
                "<!doctype html><title>{{title}}</title><p>CUSTOM-LAYOUT</p>\n{{$main}}{{/main}}\n",
            "contacts/dan-moore.md": "---\nname: Dan Moore\ntags: [friend]\n---\nDan's unique body text.\n",
            "contacts/eve-stone.md": "---\nname: Eve Stone\nreferred_by: \"[[Dan Moore]]\"\n---\n",
        ])
        let out = vault.path + "/out"
        let run = CommandRun(["site", "--vault", vault.path, "--out", out] + Self.today)
        #expect(run.status == 0, "\(run.errors)")
        let files = try SiteFiles.read(out)
        let pages = files.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count >= 8)
        for (path, html) in pages {
            #expect(html.contains("CUSTOM-LAYOUT"), "\(path) does not use the custom layout")
            #expect(!html.contains("Skip to content"), "\(path) still has the built-in layout")
        }
        #expect(
            pages.values.contains { $0.contains("Dan&#39;s unique body text") || $0.contains("Dan's unique body text") }
        )
    }

    @Test("a custom style.css replaces the built-in stylesheet")
    func customStyle() throws {
        let vault = try TemporaryFolder()
        try vault.write([
            ".grapevine/templates/style.css": "body { color: rebeccapurple; } /* CUSTOM-STYLE */\n",
            "contacts/dan-moore.md": "---\nname: Dan Moore\n---\n",
        ])
        let out = vault.path + "/out"
        let run = CommandRun(["site", "--vault", vault.path, "--out", out] + Self.today)
        #expect(run.status == 0, "\(run.errors)")
        #expect(try String(contentsOfFile: out + "/style.css", encoding: .utf8).contains("CUSTOM-STYLE"))
    }

    @Test("a broken template is an error at its file, line and column; nothing is written")
    func brokenTemplate() throws {
        let vault = try TemporaryFolder()
        try vault.write([
            ".grapevine/templates/layout.html": "<html>\n<body>\n{{#x}}\n{{$main}}{{/main}}\n</body>\n",
            "contacts/dan-moore.md": "---\nname: Dan Moore\n---\n",
        ])
        let out = vault.path + "/out"
        let run = CommandRun(["site", "--vault", vault.path, "--out", out] + Self.today)
        #expect(run.status == 1)
        let pattern = try Regex(#"\.grapevine/templates/layout\.html:\d+:\d+: error:"#)
        #expect(run.errors.contains(pattern), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: out + "/index.html"))
    }

    @Test("--print-template prints a built-in template; an unknown name is an error listing the names")
    func printTemplate() {
        let css = CommandRun(["site", "--print-template", "style.css"])
        #expect(css.status == 0)
        #expect(css.output.contains("{") && css.output.contains("}"))
        #expect(css.output.contains("body") || css.output.contains(":root"))
        #expect(!css.output.contains("<html"))

        let layout = CommandRun(["site", "--print-template", "layout.html"])
        #expect(layout.status == 0)
        #expect(layout.output.contains("{{$main}}"))

        let unknown = CommandRun(["site", "--print-template", "nope.html"])
        #expect(unknown.status == 1)
        #expect(unknown.output.isEmpty)
        #expect(unknown.errors.contains("nope.html"))
        #expect(unknown.errors.contains("style.css"))
    }
}

/// Reading a built site back and following its links, independently of its markup.
enum SiteFiles {
    /// Site-relative path → text of every file in `folder`, the marker excepted.
    static func read(_ folder: String) throws -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder))
        while let relative = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = folder + "/" + relative
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue,
                relative != ".grapevine-site"
            else { continue }
            files[relative] = String(decoding: try #require(FileManager.default.contents(atPath: full)), as: UTF8.self)
        }
        return files
    }

    static func captures(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            (1..<match.numberOfRanges).lazy.compactMap { Range(match.range(at: $0), in: text) }.first
                .map { String(text[$0]) }
        }
    }

    /// A start tag: its lowercased name and attributes (names lowercased, values with
    /// entities decoded), and for `script` and `style` the raw text up to the end tag.
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
        var rawText = ""
    }

    /// Every start tag of `html`, read the way a browser does: quoted values may hold `>`,
    /// comments are skipped, and `script` and `style` hold raw text.
    static func tags(in html: String) -> [Tag] {
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
    static func urls(in html: String) -> [String] {
        tags(in: html).flatMap { tag in tag.attributes.filter { urlAttributes.contains($0.name) }.map(\.value) }
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[amp...]
            if let semicolon = rest.prefix(12).firstIndex(of: ";") {
                let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
                var decoded = named[String(entity)]
                if decoded == nil, entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    decoded = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if decoded == nil, entity.hasPrefix("#") {
                    decoded = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                }
                if let decoded {
                    result += decoded
                    rest = rest[rest.index(after: semicolon)...]
                    continue
                }
            }
            result += "&"
            rest = rest.dropFirst()
        }
        return result + rest
    }

    /// A local link's target as a site-relative path (query and fragment cut, percent-decoded),
    /// or `nil` when it leaves the site folder or is external.
    static func target(of url: String, on page: String) -> String? {
        let lowered = url.lowercased()
        if lowered.hasPrefix("http:") || lowered.hasPrefix("https:") || lowered.hasPrefix("mailto:")
            || url.hasPrefix("#") || url.hasPrefix("/")
        {
            return nil
        }
        var path = url
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        guard let decoded = path.removingPercentEncoding else { return nil }
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for component in decoded.split(separator: "/", omittingEmptySubsequences: false) {
            switch component {
            case "", ".": continue
            case "..": if parts.popLast() == nil { return nil }
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }

    /// The nearest tag with a `class` before the text `name` in the graph (the person's box).
    static func box(named name: String, in html: String) -> String? {
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

    static func classes(of tag: String) -> Set<String> {
        Set(captures(#"class\s*=\s*"([^"]*)""#, in: tag).flatMap { $0.split(separator: " ").map(String.init) })
    }
}
