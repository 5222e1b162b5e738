// The isolation panel: a chosen state's isolation (0 connected .. 1 no cooperation) per
// period, from /api/analysis/isolation/{state}. The state is the panel's own choice, else the
// state filter, else the busiest state of the network.
import { clear, el, getJSON, title } from "./svg.js";

const W = 400;
const H = 160;
const PAD = { left: 28, right: 8, top: 10, bottom: 22 };

export class Isolation {
  constructor(svg, info) {
    this.svg = svg;
    this.info = info;
    this.form = document.getElementById("isolation-form");
    this.fallback = null;
  }

  bind(onChange) {
    let timer = null;
    this.form.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(onChange, 300);
    });
    this.form.addEventListener("submit", (event) => event.preventDefault());
  }

  state(filters) {
    const chosen = this.form.elements.state.value.trim().toUpperCase();
    if (/^[A-Z]{3}$/.test(chosen)) return chosen;
    return filters.country ? filters.country.toUpperCase() : this.fallback;
  }

  async refresh(filters, signal) {
    const state = this.state(filters);
    clear(this.svg);
    if (!state) {
      this.info.textContent = "choose a state";
      return;
    }
    const by = this.form.elements.by.value;
    let scores;
    try {
      scores = await getJSON(`/api/analysis/isolation/${state}?by=${by}`, signal);
    } catch (error) {
      if (error.name === "AbortError") throw error;
      this.info.textContent = `${state}: ${error.message}`;
      return;
    }
    this.info.textContent = `${state}, by ${by}: 0 = as connected as the best connected, 1 = no cooperation`;
    this.draw(state, scores, filters);
  }

  draw(state, scores, filters) {
    const n = scores.length;
    const x = (i) => PAD.left + (n > 1 ? (i / (n - 1)) * (W - PAD.left - PAD.right) : (W - PAD.left - PAD.right) / 2);
    const y = (v) => PAD.top + (1 - v) * (H - PAD.top - PAD.bottom);
    for (const v of [0, 0.5, 1]) {
      el("line", { class: "grid", x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), stroke: "#ddd" }, this.svg);
      el("text", { class: "tick", x: 2, y: y(v) + 4 }, this.svg).textContent = v.toFixed(1);
    }
    if (!n) {
      el("text", { class: "note", x: W / 2, y: H / 2, "text-anchor": "middle" }, this.svg).textContent = `no dated events of ${state}`;
      return;
    }
    const inPeriod = (p) => (!filters.since || p >= filters.since.slice(0, p.length)) && (!filters.until || p <= filters.until.slice(0, p.length));
    el("path", { class: "line", d: scores.map((s, i) => `${i ? "L" : "M"}${x(i).toFixed(1)} ${y(s.isolation).toFixed(1)}`).join("") }, this.svg);
    scores.forEach((s, i) => {
      const dot = el("circle", {
        class: "dot", cx: x(i), cy: y(s.isolation), r: inPeriod(s.period) ? 3.5 : 2,
        "data-period": s.period, "data-isolation": s.isolation,
      }, this.svg);
      title(dot, `${s.period}: isolation ${s.isolation.toFixed(2)}, ${s.partners} cooperation partner(s), rank ${s.rank} of ${s.states}, ${s.events} event(s), evidence ${s.evidence}`);
    });
    el("text", { class: "tick", x: PAD.left, y: H - 6 }, this.svg).textContent = scores[0].period;
    if (n > 1) el("text", { class: "tick", x: W - PAD.right, y: H - 6, "text-anchor": "end" }, this.svg).textContent = scores[n - 1].period;
  }
}
