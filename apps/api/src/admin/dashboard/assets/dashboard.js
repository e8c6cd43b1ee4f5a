// Frontline admin dashboard: draws each queue's throughput (uPlot) and refreshes the page's live
// part in place. Served as is (no build step); runs under a CSP that allows only this site's scripts.
(function () {
  'use strict';
  var charts = [];

  function drawCharts() {
    charts.forEach(function (c) { c.destroy(); });
    charts = [];
    var block = document.getElementById('throughput-data');
    if (!block || typeof uPlot === 'undefined') return;
    var data;
    try { data = JSON.parse(block.textContent || '[]'); } catch (e) { return; }
    data.forEach(function (q) {
      var el = document.querySelector('[data-chart="' + q.queue + '"]');
      if (!el || q.since === null) return;
      var xs = q.completed.map(function (_, i) { return q.since / 1000 + i * 60; });
      var width = Math.max(260, el.clientWidth || 420);
      charts.push(new uPlot({
        width: width,
        height: 160,
        scales: { x: { time: true } },
        series: [
          {},
          { label: 'completed / min', stroke: '#1f7a3a', width: 1.5 },
          { label: 'failed / min', stroke: '#b42318', width: 1.5 }
        ],
        axes: [{}, { size: 40 }]
      }, [xs, q.completed, q.failed], el));
    });
  }

  function refresh() {
    if (document.hidden) return;
    fetch(window.location.pathname, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (res) {
        // A session that ended sends us to the sign-in page: go there for real.
        if (res.redirected && res.url.indexOf('/sign-in') !== -1) { window.location.assign(res.url); return null; }
        return res.ok ? res.text() : null;
      })
      .then(function (text) {
        if (!text) return;
        var next = new DOMParser().parseFromString(text, 'text/html').getElementById('live');
        var live = document.getElementById('live');
        if (!next || !live) return;
        live.innerHTML = next.innerHTML;
        drawCharts();
      })
      .catch(function () { /* the next tick tries again */ });
  }

  function start() {
    drawCharts();
    var live = document.getElementById('live');
    var seconds = Number(live && live.getAttribute('data-refresh-seconds')) || 10;
    setInterval(refresh, seconds * 1000);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
