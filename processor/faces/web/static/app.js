// Keyboard shortcuts for reviewers, on every page: n = next message to review, / = search the queue
// (from another page it opens the queue with the search box focused); on a message a = approve, r = reject.
// Ignored while typing in a field, so names can contain these letters.
document.addEventListener("keydown", function (event) {
  var target = event.target;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  var click = function (id) { var el = document.getElementById(id); if (el) { event.preventDefault(); el.click(); } };
  if (event.key === "a") click("approve");
  else if (event.key === "r") click("reject");
  else if (event.key === "n" || event.key === "j") click(document.getElementById("next") ? "next" : "next-review");
  else if (event.key === "/") {
    event.preventDefault();
    var box = document.getElementById("search");
    if (box) box.focus(); else window.location.href = "/queue#search";
  }
});
document.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("search");
  if (box && window.location.hash === "#search") box.focus();
});
