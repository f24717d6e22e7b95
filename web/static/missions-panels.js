// Missions: the published explorer panels (made by bookbuild/panels.py). Plain script, no
// dependencies. A chart panel swaps its picture, alt text, caption and CSV link for the view its
// controls name (views are files beside the page, listed in the panel's manifest); a table panel
// hides the rows its controls exclude and says how many are shown. Without this script the page
// still shows each panel's first view with its description.
(function () {
  "use strict";
  var WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

  function count(n) {
    return n >= 0 && n <= 9 ? WORDS[n] : n.toLocaleString("en-GB");
  }

  function matches(option, value) {
    if (option === "*") return true;
    if (option.charAt(0) === "!") return value !== option.slice(1);
    return value === option;
  }

  function chartPanel(panel) {
    var script = panel.querySelector("script.missions-manifest");
    if (!script) return;
    var manifest = JSON.parse(script.textContent);
    var selects = panel.querySelectorAll(".missions-controls select");
    var img = panel.querySelector(".missions-view img");
    var link = panel.querySelector(".missions-view-link");
    var caption = panel.querySelector(".missions-alt");
    var data = panel.querySelector(".missions-data-link a");

    function update() {
      var key = Array.prototype.map.call(selects, function (s) { return s.value; }).join("-");
      var view = manifest.views[key];
      if (!view) return;
      var src = manifest.folder + "/" + key + ".png";
      img.setAttribute("alt", view.alt);
      img.setAttribute("width", view.w);
      img.setAttribute("height", view.h);
      img.setAttribute("data-min-text-px", view.px);
      img.setAttribute("src", src);
      if (link) link.setAttribute("href", src);
      if (data) data.setAttribute("href", manifest.folder + "/" + key + ".csv");
      caption.textContent = view.alt;
    }
    Array.prototype.forEach.call(selects, function (s) {
      s.addEventListener("change", update);
      s.addEventListener("input", update);
    });
  }

  function tablePanel(panel) {
    var selects = panel.querySelectorAll(".missions-controls select");
    var rows = panel.querySelectorAll("tbody tr");
    var caption = panel.querySelector(".missions-alt");
    var total = parseInt(panel.getAttribute("data-total"), 10);
    var names = JSON.parse(panel.getAttribute("data-controls"));
    var values = JSON.parse(panel.getAttribute("data-values"));

    function update() {
      var chosen = Array.prototype.map.call(selects, function (s, i) { return values[i][parseInt(s.value, 10)]; });
      var shown = 0;
      Array.prototype.forEach.call(rows, function (row) {
        var ok = names.every(function (name, i) {
          return matches(chosen[i], row.getAttribute("data-f-" + name) || "");
        });
        row.hidden = !ok;
        if (ok) shown += 1;
      });
      var text = count(shown) + " of " + count(total) + " " + (panel.getAttribute("data-noun") || "rows") + " shown.";
      caption.textContent = text.charAt(0).toUpperCase() + text.slice(1);
    }
    Array.prototype.forEach.call(selects, function (s) {
      s.addEventListener("change", update);
      s.addEventListener("input", update);
    });
  }

  function start() {
    document.querySelectorAll(".missions-panel").forEach(function (panel) {
      if (panel.getAttribute("data-kind") === "table") tablePanel(panel); else chartPanel(panel);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
