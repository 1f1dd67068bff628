import FlyingFox
import FlyingSocks
import Foundation
import GrapevineCore

/// Serves a `LiveSite` over HTTP: the site's files, with the part only `serve` adds to pages
/// (`LiveSite.servedFile(at:)`), and `/_grapevine/version?page=PATH`, which the reload script
/// asks for.
public struct SiteServer: Sendable {
    /// The path the reload script asks for a page's version.
    public static let versionPath = "/_grapevine/version"

    private let server: HTTPServer
    /// The address it listens on.
    public let address: ListenAddress

    /// A server for `site` on `address`; it listens once `run()` is called.
    public init(site: LiveSite, address: ListenAddress) throws {
        self.address = address
        // Each request has 15 seconds; the longest, a page asked for while the whole site is
        // built again, waits for the build.
        let handler = ClosureHTTPHandler { request in
            guard address.accepts(hostHeader: request.headers[.host]) else {
                return Self.text("This server answers only to the address it listens on.\n", status: .forbidden)
            }
            return await Self.answer(request, from: site)
        }
        server = HTTPServer(
            address: try Self.socketAddress(of: address), timeout: 15, logger: .disabled, handler: handler)
    }

    /// Listens and answers until the task is cancelled; an error when it cannot listen.
    public func run() async throws {
        try await server.run()
    }

    /// Waits until the server listens, and gives the port it listens on.
    public func waitUntilListening() async throws -> UInt16 {
        try await server.waitUntilListening(timeout: 30)
        switch await server.listeningAddress {
        case .ip4(_, let port), .ip6(_, let port): return port
        default: return address.port
        }
    }

    /// The answer to one request.
    static func answer(_ request: HTTPRequest, from site: LiveSite) async -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return text("Only GET and HEAD are answered here.\n", status: .methodNotAllowed)
        }
        if request.path == versionPath {
            return text(await site.version(of: request.query["page"] ?? ""), status: .ok)
        }
        switch await site.servedFile(at: request.path) {
        case .file(let bytes, let type):
            let body = request.method == .HEAD ? Data() : Data(bytes)
            return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
        case .notFound:
            return text("There is no page at \(request.path) in this site.\n", status: .notFound)
        case .refused:
            return text("Only files inside the site are served.\n", status: .forbidden)
        }
    }

    static func text(_ text: String, status: HTTPStatusCode) -> HTTPResponse {
        HTTPResponse(
            statusCode: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
            body: Data(text.utf8))
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
