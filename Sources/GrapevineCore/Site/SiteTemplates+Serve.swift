/// The part `grapevine serve` adds to each HTML page it serves, never written into the site:
/// the problems of the page's note, and a script that reloads the page when the server has a
/// new version of it.
extension SiteTemplates {
    /// `page`: the page's site-relative path; `version`: the version served; `problems`: the
    /// note's problems as `check` prints them, one after the other; `problemsOf`: whose they
    /// are (the dashboard's are the settings' and the files' without a page of their own).
    ///
    /// The script asks `/_grapevine/version?page=…` every 300 ms and reloads the page when
    /// the answer is not the version it was served with; while the server is away it asks
    /// every second, and reloads once it answers again.
    static let liveReload = """
        {{#problems}}
        <aside class="serve-problems" role="alert" style="position:fixed;top:0;left:0;right:0;z-index:100;\
        margin:0;padding:.5rem 1rem;max-height:40vh;overflow:auto;background:#fff4f2;color:#5c0b00;\
        border-bottom:2px solid #b3261e;font-size:.9rem">
        <strong>grapevine serve: {{problemsOf}}</strong>
        <pre style="white-space:pre-wrap;margin:.25rem 0 0">{{problems}}</pre>
        </aside>
        {{/problems}}
        <script data-page="{{page}}" data-version="{{version}}">
        (function (script) {
          var page = script.getAttribute("data-page"), version = script.getAttribute("data-version");
          function ask() {
            fetch("/_grapevine/version?page=" + encodeURIComponent(page), { cache: "no-store" })
              .then(function (answer) { return answer.ok ? answer.text() : version; })
              .then(function (now) {
                if (now !== version) { location.reload(); } else { setTimeout(ask, 300); }
              }, function () { setTimeout(ask, 1000); });
          }
          setTimeout(ask, 300);
        })(document.currentScript);
        </script>

        """

    /// The part `grapevine serve` adds to a page (`liveReload`), as UTF-8.
    func liveReloadPart(page: String, version: String, problems: String) -> [UInt8] {
        var values = PageValues(capacity: 4)
        values["page"] = page
        values["version"] = version
        values["problems"] = problems.isEmpty ? nil : problems
        values["problemsOf"] =
            page == SitePaths.dashboard ? "problems in the vault settings and files" : "problems in this note"
        return render("live-reload", values).bytes
    }
}
