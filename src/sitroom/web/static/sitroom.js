// sitroom: small progressive enhancements; every page works without this script.
(function () {
  "use strict";
  // Filter the rows of a table as you type (input.tablefilter with data-table="<table id>").
  document.querySelectorAll("input.tablefilter").forEach(function (input) {
    var table = document.getElementById(input.getAttribute("data-table"));
    if (!table) { return; }
    input.addEventListener("input", function () {
      var q = input.value.toLowerCase();
      table.querySelectorAll("tbody tr").forEach(function (tr) {
        tr.style.display = tr.textContent.toLowerCase().indexOf(q) >= 0 ? "" : "none";
      });
    });
  });
  // Filter a list in the page (div.rowfilter[data-rows="<rows selector>"]): a row stays when
  // each chosen value of a select[data-key] is among its data-<key> values ("|"-separated)
  // and it holds the typed text; groups (data-groups) with no row left are hidden, and an
  // active filter opens the folded groups that keep rows.
  document.querySelectorAll("div.rowfilter").forEach(function (box) {
    var rows = Array.prototype.slice.call(document.querySelectorAll(box.getAttribute("data-rows")));
    var groups = box.getAttribute("data-groups");
    var text = box.querySelector("input");
    var count = box.querySelector(".shown");
    var apply = function () {
      var q = text ? text.value.toLowerCase() : "", want = [], shown = 0;
      box.querySelectorAll("select").forEach(function (sel) {
        if (sel.value) { want.push(["data-" + sel.getAttribute("data-key"), "|" + sel.value + "|"]); }
      });
      var on = want.length > 0 || q.length > 0;
      rows.forEach(function (row) {
        var ok = want.every(function (w) {
          return ("|" + (row.getAttribute(w[0]) || "") + "|").indexOf(w[1]) >= 0;
        }) && (!q || row.textContent.toLowerCase().indexOf(q) >= 0);
        row.style.display = ok ? "" : "none";
        if (ok) { shown += 1; }
      });
      if (groups) {
        document.querySelectorAll(groups).forEach(function (g) {
          var mine = rows.filter(function (r) { return g.contains(r); });
          var left = mine.some(function (r) { return r.style.display !== "none"; });
          g.style.display = left || !mine.length ? "" : "none";
          if (on && left && g.tagName === "DETAILS") { g.open = true; }
        });
      }
      if (count) { count.textContent = (on ? shown + " of " : "") + rows.length + " shown"; }
    };
    box.addEventListener("input", apply);
    box.addEventListener("change", apply);
  });
  // Actor network: hovering a node dims everything not connected to it.
  document.querySelectorAll("svg.network").forEach(function (svg) {
    svg.querySelectorAll("g.node").forEach(function (node) {
      var id = node.getAttribute("data-id");
      node.addEventListener("mouseenter", function () {
        var near = {}; near[id] = true;
        svg.querySelectorAll("g.edge").forEach(function (e) {
          var on = e.getAttribute("data-from") === id || e.getAttribute("data-to") === id;
          if (on) { near[e.getAttribute("data-from")] = true; near[e.getAttribute("data-to")] = true; }
          e.classList.toggle("dim", !on);
        });
        svg.querySelectorAll("g.node").forEach(function (n) {
          n.classList.toggle("dim", !near[n.getAttribute("data-id")]);
        });
      });
      node.addEventListener("mouseleave", function () {
        svg.querySelectorAll(".dim").forEach(function (x) { x.classList.remove("dim"); });
      });
    });
  });
  // Open the <details> holding the evidence a link points at, then scroll to it.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) { return; }
    for (var d = el.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) {
      d.open = true;
    }
    el.scrollIntoView({block: "center"});
  }
  window.addEventListener("hashchange", reveal);
  reveal();
  // Served pages (body[data-live]): tell the reader when new reports have been analysed.
  var live = document.body.getAttribute("data-live");
  if (live && window.fetch) {
    var seen = null;
    var check = function () {
      fetch(live, {cache: "no-store"}).then(function (r) { return r.json(); }).then(function (s) {
        var key = s.documents + "/" + s.analyses;
        if (seen === null) { seen = key; return; }
        if (key !== seen && !s.analyzing && !s.queued && !document.getElementById("live-note")) {
          var note = document.createElement("div");
          note.id = "live-note";
          note.className = "live-note";
          note.textContent = "The picture has changed (" + s.documents + " reports). ";
          var a = document.createElement("a");
          a.href = location.pathname + location.search;
          a.textContent = "Reload";
          note.appendChild(a);
          document.body.appendChild(note);
        }
      }).catch(function () { /* server away: try again later */ });
    };
    check();
    setInterval(check, 3000);
  }
})();
