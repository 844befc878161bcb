/* Entente classroom: the page. Talks only to its own server; sets every text with textContent. */
'use strict';
(function () {
  const $ = id => document.getElementById(id);
  const state = { palette: null, land: null, catalogue: [], world: null, playing: false, timer: null, poll: null };

  function text(tag, s, cls) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    e.textContent = s == null ? '' : String(s);
    return e;
  }
  function status(s) { $('status').textContent = s || ''; }

  async function api(method, url) {
    const r = await fetch(url, { method, headers: { 'Accept': 'application/json' } });
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) throw new Error(body && body.error ? body.error : 'the server answered ' + r.status);
    return body;
  }

  function show(view) {
    for (const v of ['choose', 'world', 'compare', 'debrief']) $('view-' + v).hidden = v !== view;
    if (view !== 'world') pause();
  }

  // ---------------------------------------------------------------- choose a world
  function renderCards() {
    const ul = $('cards');
    ul.textContent = '';
    for (const c of state.catalogue) {
      const li = document.createElement('li');
      li.className = 'card';
      li.appendChild(text('span', c.lesson ? (c.decisions > 0 ? 'Lesson with a decision' : 'Lesson') : 'Scenario', 'tag'));
      li.appendChild(text('h3', c.title));
      li.appendChild(text('p', c.description));
      if (c.watch) li.appendChild(text('p', 'What to watch: ' + c.watch, 'watch-line'));
      const b = text('button', 'Open this world');
      b.type = 'button';
      b.dataset.world = c.id;
      b.addEventListener('click', () => open(c.id));
      li.appendChild(b);
      ul.appendChild(li);
    }
  }

  async function open(id) {
    try {
      status('Starting the world...');
      state.world = await api('POST', '/api/worlds?scenario=' + encodeURIComponent(id));
      for (const n of ['world', 'compare', 'debrief']) $('nav-' + n).disabled = false;
      show('world');
      render();
      status('');
      $('play').focus();
    } catch (e) { status('Could not open the world: ' + e.message); }
  }

  // ---------------------------------------------------------------- the world
  function render() {
    const w = state.world;
    if (!w) return;
    $('title').textContent = w.title;
    $('month').textContent = monthName(w.month) + (w.done ? ' (the end)' : '');
    $('watch').textContent = w.watch || '';
    $('watch').hidden = !w.watch;
    $('export').href = '/api/worlds/' + w.id + '/export';
    $('export').hidden = w.decisions.length === 0;
    $('play').textContent = state.playing ? 'Pause' : 'Play';
    $('play').disabled = w.done || !!w.pending;
    $('step').disabled = w.done || !!w.pending;
    EntenteMap.draw($('map'), { actors: w.actors, ties: w.ties, palette: state.palette, land: state.land, focus: w.focus },
      { label: 'Map of the world in ' + monthName(w.month) + ': colour shows each country\'s move toward the West or the East since the start', key: 'main' });
    EntenteMap.legend($('legend'), state.palette, w.typical ? 'typical' : 'change');
    renderDecision(w);
    renderCharts(w);
    renderTimeline(w);
    $('map').dataset.month = w.month;
    $('map').dataset.choices = w.choices.map(c => c.option).join(',');
    if (!w.bands && !state.poll) state.poll = setTimeout(refresh, 1500);
  }

  async function refresh() {
    state.poll = null;
    if (!state.world || state.playing) return;
    try { state.world = await api('GET', '/api/worlds/' + state.world.id); render(); } catch (e) { status(e.message); }
  }

  function monthName(ym) {
    const [y, m] = ym.split('-').map(Number);
    return ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1] + ' ' + y;
  }

  function renderDecision(w) {
    const box = $('decision');
    if (!w.pending) { box.hidden = true; box.dataset.key = ''; return; }
    const key = w.id + '/' + w.pending.id;
    if (!box.hidden && box.dataset.key === key) return; /* the same question: keep its buttons (and the focus) */
    box.dataset.key = key;
    const wasHidden = box.hidden;
    box.hidden = false;
    $('decision-q').textContent = w.pending.question;
    const opts = $('decision-options');
    opts.textContent = '';
    w.pending.options.forEach((o, i) => {
      const b = text('button', (i + 1) + '. ' + o.label);
      b.type = 'button';
      b.dataset.option = o.id;
      b.addEventListener('click', () => choose(o.id));
      opts.appendChild(b);
    });
    if (wasHidden) opts.firstChild.focus();
  }

  async function choose(option) {
    try {
      status('The world forks from here...');
      state.world = await api('POST', '/api/worlds/' + state.world.id + '/choose?option=' + encodeURIComponent(option));
      render();
      status('Chosen. Press Play to see what follows.');
      $('play').focus();
    } catch (e) { status(e.message); }
  }

  async function stepOnce(months) {
    if (!state.world) return;
    try {
      const kept = state.world.bands;
      state.world = await api('POST', '/api/worlds/' + state.world.id + '/step?months=' + months + (kept ? '&have_bands=1' : ''));
      if (state.world.bandsKept) state.world.bands = kept;
      render();
    } catch (e) { status(e.message); pause(); }
  }

  function play() {
    if (!state.world || state.world.done || state.world.pending) return;
    state.playing = true;
    $('play').textContent = 'Pause';
    const tick = async () => {
      if (!state.playing) return;
      await stepOnce(1);
      const w = state.world;
      if (!w || w.done || w.pending) { pause(); if (w && w.pending) status('A decision for the class.'); return; }
      state.timer = setTimeout(tick, Number($('speed').value));
    };
    tick();
  }
  function pause() {
    state.playing = false;
    if (state.timer) clearTimeout(state.timer);
    state.timer = null;
    if ($('play')) $('play').textContent = 'Play';
  }

  // ---------------------------------------------------------------- charts
  const CHARTS = [
    { key: 'gdp', title: n => n + '\u2019s GDP (bn USD a year)', digits: 0 },
    { key: 'oil', title: n => n + '\u2019s oil exports (million barrels a day)', digits: 2 },
    { key: 'lean', title: n => n + '\u2019s lean: above 0 toward the West, below toward the East', digits: 2 }
  ];

  function renderCharts(w) {
    const box = $('charts');
    box.textContent = '';
    const focus = w.actors.find(a => a.id === w.focus);
    for (const c of CHARTS) {
      const div = document.createElement('div');
      div.className = 'chart';
      div.appendChild(text('h3', c.title(focus ? focus.name : w.focus)));
      div.appendChild(chart(w, c));
      box.appendChild(div);
    }
    const note = text('p', w.bands ? 'Grey band: where 90% of ' + 20 + ' runs of this world fall (5th to 95th percentile). Black line: this run.'
      : 'Computing the band of 20 runs in the background...', 'hint');
    note.style.fontSize = '14px';
    note.style.margin = '0';
    box.appendChild(note);
  }

  function chart(w, c) {
    const NS = 'http://www.w3.org/2000/svg', W = 460, H = 96, L = 52, R = 6, T = 6, B = 20;
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    svg.setAttribute('role', 'img');
    const el = (n, a) => { const e = document.createElementNS(NS, n); for (const k in a) e.setAttribute(k, a[k]); svg.appendChild(e); return e; };
    const line = w.series[c.key] || [];
    const band = w.bands && w.bands[c.key];
    let lo = Infinity, hi = -Infinity;
    for (const v of line) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    if (band) for (let t = 0; t < w.months; t++) { lo = Math.min(lo, band.p05[t]); hi = Math.max(hi, band.p95[t]); }
    if (!isFinite(lo)) { lo = 0; hi = 1; }
    if (hi - lo < 1e-9) { hi += 0.5; lo -= 0.5; }
    const pad = (hi - lo) * 0.08; lo -= pad; hi += pad;
    const x = t => L + t / Math.max(1, w.months - 1) * (W - L - R), y = v => T + (hi - v) / (hi - lo) * (H - T - B);
    el('rect', { x: L, y: T, width: W - L - R, height: H - T - B, fill: '#fff', stroke: '#ccc' });
    if (band) {
      let d = 'M' + x(0) + ',' + y(band.p95[0]);
      for (let t = 1; t < w.months; t++) d += ' L' + x(t) + ',' + y(band.p95[t]);
      for (let t = w.months - 1; t >= 0; t--) d += ' L' + x(t) + ',' + y(band.p05[t]);
      el('path', { d: d + ' Z', fill: state.palette.named.band.css, stroke: 'none' });
    }
    for (const d of w.decisions) {
      const t = (Number(d.month.slice(0, 4)) - Number(w.start.slice(0, 4))) * 12 + Number(d.month.slice(5)) - Number(w.start.slice(5));
      el('line', { x1: x(t), x2: x(t), y1: T, y2: H - B, stroke: '#a6761d', 'stroke-width': 2, 'stroke-dasharray': '4 3' });
    }
    if (line.length > 0) {
      let d = 'M' + x(0) + ',' + y(line[0]);
      for (let t = 1; t < line.length; t++) d += ' L' + x(t) + ',' + y(line[t]);
      el('path', { d, fill: 'none', stroke: state.palette.named.series_1.css, 'stroke-width': 2.5 });
    }
    const lab = (s, a) => { const e = el('text', a); e.textContent = s; e.setAttribute('font-size', '15'); return e; };
    lab((hi - pad).toFixed(c.digits), { x: L - 4, y: T + 11, 'text-anchor': 'end' });
    lab((lo + pad).toFixed(c.digits), { x: L - 4, y: H - B, 'text-anchor': 'end' });
    const y0 = Number(w.start.slice(0, 4));
    lab(String(y0), { x: L, y: H - 3 });
    lab(String(y0 + Math.floor((Number(w.start.slice(5)) - 1 + w.months - 1) / 12)), { x: W - R, y: H - 3, 'text-anchor': 'end' });
    if (line.length > 0) lab(line[line.length - 1].toFixed(c.digits), { x: Math.min(x(line.length - 1) + 4, W - 40), y: Math.max(12, y(line[line.length - 1]) - 4), 'font-weight': 'bold' });
    return svg;
  }

  function renderTimeline(w) {
    const ol = $('timeline');
    ol.textContent = '';
    const items = w.events.map(e => ({ month: e.month, text: e.text, choice: false }));
    for (const c of w.choices) items.push({ month: c.month, text: 'The class chose: ' + c.label, choice: true });
    items.sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : (b.choice - a.choice)));
    for (const it of items) {
      const li = document.createElement('li');
      if (it.choice) li.className = 'choice';
      li.appendChild(text('b', monthName(it.month).replace(/^(\w{3})\w*/, '$1')));
      li.appendChild(document.createTextNode(' ' + it.text));
      ol.appendChild(li);
    }
    if (items.length === 0) ol.appendChild(text('li', 'Nothing yet: press Play.'));
  }

  // ---------------------------------------------------------------- side by side
  async function openCompare() {
    show('compare');
    state.comparePolls = 0;
    const sel = $('compare-with');
    const w = state.world;
    const keep = sel.value;
    sel.textContent = '';
    const add = (v, s) => { const o = text('option', s); o.value = v; sel.appendChild(o); };
    const d = w.choices.length > 0 ? w.decisions[w.choices.length - 1] : w.decisions[0];
    if (d) for (const o of d.options) if (!(w.choices.length > 0 && w.choices[w.choices.length - 1].option === o.id)) add('option:' + o.id, 'the world of "' + o.label + '"');
    add('baseline', 'the baseline (no new policy)');
    if ([...sel.options].some(o => o.value === keep)) sel.value = keep;
    await loadCompare();
  }

  async function loadCompare() {
    const w = state.world;
    try {
      status('Running the other world on the same random numbers...');
      const c = await api('GET', '/api/worlds/' + w.id + '/compare?with=' + encodeURIComponent($('compare-with').value));
      $('compare-month').textContent = monthName(c.month);
      $('cap-a').textContent = 'The class\'s world';
      $('cap-b').textContent = c.nameB.charAt(0).toUpperCase() + c.nameB.slice(1);
      const base = { palette: state.palette, land: state.land, focus: w.focus };
      EntenteMap.draw($('map-a'), Object.assign({ actors: c.a.actors, ties: c.a.ties }, base), { small: true, key: 'a', label: 'The class\'s world' });
      EntenteMap.draw($('map-b'), Object.assign({ actors: c.b.actors, ties: c.b.ties }, base), { small: true, key: 'b', label: c.nameB });
      EntenteMap.legend($('legend-compare'), state.palette, c.typical ? 'typical' : 'change');
      const ol = $('compare-words');
      ol.textContent = '';
      for (const s of c.words) ol.appendChild(text('li', s));
      status(c.typical ? '' : 'Colours show this run until the 20 runs of both worlds are ready.');
      if (!c.typical && (state.comparePolls = (state.comparePolls || 0) + 1) < 8) {
        setTimeout(() => { if (!$('view-compare').hidden) loadCompare(); }, 4000);
      }
    } catch (e) { status(e.message); }
  }

  // ---------------------------------------------------------------- debrief
  async function openDebrief() {
    show('debrief');
    try {
      const d = await api('GET', '/api/worlds/' + state.world.id + '/debrief');
      $('debrief-intro').textContent = d.title + '. The class\'s world in ' + monthName(d.month) + ', against the range of '
        + d.runs + ' runs of each option (5th to 95th percentile; the middle value in brackets).';
      const body = $('debrief-body');
      body.textContent = '';
      const fmt = (v, k) => v == null ? '' : Number(v).toFixed(k === 'gdp' ? 0 : 2);
      for (const dec of d.decisions) {
        body.appendChild(text('h3', dec.question));
        const t = document.createElement('table');
        t.className = 'debrief';
        const head = document.createElement('tr');
        for (const h of ['option', d.focus + '\u2019s GDP (bn USD)', 'oil exports (mb/d)', 'lean (West minus East)']) head.appendChild(text('th', h));
        t.appendChild(head);
        for (const o of dec.options) {
          const tr = document.createElement('tr');
          if (o.chosen) tr.className = 'chosen';
          tr.appendChild(text('td', o.label + (o.chosen ? ' (the class\'s choice)' : '')));
          for (const k of ['gdp', 'oil', 'lean']) {
            const a = o.at && o.at[k];
            tr.appendChild(text('td', a ? fmt(a.p05, k) + ' to ' + fmt(a.p95, k) + ' (' + fmt(a.p50, k) + ')' : 'computing...'));
          }
          t.appendChild(tr);
        }
        const me = document.createElement('tr');
        me.appendChild(text('td', 'The class\'s world (this run)'));
        for (const k of ['gdp', 'oil', 'lean']) me.appendChild(text('td', fmt(d.class[k], k)));
        t.appendChild(me);
        body.appendChild(t);
      }
      if (d.decisions.length === 0) body.appendChild(text('p', 'This world has no decision point.'));
      const ul = $('history');
      ul.textContent = '';
      for (const h of d.history) {
        const li = text('li', h.text + ' ');
        li.appendChild(text('span', '(' + h.source + ')', 'src'));
        ul.appendChild(li);
      }
      if (d.history.length === 0) ul.appendChild(text('li', 'This world\'s file lists no history.'));
      if (!d.ready) setTimeout(() => { if (!$('view-debrief').hidden) openDebrief(); }, 2000);
    } catch (e) { status(e.message); }
  }

  // ---------------------------------------------------------------- start
  async function init() {
    $('nav-choose').addEventListener('click', () => show('choose'));
    $('nav-world').addEventListener('click', () => { show('world'); render(); });
    $('nav-compare').addEventListener('click', openCompare);
    $('nav-debrief').addEventListener('click', openDebrief);
    $('compare-with').addEventListener('change', loadCompare);
    $('print').addEventListener('click', () => window.print());
    $('play').addEventListener('click', () => (state.playing ? pause() : play()));
    $('step').addEventListener('click', () => stepOnce(1));
    document.addEventListener('keydown', e => {
      if ($('view-world').hidden || e.target.tagName === 'SELECT') return;
      if (e.key === ' ' && e.target.tagName !== 'BUTTON' && e.target.tagName !== 'A') { e.preventDefault(); state.playing ? pause() : play(); }
      else if (e.key === 'ArrowRight') { e.preventDefault(); stepOnce(1); }
      else if (/^[1-9]$/.test(e.key) && state.world && state.world.pending) {
        const o = state.world.pending.options[Number(e.key) - 1];
        if (o) choose(o.id);
      }
    });
    try {
      [state.palette, state.land, state.catalogue] = await Promise.all([api('GET', '/api/palette'), api('GET', '/api/land'), api('GET', '/api/catalogue')]);
      renderCards();
      document.body.dataset.ready = 'true';
    } catch (e) { status('Could not reach the Entente server: ' + e.message); }
  }
  document.addEventListener('DOMContentLoaded', init);
})();
