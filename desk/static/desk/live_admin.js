/*
 * Live readers in the article admin: every [data-desk-page] element shows
 * its page's "reading" or "engaged" number, kept current over /ws/desk/.
 */
(function () {
  "use strict";

  function start() {
    var elements = document.querySelectorAll("[data-desk-page]");
    if (!elements.length || !window.DeskSocket) {
      return;
    }
    var pages = [];
    elements.forEach(function (element) {
      var page = element.getAttribute("data-desk-page");
      if (pages.indexOf(page) === -1 && pages.length < 100) {
        pages.push(page);
      }
    });
    window.DeskSocket({
      watch: function () {
        return pages;
      },
      onFrame: function (frame) {
        if (frame.type !== "pages") {
          return;
        }
        elements.forEach(function (element) {
          var numbers = frame.pages[element.getAttribute("data-desk-page")];
          if (!numbers) {
            return;
          }
          var field = element.getAttribute("data-desk-field") || "reading";
          var value = String(numbers[field]);
          if (element.textContent !== value) {
            element.textContent = value;
          }
          if (field === "reading") {
            element.classList.toggle("desk-reading-some", numbers.reading > 0);
          }
        });
      },
      onState: function (name) {
        document.documentElement.classList.toggle(
          "desk-stale",
          name === "reconnecting" || name === "refused"
        );
      },
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
