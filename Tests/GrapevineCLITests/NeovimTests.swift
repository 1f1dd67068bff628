import Foundation
import Testing

/// `grapevine lsp` in a real editor: Neovim, headless, started on a note with a Log date
/// written another way, must show check's error at its line and column.
@Suite("grapevine lsp in Neovim")
struct NeovimTests {
    /// Neovim, if installed (CI installs Debian's `neovim`, `.ci/run`).
    static let nvim = ["/usr/bin/nvim", "/usr/local/bin/nvim", "/opt/homebrew/bin/nvim"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Whether to run Neovim: when it is installed, and always on CI (`CI=true`).
    static let runs = nvim != nil || ProcessInfo.processInfo.environment["CI"] == "true"

    /// Starts the server for the buffer with Neovim's own client (`vim.lsp.start_client`, there
    /// since 0.7, Debian 12's), waits for diagnostics and writes them, one a line.
    static let script = """
        local client = vim.lsp.start_client({
          name = 'grapevine',
          cmd = { os.getenv('GRAPEVINE_BIN'), 'lsp', '--today', '2026-11-18' },
          root_dir = vim.fn.getcwd(),
        })
        vim.lsp.buf_attach_client(0, client)
        local ok = vim.wait(90000, function() return #vim.diagnostic.get(0) > 0 end, 50)
        local lines = {}
        for _, d in ipairs(vim.diagnostic.get(0)) do
          local message = d.message:gsub('\\n.*', '')
          table.insert(lines, string.format('%d:%d %d %s', d.lnum, d.col, d.severity, message))
        end
        if not ok then table.insert(lines, 'no diagnostics came') end
        vim.fn.writefile(lines, os.getenv('GRAPEVINE_NVIM_OUT'))
        vim.lsp.stop_client(client)
        vim.cmd('qa!')
        """

    @Test(
        "a Log date written another way: Neovim shows the error at its line",
        .enabled(if: runs, "Neovim is not installed (apt-get install neovim); CI installs it"))
    func badDate() throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/sam-reyes.md":
                "---\nname: Sam Reyes\nadded: 2026-09-01\n---\n\n## Log\n- 2026-09-02 emailed: intro\n- 12/01/2026 called\n",
            "init.lua": Self.script,
        ])
        let output = folder.path + "/diagnostics.txt"
        try HeadlessEditor.run(
            try #require(Self.nvim, "no nvim"),
            ["--headless", "-n", "-u", "NONE", "-i", "NONE", "contacts/sam-reyes.md", "-c", "luafile init.lua"],
            in: folder.path, environment: ["GRAPEVINE_NVIM_OUT": output])
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines == ["7:2 1 '12/01/2026' is not a date the Log can read (YYYY-MM-DD); the entry is left out"])
    }

    /// docs/lsp.md's set-up for Neovim 0.7, as written there (the binary under test for
    /// `grapevine`).
    static func documentedSetUp() throws -> String {
        let docs = try String(
            contentsOf: Repository.root.appendingPathComponent("docs/lsp.md"), encoding: .utf8)
        let after = try #require(docs.range(of: "Neovim 0.7 (Debian 12's package)"))
        let start = try #require(docs.range(of: "```lua\n", range: after.upperBound..<docs.endIndex))
        let end = try #require(docs.range(of: "```", range: start.upperBound..<docs.endIndex))
        return String(docs[start.upperBound..<end.lowerBound]).replacingOccurrences(
            of: "cmd = { 'grapevine', 'lsp' }",
            with: "cmd = { os.getenv('GRAPEVINE_BIN'), 'lsp', '--today', '2026-11-18' }")
    }

    @Test(
        "docs/lsp.md's set-up for Neovim 0.7 starts the server on a note of the vault and maps the keys",
        .enabled(if: runs, "Neovim is not installed (apt-get install neovim); CI installs it"))
    func documentedSetUpWorks() throws {
        let folder = try TemporaryFolder()
        let setUp = try Self.documentedSetUp()
        #expect(setUp.contains("vim.lsp.start_client"))
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\nadded: 2026-09-01\n---\n\n## Log\n- 12/01/2026 called\n",
            "init.lua": setUp,
            "check.lua": """
                local ok = vim.wait(90000, function() return #vim.diagnostic.get(0) > 0 end, 50)
                local lines = { 'diagnostics ' .. #vim.diagnostic.get(0), 'K ' .. vim.fn.maparg('K', 'n') }
                for _, client in pairs(vim.lsp.get_active_clients()) do
                  table.insert(lines, 'root ' .. client.config.root_dir)
                end
                vim.fn.writefile(lines, os.getenv('GRAPEVINE_NVIM_OUT'))
                vim.cmd('qa!')
                """,
        ])
        let output = folder.path + "/result.txt"
        // Started from the note's folder: the vault is found above it.
        try HeadlessEditor.run(
            try #require(Self.nvim, "no nvim"),
            ["--headless", "-n", "-u", "../init.lua", "-i", "NONE", "sam-reyes.md", "-c", "luafile ../check.lua"],
            in: folder.path + "/contacts", environment: ["GRAPEVINE_NVIM_OUT": output])
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.first == "diagnostics 1", "\(lines)")
        #expect(lines.contains { $0.hasPrefix("K ") && $0.count > 2 }, "\(lines)")
        #expect(lines.contains("root " + folder.path), "\(lines)")
    }
}
