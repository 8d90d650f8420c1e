// The lead's dashboard: reads the KPI report and the dashboard data of the app's API and draws them with Chart.js.
// URLs are built on location.origin: a page opened as http://user:password@host/ must not fetch with credentials
// in the URL (browsers refuse that); the browser's remembered login goes with same-origin requests.
(function () {
  'use strict';

  const charts = {};
  const percent = (share) => (share * 100).toFixed(1) + ' %';

  function hours(seconds) {
    if (seconds === undefined || seconds === null) {
      return '–';
    }
    return seconds < 172800 ? (seconds / 3600).toFixed(1) + ' h' : (seconds / 86400).toFixed(1) + ' d';
  }

  async function json(path, params) {
    const url = new URL(path, location.origin);
    Object.entries(params).forEach(([name, value]) => value && url.searchParams.set(name, value));
    const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    const body = await response.json();
    if (!response.ok) {
      throw new Error(body.detail || response.statusText);
    }
    return body;
  }

  function draw(id, config) {
    if (charts[id]) {
      charts[id].destroy();
    }
    config.options = Object.assign({responsive: true, maintainAspectRatio: false, animation: false}, config.options);
    charts[id] = new Chart(document.getElementById(id), config);
  }

  function funnel(report) {
    // the complaints that were at each level: one that started at level 2 or 3 was never at level 1
    const reached = [1, 2, 3, 4].map((level) => report.wereAtLevel[level] || 0);
    draw('chart-funnel', {
      type: 'bar',
      data: {labels: ['L1 front line', 'L2 expert', 'L3 supervisor', 'L4 executive office'],
        datasets: [{label: 'complaints', data: reached, backgroundColor: ['#4e79a7', '#f28e2b', '#e15759', '#76222b']}]},
      options: {indexAxis: 'y', plugins: {legend: {display: false}}, scales: {x: {ticks: {precision: 0}}}}
    });
  }

  function overTime(id, label, points, value, color, max) {
    draw(id, {
      type: 'bar',
      data: {labels: points.map((p) => p.day), datasets: [{label: label, data: points.map(value), backgroundColor: color}]},
      options: {plugins: {legend: {display: false}}, scales: {y: {beginAtZero: true, max: max, ticks: {precision: 0}}}}
    });
  }

  function issues(report) {
    draw('chart-issues', {
      type: 'bar',
      data: {labels: report.topIssues.map((i) => (i.productSku || 'no product') + ' · ' + i.category),
        datasets: [{label: 'complaints', data: report.topIssues.map((i) => i.complaints), backgroundColor: '#59a14f'}]},
      options: {indexAxis: 'y', plugins: {legend: {display: false}}, scales: {x: {ticks: {precision: 0}}}}
    });
  }

  function numbers(report, dashboard) {
    const breaches = Object.values(report.breachesByLevel).reduce((a, b) => a + b, 0);
    const text = {
      received: report.received,
      fcr: report.resolved ? percent(report.firstContactResolutionRate) : '–',
      level4: report.received ? percent(report.level4Rate) : '–',
      breaches: breaches,
      median: hours(report.timeToResolution.overall.medianSeconds),
      satisfaction: report.satisfaction.averageScore ? report.satisfaction.averageScore.toFixed(1) + ' / 5' : '–',
      response: report.satisfaction.surveysSent ? percent(report.satisfaction.responseRate) : '–',
      'overdue-count': dashboard.overdue.count,
      'breached-open': dashboard.standing.breachedOpen,
      'at-risk': dashboard.standing.atRisk
    };
    Object.entries(text).forEach(([id, value]) => { document.getElementById(id).textContent = value; });
  }

  function overdueTable(dashboard) {
    const body = document.querySelector('#overdue tbody');
    body.replaceChildren(...dashboard.overdue.earliest.map((c) => {
      const row = document.createElement('tr');
      [c.complaintId, 'L' + c.level, new Date(c.levelDueAt).toLocaleString(), c.category, c.productSku || '']
          .forEach((value) => {
            const cell = document.createElement('td');
            cell.textContent = value;
            row.appendChild(cell);
          });
      return row;
    }));
  }

  async function load() {
    const status = document.getElementById('status');
    const period = {from: document.getElementById('from').value, to: document.getElementById('to').value};
    status.textContent = 'Loading…';
    try {
      const [report, dashboard] = await Promise.all([
        json('/api/reports/escalations', period), json('/api/reports/dashboard', period)]);
      numbers(report, dashboard);
      funnel(report);
      overTime('chart-breaches', 'breaches', dashboard.breachesPerDay, (p) => p.breaches, '#e15759');
      overTime('chart-satisfaction', 'average score', dashboard.satisfactionPerDay, (p) => p.averageScore,
          '#4e79a7', 5);
      issues(report);
      overdueTable(dashboard);
      status.textContent = 'Complaints received ' + report.period.from.substring(0, 10) + ' – '
          + report.period.to.substring(0, 10);
      document.body.dataset.loaded = 'true';
    } catch (e) {
      status.textContent = 'Could not load: ' + e.message;
      document.body.dataset.loaded = 'error';
    }
  }

  document.getElementById('period').addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  load();
})();
