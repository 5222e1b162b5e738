// The timeline: events per month, stacked by how they lean. Dragging across it (or clicking a
// month) chooses the period every other panel shows.
import { clear, el, title } from "./svg.js";

const W = 1000;
const H = 120;
const AXIS = 18;

function nextPeriod(period) {
  if (period.length === 4) return String(+period + 1);
  let [y, m] = period.split("-").map(Number);
  m += 1;
  if (m > 12) {
    m = 1;
    y += 1;
  }
  return `${y}-${String(m).padStart(2, "0")}`;
}

export class Timeline {
  constructor(svg, { onPeriod }) {
    this.svg = svg;
    this.onPeriod = onPeriod;
    this.slots = [];
    this.chosen = null; // [first index, last index]
    this.bindBrush();
  }

  draw(data, since, until) {
    clear(this.svg);
    const counts = new Map(data.periods.map((p) => [p.period, p]));
    this.slots = [];
    if (data.periods.length) {
      let p = data.periods[0].period;
      const last = data.periods[data.periods.length - 1].period;
      while (p <= last && this.slots.length < 2400) {
        this.slots.push(counts.get(p) || { period: p, count: 0, cooperation: 0, conflict: 0 });
        p = nextPeriod(p);
      }
    }
    const n = Math.max(1, this.slots.length);
    const step = W / n;
    const most = Math.max(1, ...this.slots.map((s) => s.count));
    const scale = (H - AXIS - 4) / most;
    el("line", { class: "axis", x1: 0, x2: W, y1: H - AXIS, y2: H - AXIS }, this.svg);
    this.slots.forEach((s, i) => {
      const x = i * step;
      const width = Math.max(step * 0.85, 1.5);
      let y = H - AXIS;
      const neutral = s.count - s.cooperation - s.conflict;
      for (const [kind, value] of [["cooperation", s.cooperation], ["conflict", s.conflict], ["neutral", neutral]]) {
        if (!value) continue;
        const h = Math.max(value * scale, 2);
        y -= h;
        el("rect", { class: `bar-${kind}`, x, y, width, height: h, "data-period": s.period, "data-count": value }, this.svg);
      }
      const hit = el("rect", { class: "hit", x, y: 0, width: step, height: H - AXIS, "data-period": s.period, "data-count": s.count }, this.svg);
      title(hit, `${s.period}: ${s.count} event(s), ${s.cooperation} cooperation, ${s.conflict} conflict`);
    });
    let lastYear = null;
    let lastX = -Infinity;
    this.slots.forEach((s, i) => {
      const year = s.period.slice(0, 4);
      if (year === lastYear) return;
      lastYear = year;
      if (i * step - lastX < 45) return; // keep year labels apart
      lastX = i * step;
      el("text", { class: "tick", x: i * step + 1, y: H - 4 }, this.svg).textContent = year;
    });
    this.chosen = this.indexOf(since, until);
    this.brush = el("rect", { class: "brush", y: 0, height: H - AXIS, x: 0, width: 0, visibility: "hidden" }, this.svg);
    this.showBrush();
  }

  indexOf(since, until) {
    if (!since && !until) return null;
    const first = this.slots.findIndex((s) => !since || s.period >= since.slice(0, s.period.length));
    let last = -1;
    this.slots.forEach((s, i) => {
      if (!until || s.period <= until.slice(0, s.period.length)) last = i;
    });
    return first >= 0 && last >= first ? [first, last] : null;
  }

  showBrush(range = this.chosen) {
    if (!this.brush) return;
    if (!range) {
      this.brush.setAttribute("visibility", "hidden");
      return;
    }
    const step = W / Math.max(1, this.slots.length);
    this.brush.setAttribute("visibility", "visible");
    this.brush.setAttribute("x", range[0] * step);
    this.brush.setAttribute("width", (range[1] - range[0] + 1) * step);
  }

  slotAt(clientX) {
    const box = this.svg.getBoundingClientRect();
    const i = Math.floor(((clientX - box.left) / box.width) * this.slots.length);
    return Math.min(this.slots.length - 1, Math.max(0, i));
  }

  bindBrush() {
    let start = null;
    this.svg.addEventListener("pointerdown", (event) => {
      if (!this.slots.length) return;
      start = this.slotAt(event.clientX);
      this.showBrush([start, start]);
    });
    window.addEventListener("pointermove", (event) => {
      if (start === null) return;
      const i = this.slotAt(event.clientX);
      this.showBrush([Math.min(start, i), Math.max(start, i)]);
    });
    window.addEventListener("pointerup", (event) => {
      if (start === null) return;
      const i = this.slotAt(event.clientX);
      const [a, b] = [Math.min(start, i), Math.max(start, i)];
      start = null;
      this.chosen = [a, b];
      this.onPeriod(this.slots[a].period, this.slots[b].period);
    });
  }
}
