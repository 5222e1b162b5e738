// The map: country outlines shipped with the package (equirectangular, 360 x 180), and event
// clusters from /api/map drawn over them. Wheel or buttons zoom, dragging pans; a finer grid
// is asked for as the view narrows.
import { clear, el, lean, title } from "./svg.js";

const WORLD = { x: 0, y: 0, w: 360, h: 180 };

export class EventMap {
  constructor(svg, { onZoom, onOpen }) {
    this.svg = svg;
    this.onZoom = onZoom;
    this.onOpen = onOpen;
    this.view = { ...WORLD };
    this.land = el("g", { class: "land-layer" }, svg);
    this.points = el("g", { class: "points" }, svg);
    this.labels = el("g", { class: "labels" }, svg);
    this.clusters = [];
    this.bindZoom();
  }

  async loadOutlines(url) {
    const world = await (await fetch(url)).json();
    for (const country of world.countries) {
      title(el("path", { d: country.d, class: "land", "data-iso": country.iso }, this.land), country.name);
    }
  }

  // Degrees per grid cell for the current view: about 60 cells across.
  cell() {
    return Math.max(0.01, Math.min(10, +(this.view.w / 60).toPrecision(2)));
  }

  draw(clusters) {
    this.clusters = clusters;
    clear(this.points);
    clear(this.labels);
    const unit = this.view.w / 360; // markers keep their size on screen as the map zooms
    const most = Math.max(1, ...clusters.map((c) => c.count));
    const placed = [];
    for (const c of [...clusters].sort((a, b) => b.count - a.count)) {
      const x = c.lon + 180;
      const y = 90 - c.lat;
      const r = unit * (1.6 + 5 * Math.sqrt(c.count / most));
      const attrs = {
        class: `cluster ${c.precision || "unknown"}`,
        fill: lean(c.cooperation, c.conflict),
        "data-lat": c.lat,
        "data-lon": c.lon,
        "data-count": c.count,
        "data-precision": c.precision,
        "data-place": c.place || "",
        "data-event": c.event || "",
      };
      const node =
        c.precision === "region"
          ? el("rect", { ...attrs, x: x - r, y: y - r, width: 2 * r, height: 2 * r }, this.points)
          : el("circle", { ...attrs, cx: x, cy: y, r }, this.points);
      const where = c.place || `${c.lat.toFixed(1)}, ${c.lon.toFixed(1)}`;
      title(
        node,
        `${where}: ${c.count} event(s), ${c.cooperation} cooperation, ${c.conflict} conflict` +
          ` (${c.precision || "?"} precision)` + (c.event ? " - click to open" : " - click to zoom in"),
      );
      node.addEventListener("click", (event) => {
        event.stopPropagation();
        if (c.event) this.onOpen(c.event);
        else this.zoomAt(x, y, 1 / 3);
      });
      if (c.place && (c.count / most > 0.2 || this.view.w < 60)) this.label(c.place, x, y, r, unit, placed);
    }
  }

  // A place name right of its marker, else left of it, else none: labels never overlap.
  label(text, x, y, r, unit, placed) {
    const size = 5 * unit;
    const width = text.length * size * 0.6;
    for (const left of [x + r + unit * 0.8, x - r - unit * 0.8 - width]) {
      const box = [left, y - size, left + width, y + size * 0.4];
      if (placed.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
      placed.push(box);
      const node = el("text", { class: "label", x: left, y: y + size * 0.3, "font-size": size }, this.labels);
      node.textContent = text;
      return;
    }
  }

  setView(view) {
    const w = Math.min(WORLD.w, Math.max(2, view.w));
    const h = w / 2;
    const x = Math.min(WORLD.w - w, Math.max(0, view.x));
    const y = Math.min(WORLD.h - h, Math.max(0, view.y));
    const zoomed = w !== this.view.w;
    this.view = { x, y, w, h };
    this.svg.setAttribute("viewBox", `${x} ${y} ${w} ${h}`);
    if (!zoomed) return;
    this.draw(this.clusters);
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.onZoom(this.cell()), 250);
  }

  zoomAt(x, y, factor) {
    const w = this.view.w * factor;
    this.setView({ x: x - w / 2, y: y - w / 4, w });
  }

  reset() {
    this.setView({ ...WORLD });
  }

  // A client point to map coordinates.
  toMap(clientX, clientY) {
    const box = this.svg.getBoundingClientRect();
    const scale = Math.max(this.view.w / box.width, this.view.h / box.height);
    const ox = (box.width - this.view.w / scale) / 2;
    const oy = (box.height - this.view.h / scale) / 2;
    return [this.view.x + (clientX - box.left - ox) * scale, this.view.y + (clientY - box.top - oy) * scale, scale];
  }

  bindZoom() {
    this.svg.addEventListener(
      "wheel",
      (event) => {
        event.preventDefault();
        const [x, y] = this.toMap(event.clientX, event.clientY);
        const factor = event.deltaY > 0 ? 1.25 : 0.8;
        const w = Math.min(WORLD.w, Math.max(2, this.view.w * factor));
        const k = w / this.view.w;
        this.setView({ x: x - (x - this.view.x) * k, y: y - (y - this.view.y) * k, w });
      },
      { passive: false },
    );
    let drag = null;
    this.svg.addEventListener("pointerdown", (event) => {
      if (event.target.classList.contains("cluster")) return;
      drag = { x: event.clientX, y: event.clientY, view: { ...this.view }, scale: this.toMap(0, 0)[2] };
      this.svg.classList.add("dragging");
    });
    window.addEventListener("pointermove", (event) => {
      if (!drag) return;
      const dx = (event.clientX - drag.x) * drag.scale;
      const dy = (event.clientY - drag.y) * drag.scale;
      this.setView({ ...drag.view, x: drag.view.x - dx, y: drag.view.y - dy });
    });
    window.addEventListener("pointerup", () => {
      drag = null;
      this.svg.classList.remove("dragging");
    });
  }
}
