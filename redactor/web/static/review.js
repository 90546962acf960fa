// Keyboard shortcuts on a document's page (no inline script: the page's CSP allows only this file).
//   j / k  next / previous replacement in the draft     x  keep the original of the focused one
//   a      go to "add a missed redaction"               ?  go to the list of shortcuts
// Selecting text in the draft puts it in "add a missed redaction", ready to add.
(function () {
  "use strict";
  var marks = Array.prototype.slice.call(document.querySelectorAll(".draft mark[data-finding]"));
  var current = -1;
  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }
  function go(step) {
    if (!marks.length) { return; }
    var focused = marks.indexOf(document.activeElement);
    if (focused >= 0) { current = focused; }
    current = (current + step + marks.length) % marks.length;
    marks[current].focus();
  }
  function takeSelection() {
    var field = document.getElementById("add-text");
    var selected = window.getSelection ? String(window.getSelection()).trim() : "";
    if (field && selected && selected.length <= 200 && selected.indexOf("\n") < 0) {
      field.value = selected;
      return true;
    }
    return false;
  }
  var draft = document.querySelector(".draft");
  if (draft) {
    draft.addEventListener("mouseup", function () { takeSelection(); });
    draft.addEventListener("keyup", function (event) { if (event.shiftKey) { takeSelection(); } });
  }
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) { return; }
    if (event.key === "j") { go(1); event.preventDefault(); }
    else if (event.key === "k") { go(-1); event.preventDefault(); }
    else if (event.key === "x") {
      var mark = document.activeElement;
      var form = mark && mark.dataset && document.getElementById("keep-" + mark.dataset.finding);
      if (form) { form.requestSubmit(); event.preventDefault(); }
    } else if (event.key === "a") {
      var field = document.getElementById("add-text");
      if (field) { field.focus(); event.preventDefault(); }
    } else if (event.key === "?") {
      var help = document.getElementById("shortcuts");
      if (help) { help.focus(); event.preventDefault(); }
    }
  });
}());
