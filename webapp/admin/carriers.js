// Carrier dashboard: ranking, trend and incidents from the admin JSON API. The page is behind the
// admin login; requests go to the page's own origin (never a URL with credentials in it).
(function () {
  'use strict';
  // Relative to the page (works under any context root); origin + path drops any credentials.
  const base = new URL('../api/v1/admin/carriers/', location.origin + location.pathname);
  const api = (path) => fetch(new URL(path, base), {
    credentials: 'same-origin', headers: { Accept: 'application/json' }
  }).then((r) => {
    if (!r.ok) { throw new Error(path + ': HTTP ' + r.status); }
    return r.json();
  });
  const pct = (rate) => (rate && rate.value !== null ? (rate.value * 100).toFixed(1) + ' %' : '–');
  const cell = (row, text, numeric) => {
    const td = row.insertCell();
    td.textContent = text === null || text === undefined ? '–' : String(text);
    if (numeric) { td.className = 'num'; }
  };
  const charts = {};
  const draw = (id, config) => {
    if (charts[id]) { charts[id].destroy(); }
    charts[id] = new Chart(document.getElementById(id), config);
    document.getElementById(id).dataset.points = String(
      config.data.datasets.reduce((n, d) => n + d.data.length, 0));
  };

  function showRanking(places) {
    const body = document.querySelector('#ranking tbody');
    body.replaceChildren();
    document.getElementById('ranking-empty').hidden = places.length > 0;
    places.forEach((p) => {
      const s = p.scorecard;
      const row = body.insertRow();
      row.dataset.carrier = s.carrier;
      cell(row, p.rank || '–', true);
      cell(row, s.carrier);
      cell(row, s.shipments, true);
      cell(row, pct(s.onTime), true);
      cell(row, pct(s.firstAttempt), true);
      cell(row, s.totalComplaintsPerThousand.toFixed(1), true);
      cell(row, (s.transitP50 ?? '–') + ' / ' + (s.transitP95 ?? '–'), true);
      cell(row, [s.incidents.OPEN, s.incidents.ACKNOWLEDGED, s.incidents.DISPUTED].join(' / '), true);
      cell(row, s.alerts.length ? s.alerts.map((a) => a.metric.toLowerCase().replace(/_/g, ' ')).join(', ') : '–');
    });
    document.getElementById('ranking').setAttribute('aria-busy', 'false');
    draw('ranking-chart', {
      type: 'bar',
      data: {
        labels: places.map((p) => p.scorecard.carrier),
        datasets: [
          { label: 'On time %', data: places.map((p) => (p.scorecard.onTime.value ?? 0) * 100) },
          { label: 'First attempt %', data: places.map((p) => (p.scorecard.firstAttempt.value ?? 0) * 100) }
        ]
      },
      options: { maintainAspectRatio: false, animation: false, scales: { y: { min: 0, max: 100 } } }
    });
    const select = document.getElementById('filter-carrier');
    const chosen = select.value;
    select.replaceChildren(new Option('all', ''));
    places.forEach((p) => select.add(new Option(p.scorecard.carrier, p.scorecard.carrier)));
    select.value = chosen;
  }

  function showTrend(points) {
    const weeks = [...new Set(points.map((p) => p.week))].sort();
    const carriers = [...new Set(points.map((p) => p.carrier))].sort();
    draw('trend-chart', {
      type: 'line',
      data: {
        labels: weeks,
        datasets: carriers.map((c) => ({
          label: c,
          data: weeks.map((w) => {
            const p = points.find((x) => x.carrier === c && x.week === w);
            return p && p.onTime !== null ? p.onTime * 100 : null;
          })
        }))
      },
      options: { maintainAspectRatio: false, animation: false, spanGaps: true, scales: { y: { min: 0, max: 100 } } }
    });
  }

  function showIncidents(incidents) {
    const body = document.querySelector('#incidents tbody');
    document.getElementById('incidents-empty').hidden = incidents.length > 0;
    body.replaceChildren();
    incidents.forEach((i) => {
      const row = body.insertRow();
      row.dataset.state = i.state;
      cell(row, i.openedAt.substring(0, 10));
      cell(row, i.carrier);
      cell(row, i.trackingNumber);
      cell(row, i.category);
      cell(row, i.postcodePrefix);
      cell(row, i.state);
      cell(row, i.disputeReason);
    });
  }

  function loadIncidents() {
    const q = new URLSearchParams({
      carrier: document.getElementById('filter-carrier').value,
      state: document.getElementById('filter-state').value
    });
    return api('incidents?' + q).then(showIncidents);
  }

  function load() {
    const days = document.getElementById('days').value;
    document.getElementById('csv').href = new URL('reports.csv?days=' + days, base).href;
    return Promise.all([
      api('ranking?days=' + days).then(showRanking),
      api('trend?weeks=' + Math.ceil(days / 7)).then(showTrend)
    ]).then(loadIncidents).then(() => { document.body.dataset.loaded = 'true'; })
      .catch((e) => {
        const error = document.getElementById('error');
        error.textContent = 'Could not load: ' + e.message;
        error.hidden = false;
      });
  }

  document.getElementById('days').addEventListener('change', load);
  document.getElementById('filter-carrier').addEventListener('change', loadIncidents);
  document.getElementById('filter-state').addEventListener('change', loadIncidents);
  load();
}());
