/// The request line and headers of one HTTP/1 request, read by `SiteServer` from at most
/// `limit` bytes in one pass: a longer head is refused before anything else reads it (the
/// reader of FlyingFox 0.27.1 took time quadratic in a line's length, and two requests with a
/// path of 600 KB held every core for minutes).
public struct RequestHead: Sendable, Equatable {
    /// The most bytes a request line and its headers may take together (nginx's default for
    /// the headers is 32 KB); more is answered with 414 or 431 and the connection closed.
    public static let limit = 65_536

    /// `GET`, `HEAD`, … as sent.
    public var method: String
    /// The path and query as sent (`/contacts/ana.html?x=1`).
    public var target: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    public var version: String
    /// Each header line's name (in lower case) and value, in the order sent.
    public var headers: [Header]

    /// One header line.
    public struct Header: Sendable, Equatable {
        public var name: String
        public var value: String
    }

    /// What the bytes read so far make.
    public enum Reading: Sendable, Equatable {
        /// A whole head, and how many bytes it took (the next request starts after them).
        case head(RequestHead, length: Int)
        /// Not a whole head yet: read more.
        case incomplete
        /// A head that is not answered: the status to answer with (400, 414, 431) before closing.
        case refused(status: Int)
    }

    /// Reads the head at the start of `bytes`, looking for its end from `scanned` on (the
    /// bytes before were looked at already, so reading on after each arrival stays linear).
    public static func read(_ bytes: [UInt8], scanned: Int = 0) -> Reading {
        let end = headEnd(in: bytes, from: max(0, scanned - 3))
        guard let end, end <= limit else {
            guard end != nil || bytes.count > limit else { return .incomplete }
            // 414 when the request line alone is too long, 431 when the headers are.
            return .refused(status: bytes.prefix(limit).contains(UInt8(ascii: "\n")) ? 431 : 414)
        }
        guard let head = parse(bytes[..<end]) else { return .refused(status: 400) }
        return .head(head, length: end)
    }

    /// The values of header `name` (lower case), in the order sent.
    public func values(of name: String) -> [String] {
        headers.filter { $0.name == name }.map(\.value)
    }

    /// Whether the request has a body (which `SiteServer` does not read).
    public var hasBody: Bool {
        !values(of: "transfer-encoding").isEmpty || values(of: "content-length").contains { $0 != "0" }
    }

    /// Whether the connection stays open after the answer: HTTP/1.1 unless `Connection: close`.
    public var keepsAlive: Bool {
        version == "HTTP/1.1" && !values(of: "connection").contains { $0.lowercased().contains("close") }
    }

    /// Whether a page of another origin sent the request, as the browser says: `Sec-Fetch-Site`
    /// other than `none` (typed, a bookmark) or `same-origin`, or an `Origin` or a `Referer`
    /// whose scheme, host and port are not `http://` and the request's `Host` (`null`, a file,
    /// another port of this computer). A request that says none of these (a script, an older
    /// browser) is not. A page elsewhere may include `search-index.js` as a script, which runs
    /// with every note in a variable the page reads; the Host is this server's all the same.
    public var comesFromAnotherOrigin: Bool {
        if values(of: "sec-fetch-site").contains(where: { !["none", "same-origin"].contains($0.lowercased()) }) {
            return true
        }
        let own = values(of: "host").first.map { Self.origin("http://" + $0) }
        let sent = values(of: "origin") + values(of: "referer")
        return sent.contains { own == nil || Self.origin($0) != own }
    }

    /// The scheme, host and port of a URL, in lower case and without the default port
    /// (`http://localhost:80/a` is `http://localhost`); `nil` when it has none (`null`).
    static func origin(_ url: String) -> String? {
        let url = url.lowercased()
        guard let schemeEnd = url.range(of: "://"), url[..<schemeEnd.lowerBound].allSatisfy(\.isLetter) else {
            return nil
        }
        let rest = url[schemeEnd.upperBound...]
        var authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if url.hasPrefix("http://"), authority.hasSuffix(":80") { authority = authority.dropLast(3) }
        guard !authority.isEmpty, !authority.contains("@") else { return nil }
        return String(url[..<schemeEnd.upperBound] + authority)
    }

    /// Where the empty line that ends a head ends (`\n\n` or `\n\r\n`), searched from `start`.
    static func headEnd(in bytes: [UInt8], from start: Int) -> Int? {
        let newline = UInt8(ascii: "\n")
        var index = start
        while index < bytes.count {
            if bytes[index] == newline {
                if index + 1 < bytes.count, bytes[index + 1] == newline { return index + 2 }
                if index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "\r"), bytes[index + 2] == newline {
                    return index + 3
                }
            }
            index += 1
        }
        return nil
    }

    /// The head in `bytes` (up to and with its empty line); `nil` when it is not HTTP/1.
    static func parse(_ bytes: ArraySlice<UInt8>) -> RequestHead? {
        // Split as bytes: for `String`, `\r\n` is one character.
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            Substring(decoding: $0.last == UInt8(ascii: "\r") ? $0.dropLast() : $0, as: UTF8.self)
        }
        // RFC 9112 §2.2: empty lines before the request line are ignored.
        while lines.first?.isEmpty == true { lines.removeFirst() }
        guard let requestLine = lines.first else { return nil }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[1].hasPrefix("/"),
            parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0"
        else { return nil }
        var headers: [Header] = []
        for line in lines.dropFirst() where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":"), colon > line.startIndex,
                !line[..<colon].contains(where: { $0 == " " || $0 == "\t" })
            else { return nil }
            var value = line[line.index(after: colon)...]
            while value.first == " " || value.first == "\t" { value.removeFirst() }
            while value.last == " " || value.last == "\t" { value.removeLast() }
            headers.append(Header(name: line[..<colon].lowercased(), value: String(value)))
        }
        return RequestHead(
            method: String(parts[0]), target: String(parts[1]), version: String(parts[2]), headers: headers)
    }
}
