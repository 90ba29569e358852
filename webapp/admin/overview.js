// Admin overview: connections, flow and what was learned, from the admin JSON API. The page is
// behind the admin login; requests go to the page's own origin (never a URL with credentials).
(function () {
  'use strict';
  const root = new URL('../api/v1/admin/', location.origin + location.pathname);
  const request = (path, method) => fetch(new URL(path, root), {
    method: method || 'GET', credentials: 'same-origin', headers: { Accept: 'application/json' }
  }).then((r) => {
    if (!r.ok) { throw new Error(path + ': HTTP ' + r.status); }
    return r.status === 202 || r.status === 204 ? null : r.json();
  });
  const when = (t) => (t ? new Date(t).toLocaleString() : 'never');
  const fill = (id, rows, cells) => {
    const body = document.querySelector('#' + id + ' tbody');
    body.replaceChildren();
    rows.forEach((item) => {
      const row = body.insertRow();
      cells(item).forEach((c) => {
        const td = row.insertCell();
        if (c instanceof Node) { td.append(c); } else { td.textContent = c === null || c === undefined ? '–' : String(c); }
        if (typeof c === 'number') { td.className = 'num'; }
      });
    });
    document.getElementById(id).hidden = rows.length === 0;
  };
  const empty = (id, isEmpty) => { document.getElementById(id).hidden = !isEmpty; };
  let chart;

  function showFlow(events) {
    const hours = [...new Set(events.map((e) => e.hour))].sort();
    const helpdesks = [...new Set(events.map((e) => e.helpdesk))].sort();
    const datasets = helpdesks.map((h) => ({
      label: h,
      data: hours.map((hour) => events.filter((e) => e.hour === hour && e.helpdesk === h)
        .reduce((n, e) => n + e.events, 0))
    }));
    if (chart) { chart.destroy(); }
    const canvas = document.getElementById('flow-chart');
    chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: hours.map((h) => new Date(h).toLocaleString([], { day: '2-digit', hour: '2-digit' })), datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } }
    });
    canvas.dataset.points = String(datasets.reduce((n, d) => n + d.data.length, 0));
    empty('flow-empty', events.length === 0);
  }

  function replayButton(letter) {
    const button = document.createElement('button');
    button.textContent = 'Replay';
    button.addEventListener('click', () => request('outbox/dead-letters/' + letter.id + '/replay', 'POST')
      .then(load).catch(fail));
    return button;
  }

  function show(o, letters) {
    document.getElementById('at').textContent = 'as of ' + when(o.at);
    const base = new URL('../api/v1/webhooks/', location.origin + location.pathname);
    document.getElementById('webhook-url').textContent = base.href;
    document.getElementById('generic-url').textContent = base.href + 'generic';
    const called = o.helpdesks.filter((h) => h.lastEvent);
    fill('helpdesks', o.helpdesks, (h) => [h.helpdesk, when(h.lastEvent),
      h.helpdesk === 'generic' ? 'in each answer' : when(h.lastWriteBack), h.retrying, h.failedLastHour]);
    document.getElementById('helpdesks').hidden = o.helpdesks.length === 0;
    empty('helpdesks-empty', called.length === 0);
    document.getElementById('stores').textContent = o.stores.length ? o.stores.join(', ') : 'none configured';
    fill('remotes', o.remotes, (r) => [r.kind, r.remote, when(r.lastSuccess), r.lastFailure ? when(r.lastFailure) : '–', r.reason || '–',
      r.breaker === 'open' ? 'open: calls refused' : 'closed']);
    empty('remotes-empty', o.remotes.length === 0);
    showFlow(o.eventsPerHour);
    fill('queues', o.queues, (q) => [q.kind, q.waiting, q.oldestWaiting ? when(q.oldestWaiting) : '–', q.deadLetters]);
    empty('queues-empty', o.queues.every((q) => q.waiting === 0 && q.deadLetters === 0));
    fill('dead-letters', letters, (d) => [d.kind + ' #' + d.id, d.target, d.attempts, d.lastError, replayButton(d)]);
    fill('learned', o.understood, (u) => [u.day, u.language, u.intent, u.tickets]);
    fill('shown', o.shown, (s) => [s.contact, s.orderFound ? 'yes' : 'no', s.tickets]);
    const privacy = Object.entries(o.privacy).filter(([, n]) => n > 0);
    fill('privacy', privacy, ([flag, n]) => [flag, n]);
    empty('learned-empty', o.understood.length === 0);
    document.getElementById('error').hidden = true;
    document.body.dataset.loaded = 'true';
  }

  function fail(e) {
    const error = document.getElementById('error');
    error.textContent = 'Could not load the overview: ' + e.message;
    error.hidden = false;
  }

  function load() {
    return Promise.all([request('overview'), request('outbox/dead-letters?limit=20')])
      .then(([o, letters]) => show(o, letters)).catch(fail);
  }

  document.addEventListener('DOMContentLoaded', () => { load(); setInterval(load, 60000); });
}());
