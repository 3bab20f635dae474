// Live parts of a page, without a framework: every element with data-live="URL" is
// re-fetched every data-every milliseconds (default 2000) and its contents swapped when
// they changed. The server renders the fragment (the same template as the page), so
// there is one way to draw a row. Pauses while the tab is hidden. Written by hand
// rather than shipping htmx: this is the only behaviour the console needs (~30 lines).
(function () {
  "use strict";
  function poll(el) {
    var url = el.getAttribute("data-live");
    var every = parseInt(el.getAttribute("data-every") || "2000", 10);
    function tick() {
      if (document.hidden) { setTimeout(tick, every); return; }
      fetch(url, { credentials: "same-origin", headers: { "X-Requested-With": "live" } })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) {
          if (html !== null && html !== el.innerHTML) {
            el.innerHTML = html;
            el.setAttribute("data-updated", new Date().toISOString());
          }
        })
        .catch(function () { /* the next tick tries again */ })
        .then(function () { setTimeout(tick, every); });
    }
    setTimeout(tick, every);
  }
  document.querySelectorAll("[data-live]").forEach(poll);
})();
