/*
 * The live counter: keeps [data-presence] spans up to date over a websocket.
 * Dependency-free. The wire contract is DESIGN.md's "live counter" section.
 *
 * The page's one socket also carries other live features' frames: every
 * frame is dispatched on document as a "presence:frame" CustomEvent (detail:
 * the parsed message), "presence:open" fires on each (re)connect, and
 * window.presence.params (extra query parameters for the next connect) and
 * window.presence.send(message) let those features' own scripts talk back.
 */
(function () {
  "use strict";

  var STORAGE_KEY = "presence.visitor";
  var FIRST_DELAY = 1000;
  var MAX_DELAY = 30000;

  function randomId() {
    var bytes = new Uint8Array(16);
    if (window.crypto && window.crypto.getRandomValues) {
      window.crypto.getRandomValues(bytes);
    } else {
      for (var i = 0; i < bytes.length; i++) {
        bytes[i] = Math.floor(Math.random() * 256);
      }
    }
    var hex = "";
    for (var j = 0; j < bytes.length; j++) {
      hex += (bytes[j] + 0x100).toString(16).slice(1);
    }
    return hex;
  }

  // One id per browser, shared by its tabs, so three tabs count once; a
  // per-tab id where storage is unavailable (private modes, blocked).
  function visitorId() {
    try {
      var id = window.localStorage.getItem(STORAGE_KEY);
      if (!/^[0-9a-f]{32}$/.test(id || "")) {
        id = randomId();
        window.localStorage.setItem(STORAGE_KEY, id);
      }
      return id;
    } catch (e) {
      return randomId();
    }
  }

  // The canonical path: the same article read under an old slug or with a
  // query string counts as one page. Only its path matters: the socket
  // always goes to the host that served the page.
  function pagePath() {
    var link = document.querySelector('link[rel="canonical"]');
    if (link && link.href) {
      try {
        return new URL(link.href, window.location.href).pathname;
      } catch (e) {
        // Fall through to the location.
      }
    }
    return window.location.pathname;
  }

  // The page's language says how to group digits and which words go with
  // a number; the words of each plural category are in the label's data-
  // attributes (rendered by the server, so no catalogue is loaded).
  var LANGUAGE = document.documentElement.lang || "en";
  var numbers = null;
  var plurals = null;
  try {
    numbers = new Intl.NumberFormat(LANGUAGE);
    plurals = new Intl.PluralRules(LANGUAGE);
  } catch (e) {
    // Old browsers: digits as they come, the words left as rendered.
  }

  function setText(node, text) {
    if (node && text && node.textContent !== text) {
      node.textContent = text;
    }
  }

  function show(name, value) {
    var text = numbers ? numbers.format(value) : String(value);
    var spans = document.querySelectorAll('[data-presence="' + name + '"]');
    for (var i = 0; i < spans.length; i++) {
      setText(spans[i], text);
    }
    if (!plurals) {
      return;
    }
    var category = plurals.select(value);
    var labels = document.querySelectorAll('[data-presence-label="' + name + '"]');
    for (var j = 0; j < labels.length; j++) {
      setText(
        labels[j].querySelector("[data-presence-words]"),
        labels[j].getAttribute("data-presence-" + category) ||
          labels[j].getAttribute("data-presence-other")
      );
    }
  }
  // For the browser tests of the words (and anyone debugging them).
  window.presenceShow = show;

  var hooks = (window.presence = window.presence || {});
  hooks.params = hooks.params || {};

  function announce(name, detail) {
    var event;
    try {
      event = new CustomEvent(name, { detail: detail });
    } catch (e) {
      return; // No CustomEvent: only the counter works.
    }
    document.dispatchEvent(event);
  }

  hooks.send = function (message) {
    if (current && current.readyState === 1) {
      current.send(JSON.stringify(message));
      return true;
    }
    return false;
  };

  var visitor = visitorId();
  var attempt = 0;
  var timer = null;

  // For the editors' live desk: where this page view came from (the
  // referrer's host only, sent on the first connection, so reconnects are
  // not new arrivals) and whether the tab is visible (sent on change, at
  // most every VISIBILITY_GAP; the server allows one a second).
  var VISIBILITY_GAP = 2000;
  var referrerHost = null;
  try {
    referrerHost = document.referrer ? new URL(document.referrer).hostname : "";
  } catch (e) {
    referrerHost = null;
  }
  var current = null;
  var sentVisible = true;
  var visibilityAt = 0;
  var visibilityTimer = null;

  function syncVisibility() {
    clearTimeout(visibilityTimer);
    if (!current || current.readyState !== 1) {
      return;
    }
    var visible = document.visibilityState !== "hidden";
    if (visible === sentVisible) {
      return;
    }
    var wait = visibilityAt + VISIBILITY_GAP - Date.now();
    if (wait > 0) {
      visibilityTimer = setTimeout(syncVisibility, wait);
      return;
    }
    current.send(JSON.stringify({ type: "visibility", visible: visible }));
    sentVisible = visible;
    visibilityAt = Date.now();
  }

  document.addEventListener("visibilitychange", syncVisibility);

  function socketUrl() {
    var scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
    return (
      scheme + "//" + window.location.host + "/ws/presence/" +
      "?visitor=" + encodeURIComponent(visitor) +
      "&page=" + encodeURIComponent(pagePath()) +
      (referrerHost === null ? "" : "&ref=" + encodeURIComponent(referrerHost)) +
      extraParams()
    );
  }

  function extraParams() {
    var query = "";
    for (var name in hooks.params) {
      if (Object.prototype.hasOwnProperty.call(hooks.params, name) &&
          hooks.params[name] !== null && hooks.params[name] !== undefined) {
        query += "&" + encodeURIComponent(name) + "=" +
          encodeURIComponent(String(hooks.params[name]));
      }
    }
    return query;
  }

  function retryLater() {
    // 1 s doubling to a 30 s cap, with full jitter so that a restarted
    // server is not met by every reader at the same instant.
    var ceiling = Math.min(MAX_DELAY, FIRST_DELAY * Math.pow(2, attempt));
    attempt += 1;
    var delay = ceiling / 2 + Math.random() * (ceiling / 2);
    clearTimeout(timer);
    timer = setTimeout(connect, delay);
  }

  function connect() {
    if (!("WebSocket" in window)) {
      return;
    }
    var socket;
    try {
      socket = new WebSocket(socketUrl());
    } catch (e) {
      retryLater();
      return;
    }
    referrerHost = null;
    socket.onopen = function () {
      // A new socket starts visible on the server.
      current = socket;
      sentVisible = true;
      visibilityAt = 0;
      syncVisibility();
      announce("presence:open", null);
    };
    socket.onmessage = function (event) {
      var message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (message.type === "presence") {
        attempt = 0;
        show("online", message.online);
        show("page", message.page);
      } else if (message.type === "error" && window.console) {
        window.console.warn("Live counter: " + message.message);
      }
      announce("presence:frame", message);
    };
    socket.onclose = function (event) {
      if (current === socket) {
        current = null;
      }
      // 44xx: this client did something wrong; retrying would repeat it.
      if (event.code >= 4400 && event.code <= 4499) {
        return;
      }
      retryLater();
    };
  }

  // After the deferred scripts ran, so theirs can set params first.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", connect);
  } else {
    connect();
  }
})();
