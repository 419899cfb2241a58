'use strict';
// The classroom page: every number and chart comes from the server's API, which runs the
// same code as `tradesim run`. The page only keeps its state and draws the controls.

const TOKEN = new URLSearchParams(location.search).get('token');
const $ = id => document.getElementById(id);

function api(path) {
  if (!TOKEN) return path;
  return path + (path.includes('?') ? '&' : '?') + 'token=' + encodeURIComponent(TOKEN);
}

async function getJson(path) {
  const r = await fetch(api(path));
  if (!r.ok) throw new Error(await problemText(r));
  return r.json();
}

async function post(path, body) {
  const r = await fetch(api(path), {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(body)});
  if (!r.ok) throw new Error(await problemText(r));
  return r;
}

async function problemText(r) {
  try {
    const e = await r.json();
    return e.error + (e.problems && e.problems.length ? ': ' + e.problems.join('; ') : '');
  } catch (x) {
    return 'HTTP ' + r.status;
  }
}

const state = {scenario: null, path: {}, params: {}, tariffs: {}, exercise: '', year: null};
let scenarios = [];
let exercises = [];
let controls = null;
let paths = [];
let lastRun = null;
let lastExpected = null;
let runSeq = 0;
let chartUrl = null;

function fmt(x, digits) {
  return Number(x).toLocaleString('en-US', {minimumFractionDigits: digits, maximumFractionDigits: digits});
}

function flowName(f) {
  return f.exporter + '\u2192' + f.importer + ' ' + f.product;
}

function setStatus(text) {
  $('status').textContent = text;
}

// ---- state in the URL ---------------------------------------------------------------------

function readUrl() {
  const q = new URLSearchParams(location.search);
  state.scenario = q.get('s');
  state.exercise = q.get('x') || '';
  state.year = q.get('y');
  state.path = {};
  (q.get('p') || '').split(',').filter(Boolean).forEach(kv => {
    const i = kv.indexOf(':');
    if (i > 0) state.path[kv.slice(0, i)] = kv.slice(i + 1);
  });
  state.params = {};
  (q.get('k') || '').split(',').filter(Boolean).forEach(kv => {
    const i = kv.lastIndexOf(':');
    if (i > 0) state.params[kv.slice(0, i)] = Number(kv.slice(i + 1));
  });
  state.tariffs = {};
  (q.get('t') || '').split(',').filter(Boolean).forEach(kv => {
    const i = kv.indexOf(':');
    if (i > 0) state.tariffs[kv.slice(0, i)] = Number(kv.slice(i + 1));
  });
}

function shareUrl() {
  const q = new URLSearchParams();
  if (TOKEN) q.set('token', TOKEN);
  q.set('s', state.scenario);
  const p = Object.entries(state.path).map(([e, o]) => e + ':' + o).join(',');
  if (p) q.set('p', p);
  const k = Object.entries(state.params).map(([id, v]) => id + ':' + v).join(',');
  if (k) q.set('k', k);
  const t = Object.entries(state.tariffs).map(([i, v]) => i + ':' + v).join(',');
  if (t) q.set('t', t);
  if (state.exercise) q.set('x', state.exercise);
  if (state.year) q.set('y', state.year);
  return location.pathname + '?' + q.toString();
}

function writeUrl() {
  const url = shareUrl();
  history.replaceState(null, '', url);
  $('share').href = url;
}

// ---- the request ----------------------------------------------------------------------------

function sliderId(s) {
  return [s.key, s.product, s.importer || '*', s.exporter || '*'].join('|');
}

function requestBody() {
  const parameters = [];
  if (controls) {
    controls.parameters.forEach(s => {
      const id = sliderId(s);
      if (id in state.params) {
        const o = Object.assign({}, s.override);
        o[s.key] = state.params[id];
        parameters.push(o);
      }
    });
  }
  const events = [];
  if (controls) {
    controls.tariffs.forEach((t, i) => {
      if (String(i) in state.tariffs) {
        const rate = state.tariffs[String(i)];
        events.push({id: 'classroom_tariff_' + i, date: controls.tariff_date,
          label: 'Classroom: tariff on ' + flowName(t) + ' set to ' + rate + '%',
          actions: [{tariff: {importer: t.importer, exporter: t.exporter, product: t.product}, set: rate}]});
      }
    });
  }
  return {scenario: state.scenario, path: state.path, parameters: parameters, events: events};
}

// ---- drawing --------------------------------------------------------------------------------

function drawScenarioPicker() {
  const sel = $('scenario');
  sel.textContent = '';
  scenarios.forEach(s => {
    const o = document.createElement('option');
    o.value = s.name;
    o.textContent = s.name + ' — ' + s.title;
    sel.appendChild(o);
  });
  sel.value = state.scenario;
}

function drawExercisePicker() {
  const sel = $('exercise');
  exercises.forEach(x => {
    const o = document.createElement('option');
    o.value = x.id;
    o.textContent = x.title;
    sel.appendChild(o);
  });
  sel.value = state.exercise;
  drawExercise();
}

function drawExercise() {
  const x = exercises.find(e => e.id === state.exercise);
  $('exercise-panel').hidden = !x;
  if (!x) return;
  $('exercise-title').textContent = x.title;
  const ol = $('exercise-questions');
  ol.textContent = '';
  x.questions.forEach(q => {
    const li = document.createElement('li');
    li.textContent = q;
    ol.appendChild(li);
  });
}

function takenOutcomes() {
  const taken = {};
  if (lastRun && lastRun.path !== '-') {
    lastRun.path.split(';').forEach(kv => {
      const i = kv.indexOf('=');
      taken[kv.slice(0, i)] = kv.slice(i + 1);
    });
  }
  return taken;
}

/** The paths as a tree: each level is the next branch event on the paths below it. */
function drawTree() {
  const box = $('tree');
  box.textContent = '';
  const scenario = scenarios.find(s => s.name === state.scenario);
  if (paths.length <= 1) {
    box.textContent = 'No branches: one path.';
    return;
  }
  const events = {};
  scenario.events.forEach(e => { events[e.id] = e; });
  const taken = takenOutcomes();
  box.appendChild(level(paths.map(p => Object.entries(p.outcomes).map(([e, o]) => ({e, o})).concat([{p}])), [],
    events, taken, true));
}

function level(rows, prefix, events, taken, onPath) {
  const ul = document.createElement('ul');
  const open = rows.filter(r => r.length > 1);
  if (open.length === 0) return ul;
  const eventId = open[0][0].e;
  const li0 = document.createElement('li');
  li0.className = 'event';
  li0.textContent = events[eventId] ? events[eventId].date + ' ' + events[eventId].label : eventId;
  ul.appendChild(li0);
  const groups = new Map();
  rows.forEach(r => {
    const key = r[0].o;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  });
  groups.forEach((group, outcome) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'outcome';
    const here = onPath && taken[eventId] === outcome;
    if (here) b.classList.add('taken');
    b.textContent = outcome;
    b.dataset.event = eventId;
    b.dataset.outcome = outcome;
    const choice = prefix.concat([[eventId, outcome]]);
    b.addEventListener('click', () => {
      state.path = Object.fromEntries(choice);
      run();
    });
    li.appendChild(b);
    const p = group.reduce((sum, r) => sum + r[r.length - 1].p.probability, 0);
    const span = document.createElement('span');
    span.className = 'prob';
    const def = events[eventId] && events[eventId].outcomes.find(o => o.id === outcome);
    span.textContent = (def ? 'p=' + def.probability + ', ' : '') + 'path ' + fmt(p * 100, 1) + '%';
    li.appendChild(span);
    li.appendChild(level(group.map(r => r.slice(1)), choice, events, taken, here));
    ul.appendChild(li);
  });
  return ul;
}

function sliderRow(label, min, max, step, value, changed, onInput) {
  const row = document.createElement('div');
  row.className = 'slider' + (changed ? ' changed' : '');
  const l = document.createElement('label');
  l.textContent = label;
  const input = document.createElement('input');
  input.type = 'range';
  input.min = min;
  input.max = max;
  input.step = step;
  input.value = value;
  const out = document.createElement('output');
  out.textContent = Number(value).toFixed(2);
  input.addEventListener('input', () => {
    out.textContent = Number(input.value).toFixed(2);
    row.classList.add('changed');
    onInput(Number(input.value));
  });
  row.append(l, input, out);
  return row;
}

function drawControls() {
  const box = $('sliders');
  box.textContent = '';
  controls.parameters.forEach(s => {
    const id = sliderId(s);
    const where = s.importer ? s.product + ' in ' + s.importer : s.product + ' from ' + s.exporter;
    const step = s.key === 'half_life_months' ? 1 : Math.max(0.01, Math.abs(s.max - s.min) / 100);
    const input = sliderRow(s.symbol + ' ' + where, s.min, s.max, step.toFixed(3),
      id in state.params ? state.params[id] : s.value, id in state.params, v => {
        state.params[id] = v;
        scheduleRun();
      });
    input.querySelector('input').dataset.parameter = id;
    box.appendChild(input);
  });
  const tb = $('tariffs');
  tb.textContent = '';
  $('tariff-date').textContent = controls.tariff_date;
  controls.tariffs.forEach((t, i) => {
    const key = String(i);
    const row = sliderRow(flowName(t) + ' %', t.min, t.max, 0.5, key in state.tariffs ? state.tariffs[key] : t.base_rate,
      key in state.tariffs, v => {
        state.tariffs[key] = v;
        scheduleRun();
      });
    row.querySelector('input').dataset.tariff = key;
    tb.appendChild(row);
  });
}

function headlineRows(annual, year) {
  const scenario = scenarios.find(s => s.name === state.scenario);
  return scenario.headline.map(h => annual.find(r => r.period === year && r.importer === h.importer
    && r.exporter === h.exporter && r.product === h.product)).filter(Boolean);
}

function years(annual) {
  return [...new Set(annual.map(r => r.period))];
}

function drawYears() {
  const ys = years(lastRun.annual);
  const sel = $('year');
  if (sel.options.length !== ys.length) {
    sel.textContent = '';
    ys.forEach(y => {
      const o = document.createElement('option');
      o.value = y;
      o.textContent = y;
      sel.appendChild(o);
    });
  }
  if (!state.year || !ys.includes(state.year)) state.year = ys[ys.length - 1];
  sel.value = state.year;
}

function cell(tr, text, cls) {
  const td = document.createElement(tr.parentNode && tr.parentNode.tagName === 'THEAD' ? 'th' : 'td');
  td.textContent = text;
  if (cls) td.className = cls;
  tr.appendChild(td);
}

function signClass(x) {
  return x < 0 ? 'neg' : x > 0 ? 'pos' : '';
}

function drawNumbers(table, run, expected) {
  table.textContent = '';
  const head = table.createTHead().insertRow();
  ['flow, ' + state.year + ' (USD m)', 'baseline', 'this path', 'change %'].concat(expected ? ['expected', 'exp. %'] : [])
    .forEach(t => { const th = document.createElement('th'); th.textContent = t; head.appendChild(th); });
  const body = table.createTBody();
  headlineRows(run.annual, state.year).forEach(r => {
    const tr = body.insertRow();
    cell(tr, flowName(r));
    cell(tr, fmt(r.baseline_value_usd_m, 1));
    cell(tr, fmt(r.value_usd_m, 1));
    cell(tr, fmt(r.change_pct, 2), signClass(r.change_pct));
    if (expected) {
      const e = expected.annual.find(x => x.period === state.year && x.importer === r.importer
        && x.exporter === r.exporter && x.product === r.product);
      cell(tr, e ? fmt(e.value_usd_m, 1) : '');
      cell(tr, e ? fmt(e.change_pct, 2) : '', e ? signClass(e.change_pct) : '');
    }
  });
  const welfare = {};
  run.welfare.filter(w => w.period === state.year).forEach(w => {
    welfare[w.country] = (welfare[w.country] || 0) + w.net_usd_m;
  });
  Object.entries(welfare).filter(([c, v]) => Math.abs(v) >= 0.05).forEach(([c, v]) => {
    const tr = body.insertRow();
    cell(tr, 'welfare, ' + c + ' (net)');
    cell(tr, '');
    cell(tr, fmt(v, 1), signClass(v));
    cell(tr, '');
  });
}

function drawResults() {
  drawYears();
  $('path-label').textContent = 'Path: ' + (lastRun.path === '-' ? 'no branches' : lastRun.path.replaceAll(';', ', '));
  const rows = headlineRows(lastRun.annual, state.year);
  if (rows.length) {
    $('headline-flow').textContent = flowName(rows[0]) + ', ' + state.year + ': ';
    $('headline-number').textContent = fmt(rows[0].value_usd_m, 1) + ' USD m (' + (rows[0].change_pct > 0 ? '+' : '')
      + fmt(rows[0].change_pct, 2) + '%)';
  }
  drawNumbers($('numbers'), lastRun, paths.length > 1 ? lastExpected : null);
  drawTree();
  writeUrl();
}

// ---- running --------------------------------------------------------------------------------

let timer = null;

function scheduleRun() {
  clearTimeout(timer);
  timer = setTimeout(run, 120);
}

async function run() {
  const seq = ++runSeq;
  const body = requestBody();
  setStatus('running…');
  try {
    const r = await (await post('/api/run', body)).json();
    if (seq !== runSeq) return;
    lastRun = r;
    drawResults();
    setStatus('');
    if (paths.length > 1) {
      post('/api/expected', body).then(x => x.json()).then(e => {
        if (seq !== runSeq) return;
        lastExpected = e;
        drawNumbers($('numbers'), lastRun, lastExpected);
      }).catch(err => setStatus(err.message));
    }
    const svg = await (await post('/api/chart', body)).blob();
    if (seq !== runSeq) return;
    if (chartUrl && chartUrl !== pinned.chart) URL.revokeObjectURL(chartUrl);
    chartUrl = URL.createObjectURL(svg);
    $('chart').src = chartUrl;
  } catch (err) {
    if (seq === runSeq) setStatus(err.message);
  }
}

// ---- pin, download --------------------------------------------------------------------------

const pinned = {chart: null};

function pin() {
  if (!lastRun) return;
  pinned.chart = chartUrl;
  $('pinned').hidden = false;
  $('pinned-label').textContent = $('path-label').textContent + ' ' + describeChanges();
  drawNumbers($('pinned-numbers'), lastRun, paths.length > 1 ? lastExpected : null);
  $('pinned-chart').src = chartUrl || '';
}

function describeChanges() {
  const n = Object.keys(state.params).length + Object.keys(state.tariffs).length;
  return n ? '(' + n + ' slider' + (n === 1 ? '' : 's') + ' moved)' : '(sliders as in the scenario)';
}

async function download(table) {
  try {
    const blob = await (await post('/api/csv?table=' + encodeURIComponent(table), requestBody())).blob();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = state.scenario + '-' + table;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  } catch (err) {
    setStatus(err.message);
  }
}

function drawDownloads() {
  const box = $('downloads');
  ['annual.csv', 'welfare_annual.csv', 'welfare.csv', 'flows.csv'].forEach(t => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = t;
    b.dataset.table = t;
    b.addEventListener('click', () => download(t));
    box.appendChild(b);
  });
}

// ---- scenario switching -------------------------------------------------------------------

async function selectScenario(name, keepState) {
  state.scenario = name;
  if (!keepState) {
    state.path = {};
    state.params = {};
    state.tariffs = {};
  }
  lastRun = null;
  lastExpected = null;
  const scenario = scenarios.find(s => s.name === name);
  $('scenario-title').textContent = scenario.title;
  $('scenario').value = name;
  [paths, controls] = await Promise.all([
    getJson('/api/paths?scenario=' + encodeURIComponent(name)),
    getJson('/api/controls?scenario=' + encodeURIComponent(name))]);
  drawControls();
  await run();
}

async function start() {
  readUrl();
  try {
    [scenarios, exercises] = await Promise.all([getJson('/api/scenarios'), getJson('/api/exercises')]);
  } catch (err) {
    setStatus(err.message);
    return;
  }
  if (!scenarios.length) {
    setStatus('No scenarios found.');
    return;
  }
  if (!scenarios.some(s => s.name === state.scenario)) state.scenario = scenarios[0].name;
  drawScenarioPicker();
  drawExercisePicker();
  drawDownloads();
  $('scenario').addEventListener('change', e => selectScenario(e.target.value, false));
  $('exercise').addEventListener('change', e => {
    state.exercise = e.target.value;
    drawExercise();
    const x = exercises.find(ex => ex.id === state.exercise);
    if (x && x.scenario && x.scenario !== state.scenario) selectScenario(x.scenario, false);
    else writeUrl();
  });
  $('year').addEventListener('change', e => {
    state.year = e.target.value;
    drawResults();
  });
  $('pin').addEventListener('click', pin);
  $('unpin').addEventListener('click', () => { $('pinned').hidden = true; pinned.chart = null; });
  $('reset').addEventListener('click', () => {
    state.params = {};
    state.tariffs = {};
    drawControls();
    run();
  });
  await selectScenario(state.scenario, true);
}

document.addEventListener('DOMContentLoaded', start);
