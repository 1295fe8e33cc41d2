/*
 * Breaking news and live stories on public pages, over presence.js's one
 * socket ("presence:frame" events; DESIGN.md, "Breaking news and live
 * stories: contract"). Dependency-free; no inline script (CSP).
 */
(function () {
  "use strict";

  var DISMISSED_KEY = "coverage.dismissed";
  var hooks = (window.presence = window.presence || {});
  hooks.params = hooks.params || {};

  // Breaking news

  var slot = document.querySelector("[data-breaking-slot]");
  // The banner's words, in the page's language (set by the server).
  function word(name, fallback) {
    return (slot && slot.getAttribute("data-words-" + name)) || fallback;
  }
  var expiryTimer = null;

  function dismissed() {
    try {
      return window.localStorage.getItem(DISMISSED_KEY) || "";
    } catch (e) {
      return "";
    }
  }

  function dismiss(id) {
    try {
      window.localStorage.setItem(DISMISSED_KEY, String(id));
    } catch (e) {
      // Storage blocked: dismissed for this page only.
    }
  }

  function banner() {
    return slot ? slot.querySelector("[data-breaking]") : null;
  }

  function prepare(element) {
    var id = element.getAttribute("data-breaking");
    element.hidden = dismissed() === id;
    var button = element.querySelector("[data-breaking-dismiss]");
    if (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        dismiss(id);
        element.hidden = true;
      });
    }
    clearTimeout(expiryTimer);
    var until = Date.parse(element.getAttribute("data-breaking-until") || "");
    if (!isNaN(until)) {
      // The server pushes the end too; this covers a page without a socket.
      expiryTimer = setTimeout(function () {
        if (banner() === element) {
          element.parentNode.removeChild(element);
        }
      }, Math.max(0, until - Date.now()));
    }
  }

  function showBreaking(article) {
    var old = banner();
    if (!slot) {
      return;
    }
    if (!article) {
      if (old) {
        old.parentNode.removeChild(old);
      }
      clearTimeout(expiryTimer);
      return;
    }
    if (old && old.getAttribute("data-breaking") === String(article.id) &&
        old.getAttribute("data-breaking-until") === article.until) {
      return;
    }
    // The same markup as coverage/banner.html, built without innerHTML.
    var element = document.createElement("div");
    element.className = "breaking";
    element.setAttribute("role", "region");
    element.setAttribute("aria-label", word("region", "Breaking news"));
    element.setAttribute("data-breaking", String(article.id));
    element.setAttribute("data-breaking-until", article.until || "");
    var inner = document.createElement("div");
    inner.className = "wrap breaking__inner";
    var text = document.createElement("p");
    text.className = "breaking__text";
    var label = document.createElement("strong");
    label.className = "breaking__label";
    label.textContent = word("label", "Breaking:");
    var link = document.createElement("a");
    link.className = "breaking__link";
    link.href = article.url;
    link.textContent = article.headline;
    text.appendChild(label);
    text.appendChild(document.createTextNode(" "));
    text.appendChild(link);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "breaking__dismiss";
    button.setAttribute("data-breaking-dismiss", "");
    var cross = document.createElement("span");
    cross.setAttribute("aria-hidden", "true");
    cross.textContent = "\u00d7";
    var hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = word("dismiss", "Dismiss this breaking news");
    button.appendChild(cross);
    button.appendChild(hidden);
    inner.appendChild(text);
    inner.appendChild(button);
    element.appendChild(inner);
    if (old) {
      slot.replaceChild(element, old);
    } else {
      slot.appendChild(element);
    }
    prepare(element);
  }

  if (banner()) {
    prepare(banner());
  }

  // A page from a cache may show a banner cleared since: the server sends
  // the banner before anything else when one is showing, so a presence
  // frame first means there is none.
  var awaitingFirst = false;

  // Live stories

  var story = document.querySelector("[data-live-story]");
  var list = story && story.querySelector("[data-live-entries]");
  var newButton = story && story.querySelector("[data-live-new]");
  var status = story && story.querySelector("[data-live-status]");
  var lastId = story ? parseInt(story.getAttribute("data-live-since"), 10) || 0 : 0;
  var pending = []; // entries not shown yet, in arrival order

  // Only a live story asks for what it missed; an ordinary article keeps a
  // hidden place for a first entry pushed while it is open.
  if (story && story.hasAttribute("data-live-since")) {
    hooks.params.since = lastId;
  }

  function fromHtml(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    return template.content.firstElementChild;
  }

  function shown(id) {
    return list.querySelector('[data-entry="' + id + '"]');
  }

  function key(element) {
    var time = element.querySelector("time");
    return [
      Date.parse(time ? time.getAttribute("datetime") : "") || 0,
      parseInt(element.getAttribute("data-entry"), 10) || 0,
    ];
  }

  function newer(a, b) {
    return a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
  }

  function insert(element) {
    // Newest first, by time, then id.
    var mine = key(element);
    var items = list.children;
    for (var i = 0; i < items.length; i++) {
      if (newer(mine, key(items[i]))) {
        list.insertBefore(element, items[i]);
        return;
      }
    }
    list.appendChild(element);
  }

  function updateButton() {
    if (!newButton) {
      return;
    }
    var n = pending.length;
    newButton.hidden = n === 0;
    // The words for each plural form come from the page, in its language.
    var form = "other";
    try {
      form = new Intl.PluralRules(document.documentElement.lang || "en").select(n);
    } catch (e) {
      form = n === 1 ? "one" : "other";
    }
    var words =
      newButton.getAttribute("data-live-new-" + form) ||
      newButton.getAttribute("data-live-new-other") ||
      "{n}";
    newButton.textContent = words.replace("{n}", String(n));
  }

  function setUpdated(entry) {
    var line = story.querySelector("[data-live-updated]");
    if (!line || !entry.updated) {
      return;
    }
    var time = line.querySelector("time");
    if (time && Date.parse(time.getAttribute("datetime")) >= Date.parse(entry.updated)) {
      return;
    }
    line.textContent = (line.getAttribute("data-live-updated-word") || "Updated") + " ";
    time = document.createElement("time");
    time.setAttribute("datetime", entry.updated);
    time.textContent = entry.updated_label;
    line.appendChild(time);
  }

  function applyEntries(message) {
    if (!story || String(message.article) !== story.getAttribute("data-live-story")) {
      return;
    }
    var i;
    for (i = 0; i < (message.deleted || []).length; i++) {
      var id = message.deleted[i];
      var gone = shown(id);
      if (gone) {
        gone.parentNode.removeChild(gone);
      }
      pending = pending.filter(function (entry) { return entry.id !== id; });
    }
    for (i = 0; i < (message.entries || []).length; i++) {
      var entry = message.entries[i];
      lastId = Math.max(lastId, entry.id);
      setUpdated(entry);
      var old = shown(entry.id);
      if (old) {
        // An edit applies in place, where the reader is.
        old.parentNode.replaceChild(fromHtml(entry.html), old);
        continue;
      }
      var waiting = false;
      for (var j = 0; j < pending.length; j++) {
        if (pending[j].id === entry.id) {
          pending[j] = entry;
          waiting = true;
        }
      }
      if (!waiting) {
        pending.push(entry);
      }
    }
    hooks.params.since = lastId;
    if (story.hidden && (message.entries || []).length) {
      story.hidden = false;
    }
    if (message.live === false) {
      var badge = story.querySelector("[data-live-badge]");
      if (badge) {
        badge.parentNode.removeChild(badge);
      }
    }
    updateButton();
  }

  if (newButton) {
    newButton.addEventListener("click", function () {
      var count = pending.length;
      for (var i = 0; i < pending.length; i++) {
        insert(fromHtml(pending[i].html));
      }
      pending = [];
      var empty = story.querySelector("[data-live-empty]");
      if (empty) {
        empty.parentNode.removeChild(empty);
      }
      updateButton();
      if (status) {
        status.textContent = count === 1 ? "1 update added." : count + " updates added.";
      }
      if (list.firstElementChild) {
        list.firstElementChild.setAttribute("tabindex", "-1");
        list.firstElementChild.focus();
      }
    });
  }

  document.addEventListener("presence:open", function () {
    awaitingFirst = true;
  });

  document.addEventListener("presence:frame", function (event) {
    var message = event.detail || {};
    if (message.type === "breaking") {
      awaitingFirst = false;
      showBreaking(message.article);
    } else if (message.type === "presence") {
      if (awaitingFirst) {
        awaitingFirst = false;
        showBreaking(null);
      }
    } else if (message.type === "entries") {
      applyEntries(message);
    }
  });
})();
