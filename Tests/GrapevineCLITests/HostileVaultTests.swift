import Foundation
import TestSupport
import Testing

@testable import GrapevineCore

/// A vault written by an attacker: script in every field a note has and in every Markdown
/// construct a body can hold, built into a site (private and `--public`) and opened in headless
/// Chromium. `script/browser-check` replaces `alert` and its kin before any script of a page runs,
/// so a payload that runs is reported, and it looks at every page for markup a note could have
/// smuggled in (event-handler attributes, `javascript:`/`data:`/`vbscript:` URLs, frames).
@Suite("a hostile vault")
struct HostileVaultTests {
    /// Text that turns into script if it reaches a page unescaped, in each context a value can
    /// land in: element content, a quoted or unquoted attribute, a `<script>`, an SVG label.
    static let payloads = [
        "<script>alert('body')</script>",
        "\"><img src=x onerror=alert('attr')>",
        "'><svg onload=alert('single')>",
        "</script><script>alert('index')</script>",
        "</title><script>alert('title')</script>",
        "<tspan onclick=alert('svg')>label</tspan>",
        "\u{2028}alert('separator')//",
        "{{{triple}}} {{#x}}alert('mustache'){{/x}}",
    ]

    /// URLs no page may link to, written the ways people hide them.
    static let urls = [
        "javascript:alert('js')", "JaVaScRiPt:alert('case')", " \tjavascript:alert('space')",
        "jav&#x61;script:alert('entity')", "jav&#97;script:alert('decimal')", "java\\script:alert('escape')",
        "data:text/html,<script>alert('data')</script>", "vbscript:msgbox('vb')",
        "javascript&colon;alert('colon')", "mailto:\"><script>alert('mailto')</script>",
    ]

    static func quoted(_ text: String) -> String {
        "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\u{2028}", with: "\\L") + "\""
    }

    /// Every payload in a front matter list.
    static var payloadList: String { "[" + payloads.map(quoted).joined(separator: ", ") + "]" }

    /// A body with every construct, each holding the payloads and URLs.
    static var hostileBody: String {
        let links = urls.enumerated().map { "[link \($0.offset)](\($0.element))" }.joined(separator: " ")
        let images = urls.enumerated().map { "![image \($0.offset)](\($0.element))" }.joined(separator: " ")
        let autolinks = urls.map { "<\($0)>" }.joined(separator: " ")
        let references = urls.enumerated().map { "[ref\($0.offset)]: \($0.element)" }.joined(separator: "\n")
        let referenceUses = urls.indices.map { "[use \($0)][ref\($0)]" }.joined(separator: " ")
        let wikilinks = payloads.map { "[[\($0)]] [[Mallory|\($0)]]" }.joined(separator: " ")
        let text = payloads.joined(separator: " ")
        return """
            # \(payloads[4])

            \(text)

            \(links)

            \(images)

            \(autolinks)

            \(referenceUses)

            \(wikilinks)

            <div onclick="alert('block')"><iframe src="javascript:alert('frame')"></iframe></div>
            <style>body { background: url("javascript:alert('style')") }</style>
            <a href="javascript:alert('raw')">raw link</a> <img src=x onerror="alert('inline')">
            <meta http-equiv="refresh" content="0;url=javascript:alert('refresh')">
            <base href="javascript:alert('base')//">

            &lt;script&gt;alert('entities')&lt;/script&gt; &#60;script&#62;alert('numeric')&#60;/script&#62;

            | \(payloads[0]) | \(payloads[1]) |
            |---|---|
            | [cell](javascript:alert('cell')) | \(payloads[5]) |

            > \(payloads[2]) [quote](javascript:alert('quote'))

            ```html
            \(payloads[0])
            ```

            - [ ] \(payloads[1]) due 2026-11-20
            - \(payloads[3])

            \(references)

            """
    }

    /// The hostile vault built into a site with `options`: the folder holding both (removed
    /// when released), and the site's path.
    static func buildHostileSite(_ options: [String]) async throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let vault = folder.path + "/vault"
        try hostileVault(in: vault)
        let site = folder.path + "/site"
        let build = await CommandRun(["site", "--vault", vault, "--today", "2026-11-18", "--out", site] + options)
        try #require(build.status == 0, "grapevine site failed: \(build.errors)")
        return (folder, site)
    }

    static func hostileVault(in folder: String) throws {
        let log = payloads.map { "- 2026-11-0\(min(9, 1 + $0.count % 9)) emailed: \($0)" }.joined(separator: "\n")
        try TemporaryFolder.write(
            [
                ".grapevine/config.yml": """
                owner: \(quoted(payloads[1]))
                site: { title: \(quoted(payloads[4])) }
                """,
                "contacts/mallory.md": """
                ---
                name: \(quoted("Mallory " + payloads[1]))
                organization: \(quoted(payloads[0]))
                title: \(quoted(payloads[2]))
                linkedin: \(quoted(urls[0]))
                location: \(quoted(payloads[5]))
                source: \(quoted(payloads[3]))
                added: 2026-11-01
                tags: \(payloadList)
                aliases: \(payloadList)
                remind: \(quoted("2026-11-19 " + payloads[0]))
                website: \(quoted(urls[6]))
                \(quoted(payloads[1])): \(quoted(payloads[2]))
                nested: { deeper: \(quoted(payloads[0])), list: \(payloadList) }
                ---

                \(hostileBody)

                ## Log
                \(log)
                - 2026-11-10 met: \(payloads[0]) [x](javascript:alert('log'))
                """,
                "contacts/eve.md": """
                ---
                name: \(quoted("Eve " + payloads[4]))
                referred_by: \(quoted("Mallory " + payloads[1]))
                organization: \(quoted(payloads[0]))
                added: 2026-11-02
                ---

                ## Log
                - 2026-11-03 emailed: \(payloads[6])
                """,
                "interviews/2026-11-10-mallory.md": """
                ---
                contact: \(quoted("Mallory " + payloads[1]))
                date: 2026-11-10
                mode: \(quoted(payloads[2]))
                resume_requested: true
                ---

                ## Agenda
                - [ ] \(payloads[0])
                - [x] [asked](javascript:alert('agenda'))

                ## Notes
                \(hostileBody)

                ## Referrals
                - \(payloads[1]) — \(payloads[0])
                - [[Eve \(payloads[4])]] — [why](javascript:alert('referral'))

                ## Resources
                - [ ] [book](\(urls[1])) \(payloads[3])

                ## Leads
                - [ ] \(payloads[2]) 📅 2026-11-25
                """,
                "organizations/evil-corp.md": """
                ---
                name: \(quoted("Evil " + payloads[5]))
                website: \(quoted(urls[0]))
                posting: \(quoted(urls[6]))
                industry: \(quoted(payloads[0]))
                target: true
                motivation: 3
                ---

                ## Research
                \(hostileBody)
                """,
                "pitch.md": """
                ---
                type: pitch
                ---
                I \(payloads[1]) and \(payloads[0]).
                """,
                "notes/\"><svg onload=alert('file')>.md": hostileBody,
                "notes/<script>alert('path')<\\script>.md": "A note whose file name is a payload.\n",
            ], into: folder)
    }

    @Test(
        "no payload runs and no injected markup reaches any page, in a browser",
        .enabled(if: BrowserTests.browserAvailable, "chromium (and python3) are not on PATH"),
        .timeLimit(.minutes(3)), arguments: [[], ["--public"]])
    func nothingRuns(options: [String]) async throws {
        let (folder, site) = try await Self.buildHostileSite(options)
        defer { _ = folder }

        // The search runs over entries made from the payloads: "alert" finds them all.
        let (status, output) = try BrowserTests.browserCheck(site, extra: ["--search", "alert"])
        #expect(status == 0, "script/browser-check reported:\n\(output)")
        #expect(output.contains("no problems"), "\(output)")
    }

    @Test("no page holds a payload as markup, and every link is to a safe URL", arguments: [[], ["--public"]])
    func noMarkupInFiles(options: [String]) async throws {
        let (folder, site) = try await Self.buildHostileSite(options)
        defer { _ = folder }
        let files = try SiteHTML.read(site)
        #expect(files.count > 8)
        // The payloads are on the pages, as text.
        let mallory = try #require(files.first { $0.key.hasPrefix("contacts/mallory") }?.value)
        #expect(mallory.contains("&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;"))
        #expect(mallory.contains("onerror=alert(&#39;attr&#39;)"))
        for (path, text) in files {
            for needle in [
                "<script>alert", "<img src=x", "<svg onload", "<tspan onclick", "<iframe", "<base ", "<meta http-equiv",
            ] {
                #expect(!text.contains(needle), "\(path) holds \(needle)")
            }
            guard path.hasSuffix(".html") else { continue }
            for tag in SiteHTML.tags(in: text) {
                let handlers = tag.attributes.map(\.name).filter { $0.lowercased().hasPrefix("on") }
                #expect(handlers.isEmpty, "\(path): <\(tag.name)> has \(handlers)")
            }
            for url in SiteHTML.urls(in: text) {
                #expect(SiteHTML.isSafe(url), "\(path) links to \(url)")
            }
        }
    }
}

@Suite("a hostile vault on a terminal")
struct HostileTerminalTests {
    /// Escape sequences that set the title, clear the screen, make a link, write the clipboard,
    /// and C1 and lone carriage-return tricks, in every field a command prints.
    static let escapes =
        "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}]8;;http://evil\u{1B}\\x\u{1B}]52;c;cHduZWQ=\u{07}\u{9B}8m\rhidden"

    @Test("no command passes a control sequence from a note to the terminal")
    func nothingObeyed() async throws {
        let folder = try TemporaryFolder()
        let yaml = HostileVaultTests.quoted(Self.escapes)
        try folder.write([
            "contacts/eve.md": """
            ---
            name: \(HostileVaultTests.quoted("Eve " + Self.escapes))
            organization: \(yaml)
            title: \(yaml)
            added: 2026-11-01
            remind: \(HostileVaultTests.quoted("2026-11-10 " + Self.escapes))
            bad_date: 2026-13-01
            ---
            \(Self.escapes)

            ## Log
            - 2026-11-02 emailed: \(Self.escapes)
            - 2026-11-03 \(Self.escapes)
            - [ ] \(Self.escapes)
            """,
            "interviews/2026-11-20-eve.md": """
            ---
            contact: eve
            date: 2026-11-20
            ---
            ## Agenda
            - [ ] \(Self.escapes)
            """,
        ])
        let vault = ["--vault", folder.path, "--today", "2026-11-18"]
        let commands = [
            ["show", "eve"], ["next", "--all"], ["check", "--strict"], ["prep", "eve"], ["draft", "outreach", "eve"],
            ["show", "eve", "--json"], ["next", "--json"], ["check", "--json"], ["export", "ics"],
            ["log", "nobody", "met"],
        ]
        for command in commands {
            let run = await CommandRun(command + vault, isTerminal: true, environment: ["TERM": "xterm"])
            let printed = run.output + run.errors
            let expectsPicture = ["show", "next", "check", "prep"].contains(command[0]) && !command.contains("--json")
            #expect(
                printed.contains("␛") || !expectsPicture,
                "grapevine \(command.joined(separator: " ")) printed \(printed)")
            let allowed = TextStyle.codes.map { "\u{1B}[\($0)m" }
            var stripped = printed
            for code in allowed { stripped = stripped.replacingOccurrences(of: code, with: "") }
            for scalar in stripped.unicodeScalars {
                let value = scalar.value
                let isControl =
                    value < 0x20 && value != 0x0A && value != 0x09 && value != 0x0D || (0x7F..<0xA0).contains(value)
                #expect(!isControl, "grapevine \(command.joined(separator: " ")) printed U+\(String(value, radix: 16))")
            }
            #expect(
                !stripped.replacingOccurrences(of: "\r\n", with: "").contains("\r"),
                "\(command): a lone carriage return")
        }
    }
}

extension HostileTerminalTests {
    @Test(
        "Grapevine's own colour codes written in a note are shown, not obeyed, where the output is coloured",
        arguments: [["show", "eve"], ["next", "--all"], ["search", "eve"], ["check", "--strict"]])
    func noteColoursShown(command: [String]) async throws {
        let folder = try TemporaryFolder()
        // In the name as a YAML escape, in the body as the bytes themselves; `check` quotes the
        // Log line whose date is not one.
        let red = "\u{1B}[1;31m"
        try folder.write([
            "contacts/eve.md": """
            ---
            name: "Eve \\e[1;31mRed\\e[0m"
            added: 2026-11-01
            ---
            ## Log
            - 12/01/2026 met: \(red)Red
            - [ ] call \(red)Red
            """
        ])
        let run = await CommandRun(command + ["--vault", folder.path, "--today", "2026-11-18"], isTerminal: true)
        let printed = run.output + run.errors
        #expect(printed.contains("␛[1;31mRed"), "\(printed)")
        #expect(!printed.contains("\u{1B}[1;31mRed"), "\(printed)")
        #expect(printed.contains("\u{1B}["), "the output is still coloured: \(printed)")
    }

    @Test("a pipe or a file gets the bytes as the note has them; JSON escapes DEL and C1 controls")
    func pipesGetBytes() async throws {
        let folder = try TemporaryFolder()
        try folder.write(["contacts/eve.md": "---\nname: \"Eve \\e[31m\\x9B\"\nadded: 2026-11-01\n---\n"])
        let vault = ["--vault", folder.path, "--today", "2026-11-18"]
        let shown = await CommandRun(["show", "eve"] + vault, isTerminal: false)
        #expect(shown.output.hasPrefix("Eve \u{1B}[31m\u{9B}\n"))
        let json = await CommandRun(["show", "eve", "--json"] + vault, isTerminal: false)
        #expect(json.output.contains(#""name" : "Eve \u001b[31m\u009B""#), "\(json.output)")
    }
}

@Suite("script/browser-check finds injected script")
struct BrowserCheckTripwireTests {
    @Test(
        "a page with a script that runs, an event handler and a javascript: link is reported",
        .enabled(if: BrowserTests.browserAvailable, "chromium (and python3) are not on PATH"),
        .timeLimit(.minutes(2)))
    func reportsInjection() throws {
        let folder = try TemporaryFolder()
        try TemporaryFolder.write(
            [
                "index.html": """
                <!doctype html><title>t</title>
                <p>fine</p><script>alert("ran")</script>
                <a href=" JaVa	ScRiPt:void(0)">x</a><b onmouseover="void(0)">y</b>
                """,
                "search.html": "<!doctype html><title>s</title><input id=search-input><ul id=search-results></ul>",
            ], into: folder.path)
        let (status, output) = try BrowserTests.browserCheck(folder.path, extra: [])
        #expect(status == 1, "\(output)")
        #expect(output.contains("injected script ran: alert(ran)"), "\(output)")
        #expect(output.contains("onmouseover"), "\(output)")
        #expect(output.contains("<a href="), "\(output)")
    }
}

extension TemporaryFolder {
    /// Writes `files` (folder-relative path → contents) under `folder`, creating folders.
    static func write(_ files: [String: String], into folder: String) throws {
        for (relative, contents) in files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: false, encoding: .utf8)
        }
    }
}

@Suite("a hostile config")
struct HostileConfigTests {
    @Test("cadences of a billion days, the largest number YAML holds, or less than nothing: no crash, no hang")
    func extremeCadences() async throws {
        let folder = try TemporaryFolder()
        let huge = "9223372036854775807"
        try folder.write([
            ".grapevine/config.yml": """
            cadence:
              thank_you_days: \(huge)
              update_days: -\(huge)
              thank_referrer_days: 1000000000
              referral_days: \(huge)
              try_another_business_days: 4611686018427387904
              follow_up_business_days: \(huge)
              max_follow_ups: -5
              schedule_days: \(huge)
              prepare_days: \(huge)
              stay_in_touch_days: \(huge)
            """,
            "contacts/ann.md": """
            ---
            name: Ann
            added: 2026-11-01
            referred_by: Bob
            organization: Acme
            ---
            ## Log
            - 2026-11-02 emailed
            - 2026-11-03 replied
            - 2026-11-04 met
            """,
            "contacts/cy.md":
                "---\nname: Cy\norganization: Acme\nadded: 2026-11-01\n---\n## Log\n- 2026-11-02 emailed\n",
            "interviews/2026-11-04-ann.md":
                "---\ncontact: Ann\ndate: 2026-11-04\nresume_requested: true\n---\n## Leads\n- [ ] job\n",
        ])
        let vault = ["--vault", folder.path, "--today", "2026-11-18"]
        for command in [
            ["next", "--all"], ["next", "--within", "9223372036854775807"], ["next", "--json"], ["export", "ics"],
            ["show", "ann"], ["draft", "update", "ann"], ["site", "--out", folder.path + "/out"],
        ] {
            let run = await CommandRun(command + vault)
            #expect([0, 1].contains(run.status), "\(command): \(run.errors)")
        }
        let check = await CommandRun(["check"] + vault)
        #expect(check.status == 1)
        #expect(check.output.contains("'thank_you_days' must be at most 3650"))
    }
}

@Suite("hostile site templates")
struct HostileTemplateTests {
    @Test("templates that include each other for ever are an error, not a stack overflow")
    func includeCycle() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/ann.md": "---\nname: Ann\n---\n",
            ".grapevine/templates/layout.html": "<main>{{>contact}}</main>",
        ])
        let run = await CommandRun([
            "site", "--vault", folder.path, "--out", folder.path + "/out", "--today", "2026-11-18",
        ])
        #expect(run.status == 1)
        #expect(
            run.errors.contains(".grapevine/templates/layout.html:1:7: error: the site templates include each other"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out/index.html"))
    }
}

@Suite("a hostile interview")
struct HostileInterviewTests {
    /// Each person met is credited with each name the interview records: a thousand people
    /// and a thousand names were a million referrals from one note, and `next` never finished.
    @Test("an interview with a thousand people and a thousand referrals", .timeLimit(.minutes(3)))
    func thousandsOfPeople() async throws {
        let folder = try TemporaryFolder()
        let people = (0..<1000).map { "\"P\($0)\"" }.joined(separator: ", ")
        let referrals = (0..<1000).map { "- R\($0)" }.joined(separator: "\n")
        try folder.write([
            "interviews/2026-11-10-crowd.md": """
            ---
            contact: [\(people)]
            date: 2026-11-10
            ---
            ## Referrals
            \(referrals)
            """
        ])
        let vault = ["--vault", folder.path, "--today", "2026-11-18"]
        let check = await CommandRun(["check"] + vault)
        #expect(check.status == 1)
        #expect(check.output.contains("an interview is with at most 25 people; this one names 1000"))
        for command in [["next", "--all"], ["site", "--out", folder.path + "/out"], ["export", "ics"]] {
            let run = await CommandRun(command + vault)
            #expect(run.status == 0, "\(command): \(run.errors)")
        }
    }
}
