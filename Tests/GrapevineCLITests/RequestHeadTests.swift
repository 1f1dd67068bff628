import GrapevineServe
import Testing

/// The heads `grapevine serve` reads: whole, incomplete, refused by size or shape.
@Suite("serve: request heads")
struct RequestHeadTests {
    @Test("a head is read with its headers in order, and how many bytes it took")
    func readsHead() throws {
        let bytes = Array("GET /a%20b.html?x=1 HTTP/1.1\r\nHost: localhost:4000\r\nX-Two:  a b \r\n\r\nGET /next".utf8)
        guard case .head(let head, let length) = RequestHead.read(bytes) else {
            Issue.record("not read: \(RequestHead.read(bytes))")
            return
        }
        #expect(head.method == "GET" && head.target == "/a%20b.html?x=1" && head.version == "HTTP/1.1")
        #expect(head.headers.map(\.name) == ["host", "x-two"])
        #expect(head.headers.map(\.value) == ["localhost:4000", "a b"])
        #expect(Array(bytes[length...]) == Array("GET /next".utf8))
        #expect(head.keepsAlive && !head.hasBody)
    }

    @Test(
        "bare line feeds end a head too; a head cut short asks for more",
        arguments: [
            ("GET / HTTP/1.0\n\n", true), ("\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", true),
            ("GET / HTTP/1.1\r\nHost: a\r\n", false), ("GET / HT", false), ("", false),
        ])
    func endOfHead(text: String, whole: Bool) {
        let reading = RequestHead.read(Array(text.utf8))
        #expect((reading != .incomplete) == whole, "\(reading)")
    }

    @Test(
        "a head that is not HTTP/1 is refused with 400",
        arguments: [
            "GET  / HTTP/1.1\r\n\r\n", "GET http://evil/ HTTP/1.1\r\n\r\n", "GET / HTTP/2\r\n\r\n",
            "GET / HTTP/1.1\r\nno colon\r\n\r\n", "GET / HTTP/1.1\r\nBad Name: x\r\n\r\n",
            "GET / HTTP/1.1\r\n folded: x\r\n\r\n", "GET /\r\n\r\n",
        ])
    func refusesGarbage(text: String) {
        #expect(RequestHead.read(Array(text.utf8)) == .refused(status: 400))
    }

    @Test("a request line over the limit is 414, headers over it 431, whether the head ended or not")
    func refusesLongHeads() {
        let path = "GET /" + String(repeating: "a", count: RequestHead.limit) + " HTTP/1.1\r\n"
        #expect(RequestHead.read(Array(path.utf8)) == .refused(status: 414))
        #expect(RequestHead.read(Array((path + "Host: a\r\n\r\n").utf8)) == .refused(status: 414))
        let header = "GET / HTTP/1.1\r\nX-Big: " + String(repeating: "a", count: RequestHead.limit)
        #expect(RequestHead.read(Array(header.utf8)) == .refused(status: 431))
        #expect(RequestHead.read(Array((header + "\r\n\r\n").utf8)) == .refused(status: 431))
        let justUnder = "GET / HTTP/1.1\r\nX-Big: " + String(repeating: "a", count: RequestHead.limit - 30) + "\r\n\r\n"
        #expect(RequestHead.read(Array(justUnder.utf8)) != .refused(status: 431))
    }

    @Test("reading on as bytes arrive, from where the last look stopped, finds the same end")
    func readsOnFromScanned() {
        let text = Array("GET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8)
        for cut in 1..<text.count {
            #expect(RequestHead.read(Array(text[..<cut]), scanned: 0) == .incomplete)
            guard case .head(_, let length) = RequestHead.read(text, scanned: cut) else {
                Issue.record("cut at \(cut): not read")
                continue
            }
            #expect(length == text.count)
        }
    }

    /// The head of `text`; `Refused` when it is not one.
    static func head(_ text: String) throws -> RequestHead {
        guard case .head(let head, _) = RequestHead.read(Array(text.utf8)) else { throw Refused() }
        return head
    }

    @Test("a body, Connection: close or HTTP/1.0 closes the connection after the answer")
    func closing() throws {
        let head = Self.head
        #expect(try head("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\n").hasBody)
        #expect(try head("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n").hasBody)
        #expect(try !head("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n").keepsAlive)
        #expect(try !head("GET / HTTP/1.0\r\n\r\n").keepsAlive)
    }

    /// Trial O, finding 1: a page on another site (or another port) included
    /// `<script src="http://127.0.0.1:4517/search-index.js">` and read every note.
    @Test(
        "a request a page of another origin sent says so: Sec-Fetch-Site, Origin or Referer",
        arguments: [
            "Sec-Fetch-Site: cross-site", "Sec-Fetch-Site: same-site", "Sec-Fetch-Site: Cross-Site",
            "Sec-Fetch-Site: something-new", "Origin: http://evil.example", "Origin: null",
            "Origin: http://127.0.0.1:8000", "Origin: https://127.0.0.1:4517", "Origin: http://localhost:4517",
            "Origin: http://127.0.0.1:4517@evil.example", "Referer: http://127.0.0.1:8000/evil.html",
            "Referer: file:///home/me/evil.html", "Referer: http://127.0.0.1:45170/", "Referer: nonsense",
            "Sec-Fetch-Site: same-origin\r\nOrigin: http://evil.example",
            "Origin: http://127.0.0.1:4517\r\nReferer: http://evil.example/",
        ])
    func anotherOrigin(headers: String) throws {
        let head = try Self.head("GET /search-index.js HTTP/1.1\r\nHost: 127.0.0.1:4517\r\n\(headers)\r\n\r\n")
        #expect(head.comesFromAnotherOrigin)
    }

    @Test(
        "a request typed, from a bookmark, or from the site's own pages is not from another origin",
        arguments: [
            ("127.0.0.1:4517", ""), ("127.0.0.1:4517", "Sec-Fetch-Site: none"),
            ("127.0.0.1:4517", "Sec-Fetch-Site: same-origin"), ("127.0.0.1:4517", "Origin: http://127.0.0.1:4517"),
            ("127.0.0.1:4517", "Referer: http://127.0.0.1:4517/contacts/ana.html?q=1"),
            ("LOCALHOST:4517", "Origin: http://localhost:4517"), ("localhost", "Referer: http://localhost:80/"),
            ("[::1]:4517", "Sec-Fetch-Site: same-origin\r\nOrigin: http://[::1]:4517"),
        ])
    func sameOrigin(host: String, headers: String) throws {
        let extra = headers.isEmpty ? "" : headers + "\r\n"
        let head = try Self.head("GET / HTTP/1.1\r\nHost: \(host)\r\n\(extra)\r\n")
        #expect(!head.comesFromAnotherOrigin)
    }

    @Test("without a Host, an Origin or a Referer is from another origin: it cannot be compared")
    func noHost() throws {
        #expect(try Self.head("GET / HTTP/1.0\r\nOrigin: http://127.0.0.1:4517\r\n\r\n").comesFromAnotherOrigin)
        #expect(try !Self.head("GET / HTTP/1.0\r\n\r\n").comesFromAnotherOrigin)
    }

    struct Refused: Error {}
}
