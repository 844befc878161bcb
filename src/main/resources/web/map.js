/* Entente classroom: the map, drawn as SVG from the server's JSON. Every text is set with
   textContent (never as HTML). Colour = change of lean (West minus East alignment) since the
   start, on the diverging ramp of org.entente.view.Palette served at /api/palette. */
'use strict';
(function () {
  const NS = 'http://www.w3.org/2000/svg';
  const W = 1000, H = 540;
  const WORLD = { lon0: -128, lon1: 150, lat0: -12, lat1: 74 };
  /* The Middle East is drawn again, larger and labelled, in an inset. */
  const ME = { lon0: 29, lon1: 60, lat0: 20, lat1: 42.5 };
  const INSET = { x: 4, y: 300, w: 380, h: 236 };
  /* A shift of this much in lean takes the full colour (assumption: 0.03 on the 0-1 alignment scale, so that
     the 0.03 shifts of ten years show). */
  const FULL = 0.03;

  function el(name, attrs, parent) {
    const e = document.createElementNS(NS, name);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }
  function proj(box, lon, lat, r) {
    return [r.x + (lon - box.lon0) / (box.lon1 - box.lon0) * r.w, r.y + (box.lat1 - lat) / (box.lat1 - box.lat0) * r.h];
  }
  function inME(a) { return a.lon >= ME.lon0 && a.lon <= ME.lon1 && a.lat >= ME.lat0 && a.lat <= ME.lat1; }
  function colourOf(palette, v) {
    const ramp = palette.diverging, n = (ramp.length - 1) / 2;
    const t = Math.max(-1, Math.min(1, (v || 0) / FULL));
    return ramp[Math.round(n + t * n)];
  }
  function radius(gdp, big) {
    const r = Math.sqrt(Math.max(gdp, 1)) * 0.19;
    return Math.max(big ? 8 : 6, Math.min(big ? 26 : 22, r));
  }

  /* Candidate label spots around a node; far ones get a leader line. */
  function candidates(x, y, r, w, h) {
    const c = [];
    for (const d of [0, 1, 2, 3]) {
      const g = r + 4 + d * 26;
      c.push([x + g, y - h / 2, d], [x - g - w, y - h / 2, d], [x - w / 2, y - g - h, d], [x - w / 2, y + g, d],
        [x + g * 0.75, y - g * 0.75 - h, d], [x - g * 0.75 - w, y - g * 0.75 - h, d], [x + g * 0.75, y + g * 0.75, d],
        [x - g * 0.75 - w, y + g * 0.75, d]);
    }
    return c;
  }
  function overlaps(a, b) { return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]; }

  function placeLabels(nodes, g, fontSize, bounds) {
    const taken = nodes.map(n => [n.x - n.r, n.y - n.r, 2 * n.r, 2 * n.r]);
    const order = nodes.filter(n => n.label).sort((a, b) => (b.focus - a.focus) || (b.gdp - a.gdp));
    for (const n of order) {
      const w = n.label.length * fontSize * 0.62 + 4, h = fontSize * 1.1;
      let best = null;
      for (const c of candidates(n.x, n.y, n.r, w, h)) {
        const box = [c[0], c[1], w, h];
        if (box[0] < bounds.x || box[1] < bounds.y || box[0] + w > bounds.x + bounds.w || box[1] + h > bounds.y + bounds.h) continue;
        if (taken.some(t => overlaps(box, t))) continue;
        best = c;
        break;
      }
      if (!best && !n.focus) continue; /* no room: the name stays in the circle's tooltip */
      if (!best) best = [n.x + n.r + 4, n.y - h / 2, 0];
      const box = [best[0], best[1], w, h];
      taken.push(box);
      if (best[2] > 0) {
        const cx = Math.max(box[0], Math.min(n.x, box[0] + w)), cy = Math.max(box[1], Math.min(n.y, box[1] + h));
        el('line', { x1: n.x, y1: n.y, x2: cx, y2: cy, stroke: '#333', 'stroke-width': 1.5 }, g);
      }
      const t = el('text', { x: box[0] + 2, y: box[1] + h * 0.8, 'font-size': fontSize, 'font-weight': n.focus ? 'bold' : 'normal' }, g);
      t.textContent = n.label;
    }
  }

  /* A quadratic curve between two nodes, bent until it passes clear of every other node. */
  function curve(p, q, others) {
    const dx = q.x - p.x, dy = q.y - p.y, len = Math.hypot(dx, dy) || 1;
    const nx = -dy / len, ny = dx / len;
    let best = null, bestClear = -Infinity;
    for (const k of [0.12, -0.12, 0.25, -0.25, 0.4, -0.4, 0.55, -0.55]) {
      const cx = (p.x + q.x) / 2 + nx * k * len, cy = (p.y + q.y) / 2 + ny * k * len;
      let clear = Infinity;
      for (let s = 0.06; s < 0.95; s += 0.04) {
        const x = (1 - s) * (1 - s) * p.x + 2 * (1 - s) * s * cx + s * s * q.x;
        const y = (1 - s) * (1 - s) * p.y + 2 * (1 - s) * s * cy + s * s * q.y;
        for (const o of others) clear = Math.min(clear, Math.hypot(x - o.x, y - o.y) - o.r - (o.focus ? 30 : 5));
      }
      if (clear > 0) return [cx, cy];
      if (clear > bestClear) { bestClear = clear; best = [cx, cy]; }
    }
    return best;
  }

  const TIE_STYLE = {
    trade: { colour: 'trade', dash: null, width: w => Math.min(7, 1.5 + w / 150) },
    defence: { colour: 'defence', dash: null, width: w => 2 + 3 * w },
    sanction: { colour: 'sanction', dash: '10 6', width: w => 1.5 + 3 * w },
    hostility: { colour: 'hostility', dash: '3 5', width: w => 1.5 + 3 * w }
  };

  function drawTies(g, ties, nodeOf, palette, filter) {
    const all = Object.values(nodeOf);
    for (const t of ties) {
      const p = nodeOf[t.a], q = nodeOf[t.b];
      if (!p || !q || !filter(p, q)) continue;
      const s = TIE_STYLE[t.kind];
      const others = all.filter(o => o !== p && o !== q);
      const c = curve(p, q, others);
      const attrs = { d: 'M' + p.x + ',' + p.y + ' Q' + c[0] + ',' + c[1] + ' ' + q.x + ',' + q.y, fill: 'none',
        stroke: palette.named[s.colour].css, 'stroke-width': s.width(t.w), 'stroke-opacity': 0.75 };
      if (s.dash) attrs['stroke-dasharray'] = s.dash;
      el('path', attrs, g);
    }
  }

  function drawLand(g, land, box, r, palette) {
    for (const poly of land) {
      const pts = poly.map(p => proj(box, p[0], p[1], r).map(v => v.toFixed(1)).join(',')).join(' ');
      el('polygon', { points: pts, fill: palette.named.land.css, stroke: palette.named.coast.css, 'stroke-width': 1 }, g);
    }
  }

  function drawNodes(g, nodes, palette, values) {
    for (const n of nodes) {
      const c = el('circle', { cx: n.x, cy: n.y, r: n.r, fill: colourOf(palette, values(n.a)), stroke: n.focus ? '#000' : '#333',
        'stroke-width': n.focus ? 3.5 : 1.5 }, g);
      const tip = el('title', {}, c);
      tip.textContent = n.a.name;
    }
  }

  /* Draws the world into container: actors (with change), ties, palette, land; focus = id of the actor of interest. */
  function draw(container, data, opts) {
    const { actors, ties, palette, land, focus } = data;
    container.textContent = '';
    const svg = el('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': opts.label || 'world map' }, null);
    const world = { x: 0, y: 0, w: W, h: H };
    el('rect', { x: 0, y: 0, width: W, height: H, fill: palette.named.sea.css }, svg);
    drawLand(el('g', {}, svg), land, WORLD, world, palette);
    const valueOf = opts.value || (a => a.change);
    const main = {}, inset = {};
    for (const a of actors) {
      if (a.id === 'UN') continue;
      const [x, y] = proj(WORLD, a.lon, a.lat, world);
      const me = inME(a);
      main[a.id] = { a, x, y, r: me ? (a.id === focus ? 8 : 5) : radius(a.gdp, false), gdp: a.gdp, focus: a.id === focus ? 1 : 0,
        label: me ? (a.id === focus ? a.name : null) : a.name };
      if (me) {
        const [ix, iy] = proj(ME, a.lon, a.lat, INSET);
        inset[a.id] = { a, x: ix, y: iy, r: radius(a.gdp, true) * 0.8, gdp: a.gdp, focus: a.id === focus ? 1 : 0, label: a.name };
      }
    }
    /* The inset's own frame over the map. */
    const [mx0, my0] = proj(WORLD, ME.lon0, ME.lat1, world), [mx1, my1] = proj(WORLD, ME.lon1, ME.lat0, world);
    el('rect', { x: mx0, y: my0, width: mx1 - mx0, height: my1 - my0, fill: 'none', stroke: '#333', 'stroke-width': 1.5, 'stroke-dasharray': '4 3' }, svg);
    const tg = el('g', {}, svg);
    drawTies(tg, ties, main, palette, (p, q) => !(inME(p.a) && inME(q.a)));
    drawNodes(el('g', {}, svg), Object.values(main), palette, valueOf);
    /* Labels about 18 screen pixels high whatever the map's width (a phone gets larger ones in map units). */
    const width = container.clientWidth || 780;
    const fs = Math.max(22, Math.min(46, 18 * W / width));
    placeLabels(Object.values(main), el('g', {}, svg), fs, { x: 0, y: 0, w: W, h: INSET.y - 4 });
    /* The inset. */
    const ig = el('g', {}, svg);
    el('rect', { x: INSET.x, y: INSET.y, width: INSET.w, height: INSET.h, fill: palette.named.sea.css, stroke: '#333', 'stroke-width': 2 }, ig);
    const clip = el('clipPath', { id: 'inset-clip-' + (opts.key || 'm') }, ig);
    el('rect', { x: INSET.x, y: INSET.y, width: INSET.w, height: INSET.h }, clip);
    const inner = el('g', { 'clip-path': 'url(#inset-clip-' + (opts.key || 'm') + ')' }, ig);
    drawLand(inner, land, ME, INSET, palette);
    drawTies(inner, ties, inset, palette, () => true);
    drawNodes(inner, Object.values(inset), palette, valueOf);
    placeLabels(Object.values(inset), inner, fs - 2, { x: INSET.x, y: INSET.y + 22, w: INSET.w, h: INSET.h - 22 });
    const cap = el('text', { x: INSET.x + 6, y: INSET.y + 20, 'font-size': 18, 'font-weight': 'bold' }, ig);
    cap.textContent = 'Middle East (enlarged; dashed box on the map)';
    container.appendChild(svg);
  }

  function legend(container, palette, mode) {
    container.textContent = '';
    const item = (colour, text, line, dash) => {
      const s = document.createElement('span');
      const i = document.createElement('i');
      if (line) i.className = 'line';
      i.style.background = colour;
      if (dash) i.style.background = 'repeating-linear-gradient(90deg,' + colour + ' 0 8px, transparent 8px 12px)';
      s.appendChild(i);
      s.appendChild(document.createTextNode(text));
      container.appendChild(s);
    };
    const n = palette.named;
    if (mode === 'difference') {
      item(n.west.css, 'leans further West than in the class\'s world');
      item(n.east.css, 'leans further East than in the class\'s world');
    } else {
      item(n.west.css, 'moved toward the West since the start');
      item(n.east.css, 'moved toward the East since the start');
    }
    item(n.neutral.css, 'no change (full colour: a shift of ' + FULL + ' or more; ' + (mode === 'typical'
      ? 'the middle of 20 runs, so one run\'s noise does not colour the map)' : 'this run; the middle of 20 runs once ready)'));
    item(n.trade.css, 'trade over 40 bn USD a year', true);
    item(n.defence.css, n.defence.meaning, true);
    item(n.sanction.css, 'sanctions', true, true);
    item(n.hostility.css, 'hostility or war', true, true);
    const s = document.createElement('span');
    s.textContent = 'Circle size: the size of the economy.';
    container.appendChild(s);
  }

  window.EntenteMap = { draw, legend, colourOf };
})();
