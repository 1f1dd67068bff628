import Foundation
import TestSupport
import Testing

/// Opens the site built from Vault-Example in headless Chromium, through `script/browser-check`.
@Suite("the static site in a browser")
struct BrowserTests {
    /// The full path of `name` if an executable by that name is on PATH.
    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let browserAvailable = onPath("chromium") != nil && onPath("python3") != nil

    /// Runs `script/browser-check` on a site folder; its exit status and what it printed.
    static func browserCheck(_ site: String, extra: [String]) throws -> (Int32, String) {
        try runScript("browser-check", [site] + extra)
    }

    /// Runs the Python script `script/NAME` with `arguments`; its exit status and what it printed.
    /// Chromium's profile goes in the tests' scratch folder, a RAM disk where there is one.
    static func runScript(_ name: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(onPath("python3")))
        process.arguments = [Repository.root.appendingPathComponent("script/" + name).path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": Scratch.folder.path]) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test(
        "every page loads in headless Chromium with no console errors or failed loads; search finds Maria",
        .enabled(if: browserAvailable, "chromium (and python3) are not on PATH; install them to run this check"),
        .timeLimit(.minutes(3)), arguments: [[], ["--public"]])
    func pagesLoadCleanly(options: [String]) async throws {
        let folder = try TemporaryFolder()
        let site = folder.path + "/site"
        let build = await CommandRun(
            ["site", "--vault", Repository.example, "--today", "2026-11-18", "--out", site] + options)
        try #require(build.status == 0, "grapevine site failed: \(build.errors)")

        let screenshots = folder.path + "/screenshots"
        let (status, output) = try Self.browserCheck(site, extra: ["--screenshots", screenshots])
        #expect(status == 0, "script/browser-check reported:\n\(output)")
        #expect(output.contains("no problems"), "\(output)")
        for name in [
            "index.png", "contact.png", "graph.png", "progress.png", "index-mobile.png", "progress-mobile.png",
        ] {
            let data = FileManager.default.contents(atPath: screenshots + "/" + name) ?? Data()
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(name) is not a PNG")
        }
    }

    /// "crème brûlée" is written only in Maria Lopez's interview, in its Notes, some 1,200
    /// characters into the file: the site's search finds it from a query without accents, and
    /// shows the line it is on.
    @Test(
        "search finds a word deep in an interview's notes, folded, and shows its line",
        .enabled(if: browserAvailable, "chromium (and python3) are not on PATH; install them to run this check"),
        .timeLimit(.minutes(3)), arguments: [[], ["--public"]])
    func searchFindsTheWholeText(options: [String]) async throws {
        let folder = try TemporaryFolder()
        let site = folder.path + "/site"
        let build = await CommandRun(
            ["site", "--vault", Repository.example, "--today", "2026-11-18", "--out", site] + options)
        try #require(build.status == 0, "grapevine site failed: \(build.errors)")
        let (status, output) = try Self.browserCheck(
            site,
            extra: ["--search-only", "--search", "brulee", "--expect", "shelf-stable crème brûlée for an airline"])
        #expect(status == 0, "script/browser-check reported:\n\(output)")
        #expect(output.contains("search for 'brulee': 1 results shown (1 result), 1 snippets"), "\(output)")
    }

    /// The site's search finds a surname after an elided article as the command does, and
    /// `AT&T` as one word, not "at" and "t".
    @Test(
        "search finds d'Alembert by 'alembert', and AT&T only where it is written",
        .enabled(if: browserAvailable, "chromium (and python3) are not on PATH; install them to run this check"),
        .timeLimit(.minutes(3)),
        arguments: [
            ("alembert", "Met Jean le Rond d'Alembert"), ("AT&T", "works at AT&T now"),
            ("o'brien", "kavya.obrien@example.com"),
        ])
    func searchFindsApostrophesAndAmpersands(query: String, expected: String) async throws {
        let folder = try TemporaryFolder()
        try TemporaryFolder.write(
            [
                "contacts/jean.md": "---\nname: Jean le Rond d'Alembert\n---\nMet Jean le Rond d'Alembert.\n",
                "contacts/sio.md": "---\nname: Siobhán Ní Bhriain\n---\nShe works at AT&T now.\n",
                "contacts/other.md": "---\nname: Other\n---\nMet at the fair; an alembic.\n",
                "contacts/kavya.md": "---\nname: Kavya\nemail: kavya.obrien@example.com\n---\n",
            ], into: folder.path + "/vault")
        let site = folder.path + "/site"
        let build = await CommandRun(
            ["site", "--vault", folder.path + "/vault", "--today", "2026-11-18", "--out", site])
        try #require(build.status == 0, "grapevine site failed: \(build.errors)")
        let (status, output) = try Self.browserCheck(
            site, extra: ["--search-only", "--search", query, "--expect", expected])
        #expect(status == 0, "script/browser-check reported:\n\(output)")
        #expect(output.contains("1 results shown (1 result)"), "\(output)")
    }

    /// Chinese puts no space between words: the box finds `腾讯` inside `他在腾讯工作`, as
    /// `grapevine search` does, and not the same characters the other way round.
    @Test(
        "search finds a Chinese word inside a run of characters",
        .enabled(if: browserAvailable, "chromium (and python3) are not on PATH; install them to run this check"),
        .timeLimit(.minutes(3)))
    func searchFindsChineseWords() async throws {
        let folder = try TemporaryFolder()
        try TemporaryFolder.write(
            [
                "contacts/wang.md": "---\nname: 王小明\nadded: 2026-11-01\n---\n## Log\n- 2026-11-03 replied: 他在腾讯工作\n",
                "contacts/other.md": "---\nname: Other\n---\n讯腾 the other way round.\n",
            ], into: folder.path + "/vault")
        let site = folder.path + "/site"
        let build = await CommandRun(
            ["site", "--vault", folder.path + "/vault", "--today", "2026-11-18", "--out", site])
        try #require(build.status == 0, "grapevine site failed: \(build.errors)")
        let (status, output) = try Self.browserCheck(
            site, extra: ["--search-only", "--search", "腾讯", "--expect", "他在腾讯工作"])
        #expect(status == 0, "script/browser-check reported:\n\(output)")
        #expect(output.contains("1 results shown (1 result)"), "\(output)")
    }

    /// The contacts table's filter folds a row's words as search does and what is typed as
    /// typed: `orjan` and `ørjan` find Ørjan Åberg, `strasse` finds Weiß's organization,
    /// `obrien` and `o'brien` find O'Brien, and a word of the organization finds its people.
    @Test(
        "the contacts table's filter finds names typed without their accents or apostrophes",
        .enabled(if: browserAvailable, "chromium (and python3) are not on PATH; install them to run this check"),
        .timeLimit(.minutes(3)))
    func contactsFilterFolds() async throws {
        let folder = try TemporaryFolder()
        try TemporaryFolder.write(
            [
                "contacts/orjan.md": "---\nname: Ørjan Åberg\norganization: Nordbank\n---\n",
                "contacts/hans.md": "---\nname: Hans Weiß\norganization: Müller Straße GmbH\n---\n",
                "contacts/dana.md": "---\nname: Dana O'Brien\ntitle: VP, R&D\n---\n",
                "contacts/other.md": "---\nname: Other Person\norganization: Acme\n---\n",
            ], into: folder.path + "/vault")
        let site = folder.path + "/site"
        let build = await CommandRun(
            ["site", "--vault", folder.path + "/vault", "--today", "2026-11-18", "--out", site])
        try #require(build.status == 0, "grapevine site failed: \(build.errors)")
        let words = ["orjan", "ørjan", "strasse", "obrien", "o'brien", "r&d", "nordbank", "aberg dana"]
        let (status, output) = try Self.browserCheck(
            site, extra: ["--search", "hans"] + words.flatMap { ["--filter", $0] })
        #expect(status == 0, "script/browser-check reported:\n\(output)")
        for (word, shown) in [
            ("orjan", "Ørjan Åberg"), ("ørjan", "Ørjan Åberg"), ("strasse", "Hans Weiß"), ("obrien", "Dana O'Brien"),
            ("o'brien", "Dana O'Brien"), ("r&d", "Dana O'Brien"), ("nordbank", "Ørjan Åberg"), ("aberg dana", ""),
        ] {
            // Python's repr: in double quotes when the word holds an apostrophe.
            let quoted = word.contains("'") ? "\"\(word)\"" : "'\(word)'"
            #expect(output.contains("filter \(quoted) shows: \(shown);"), "\(output)")
        }
    }
}
