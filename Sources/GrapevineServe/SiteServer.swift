import FlyingSocks
import Foundation
import GrapevineCore

/// Serves a `LiveSite` over HTTP/1.1: the site's files, with the part only `serve` adds to
/// pages (`LiveSite.servedFile(at:)`), and `/_grapevine/version?page=PATH`, which the reload
/// script asks for.
///
/// FlyingSocks gives the sockets (non-blocking, one task per connection); the requests are
/// read here (`RequestHead`), each head at most `RequestHead.limit` bytes read in one pass and
/// within `headTime`, so no client, slow or huge, holds a core or the other connections.
/// Only GET and HEAD are answered, and a request's body is never read (the connection closes).
/// A request from a page of another origin is refused (`RequestHead.comesFromAnotherOrigin`),
/// and every answer says it is for this origin only (`guardHeaders`).
public struct SiteServer: Sendable {
    /// The path the reload script asks for a page's version.
    public static let versionPath = "/_grapevine/version"
    /// How long a client has to send a request's head, and a kept-alive connection may stay
    /// idle before it is closed.
    static let headTime = Duration.seconds(30)

    private let site: LiveSite
    private let listener: Socket
    /// The address it listens on.
    public let address: ListenAddress
    /// The port it listens on (the one the system chose, for port 0).
    public let port: UInt16

    /// A server for `site`, listening on `address`; it answers once `run()` is called.
    public init(site: LiveSite, address: ListenAddress) throws {
        let socketAddress = try Self.socketAddress(of: address)
        let listener = try Socket(domain: Int32(type(of: socketAddress).family))
        do {
            try listener.setValue(true, for: .localAddressReuse)
            try listener.bind(to: socketAddress)
            try listener.listen()
            switch try listener.sockname() {
            case .ip4(_, let port), .ip6(_, let port): self.port = port
            default: self.port = address.port
            }
        } catch {
            try? listener.close()
            throw error
        }
        self.site = site
        self.listener = listener
        self.address = address
    }

    /// Answers until the task is cancelled; then the socket is closed.
    public func run() async throws {
        #if canImport(Darwin)
            let pool: some AsyncSocketPool = .kQueue()
        #else
            let pool: some AsyncSocketPool = .ePoll()
        #endif
        defer { try? listener.close() }
        try await pool.prepare()
        let connections = try AsyncSocket(socket: listener, pool: pool).sockets
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { try await pool.run() }
            for try await connection in connections {
                group.addTask { await serve(connection) }
            }
        }
    }

    /// Answers the requests of one connection, until it closes, sends what is not answered, or
    /// stays silent for `headTime`.
    private func serve(_ connection: AsyncSocket) async {
        defer { try? connection.close() }
        var bytes: [UInt8] = []
        while let (reading, read) = try? await Self.readHead(from: connection, after: bytes) {
            guard case .head(let head, let length) = reading else {
                if case .refused(let status) = reading {
                    let answer = Self.text("\(Self.reasons[status] ?? "Bad Request").\n", status: status)
                    _ = try? await connection.write(answer.encoded(withBody: true, closing: true))
                }
                return
            }
            bytes = Array(read[length...])
            let answer = await self.answer(head)
            let closing = !head.keepsAlive || head.hasBody || answer.status == 400
            let sent = try? await connection.write(answer.encoded(withBody: head.method != "HEAD", closing: closing))
            guard sent != nil, !closing else { return }
        }
    }

    /// The next head from `connection` after the bytes `start` already read, and every byte
    /// read; `nil` when the client sent no whole head within `headTime`.
    static func readHead(from connection: AsyncSocket, after start: [UInt8]) async throws -> (
        RequestHead.Reading, [UInt8]
    )? {
        try await withThrowingTaskGroup(of: (RequestHead.Reading, [UInt8])?.self) { group in
            group.addTask {
                var bytes = start
                var scanned = 0
                while case let reading = RequestHead.read(bytes, scanned: scanned), reading == .incomplete {
                    scanned = bytes.count
                    bytes += try await connection.read(atMost: 4096)
                }
                return (RequestHead.read(bytes, scanned: scanned), bytes)
            }
            group.addTask {
                try await Task.sleep(for: headTime)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }

    /// The answer to one request.
    func answer(_ head: RequestHead) async -> Answer {
        let hosts = head.values(of: "host")
        guard hosts.count <= 1 else {
            return Self.text("A request names its host once.\n", status: 400)
        }
        guard address.accepts(hostHeader: hosts.first, port: port) else {
            return Self.text("This server answers only to the address it listens on.\n", status: 403)
        }
        guard !head.comesFromAnotherOrigin else {
            return Self.text(
                "A page of another site asked for this, and the notes are shown to this site's own pages only: "
                    + "type the address or use a bookmark.\n", status: 403)
        }
        guard head.method == "GET" || head.method == "HEAD" else {
            return Self.text("Only GET and HEAD are answered here.\n", status: 405)
        }
        let target = head.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = target[0].removingPercentEncoding else {
            return Self.text("The path is not percent-encoded UTF-8.\n", status: 400)
        }
        if path == Self.versionPath {
            let query = target.count > 1 ? target[1].split(separator: "&") : []
            let page = query.first { $0.hasPrefix("page=") }?.dropFirst("page=".count)
            return Self.text(await site.version(of: page.flatMap { $0.removingPercentEncoding } ?? ""), status: 200)
        }
        switch await site.servedFile(at: path) {
        case .file(let bytes, let type):
            return Answer(status: 200, contentType: type, body: bytes)
        case .notFound:
            return Self.text("There is no page at \(path) in this site.\n", status: 404)
        case .refused:
            return Self.text("Only files inside the site are served.\n", status: 403)
        }
    }

    static func text(_ text: String, status: Int) -> Answer {
        Answer(status: status, contentType: "text/plain; charset=utf-8", body: Array(text.utf8))
    }

    /// The headers of every answer that keep other sites from the notes: the browser runs a
    /// file as what its type says only (`nosniff`: `search-index.js` may be a script, a page
    /// may not), hands none to a page of another origin (CORP), opens a page in a window no
    /// other site's holds (COOP), and lets pages load only this server's files, in no frame
    /// (CSP: the pages' scripts and styles are in them, their images local or `data:`).
    static let guardHeaders = """
        X-Content-Type-Options: nosniff\r
        Cross-Origin-Resource-Policy: same-origin\r
        Cross-Origin-Opener-Policy: same-origin\r
        Referrer-Policy: no-referrer\r
        Content-Security-Policy: \(contentSecurityPolicy)\r

        """

    /// The pages' Content-Security-Policy (`guardHeaders`).
    public static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    /// The reason phrase of each status the server answers with.
    static let reasons = [
        200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
        414: "URI Too Long", 431: "Request Header Fields Too Large",
    ]

    /// A response: its status, media type and body.
    struct Answer: Sendable {
        var status: Int
        var contentType: String
        var body: [UInt8]

        /// The bytes sent: the status line, the headers, and the body unless it is left out (HEAD,
        /// whose `Content-Length` is still the body's, as RFC 9110 §9.3.2 asks).
        func encoded(withBody: Bool, closing: Bool) -> Data {
            var head = "HTTP/1.1 \(status) \(SiteServer.reasons[status] ?? "")\r\n"
            head += "Content-Type: \(contentType)\r\nContent-Length: \(body.count)\r\nCache-Control: no-store\r\n"
            head += SiteServer.guardHeaders
            if status == 405 { head += "Allow: GET, HEAD\r\n" }
            head += closing ? "Connection: close\r\n\r\n" : "\r\n"
            var data = Data(head.utf8)
            if withBody { data.append(contentsOf: body) }
            return data
        }
    }
}

extension SiteServer {
    /// `address` as FlyingSocks' socket address.
    static func socketAddress(of address: ListenAddress) throws -> any SocketAddress {
        address.isIPv6
            ? try sockaddr_in6.inet6(ip6: address.host, port: address.port)
            : try sockaddr_in.inet(ip4: address.host, port: address.port)
    }
}
