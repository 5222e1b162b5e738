// The network of states for the chosen period: a force-directed layout computed once per
// change (deterministic: nodes start on a circle in code order). Edge colour runs from
// cooperation (blue) to conflict (red); width grows with the number of events.
import { clear, el, lean, title } from "./svg.js";

const SIZE = 400;
const MARGIN = 28;

function layout(nodes, edges) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    return { x: Math.cos(a), y: Math.sin(a) };
  });
  if (n < 3) return pos;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target), Math.log2(1 + e.count)]);
  const k = Math.sqrt(4 / n);
  let temperature = 0.2;
  for (let step = 0; step < 300; step++) {
    const move = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x;
        const dy = pos[i].y - pos[j].y;
        const d2 = Math.max(dx * dx + dy * dy, 1e-4);
        const f = (k * k) / d2;
        move[i].x += dx * f; move[i].y += dy * f;
        move[j].x -= dx * f; move[j].y -= dy * f;
      }
    }
    for (const [a, b, w] of links) {
      const dx = pos[a].x - pos[b].x;
      const dy = pos[a].y - pos[b].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1e-3;
      const f = (d * w) / k;
      move[a].x -= dx * f; move[a].y -= dy * f;
      move[b].x += dx * f; move[b].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      move[i].x -= pos[i].x * 0.5;
      move[i].y -= pos[i].y * 0.5;
      const d = Math.sqrt(move[i].x ** 2 + move[i].y ** 2) || 1;
      const limit = Math.min(d, temperature);
      pos[i].x += (move[i].x / d) * limit;
      pos[i].y += (move[i].y / d) * limit;
    }
    temperature *= 0.985;
  }
  return pos;
}

export class Network {
  constructor(svg, { onState }) {
    this.svg = svg;
    this.onState = onState;
  }

  draw(data, chosen) {
    clear(this.svg);
    const { nodes, edges } = data;
    if (!nodes.length) {
      el("text", { x: SIZE / 2, y: SIZE / 2, "text-anchor": "middle" }, this.svg).textContent = "no events between states";
      return;
    }
    const pos = layout(nodes, edges);
    const xs = pos.map((p) => p.x);
    const ys = pos.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const sx = (v) => MARGIN + ((v - x0) / (x1 - x0 || 1)) * (SIZE - 2 * MARGIN);
    const sy = (v) => MARGIN + ((v - y0) / (y1 - y0 || 1)) * (SIZE - 2 * MARGIN);
    const at = new Map(nodes.map((node, i) => [node.id, [sx(pos[i].x), sy(pos[i].y)]]));
    const most = Math.max(1, ...edges.map((e) => e.count));
    const edgeLayer = el("g", { class: "edges" }, this.svg);
    for (const e of edges) {
      const [a, b] = [at.get(e.source), at.get(e.target)];
      const line = el("line", {
        class: "edge", x1: a[0], y1: a[1], x2: b[0], y2: b[1],
        stroke: lean(e.cooperation, e.conflict),
        "stroke-width": (1 + 9 * Math.sqrt(e.count / most)).toFixed(2),
        "data-source": e.source, "data-target": e.target, "data-count": e.count,
      }, edgeLayer);
      title(line, `${e.source} - ${e.target}: ${e.count} event(s), ${e.cooperation} cooperation, ${e.conflict} conflict`);
    }
    const heaviest = Math.max(1, ...nodes.map((node) => node.count));
    for (const node of nodes) {
      const [x, y] = at.get(node.id);
      const g = el("g", { class: `node${node.id === chosen ? " chosen" : ""}`, "data-id": node.id, transform: `translate(${x.toFixed(1)},${y.toFixed(1)})` }, this.svg);
      el("circle", { r: (7 + 10 * Math.sqrt(node.count / heaviest)).toFixed(1) }, g);
      el("text", { dy: 4 }, g).textContent = node.id;
      title(g, `${node.name} (${node.id}): ${node.count} event(s) - click to filter`);
      g.addEventListener("click", () => this.onState(node.id));
    }
  }
}
