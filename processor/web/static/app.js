// Keyboard shortcuts for reviewers: n = next message, a = approve, r = reject, / = search the queue.
// Ignored while typing in a field, so names can contain these letters.
document.addEventListener("keydown", function (event) {
  var target = event.target;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  var click = function (id) { var el = document.getElementById(id); if (el) { event.preventDefault(); el.click(); } };
  if (event.key === "a") click("approve");
  else if (event.key === "r") click("reject");
  else if (event.key === "n" || event.key === "j") click("next");
  else if (event.key === "/") { var box = document.getElementById("search"); if (box) { event.preventDefault(); box.focus(); } }
});
