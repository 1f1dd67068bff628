import Foundation
import GrapevineCore
import GrapevineServe
import Synchronization
import Testing

/// `grapevine serve` as a user runs it: the built binary on a copy of Vault-Example, asked
/// over HTTP on loopback, its notes edited on disk, stopped with Ctrl-C.
@Suite("grapevine serve")
struct ServeCommandTests {
    static let python = BrowserTests.onPath("python3") != nil

    @Test(
        "in headless Chromium, a page shows an edit of its note on disk without a manual reload",
        .enabled(if: BrowserTests.browserAvailable, "chromium (and python3) are not on PATH; install them to run this"),
        .timeLimit(.minutes(3)))
    func pageReloadsItselfInChromium() throws {
        let server = try ServeProcess()
        let url = try #require(server.url(), "no URL printed:\n\(server.printed)")
        let (status, output) = try BrowserTests.runScript(
            "serve-browser-check",
            [
                url, "contacts/maria-lopez.html", server.vault + "/contacts/maria-lopez.md", "Senior R&D Scientist",
                "Principal R&D Scientist",
            ])
        #expect(status == 0, "script/serve-browser-check reported:\n\(output)\n\(server.printed)")
        #expect(output.contains("reloaded by its own script"), "\(output)")
        #expect(server.stop() == 0)
    }

    @Test(
        "it listens on 127.0.0.1 only: the URL, the bound address, a page",
        .enabled(if: python, "python3 is not on PATH"), .timeLimit(.minutes(3)))
    func listensOnLoopback() throws {
        let server = try ServeProcess()
        let url = try #require(server.url(), "no URL printed:\n\(server.printed)")
        #expect(url.hasPrefix("http://127.0.0.1:"))
        let port = try #require(Int(url.dropFirst("http://127.0.0.1:".count).dropLast()))
        #expect(try Self.listeningAddresses(port: port) == ["127.0.0.1"], "what /proc/net/tcp lists for the port")
        let page = try ServeProcess.get(url, "/")
        #expect(page.status == 200)
        #expect(page.body.contains("Maria Lopez"))
        #expect(server.stop() == 0)
    }

    @Test(
        "an address other than loopback is refused unless --host names it",
        arguments: [
            (["--port", "0.0.0.0:4000"], "--host"), (["--port", "eighty"], "not a port number"),
            (["--host", "example.com"], "not an IP address"),
        ])
    func refusesOtherAddresses(arguments: [String], message: String) async throws {
        let run = await CommandRun(["serve", "--vault", Repository.example] + arguments)
        #expect(run.status == 2)
        #expect(run.errors.contains(message), "\(run.errors)")
        #expect(run.output.isEmpty)
    }

    @Test(
        "only loopback addresses count as loopback",
        arguments: [
            ("127.0.0.1", true), ("localhost", true), ("127.0.0.2", true), ("::1", true), ("0.0.0.0", false),
            ("::", false), ("192.168.1.10", false),
        ])
    func loopbackAddresses(host: String, isLoopback: Bool) throws {
        #expect(try ListenAddress(host: host, port: 0).isLoopback == isLoopback)
    }

    @Test(
        "paths outside the site are refused, plain or percent-encoded; a missing page is 404",
        .enabled(if: python, "python3 is not on PATH"), .timeLimit(.minutes(3)))
    func refusesTraversal() throws {
        let server = try ServeProcess()
        let url = try #require(server.url(), "no URL printed:\n\(server.printed)")
        // A file beside the site's folder that must never be served.
        let secret = "SECRET-\(UUID().uuidString)"
        try Data(secret.utf8).write(to: URL(fileURLWithPath: server.temporary + "/secret.txt"))
        for path in [
            "/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2e%2e/%2e%2e/secret.txt",
            "/contacts/%2e%2e/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt", "/.grapevine-site",
            "/../vault/contacts/maria-lopez.md", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        ] {
            let answer = try ServeProcess.get(url, path)
            #expect([403, 404].contains(answer.status), "\(path): \(answer.status)")
            #expect(!answer.body.contains(secret) && !answer.body.contains("root:"), "\(path) leaked a file")
        }
        #expect(try ServeProcess.get(url, "/contacts/nobody.html").status == 404)
        #expect(try ServeProcess.get(url, "/contacts/maria-lopez.html").status == 200)
        #expect(server.stop() == 0)
    }

    @Test(
        "a request for another name than the loopback address is refused (DNS rebinding)",
        .enabled(if: python, "python3 is not on PATH"), .timeLimit(.minutes(3)))
    func refusesOtherHostNames() throws {
        let server = try ServeProcess()
        let url = try #require(server.url(), "no URL printed:\n\(server.printed)")
        let port = url.dropFirst("http://127.0.0.1:".count).dropLast()
        for name in ["evil.example:\(port)", "127.0.0.1.evil.example", "127.evil.example:\(port)", "[::2]"] {
            let answer = try ServeProcess.get(url, "/", host: name)
            #expect(answer.status == 403, "Host: \(name)")
            #expect(!answer.body.contains("Maria Lopez"))
        }
        for name in ["127.0.0.1:\(port)", "localhost:\(port)", "LOCALHOST", "[::1]:\(port)"] {
            #expect(try ServeProcess.get(url, "/", host: name).status == 200, "Host: \(name)")
        }
        #expect(server.stop() == 0)
    }

    /// Trial O, finding 1: `<script src="http://127.0.0.1:4517/search-index.js">` on any
    /// website read every note; the Host is the server's, the other headers say where from.
    @Test(
        "a request a page of another site or port sends is refused on every path; typed and own ones are answered",
        .enabled(if: python, "python3 is not on PATH"), .timeLimit(.minutes(3)))
    func refusesOtherOrigins() throws {
        let server = try ServeProcess()
        let url = try #require(server.url(), "no URL printed:\n\(server.printed)")
        let own = String(url.dropLast())
        let paths = [
            "/search-index.js", "/", "/contacts/maria-lopez.html", "/style.css",
            SiteServer.versionPath + "?page=index.html", "/contacts/nobody.html",
        ]
        for headers in [
            ["Sec-Fetch-Site: cross-site"], ["Sec-Fetch-Site: same-site"], ["Origin: http://evil.example"],
            ["Origin: null"], ["Origin: http://127.0.0.1:8000"], ["Referer: http://127.0.0.1:8000/evil.html"],
            ["Referer: file:///tmp/evil.html"], ["Sec-Fetch-Site: same-origin", "Origin: http://evil.example"],
        ] {
            for path in paths {
                let answer = try ServeProcess.get(url, path, headers: headers)
                #expect(answer.status == 403, "\(headers) \(path)")
                #expect(!answer.body.contains("Maria") && !answer.body.contains("GRAPEVINE_SEARCH"), "\(headers)")
            }
        }
        for headers in [
            [], ["Sec-Fetch-Site: none"], ["Sec-Fetch-Site: same-origin"], ["Origin: \(own)"],
            ["Sec-Fetch-Site: same-origin", "Referer: \(own)/search.html?q=maria"],
        ] {
            let index = try ServeProcess.get(url, "/search-index.js", headers: headers)
            #expect(index.status == 200 && index.body.contains("Maria Lopez"), "\(headers)")
            #expect(try ServeProcess.get(url, "/", headers: headers).status == 200, "\(headers)")
        }
        #expect(server.stop() == 0)
    }

    @Test(
        "every answer, a page, the index, the reload endpoint, a refusal, says it is for this origin only",
        .enabled(if: python, "python3 is not on PATH"), .timeLimit(.minutes(3)))
    func answersAreForThisOriginOnly() throws {
        let server = try ServeProcess()
        let url = try #require(server.url(), "no URL printed:\n\(server.printed)")
        let heads = [
            "GET /search-index.js HTTP/1.1\r\nHost: localhost\r\n", "GET / HTTP/1.1\r\nHost: localhost\r\n",
            "HEAD /contacts/maria-lopez.html HTTP/1.1\r\nHost: localhost\r\n",
            "GET \(SiteServer.versionPath)?page=index.html HTTP/1.1\r\nHost: localhost\r\n",
            "GET /nobody.html HTTP/1.1\r\nHost: localhost\r\n", "GET / HTTP/1.1\r\nHost: evil.example\r\n",
            "GET /search-index.js HTTP/1.1\r\nHost: localhost\r\nSec-Fetch-Site: cross-site\r\n",
            "POST / HTTP/1.1\r\nHost: localhost\r\n",
        ]
        for request in heads {
            let answer = try ServeProcess.raw(url, request + "Connection: close\r\n\r\n").answer
            let head = answer.components(separatedBy: "\r\n\r\n").first ?? ""
            let headers = head.components(separatedBy: "\r\n")
            for expected in [
                "X-Content-Type-Options: nosniff", "Cross-Origin-Resource-Policy: same-origin",
                "Cross-Origin-Opener-Policy: same-origin",
                "Content-Security-Policy: \(SiteServer.contentSecurityPolicy)",
            ] {
                #expect(headers.contains(expected), "\(request): \(headers)")
            }
        }
        #expect(SiteServer.contentSecurityPolicy.contains("frame-ancestors 'none'"))
        #expect(server.stop() == 0)
    }

    @Test(
        "in headless Chromium, a page on another port cannot read the notes by including search-index.js",
        .enabled(if: BrowserTests.browserAvailable, "chromium (and python3) are not on PATH; install them to run this"),
        .timeLimit(.minutes(3)))
    func otherSiteCannotIncludeTheIndexInChromium() throws {
        let server = try ServeProcess()
        let url = try #require(server.url(), "no URL printed:\n\(server.printed)")
        let (status, output) = try BrowserTests.runScript("serve-cross-site-check", [url])
        #expect(status == 0, "script/serve-cross-site-check reported:\n\(output)")
        #expect(output.contains("/include.html from another port read: SAFE"), "\(output)")
        #expect(output.contains("/include-localhost.html from another port read: SAFE"), "\(output)")
        #expect(!output.contains("LEAK"), "\(output)")
        #expect(server.stop() == 0)
    }

    @Test(
        "a request line or header over 64 KB is refused at once (414, 431), side by side, and the others are answered",
        .enabled(if: python, "python3 is not on PATH"), .timeLimit(.minutes(3)))
    func refusesHugeHeads() throws {
        let server = try ServeProcess()
        let url = try #require(server.url(), "no URL printed:\n\(server.printed)")
        // The tester's: two 600 KB paths used to hold both cores for minutes (and Ctrl-C with them).
        let heads = [
            "GET /{600000} HTTP/1.1\r\nHost: localhost\r\n\r\n", "GET /{600000}1 HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: {1000000}\r\n\r\n",
            "GET /index.html HTTP/1.1\r\nHost: localhost\r\n" + String(repeating: "X-Many: {100}\r\n", count: 1000)
                + "\r\n",
        ]
        let answers = Mutex([String](repeating: "", count: heads.count))
        DispatchQueue.concurrentPerform(iterations: heads.count) { index in
            let line = (try? ServeProcess.raw(url, heads[index]).statusLine) ?? "no answer"
            answers.withLock { $0[index] = line }
        }
        #expect(
            answers.withLock { $0 } == [
                "HTTP/1.1 414 URI Too Long", "HTTP/1.1 414 URI Too Long",
                "HTTP/1.1 431 Request Header Fields Too Large",
                "HTTP/1.1 431 Request Header Fields Too Large",
            ])
        // Just under the limit is answered.
        let long = try ServeProcess.raw(url, "GET /{60000} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        #expect(long.statusLine == "HTTP/1.1 404 Not Found")
        #expect(try ServeProcess.get(url, "/").status == 200)
        #expect(server.stop(SIGTERM) == 0, "\(server.printed)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.temporary).isEmpty, "a folder was left")
    }

    @Test(
        "a client sending its request a few bytes at a time holds no one else up",
        .enabled(if: python, "python3 is not on PATH"), .timeLimit(.minutes(3)))
    func slowClientHoldsNoOneUp() throws {
        let server = try ServeProcess()
        let url = try #require(server.url(), "no URL printed:\n\(server.printed)")
        let slow = Mutex("")
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let head = "GET /index.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
            let line = (try? ServeProcess.raw(url, head, pieces: 20, pause: 0.2).statusLine) ?? "no answer"
            slow.withLock { $0 = line }
            done.signal()
        }
        for _ in 0..<5 { #expect(try ServeProcess.get(url, "/contacts/maria-lopez.html").status == 200) }
        #expect(slow.withLock { $0 }.isEmpty, "the slow client was answered before the others")
        done.wait()
        #expect(slow.withLock { $0 } == "HTTP/1.1 200 OK")
        #expect(server.stop() == 0)
    }

    @Test(
        "HEAD has the length GET sends; two Host headers or a port that is not the server's are refused",
        .enabled(if: python, "python3 is not on PATH"), .timeLimit(.minutes(3)))
    func headAndHostHeaders() throws {
        let server = try ServeProcess()
        let url = try #require(server.url(), "no URL printed:\n\(server.printed)")
        let port = url.dropFirst("http://127.0.0.1:".count).dropLast()
        let get = try ServeProcess.raw(url, "GET /style.css HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        let head = try ServeProcess.raw(url, "HEAD /style.css HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        let body = try #require(get.answer.range(of: "\r\n\r\n")).upperBound
        let length = get.answer.utf8.count - get.answer.utf8.distance(from: get.answer.startIndex, to: body)
        #expect(length > 1000)
        #expect(head.answer.contains("Content-Length: \(length)\r\n"), "\(head.answer)")
        #expect(head.answer.hasSuffix("\r\n\r\n"), "HEAD sent a body")
        for hosts in [["evil.example", "localhost"], ["localhost", "evil.example"], ["localhost", "localhost"]] {
            let headers = hosts.map { "Host: \($0)\r\n" }.joined()
            let answer = try ServeProcess.raw(url, "GET / HTTP/1.1\r\n\(headers)\r\n")
            #expect(answer.statusLine == "HTTP/1.1 400 Bad Request", "\(hosts)")
        }
        for host in [
            "localhost:\(port).evil.example", "localhost:80@evil.example", "localhost:x", "localhost:1\(port)",
        ] {
            let answer = try ServeProcess.raw(url, "GET / HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
            #expect(answer.statusLine == "HTTP/1.1 403 Forbidden", "Host: \(host)")
        }
        // Two requests on one connection are both answered.
        let twice =
            "GET / HTTP/1.1\r\nHost: localhost\r\n\r\nGET /style.css HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        #expect(try ServeProcess.raw(url, twice).answer.components(separatedBy: "HTTP/1.1 200 OK").count == 3)
        #expect(server.stop() == 0)
    }

    @Test(
        "a symlink leaving the vault that appears while it serves is not followed, as at the start",
        .enabled(if: python, "python3 is not on PATH"), .timeLimit(.minutes(3)))
    func symlinkArrivingLaterIsNotFollowed() throws {
        let server = try ServeProcess()
        let url = try #require(server.url(), "no URL printed:\n\(server.printed)")
        let secret = "SECRET-\(UUID().uuidString)"
        try Data("---\nname: Outside Secret\n---\n\(secret)\n".utf8)
            .write(to: URL(fileURLWithPath: server.folder.path + "/secret.md"))
        let links = FileManager.default
        try links.createSymbolicLink(
            atPath: server.vault + "/contacts/evil-link.md", withDestinationPath: server.folder.path + "/secret.md")
        try links.createSymbolicLink(atPath: server.vault + "/notes/passwd.md", withDestinationPath: "/etc/passwd")
        // Ana's note replaced by a link out: her page goes, as if she had been removed.
        try links.removeItem(atPath: server.vault + "/contacts/ana-pereira.md")
        try links.createSymbolicLink(
            atPath: server.vault + "/contacts/ana-pereira.md", withDestinationPath: "/etc/passwd")
        #expect(ServeProcess.wait { server.printed.contains("ana-pereira.md changed") }, "\(server.printed)")
        // A later edit, seen only once the links were looked at.
        let note = server.vault + "/contacts/maria-lopez.md"
        try Data((try String(contentsOfFile: note, encoding: .utf8) + "\nEdited.\n").utf8).write(
            to: URL(fileURLWithPath: note))
        #expect(ServeProcess.wait { server.printed.contains("maria-lopez.md changed") }, "\(server.printed)")
        for path in ["/notes/passwd.html", "/contacts/evil-link.html", "/contacts/ana-pereira.html"] {
            #expect(try ServeProcess.get(url, path).status == 404, "\(path)")
        }
        for path in ["/search-index.js", "/contacts.html", "/index.html"] {
            let body = try ServeProcess.get(url, path).body
            #expect(!body.contains(secret) && !body.contains("Outside Secret") && !body.contains("root:x"), "\(path)")
        }
        #expect(server.stop() == 0)
    }

    @Test(
        "with --public, private notes have no page and pages show no problems",
        .enabled(if: python, "python3 is not on PATH"), .timeLimit(.minutes(3)))
    func publicLeavesOutPrivateNotesAndProblems() throws {
        let server = try ServeProcess(["--port", "0", "--public"])
        let url = try #require(server.url(), "no URL printed:\n\(server.printed)")
        let note = server.vault + "/contacts/maria-lopez.md"
        let text = try String(contentsOfFile: note, encoding: .utf8)
        // An edit that names the private Keiko Tanaka and repeats Maria's phone in her body.
        let edited =
            text.replacingOccurrences(of: "added: 2026-09-21", with: "added: 2026-13-45")
            + "\nAsk Keiko Tanaka; Maria is on (555) 0142, keiko.tanaka@harbor.example.com.\n"
        try Data(edited.utf8).write(to: URL(fileURLWithPath: note), options: .atomic)
        #expect(ServeProcess.wait { server.printed.contains("contacts/maria-lopez.md changed") }, "\(server.printed)")
        let page = try ServeProcess.get(url, "/contacts/maria-lopez.html")
        #expect(page.status == 200)
        #expect(!page.body.contains("invalid date") && !page.body.contains("serve-problems"))
        #expect(!page.body.contains("555-0142"), "a private field (phone) is shown")
        #expect(page.body.contains("Ask (private); Maria is on (private), (private)."), "\(page.body)")
        let index = try ServeProcess.get(url, "/search-index.js").body
        #expect(!index.contains("Keiko") && !index.contains("0142") && !index.contains("harbor.example"))
        #expect(try ServeProcess.get(url, "/contacts/keiko-tanaka.html").status == 404, "a private note has a page")
        #expect(server.stop() == 0)
    }

    @Test(
        "a broken note shows its diagnostic on its page; the other pages keep working",
        .enabled(if: python, "python3 is not on PATH"), .timeLimit(.minutes(3)))
    func brokenNoteShowsItsDiagnostic() throws {
        let server = try ServeProcess()
        let url = try #require(server.url(), "no URL printed:\n\(server.printed)")
        let note = server.vault + "/contacts/maria-lopez.md"
        let text = try String(contentsOfFile: note, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "added: 2026-09-21", with: "added: 2026-13-45").utf8)
            .write(to: URL(fileURLWithPath: note), options: .atomic)
        let diagnostic = "contacts/maria-lopez.md:10:8: error: invalid date"
        let shown = try ServeProcess.wait {
            try ServeProcess.get(url, "/contacts/maria-lopez.html").body.contains(diagnostic)
        }
        #expect(shown, "the page never showed '\(diagnostic)'; the server printed:\n\(server.printed)")
        #expect(try ServeProcess.get(url, "/contacts/ana-pereira.html").status == 200)
        #expect(!(try ServeProcess.get(url, "/contacts/ana-pereira.html").body.contains("serve-problems")))
        // Front matter that does not parse at all: the page is still there, with the problem.
        try Data("---\nname: [Maria\n---\nBody.\n".utf8).write(to: URL(fileURLWithPath: note), options: .atomic)
        let malformed = try ServeProcess.wait {
            try ServeProcess.get(url, "/contacts/maria-lopez.html").body.contains(
                "contacts/maria-lopez.md:2:7: error: malformed front matter")
        }
        #expect(malformed, "\(server.printed)")
        #expect(server.isRunning)
        #expect(server.stop() == 0)
    }

    @Test(
        "Ctrl-C and SIGTERM stop it with status 0 and remove its folder", .timeLimit(.minutes(3)),
        arguments: [SIGINT, SIGTERM])
    func stopsCleanly(signal: Int32) throws {
        let server = try ServeProcess()
        _ = try #require(server.url(), "no URL printed:\n\(server.printed)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.temporary).count == 1)
        #expect(server.stop(signal) == 0, "\(server.printed)")
        #expect(server.printed.contains("Stopped"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.temporary).isEmpty, "a folder was left")
    }

    @Test(
        "the reload script is in served pages only, never in the site 'grapevine site' writes",
        .enabled(if: python, "python3 is not on PATH"), .timeLimit(.minutes(3)))
    func reloadScriptOnlyWhenServed() async throws {
        let folder = try TemporaryFolder()
        let build = await CommandRun(
            ["site", "--vault", Repository.example, "--today", "2026-11-18", "--out", folder.path + "/site"])
        try #require(build.status == 0, "\(build.errors)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path + "/site")
        for file in files where file.hasSuffix(".html") || file.hasSuffix(".js") {
            let text = try String(contentsOfFile: folder.path + "/site/" + file, encoding: .utf8)
            #expect(!text.contains(SiteServer.versionPath), "\(file) has the reload script")
        }
        let server = try ServeProcess()
        let url = try #require(server.url(), "no URL printed:\n\(server.printed)")
        #expect(try ServeProcess.get(url, "/contacts/maria-lopez.html").body.contains(SiteServer.versionPath))
        #expect(server.stop() == 0)
    }

    /// The local addresses listening on `port` (TCP, IPv4 and IPv6), from `/proc/net/tcp*`.
    static func listeningAddresses(port: Int) throws -> [String] {
        var found: [String] = []
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            guard let text = try? String(contentsOfFile: table, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: " ")
                // local_address is HEXADDR:HEXPORT; state 0A is LISTEN.
                guard fields.count > 3, fields[3] == "0A" else { continue }
                let local = fields[1].split(separator: ":")
                guard local.count == 2, Int(local[1], radix: 16) == port else { continue }
                found.append(address(hex: String(local[0])))
            }
        }
        return found
    }

    /// An address as `/proc/net/tcp` writes it (IPv4 in host byte order, little-endian here).
    private static func address(hex: String) -> String {
        guard hex.count == 8, let value = UInt32(hex, radix: 16) else { return hex }
        return (0..<4).map { String((value >> (8 * $0)) & 0xFF) }.joined(separator: ".")
    }

    @Test("grapevine loads no networking library: the server is grapevine-serve, beside it")
    func grapevineLinksNoNetworking() throws {
        let libraries = try ExecutableTests.run(URL(fileURLWithPath: "/usr/bin/ldd"), [ExecutableTests.binary.path])
        #expect(libraries.status == 0)
        #expect(!libraries.output.contains("curl"), "\(libraries.output)")
        #expect(!libraries.output.contains("FoundationNetworking"), "\(libraries.output)")
        let server = ExecutableTests.binary.deletingLastPathComponent().appendingPathComponent("grapevine-serve")
        #expect(FileManager.default.isExecutableFile(atPath: server.path))
    }

    @Test("without grapevine-serve beside it, serve says what is missing and how to build it")
    func missingServer() throws {
        let folder = try TemporaryFolder()
        let copy = URL(fileURLWithPath: folder.path + "/grapevine")
        try FileManager.default.copyItem(at: ExecutableTests.binary, to: copy)
        let (status, text) = try ExecutableTests.run(
            copy, ["serve", "--vault", Repository.example, "--port", "0"], in: folder.path)
        #expect(status == 1)
        #expect(
            text.hasPrefix("error: could not start \(folder.path)/grapevine-serve: No such file or directory."),
            "\(text)")
        #expect(text.contains("swift build -c release --static-swift-stdlib --product grapevine-serve"))
    }
}
