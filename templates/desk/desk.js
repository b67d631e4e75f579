// certdesk agent desk: results as you type and keyboard shortcuts. Every page works
// without this file; it only saves keystrokes.
(function () {
  "use strict";
  var q = document.getElementById("q");
  var live = document.getElementById("live");
  if (q && live) {
    var timer = null, seq = 0;
    q.addEventListener("input", function () {
      clearTimeout(timer);
      var text = q.value.trim();
      if (text.length < 2) { live.innerHTML = ""; return; }
      timer = setTimeout(function () {
        var mine = ++seq;
        // Posted: a NIK, phone or name never goes into a URL.
        var csrf = q.form && q.form.elements.csrf ? q.form.elements.csrf.value : "";
        var body = "partial=1&q=" + encodeURIComponent(text) + "&csrf=" + encodeURIComponent(csrf);
        fetch("/desk/search", { method: "POST", credentials: "same-origin",
                                headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: body })
          .then(function (r) { return r.ok ? r.text() : ""; })
          // The fragment is rendered (and escaped) by the server.
          .then(function (html) { if (mine === seq) { live.innerHTML = "<main><section>" + html + "</section></main>"; } })
          .catch(function () {});
      }, 200);
    });
  }
  function focus(id) { var el = document.getElementById(id); if (el) { el.focus(); return true; } return false; }
  document.addEventListener("keydown", function (e) {
    var t = e.target, typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT");
    if (e.key === "Escape" && typing) { t.blur(); return; }
    if (typing || e.ctrlKey || e.metaKey || e.altKey) { return; }
    var done = false;
    if (e.key === "/") { done = focus("q"); }
    else if (e.key === "r") { done = focus("reply"); }
    else if (e.key === "n") { done = focus("note"); }
    else if (e.key === "s") { done = focus("resolve"); }
    else if (e.key === "j") { var f = document.getElementById("next"); if (f) { f.submit(); done = true; } }
    if (done) { e.preventDefault(); }
  });
})();
