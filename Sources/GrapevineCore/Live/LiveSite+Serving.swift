/// What the server answers for a path of the site: a file of the site folder, with the part
/// only `serve` adds to each HTML page, and each page's version for the reload script.
extension LiveSite {
    /// The answer for a request.
    public enum ServedFile: Sendable, Equatable {
        /// A file of the site: its bytes and their media type.
        case file(bytes: [UInt8], contentType: String)
        /// No such file in the site.
        case notFound
        /// A path that is not one the site could have: it leads out of the folder (`..`), or
        /// to a hidden file (the marker, a temporary file).
        case refused
    }

    /// The file for the request path `path` (decoded, from `/`): `/` is `index.html`; an HTML
    /// page comes with its note's problems and the reload script (`SiteTemplates.liveReload`).
    public func servedFile(at path: String) -> ServedFile {
        guard let page = Self.sitePath(path) else { return .refused }
        var buffer: [UInt8] = []
        let read = FileSystem.withContents(of: page, in: site.rootDescriptor, followingSymlinks: false, buffer: &buffer)
        {
            [UInt8]($0)
        }
        guard case .success(var bytes) = read else { return .notFound }
        let type = Self.contentType(of: page)
        if type.hasPrefix("text/html") {
            let part = templates.liveReloadPart(page: page, version: version(of: page), problems: problems(of: page))
            let end = Self.lastBodyEnd(in: bytes) ?? bytes.count
            bytes.insert(contentsOf: part, at: end)
        }
        return .file(bytes: bytes, contentType: type)
    }

    /// The version of the page at `path` (site-relative, or a request path): a hash of what was
    /// last written there and of its problems, which changes whenever the served page would.
    public func version(of path: String) -> String {
        guard let page = Self.sitePath(path) else { return "" }
        var bytes = Array(problems(of: page).utf8)
        let written = site.written.withLock { $0[page] } ?? 0
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: written >> shift)) }
        return ContentHash.hex(ContentHash.hash(bytes))
    }

    /// The problems shown on `page`: those of its note, those of the whole site, and on the
    /// dashboard those of files that have no page. A public site shows none of the notes'
    /// (a problem quotes the line it is on, which may be a private field's).
    func problems(of page: String) -> String {
        var found = siteProblem.map { [$0] } ?? []
        for (file, text) in problems.sorted(by: { $0.key < $1.key }) where !settings.isPublic {
            let shownOn =
                builder.vault.index(ofPath: file).flatMap { builder.paths.page(of: Graph.node(ofNote: $0)) }
                ?? SitePaths.dashboard
            if shownOn == page { found.append(text) }
        }
        return found.joined(separator: "\n\n")
    }

    /// The site-relative path a request path names, `index.html` for a folder; `nil` when it
    /// has an empty, `.` or `..` part, a hidden part, or a control character.
    static func sitePath(_ requestPath: String) -> String? {
        var path = requestPath.hasPrefix("/") ? String(requestPath.dropFirst()) : requestPath
        if path.isEmpty || path.hasSuffix("/") { path += SitePaths.dashboard }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") }),
            !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { return nil }
        return path
    }

    /// The media type of a file of the site, by its name.
    static func contentType(of path: String) -> String {
        let types = [
            ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
            ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".svg": "image/svg+xml",
            ".png": "image/png", ".txt": "text/plain; charset=utf-8",
        ]
        return types.first { path.hasSuffix($0.key) }?.value ?? "application/octet-stream"
    }

    /// Where the last `</body>` starts, in any case.
    static func lastBodyEnd(in bytes: [UInt8]) -> Int? {
        let tag = Array("</body>".utf8)
        guard bytes.count >= tag.count else { return nil }
        return stride(from: bytes.count - tag.count, through: 0, by: -1).first { start in
            tag.indices.allSatisfy { bytes[start + $0] | 0x20 == tag[$0] | 0x20 }
        }
    }
}
