extension SearchIndex {
    /// The script of `search.html`, which must sit at the site's root next to `search-index.js`.
    ///
    /// It reads `window.GRAPEVINE_SEARCH` (the folded lines the index leaves out are made in the
    /// background once the page is shown, or by the first search) and, as the reader types
    /// into `#search-input`, folds
    /// the query as `grapevine search` does (`foldingScript`) and looks for its words and
    /// "quoted phrases" in every entry's folded lines: a word where a word starts, a phrase's
    /// words one after another on one line, every term in the entry. Entries are ranked as the
    /// command ranks notes (title fields, then other values, then the body; then more matches;
    /// then index order). Up to 100 are listed in `#search-results`, each with up to three of
    /// its best lines, cut around the match, the matching words in `<mark>`. Results are built
    /// with `createElement` and `textContent` only, so no text from the vault is ever parsed as
    /// HTML. A `?q=` in the page's address fills the box.
    public static var script: String {
        "(function () {\n  \"use strict\";\n" + foldingScript + resultsScript + "})();\n"
    }

    /// `grapevineWords(text)`: the words of `text`, each `{word, start, end}` (the folded word,
    /// and where it is written, in UTF-16 code units), folded in `WordFolder`'s steps; and
    /// `grapevineFoldASCII(line)`: the folded words of a line of ASCII, joined by spaces, as
    /// the index leaves them out. `NameKey.plainLetters` is written into it.
    public static var foldingScript: String {
        let letters = NameKey.plainLetters.sorted { $0.key.value < $1.key.value }
        let table = letters.map { "\"\(jsEscaped($0.key))\": \"\($0.value.unicodeScalars.map(jsEscaped).joined())\"" }
        return """
              var PLAIN_LETTERS = {\(table.joined(separator: ", "))};
              var PLAIN_LETTER = /[\(letters.map { jsEscaped($0.key) }.joined())]/g;
              var WORD_CHARACTER = "\\\\p{L}\\\\p{M}\\\\p{N}'`\\\\u2019\\\\u02BC";
              var WORD = new RegExp("[" + WORD_CHARACTER + "]+(?:&[" + WORD_CHARACTER + "]+)*(?:[+#]+(?![+#"
                + WORD_CHARACTER + "]))?", "gu");
              var APOSTROPHES = /['`\\u2019\\u02BC]/g;
              var NOT_WORD = /[^\\p{L}\\p{M}\\p{N}+#&]+/u;
              var HAS_LETTER = /[\\p{L}\\p{M}\\p{N}]/u;
              var CHARACTER_WORD = /[\\u3005-\\u3007\\u3040-\\u30FF\\u31F0-\\u31FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\u{20000}-\\u{3134F}]/gu;
              function grapevineJoin(parts) {
                var joined = parts.join("");
                var words = [joined];
                if (parts.length > 1 && !NOT_WORD.test(joined) && joined.search(CHARACTER_WORD) === -1) {
                  for (var at = 1; at < parts.length; at++) {
                    var rest = parts.slice(at).join("");
                    if (parts.slice(0, at).join("") && Array.from(rest).length >= 2) { words.push(rest); }
                  }
                }
                return words.join(" ");
              }
              function grapevineFold(word) {
                return grapevineJoin(word.toLowerCase().normalize("NFKD").replace(/[\\u0300-\\u036f]/g, "")
                  .replace(PLAIN_LETTER, function (letter) { return PLAIN_LETTERS[letter]; })
                  .normalize("NFC").split(APOSTROPHES)).replace(CHARACTER_WORD, " $& ");
              }
              function grapevineFoldASCII(line) {
                return (line.toLowerCase().match(/[a-z0-9'`]+(?:&[a-z0-9'`]+)*(?:[+#]+(?![+#a-z0-9'`]))?/g) || [])
                  .map(function (word) { return grapevineJoin(word.split(/['`]/)); })
                  .filter(function (word) { return /[a-z0-9]/.test(word); }).join(" ");
              }
              function grapevineWords(text) {
                var words = [];
                var found;
                WORD.lastIndex = 0;
                while ((found = WORD.exec(String(text))) !== null) {
                  var start = found.index;
                  var end = start + found[0].length;
                  grapevineFold(found[0]).split(NOT_WORD).forEach(function (word) {
                    if (HAS_LETTER.test(word)) { words.push({word: word, start: start, end: end}); }
                  });
                }
                return words;
              }

            """
    }

    /// `\uXXXX` for a scalar of the Basic Multilingual Plane.
    private static func jsEscaped(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The search itself and the results, with `grapevineWords` in scope.
    private static let resultsScript = """
          var entries = window.GRAPEVINE_SEARCH || [];
          var input = document.getElementById("search-input");
          var results = document.getElementById("search-results");
          var status = document.getElementById("search-status");
          if (!input || !results) { return; }
          var SHOWN = 100, LINES = 3, SNIPPET = 100, LEAD = 30;
          var WEIGHTS = [1, 10, 100];

          function terms(query) {
            var found = [];
            String(query).split(/["\\u201C\\u201D]/).forEach(function (part, index) {
              // The words of each word as written: several when it folds to several.
              var groups = [];
              grapevineWords(part).forEach(function (word, at, words) {
                if (at > 0 && words[at - 1].start === word.start) {
                  groups[groups.length - 1].words.push(word.word);
                } else {
                  groups.push({words: [word.word], written: part.slice(word.start, word.end)});
                }
              });
              // The rests after the apostrophes of a term's last word are left out: its joined
              // form finds them (`o'brien` finds obrien@…), as `grapevine search` does.
              function withoutLastRests(list) {
                return list.map(function (group, at) {
                  var rests = at === list.length - 1 && group.words.length > 1
                    && group.written.search(APOSTROPHES) !== -1;
                  return rests ? [group.words[0]] : group.words;
                });
              }
              // Outside quotes, each word as written a term: one that folds to several is their phrase.
              var parts = index % 2 === 1 ? [[].concat.apply([], withoutLastRests(groups))]
                : groups.map(function (group) { return withoutLastRests([group])[0]; });
              parts.forEach(function (words) {
                var text = words.join(" ");
                if (text && !found.some(function (term) { return term.text === text; })) {
                  found.push({words: words, text: text});
                }
              });
            });
            return found;
          }

          function prepare(entry) {
            if (entry.folded !== undefined) { return; }
            var fold = entry.fold ? entry.fold.split("\\n") : [];
            entry.folded = entry.text.split("\\n").map(function (line, index) {
              return fold[index] || grapevineFoldASCII(line);
            }).join("\\n");
          }

          function occurrences(fold, text) {
            var found = [];
            var at = fold.indexOf(text);
            while (at !== -1) {
              var before = at === 0 ? 10 : fold.charCodeAt(at - 1);
              if (before === 32 || before === 10) { found.push(at); }
              at = fold.indexOf(text, at + 1);
            }
            return found;
          }

          function lineStarts(text) {
            var starts = [0];
            for (var at = text.indexOf("\\n"); at !== -1; at = text.indexOf("\\n", at + 1)) { starts.push(at + 1); }
            return starts;
          }

          function lineAt(starts, offset) {
            var low = 0, high = starts.length - 1;
            while (low < high) {
              var middle = (low + high + 1) >> 1;
              if (starts[middle] <= offset) { low = middle; } else { high = middle - 1; }
            }
            return low;
          }

          function fieldOf(entry, line) {
            return line < entry.fields[0] ? 2 : line < entry.fields[0] + entry.fields[1] ? 1 : 0;
          }

          function lineStart(text, line) {
            var at = 0;
            for (var n = 0; n < line; n++) {
              at = text.indexOf("\\n", at);
              if (at === -1) { return text.length; }
              at += 1;
            }
            return at;
          }

          function match(entry, position, query) {
            prepare(entry);
            var found = [];
            for (var t = 0; t < query.length; t++) {
              var offsets = occurrences(entry.folded, query[t].text);
              if (offsets.length === 0) { return null; }
              found.push(offsets);
            }
            var values = lineStart(entry.folded, entry.fields[0]);
            var body = lineStart(entry.folded, entry.fields[0] + entry.fields[1]);
            var weight = 0, times = 0;
            found.forEach(function (offsets) {
              var best = 0;
              offsets.forEach(function (offset) { best = Math.max(best, offset < values ? 2 : offset < body ? 1 : 0); });
              weight += WEIGHTS[best];
              times += offsets.length;
            });
            return {entry: entry, position: position, score: weight * 1000 + Math.min(times, 999), found: found};
          }

          function bestLines(matched) {
            var entry = matched.entry, starts = lineStarts(entry.folded), lines = {};
            matched.found.forEach(function (offsets, term) {
              offsets.forEach(function (offset) {
                var line = lineAt(starts, offset);
                var record = lines[line] || (lines[line] = {line: line, field: fieldOf(entry, line), terms: [], count: 0});
                if (record.terms.indexOf(term) === -1) { record.terms.push(term); }
                record.count += 1;
              });
            });
            return Object.keys(lines).map(function (key) { return lines[key]; }).sort(function (a, b) {
              return b.field - a.field || b.terms.length - a.terms.length || b.count - a.count || a.line - b.line;
            });
          }

          function highlights(text, query) {
            var words = grapevineWords(text);
            var ranges = [];
            query.forEach(function (term) {
              var last = term.words.length - 1;
              for (var start = 0; start + last < words.length; start++) {
                var matches = term.words.every(function (word, offset) {
                  var found = words[start + offset].word;
                  return offset === last ? found.indexOf(word) === 0 : found === word;
                });
                if (matches) { ranges.push([words[start].start, words[start + last].end]); }
              }
            });
            ranges.sort(function (a, b) { return a[0] - b[0]; });
            var merged = [];
            ranges.forEach(function (range) {
              var previous = merged[merged.length - 1];
              if (previous && range[0] <= previous[1]) { previous[1] = Math.max(previous[1], range[1]); }
              else { merged.push(range); }
            });
            return merged;
          }

          function element(name, className, text) {
            var node = document.createElement(name);
            if (className) { node.className = className; }
            if (text) { node.textContent = text; }
            return node;
          }

          function marked(parent, text, ranges) {
            var position = 0;
            ranges.forEach(function (range) {
              parent.appendChild(document.createTextNode(text.slice(position, range[0])));
              parent.appendChild(element("mark", null, text.slice(range[0], range[1])));
              position = range[1];
            });
            parent.appendChild(document.createTextNode(text.slice(position)));
            return parent;
          }

          function snippet(text, query) {
            var ranges = highlights(text, query);
            if (text.length <= SNIPPET) { return marked(element("p", "snippet"), text, ranges); }
            var first = ranges.length ? ranges[0][0] : 0;
            var start = Math.max(0, first - LEAD);
            var space = text.indexOf(" ", start);
            if (start > 0 && space !== -1 && space < first) { start = space + 1; }
            var end = Math.min(text.length, start + SNIPPET);
            space = text.lastIndexOf(" ", end);
            if (end < text.length && space > start + SNIPPET / 2) { end = space; }
            var prefix = start > 0 ? "\\u2026" : "";
            var cut = prefix + text.slice(start, end) + (end < text.length ? "\\u2026" : "");
            var shift = prefix.length - start;
            var kept = [];
            ranges.forEach(function (range) {
              var from = Math.max(range[0] + shift, prefix.length), to = Math.min(range[1] + shift, prefix.length + end - start);
              if (from < to) { kept.push([from, to]); }
            });
            return marked(element("p", "snippet"), cut, kept);
          }

          function result(found, query) {
            var entry = found.entry;
            var lines = entry.text.split("\\n");
            var item = element("li", "search-result");
            var link = marked(element("a"), entry.title, highlights(entry.title, query));
            link.setAttribute("href", entry.url);
            item.appendChild(link);
            item.appendChild(element("span", "kind", entry.kind));
            // A line that is the title says nothing more than the link.
            bestLines(found).filter(function (line) { return lines[line.line] !== entry.title; }).slice(0, LINES)
              .forEach(function (line) { item.appendChild(snippet(lines[line.line] || "", query)); });
            return item;
          }

          function show() {
            var query = terms(input.value);
            while (results.firstChild) { results.removeChild(results.firstChild); }
            var found = [];
            for (var i = 0; i < entries.length && query.length > 0; i++) {
              var matched = match(entries[i], i, query);
              if (matched) { found.push(matched); }
            }
            found.sort(function (a, b) { return b.score - a.score || a.position - b.position; });
            found.slice(0, SHOWN).forEach(function (matched) { results.appendChild(result(matched, query)); });
            if (status) {
              status.textContent = query.length === 0 ? ""
                : found.length === 0 ? "No page matches."
                : found.length === 1 ? "1 result"
                : found.length > SHOWN ? found.length + " results; the best " + SHOWN + " are shown"
                : found.length + " results";
            }
          }

          // The folded lines the index leaves out are made a few hundred entries at a time
          // once the page is shown, so that the first search typed does not wait for them.
          var prepared = 0;
          function prepareSome() {
            for (var end = Math.min(entries.length, prepared + 500); prepared < end; prepared++) {
              prepare(entries[prepared]);
            }
            if (prepared < entries.length) { setTimeout(prepareSome, 0); }
          }

          var initial = new URLSearchParams(window.location.search).get("q");
          if (initial) { input.value = initial; }
          input.addEventListener("input", show);
          show();
          setTimeout(prepareSome, 0);

        """
}
