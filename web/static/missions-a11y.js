// Missions: accessible names the widget manager leaves out (added to every page by
// missions/sphinxext.py). The ipywidgets HTML manager renders widgets after the page loads, so
// this watches the document and labels each widget as it appears:
// - a control (slider handle, select, input, editable readout) gets aria-labelledby pointing
//   at its widget's visible description label (axe-core aria-input-field-name, select-name);
// - a chart image in a Missions explorer gets, as alt text, the description the panel shows
//   under it (axe-core image-alt). Other widget images keep their tooltip as alt text.
(function () {
  "use strict";
  var counter = 0;

  function idFor(el) {
    if (!el.id) {
      counter += 1;
      el.id = "missions-widget-label-" + counter;
    }
    return el.id;
  }

  function named(el) {
    return el.hasAttribute("aria-label") || el.hasAttribute("aria-labelledby") ||
      (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]'));
  }

  function labelControls(root) {
    var boxes = root.querySelectorAll(".jupyter-widgets.widget-inline-hbox");
    boxes.forEach(function (box) {
      var label = box.querySelector(":scope > label.widget-label");
      if (!label || !label.textContent.trim()) return;
      var controls = box.querySelectorAll(
        '[role="slider"], select, input:not([type="checkbox"]), textarea, [contenteditable="true"]');
      controls.forEach(function (ctl) {
        if (!named(ctl)) ctl.setAttribute("aria-labelledby", idFor(label));
      });
    });
  }

  function describeImages(root) {
    root.querySelectorAll("img.widget-image:not([alt])").forEach(function (img) {
      var panel = img.closest(".missions-explorer");
      var text = panel && panel.querySelector(".missions-alt");
      if (text && text.textContent.trim()) {
        img.setAttribute("alt", text.textContent.trim());
      } else if (img.title) {
        img.setAttribute("alt", img.title);
      }
    });
  }

  function fix() {
    labelControls(document);
    describeImages(document);
  }

  function start() {
    fix();
    if (!document.querySelector('script[type="application/vnd.jupyter.widget-state+json"]')) return;
    var pending = false;
    new MutationObserver(function () {
      if (pending) return;
      pending = true;
      // after this batch of DOM changes, before the next paint
      Promise.resolve().then(function () { pending = false; fix(); });
    }).observe(document.body, {childList: true, subtree: true, characterData: true});
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
