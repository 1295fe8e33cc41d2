/*
 * Blocks that refresh themselves: an element with data-refresh="URL" is
 * replaced by the HTML that URL returns, at once and then every
 * data-refresh-seconds (default 30) while the page is visible.
 * Dependency-free.
 */
(function () {
  "use strict";

  function refresh(block) {
    var url = block.getAttribute("data-refresh");
    window
      .fetch(url, { credentials: "omit", headers: { Accept: "text/html" } })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (!html || !block.isConnected) {
          return;
        }
        var holder = document.createElement("div");
        holder.innerHTML = html;
        var fresh = holder.firstElementChild;
        if (fresh && fresh.getAttribute("data-refresh") === url) {
          block.replaceWith(fresh);
          schedule(fresh);
        }
      })
      .catch(function () {
        schedule(block);
      });
  }

  function schedule(block) {
    var seconds = Number(block.getAttribute("data-refresh-seconds")) || 30;
    window.setTimeout(function () {
      if (document.hidden) {
        schedule(block);
      } else {
        refresh(block);
      }
    }, seconds * 1000);
  }

  function start() {
    if (!window.fetch) {
      return;
    }
    var blocks = document.querySelectorAll("[data-refresh]");
    for (var i = 0; i < blocks.length; i++) {
      refresh(blocks[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
