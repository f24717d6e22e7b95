// Missions: make the visible sidebar buttons work (☰ "Site navigation" and "Contents").
// pydata-sphinx-theme and sphinx-book-theme attach their handlers to the FIRST .primary-toggle and
// .secondary-toggle in the page, which sphinx-book-theme hides (the theme's own header); the
// buttons a reader sees, in the article header, get none (pydata-sphinx-theme#2451,
// sphinx-book-theme#988). Here each visible button forwards its click to the first one, so the
// themes' own code runs: below 992 px it opens the sidebar as a dialog, above it it collapses or
// restores the chapter list.
(function () {
  "use strict";
  function forward(selector) {
    var all = document.querySelectorAll(selector);
    if (all.length < 2) return;
    var first = all[0];
    Array.prototype.slice.call(all, 1).forEach(function (button) {
      button.addEventListener("click", function (event) {
        event.preventDefault();
        event.stopPropagation();
        first.click();
      });
    });
  }
  function start() {
    forward(".primary-toggle");
    forward(".secondary-toggle");
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
