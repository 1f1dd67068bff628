extension SiteBuilder {
    /// The few lines that sort and filter the contacts table. Without JavaScript the table is
    /// complete and sorted by name, and the filter boxes stay hidden. A cell sorts by its
    /// `data-sort` value when it has one (names folded, statuses by stage, ISO dates), else by
    /// its text. A row is found by its words as search folds them (`SearchIndex.foldingScript`,
    /// so `orjan` finds Ørjan and `strasse` Straße) and by its text as what is typed is folded
    /// (lowercase, accents removed, so `ørjan` and `o'brien` find theirs too); each row's words
    /// are folded once, at the first filter. Rows are only moved and hidden, never rebuilt
    /// from text.
    static let contactTableScript = """
        (function () {
          "use strict";

        """ + SearchIndex.foldingScript + """
          var table = document.getElementById("contacts");
          if (!table) { return; }
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          var tools = document.querySelector(".table-tools");
          var filter = document.getElementById("contact-filter");
          var status = document.getElementById("status-filter");
          var count = document.getElementById("contact-count");
          var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
          function fold(text) {
            return String(text).normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase();
          }
          var texts = null;
          function rowTexts() {
            texts = texts || rows.map(function (row) {
              var text = Array.prototype.map.call(row.cells, function (cell) { return cell.textContent; }).join(" ");
              return grapevineWords(text).map(function (found) { return found.word; }).join(" ") + " " + fold(text);
            });
            return texts;
          }
          function key(row, column) {
            var cell = row.cells[column];
            var value = cell.getAttribute("data-sort");
            return value !== null ? value : fold(cell.textContent.trim());
          }
          function sortBy(column) {
            var header = headers[column];
            var descending = header.getAttribute("aria-sort") === "ascending";
            headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
            header.setAttribute("aria-sort", descending ? "descending" : "ascending");
            var numeric = column === 3;
            rows.sort(function (a, b) {
              var x = key(a, column), y = key(b, column);
              if (x === "" && y !== "") { return 1; }
              if (y === "" && x !== "") { return -1; }
              var order = numeric ? Number(x) - Number(y) : (x < y ? -1 : x > y ? 1 : 0);
              if (order === 0) { order = key(a, 0) < key(b, 0) ? -1 : 1; }
              return descending ? -order : order;
            });
            var fragment = document.createDocumentFragment();
            rows.forEach(function (row) { fragment.appendChild(row); });
            body.appendChild(fragment);
          }
          function apply() {
            var words = fold(filter.value).split(/\\s+/).filter(Boolean);
            var wanted = status.value;
            var shown = 0;
            rows.forEach(function (row, index) {
              var visible = (!wanted || row.getAttribute("data-status") === wanted) &&
                words.every(function (word) { return rowTexts()[index].indexOf(word) !== -1; });
              row.hidden = !visible;
              if (visible) { shown += 1; }
            });
            count.textContent = shown + " of " + rows.length + " shown";
          }
          headers.forEach(function (header, column) {
            var button = header.querySelector("button");
            if (button) { button.addEventListener("click", function () { sortBy(column); }); }
          });
          filter.addEventListener("input", apply);
          status.addEventListener("change", apply);
          tools.hidden = false;
          apply();
        })();
        """
}
