import Foundation
import Testing

/// `grapevine lsp` in Emacs: eglot (built in from Emacs 29; Debian 12's Emacs 28 has it as
/// `elpa-eglot`) set up as docs/lsp.md says, on a note with a date that cannot be, must show
/// check's problems, with their hints, in Flymake at their lines.
@Suite("grapevine lsp in Emacs (eglot)")
struct EmacsTests {
    /// Emacs, if installed (CI installs Debian's `emacs-nox`, `elpa-eglot` and
    /// `elpa-markdown-mode`, `.ci/run`).
    static let emacs = ["/usr/bin/emacs", "/usr/local/bin/emacs", "/opt/homebrew/bin/emacs"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Whether to run Emacs: when it is installed, and always on CI (`CI=true`).
    static let runs = emacs != nil || ProcessInfo.processInfo.environment["CI"] == "true"

    /// The set-up of docs/lsp.md (with the binary under test and a fixed today), then: open
    /// the note, wait for Flymake's diagnostics, write them one a line.
    static let script = """
        (require 'package)
        (package-initialize)
        (require 'eglot)
        (require 'markdown-mode)
        (with-eval-after-load 'eglot
          (add-to-list 'eglot-server-programs
                       `(markdown-mode . (,(getenv "GRAPEVINE_BIN") "lsp" "--today" "2026-11-18"))))
        (add-hook 'markdown-mode-hook #'eglot-ensure)
        (find-file "contacts/ana-lima.md")
        (markdown-mode)
        (run-hooks 'post-command-hook)
        (let ((deadline (+ (float-time) 90)))
          (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
            (accept-process-output nil 0.1)))
        (let ((lines (mapcar (lambda (diagnostic)
                               (format "%d %s %s"
                                       (line-number-at-pos (flymake-diagnostic-beg diagnostic))
                                       (flymake-diagnostic-type diagnostic)
                                       (flymake-diagnostic-text diagnostic)))
                             (sort (flymake-diagnostics)
                                   (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))
          (with-temp-file (getenv "GRAPEVINE_EMACS_OUT")
            (insert (mapconcat #'identity lines "\n"))))
        (kill-emacs 0)
        """

    @Test(
        "a date that cannot be: Emacs shows the error at its line, and the placeholder's warning",
        .enabled(if: runs, "Emacs is not installed (apt-get install emacs-nox elpa-eglot elpa-markdown-mode)"))
    func badDate() throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/ana-lima.md":
                "---\nname: Ana Lima\norganization: Acme\nadded: 2026-11-32\n---\n\n## Log\n- 2026-11-02 met: coffee\n",
            "check.el": Self.script,
        ])
        let output = folder.path + "/diagnostics.txt"
        try HeadlessEditor.run(
            try #require(Self.emacs, "no emacs"), ["--batch", "-l", "check.el"], in: folder.path,
            environment: ["GRAPEVINE_EMACS_OUT": output])
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "3 eglot-warning grapevine [missing-note]: no note for 'Acme' yet; it is a placeholder organization",
                #"hint: create one with: grapevine new org "Acme""#,
                "4 eglot-error grapevine [invalid-date]: invalid date '2026-11-32' for 'added'",
                "hint: write the date as YYYY-MM-DD, with a real month and day",
            ])
    }
}
