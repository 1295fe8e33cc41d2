/*
 * The desk's socket (/ws/desk/), shared by the desk, the article list and
 * the change form. Reconnects with backoff and jitter (1 s doubling to a
 * 30 s cap) except after a 44xx refusal, as presence.js does.
 */
(function () {
  "use strict";

  function DeskSocket(options) {
    var delay = 1000;
    var lastError = null;

    function url() {
      var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
      return scheme + window.location.host + "/ws/desk/";
    }

    function state(name, message) {
      if (options.onState) {
        options.onState(name, message);
      }
    }

    function open() {
      var socket;
      try {
        socket = new WebSocket(url());
      } catch (error) {
        retry();
        return;
      }
      socket.onopen = function () {
        delay = 1000;
        state("open");
        var pages = options.watch ? options.watch() : [];
        if (pages.length) {
          socket.send(JSON.stringify({ type: "watch", pages: pages }));
        }
      };
      socket.onmessage = function (event) {
        var frame;
        try {
          frame = JSON.parse(event.data);
        } catch (error) {
          return;
        }
        if (frame.type === "error") {
          lastError = frame;
          return;
        }
        options.onFrame(frame);
      };
      socket.onclose = function (event) {
        if (event.code >= 4400 && event.code <= 4499) {
          state("refused", lastError ? lastError.message : "Refused.");
          return;
        }
        retry();
      };
    }

    function retry() {
      state("reconnecting");
      window.setTimeout(open, delay * (0.5 + Math.random()));
      delay = Math.min(delay * 2, 30000);
    }

    open();
  }

  window.DeskSocket = DeskSocket;
})();
