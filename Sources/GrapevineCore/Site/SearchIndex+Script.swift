extension SearchIndex {
    /// The script of `search.html`, which must sit at the site's root next to `search-index.js`.
    ///
    /// It reads `window.GRAPEVINE_SEARCH`, keeps the entries that contain every word typed into
    /// `#search-input` (case and accents ignored), and lists up to 100 of them in
    /// `#search-results`. Results are built with `createElement` and `textContent` only, so no
    /// text from the vault is ever parsed as HTML. A `?q=` in the page's address fills the box.
    public static let script = """
        (function () {
          "use strict";
          var entries = window.GRAPEVINE_SEARCH || [];
          var input = document.getElementById("search-input");
          var results = document.getElementById("search-results");
          var status = document.getElementById("search-status");
          if (!input || !results) { return; }
          function fold(text) {
            return String(text).normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase();
          }
          var haystacks = entries.map(function (entry) {
            return fold([entry.title, entry.kind, entry.text, (entry.tags || []).join(" ")].join(" "));
          });
          function element(name, className, text) {
            var node = document.createElement(name);
            if (className) { node.className = className; }
            if (text) { node.textContent = text; }
            return node;
          }
          function show() {
            var words = fold(input.value).split(/\\s+/).filter(function (word) { return word.length > 0; });
            while (results.firstChild) { results.removeChild(results.firstChild); }
            var found = 0;
            for (var i = 0; i < entries.length && words.length > 0; i++) {
              var haystack = haystacks[i];
              if (!words.every(function (word) { return haystack.indexOf(word) !== -1; })) { continue; }
              found += 1;
              if (found > 100) { continue; }
              var entry = entries[i];
              var item = element("li", "search-result");
              var link = element("a", null, entry.title);
              link.setAttribute("href", entry.url);
              item.appendChild(link);
              item.appendChild(element("span", "kind", entry.kind));
              if (entry.text) { item.appendChild(element("p", "excerpt", entry.text)); }
              results.appendChild(item);
            }
            if (status) {
              status.textContent = words.length === 0 ? "" : found === 1 ? "1 result" : found + " results";
            }
          }
          var query = new URLSearchParams(window.location.search).get("q");
          if (query) { input.value = query; }
          input.addEventListener("input", show);
          show();
        })();

        """
}
