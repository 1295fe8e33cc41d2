/*
 * The live desk: numbers, tables and bars from /ws/desk/ (a frame a second
 * at most), the chart from /admin/live/data/ (again every 30 s, or when the
 * range changes), drawn by the vendored uPlot. No inline script or style:
 * sizes are set through the CSSOM, which the CSP allows.
 */
(function () {
  "use strict";

  var SOURCE_NAMES = {
    direct: "Direct (no referrer)",
    search: "Search engines",
    social: "Social networks",
    other: "Other sites",
    internal: "This site",
  };
  var CHART_REFRESH = 30000;
  var SPANS = { hour: 3600, day: 86400 };

  var root = document.getElementById("desk");
  if (!root) {
    return;
  }
  var zone = root.getAttribute("data-time-zone") || "UTC";
  var dataUrl = root.getAttribute("data-data-url");
  var range = "hour";
  var chart = null;
  var minutesData = null;
  var now = null;
  var lastFrameAt = 0;
  var sectionNames = {};
  var hourMinute = new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: zone,
  });
  var dayHourMinute = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: zone,
  });
  var clock = new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZone: zone,
  });

  function part(name) {
    return root.querySelector('[data-desk="' + name + '"]');
  }

  function setText(element, text) {
    text = String(text);
    if (element && element.textContent !== text) {
      element.textContent = text;
    }
  }

  function make(tag, className, text) {
    var element = document.createElement(tag);
    if (className) {
      element.className = className;
    }
    if (text !== undefined) {
      element.textContent = text;
    }
    return element;
  }

  function format(n) {
    return Number(n).toLocaleString("en-GB");
  }

  // Status: live, or how stale the numbers are.

  function status(text, kind) {
    var element = part("status");
    element.className = "desk-status desk-status-" + kind;
    setText(part("status-text"), text);
  }

  window.setInterval(function () {
    if (lastFrameAt && Date.now() - lastFrameAt > 5000) {
      status(
        "No update for " + Math.round((Date.now() - lastFrameAt) / 1000) + " s",
        "stale"
      );
    }
  }, 1000);

  // The frame: numbers, pages, sections, sources.

  function renderNumbers(frame) {
    setText(part("online"), format(frame.online));
    setText(part("engaged"), format(frame.engaged));
    setText(
      part("engaged-share"),
      frame.online ? Math.round((100 * frame.engaged) / frame.online) + "%" : "–"
    );
    var top = frame.pages[0];
    setText(part("top-reading"), top ? format(top.reading) + " reading" : "–");
    setText(part("top-title"), top ? top.title : "Nobody is reading right now.");
    var s = frame.sources;
    var all = s.direct + s.search + s.social + s.other + s.internal;
    setText(
      part("search-social"),
      all
        ? Math.round((100 * s.search) / all) + "% · " +
            Math.round((100 * s.social) / all) + "%"
        : "–"
    );
  }

  function changeCell(change) {
    var cell = make("td", "desk-num desk-change");
    if (change === null || change === undefined) {
      cell.textContent = "new";
      cell.classList.add("desk-change-new");
      cell.title = "Not among the 50 most read 5 minutes ago";
    } else if (change > 0) {
      cell.textContent = "▲ " + format(change);
      cell.classList.add("desk-change-up");
      cell.title = change + " more than 5 minutes ago";
    } else if (change < 0) {
      cell.textContent = "▼ " + format(-change);
      cell.classList.add("desk-change-down");
      cell.title = -change + " fewer than 5 minutes ago";
    } else {
      cell.textContent = "=";
      cell.title = "As many as 5 minutes ago";
    }
    return cell;
  }

  function renderPages(pages) {
    var body = part("pages");
    var rows = document.createDocumentFragment();
    if (!pages.length) {
      var empty = make("tr");
      var cell = make("td", "desk-empty", "Nobody is reading right now.");
      cell.colSpan = 6;
      empty.appendChild(cell);
      rows.appendChild(empty);
    }
    pages.forEach(function (page, index) {
      var row = make("tr", "desk-kind-" + page.kind);
      row.appendChild(make("td", "desk-rank", String(index + 1)));
      var title = make("td", "desk-title");
      var link = make("a", "desk-page-link", page.title);
      link.href = page.path;
      link.target = "_blank";
      link.rel = "noopener";
      title.appendChild(link);
      if (page.change_url) {
        var edit = make("a", "desk-edit", "Edit");
        edit.href = page.change_url;
        edit.title = "Open the article in the admin";
        title.appendChild(edit);
      }
      title.appendChild(make("span", "desk-path", page.path));
      row.appendChild(title);
      row.appendChild(
        make("td", "desk-section", page.section ? sectionNames[page.section] || page.section : "")
      );
      row.appendChild(make("td", "desk-num desk-reading-now", format(page.reading)));
      row.appendChild(make("td", "desk-num", format(page.engaged)));
      row.appendChild(changeCell(page.change_5m));
      rows.appendChild(row);
    });
    body.replaceChildren(rows);
  }

  function renderBars(list, items) {
    var most = 1;
    items.forEach(function (item) {
      most = Math.max(most, item.value);
    });
    var fragment = document.createDocumentFragment();
    items.forEach(function (item) {
      var li = make("li", "desk-bar-item" + (item.value ? "" : " desk-bar-zero"));
      li.appendChild(make("span", "desk-bar-name", item.name));
      li.appendChild(make("span", "desk-bar-value", format(item.value)));
      var track = make("span", "desk-bar-track");
      var bar = make("span", "desk-bar desk-bar-" + (item.kind || "section"));
      bar.style.width = ((100 * item.value) / most).toFixed(1) + "%";
      track.appendChild(bar);
      li.appendChild(track);
      fragment.appendChild(li);
    });
    list.replaceChildren(fragment);
  }

  function renderFrame(frame) {
    frame.sections.forEach(function (section) {
      sectionNames[section.slug] = section.name;
    });
    renderNumbers(frame);
    renderPages(frame.pages);
    renderBars(
      part("sections"),
      frame.sections.map(function (s) {
        return { name: s.name, value: s.reading };
      })
    );
    renderBars(
      part("sources"),
      Object.keys(SOURCE_NAMES).map(function (kind) {
        return { name: SOURCE_NAMES[kind], value: frame.sources[kind], kind: kind };
      })
    );
    lastFrameAt = Date.now();
    status("Live · " + clock.format(new Date()), "live");
    now = [Date.now() / 1000, frame.online, frame.engaged];
    if (chart && minutesData) {
      chart.setData(withNow(minutesData), true);
    }
  }

  // The chart.

  function series(minutes) {
    // One slot a minute from the first sample to the last; a minute with
    // no sample (no server was running) is a gap, not a zero.
    var xs = [], online = [], engaged = [];
    if (!minutes.length) {
      return [xs, online, engaged];
    }
    var byMinute = {};
    minutes.forEach(function (m) {
      byMinute[Math.round(Date.parse(m[0]) / 1000)] = m;
    });
    var first = Math.round(Date.parse(minutes[0][0]) / 1000);
    var last = Math.round(Date.parse(minutes[minutes.length - 1][0]) / 1000);
    for (var t = first; t <= last; t += 60) {
      var sample = byMinute[t];
      xs.push(t);
      online.push(sample ? sample[1] : null);
      engaged.push(sample ? sample[2] : null);
    }
    return [xs, online, engaged];
  }

  function css(name, fallback) {
    var value = getComputedStyle(document.documentElement).getPropertyValue(name);
    return value ? value.trim() : fallback;
  }

  function chartWidth() {
    return Math.max(280, part("chart").clientWidth);
  }

  function withNow(data) {
    // The minute samples, then the live numbers as the line's last point.
    if (!now) {
      return data;
    }
    return [
      data[0].concat([now[0]]),
      data[1].concat([now[1]]),
      data[2].concat([now[2]]),
    ];
  }

  function drawChart(data) {
    var box = part("chart");
    part("chart-empty").hidden = data[0].length > 0;
    data = withNow(data);
    if (chart) {
      chart.setData(data, true);
      return;
    }
    var fg = css("--body-quiet-color", "#666");
    var grid = css("--hairline-color", "#e8e8e8");
    var axis = {
      stroke: fg,
      grid: { stroke: grid, width: 1 },
      ticks: { stroke: grid, width: 1 },
    };
    chart = new window.uPlot(
      {
        width: chartWidth(),
        height: 240,
        tzDate: function (ts) {
          return window.uPlot.tzDate(new Date(ts * 1000), zone);
        },
        scales: {
          // Always the whole range, ending now, however few the samples.
          x: {
            time: true,
            range: function () {
              var now = Date.now() / 1000;
              return [now - SPANS[range], now];
            },
          },
          y: {
            range: function (u, min, max) {
              return [0, Math.max(4, Math.ceil((max || 0) * 1.15))];
            },
          },
        },
        series: [
          {
            label: "Time",
            value: function (u, ts) {
              return ts === null ? "–" : dayHourMinute.format(new Date(ts * 1000));
            },
          },
          {
            label: "Online",
            stroke: css("--desk-online", "#2f6f9f"),
            fill: css("--desk-online-fill", "rgba(47,111,159,0.12)"),
            width: 2,
            spanGaps: false,
          },
          {
            label: "Engaged",
            stroke: css("--desk-engaged", "#2e8540"),
            width: 2,
            spanGaps: false,
          },
        ],
        axes: [
          Object.assign({}, axis, {
            // 24-hour times in the site's zone, as the newsroom reads them.
            values: function (u, splits) {
              return splits.map(function (ts) {
                return hourMinute.format(new Date(ts * 1000));
              });
            },
          }),
          Object.assign({}, axis, { size: 50 }),
        ],
        legend: { live: true },
        cursor: { drag: { x: false, y: false } },
      },
      data,
      box
    );
    if (window.ResizeObserver) {
      new ResizeObserver(function () {
        chart.setSize({ width: chartWidth(), height: 240 });
      }).observe(box);
    }
  }

  function loadChart() {
    var wanted = range;
    fetch(dataUrl + "?range=" + wanted, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (body) {
        if (wanted !== range) {
          return;
        }
        if (!lastFrameAt) {
          renderFrame(body);
        }
        minutesData = series(body.history.minutes);
        drawChart(minutesData);
      })
      .catch(function () {
        part("chart-empty").hidden = false;
        setText(part("chart-empty"), "The chart could not be loaded; trying again shortly.");
      });
  }

  root.querySelectorAll("[data-range]").forEach(function (button) {
    button.addEventListener("click", function () {
      range = button.getAttribute("data-range");
      root.querySelectorAll("[data-range]").forEach(function (other) {
        other.setAttribute("aria-pressed", String(other === button));
      });
      loadChart();
    });
  });

  loadChart();
  window.setInterval(loadChart, CHART_REFRESH);

  window.DeskSocket({
    onFrame: function (frame) {
      if (frame.type === "desk") {
        renderFrame(frame);
      }
    },
    onState: function (name, message) {
      if (name === "refused") {
        status(message + " Reload the page after logging in.", "refused");
      } else if (name === "reconnecting") {
        status("Reconnecting…", "stale");
      }
    },
  });
})();
