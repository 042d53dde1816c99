/**
 * The audit pack's only script, inline and without any data in it: it adds a filter to the findings
 * (by severity and text) and lets the reader sort and filter the long tables. The page is complete
 * without it: the controls exist only once the script has run; a filtered page prints as it is shown.
 */
export const AUDIT_PACK_SCRIPT = `(function () {
  "use strict";
  var doc = document;
  function el(tag, attrs, text) {
    var node = doc.createElement(tag);
    for (var key in attrs) if (Object.prototype.hasOwnProperty.call(attrs, key)) node.setAttribute(key, attrs[key]);
    if (text) node.textContent = text;
    return node;
  }
  function matches(node, query) {
    return query === "" || (node.textContent || "").toLowerCase().indexOf(query) >= 0;
  }

  var list = doc.getElementById("findings-list");
  if (list) {
    var findings = list.querySelectorAll(".finding");
    var bar = el("div", { "class": "filters", role: "search", "aria-label": "Filter the findings" });
    var fieldset = el("fieldset", {});
    fieldset.appendChild(el("legend", {}, "Show"));
    var names = { major: "Major", minor: "Minor", ofi: "Opportunities for improvement" };
    var boxes = [];
    ["major", "minor", "ofi"].forEach(function (severity) {
      var id = "filter-" + severity;
      var box = el("input", { type: "checkbox", id: id, value: severity });
      box.checked = true;
      var label = el("label", { "for": id });
      label.appendChild(box);
      label.appendChild(doc.createTextNode(" " + names[severity]));
      fieldset.appendChild(label);
      boxes.push(box);
    });
    bar.appendChild(fieldset);
    var searchLabel = el("label", { "for": "filter-text" }, "Text ");
    var search = el("input", { type: "search", id: "filter-text", placeholder: "clause, control, entity, word" });
    searchLabel.appendChild(search);
    bar.appendChild(searchLabel);
    var status = el("p", { "class": "muted", role: "status", "aria-live": "polite" });
    bar.appendChild(status);
    list.parentNode.insertBefore(bar, list);
    var apply = function () {
      var shown = {};
      boxes.forEach(function (box) { shown[box.value] = box.checked; });
      var query = search.value.trim().toLowerCase();
      var visible = 0;
      Array.prototype.forEach.call(findings, function (finding) {
        var show = shown[finding.getAttribute("data-severity")] && matches(finding, query);
        finding.hidden = !show;
        if (show) visible++;
      });
      Array.prototype.forEach.call(list.querySelectorAll(".severity-group"), function (group) {
        group.hidden = !shown[group.getAttribute("data-severity")];
      });
      status.textContent = "Showing " + visible + " of " + findings.length + " findings.";
    };
    boxes.forEach(function (box) { box.addEventListener("change", apply); });
    search.addEventListener("input", apply);
    apply();
  }

  Array.prototype.forEach.call(doc.querySelectorAll("table[data-sortable]"), function (table, t) {
    var body = table.tBodies[0];
    if (!body || !table.tHead) return;
    var rows = Array.prototype.slice.call(body.rows);
    var filterId = "table-filter-" + t;
    var bar = el("div", { "class": "filters" });
    var label = el("label", { "for": filterId }, "Filter this table ");
    var input = el("input", { type: "search", id: filterId });
    label.appendChild(input);
    bar.appendChild(label);
    var status = el("span", { "class": "muted", role: "status", "aria-live": "polite" });
    bar.appendChild(status);
    table.parentNode.insertBefore(bar, table);
    var filter = function () {
      var query = input.value.trim().toLowerCase();
      var visible = 0;
      rows.forEach(function (row) { row.hidden = !matches(row, query); if (!row.hidden) visible++; });
      status.textContent = visible + " of " + rows.length + " rows";
    };
    input.addEventListener("input", filter);
    filter();
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, column) {
      // The header keeps its text; the button beside it only sorts (and is not printed: Chromium
      // leaves a repeated table header blank when it holds a button).
      var button = el("button", { type: "button", "class": "sort" });
      button.appendChild(el("span", { "aria-hidden": "true" }, "\u2195"));
      button.appendChild(el("span", { "class": "visually-hidden" }, "Sort by " + th.textContent.trim()));
      th.appendChild(doc.createTextNode(" "));
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var keyed = rows.map(function (row, index) { return { row: row, index: index, key: (row.cells[column] && row.cells[column].textContent || "").trim() }; });
        keyed.sort(function (a, b) {
          var c = a.key.localeCompare(b.key, undefined, { numeric: true, sensitivity: "base" });
          return (ascending ? c : -c) || a.index - b.index;
        });
        keyed.forEach(function (entry) { body.appendChild(entry.row); });
      });
    });
  });
})();
`;
