#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where `grapevine serve` listens: an IPv4 or IPv6 address and a port.
///
/// Only the loopback addresses (`127.0.0.0/8`, `::1`, `localhost`) keep the notes on this
/// computer; any other address makes them visible to the network.
public struct ListenAddress: Sendable, Equatable {
    /// The address as given, `localhost` as `127.0.0.1`.
    public let host: String
    /// The port; 0 for one the system picks.
    public let port: UInt16

    /// Why an address cannot be listened on.
    public struct AddressError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The address `host` (an IP address, or `localhost`) and `port`.
    public init(host: String, port: UInt16) throws(AddressError) {
        let host = host == "localhost" ? "127.0.0.1" : host
        var ip4 = in_addr()
        var ip6 = in6_addr()
        guard inet_pton(AF_INET, host, &ip4) == 1 || inet_pton(AF_INET6, host, &ip6) == 1 else {
            throw AddressError(
                description: "error: '\(host)' is not an IP address; give --host an address such as 127.0.0.1 or ::1")
        }
        self.host = host
        self.port = port
    }

    /// Whether only this computer can reach the address.
    public var isLoopback: Bool {
        host.hasPrefix("127.") || host == "::1"
    }

    /// Whether a request whose `Host` header is `header` may be answered by the server
    /// listening on `port`. On a loopback address only requests to a loopback name are, with
    /// no port or that port: a web page elsewhere can send the browser to
    /// `http://its-own-name:4000/` after pointing that name at 127.0.0.1 (DNS rebinding), and
    /// would then read the notes; its requests carry its own name. On an address given with
    /// `--host`, any name is.
    public func accepts(hostHeader header: String?, port: UInt16) -> Bool {
        guard isLoopback else { return true }
        guard let header else { return false }
        // `name:port`, `[v6]:port`, or either without the port.
        var name = Substring(header.lowercased())
        var portText: Substring?
        if name.hasPrefix("[") {
            guard let end = name.firstIndex(of: "]") else { return false }
            let rest = name[name.index(after: end)...]
            guard rest.isEmpty || rest.hasPrefix(":") else { return false }
            portText = rest.isEmpty ? nil : rest.dropFirst()
            name = name[name.index(after: name.startIndex)..<end]
        } else if let colon = name.lastIndex(of: ":"), name.firstIndex(of: ":") == colon {
            portText = name[name.index(after: colon)...]
            name = name[..<colon]
        }
        if let portText, !portText.allSatisfy({ $0.isASCII && $0.isNumber }) || UInt16(portText) != port {
            return false
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        let isIPv4Loopback = parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
        return name == "localhost" || name == "::1" || isIPv4Loopback || name == host
    }

    /// Whether it is an IPv6 address.
    public var isIPv6: Bool { host.contains(":") }

    /// The URL of the site at this address with `port`.
    public func url(port: UInt16) -> String {
        "http://\(isIPv6 ? "[\(host)]" : host):\(port)/"
    }
}
