// The dashboard: one set of filters (the form, the timeline's period, the map's grid) drives
// every panel. Filters live in the URL's hash, so a view can be shared or reloaded.
import { EventMap } from "./map.js";
import { Network } from "./network.js";
import { Timeline } from "./timeline.js";
import { Isolation } from "./isolation.js";
import { getJSON } from "./svg.js";

const TYPES = ["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
  "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"];
const FIELDS = ["country", "dyad", "type", "mode", "q", "near", "km", "all", "since", "until"];
const PAGE = 50;

const state = { filters: {}, offset: 0, cell: 6 };
const form = document.getElementById("filters");
const status = document.getElementById("status");
let inflight = null;

const map = new EventMap(document.getElementById("map"), {
  onZoom: (cell) => { state.cell = cell; refresh({ only: ["map"] }); },
  onOpen: (id) => { window.location.href = `/events/${id}`; },
});
const timeline = new Timeline(document.getElementById("timeline"), {
  onPeriod: (since, until) => setFilters({ since, until }),
});
const network = new Network(document.getElementById("network"), {
  onState: (code) => setFilters({ country: state.filters.country === code ? "" : code }),
});
const isolation = new Isolation(document.getElementById("isolation"), document.getElementById("isolation-info"));

function query(extra = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...state.filters, ...extra })) {
    if (value === true) params.set(key, "true");
    else if (value) params.set(key, value);
  }
  return params.toString();
}

function readHash() {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const filters = {};
  for (const key of FIELDS) {
    const value = params.get(key);
    if (value) filters[key] = key === "all" ? value === "true" : value;
  }
  return filters;
}

function setFilters(changes) {
  const next = { ...state.filters, ...changes };
  for (const key of Object.keys(next)) if (!next[key]) delete next[key];
  state.filters = next;
  state.offset = 0;
  history.replaceState(null, "", `#${query()}`);
  fillForm();
  refresh();
}

function fillForm() {
  for (const input of form.elements) {
    if (!input.name) continue;
    if (input.type === "checkbox") input.checked = !!state.filters[input.name];
    else input.value = state.filters[input.name] || "";
  }
  const period = state.filters.since || state.filters.until;
  document.getElementById("period-clear").hidden = !period;
  document.getElementById("timeline-info").textContent = period
    ? `period ${state.filters.since || "…"} to ${state.filters.until || "…"}` : "all dates";
}

function describe(side) {
  return side ? side.code || side.country || "" : "";
}

function drawTable(page) {
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  for (const e of page.items) {
    const row = document.createElement("tr");
    row.dataset.event = e.id;
    const type = e.event_type + (e.mode ? ` (${e.mode})` : "");
    const cells = [e.date || "-", describe(e.actor), type, describe(e.recipient),
      e.location ? e.location.name : "", e.sources, e.sentence || ""];
    cells.forEach((text, i) => {
      const cell = document.createElement("td");
      cell.textContent = text;
      if (i === 2) cell.className = `type ${e.tone}`;
      if (i === 6) { cell.className = "sentence"; cell.title = text; }
      row.appendChild(cell);
    });
    row.addEventListener("click", () => { window.location.href = `/events/${e.id}`; });
    body.appendChild(row);
  }
  const last = Math.min(page.offset + page.items.length, page.total);
  document.getElementById("events-info").textContent = `${page.total} event(s)`;
  document.getElementById("page").textContent = page.total ? `${page.offset + 1}-${last} of ${page.total}` : "none";
  document.getElementById("prev").disabled = page.offset === 0;
  document.getElementById("next").disabled = last >= page.total;
}

async function refresh({ only = null } = {}) {
  if (inflight && !only) inflight.abort();
  const controller = new AbortController();
  if (!only) inflight = controller;
  const want = (name) => !only || only.includes(name);
  const started = performance.now();
  status.textContent = "loading…";
  const q = query();
  const jobs = [];
  if (want("map")) jobs.push(getJSON(`/api/map?${query({ cell: state.cell })}`, controller.signal).then((d) => {
    map.draw(d.clusters);
    const located = d.clusters.reduce((n, c) => n + c.count, 0);
    document.getElementById("map-info").textContent = `${located} placed event(s), ${d.clusters.length} point(s)`;
  }));
  if (want("timeline")) jobs.push(getJSON(`/api/timeline?${query({ since: "", until: "" })}`, controller.signal).then((d) => {
    timeline.draw(d, state.filters.since, state.filters.until);
    fillForm();
    if (d.undated) document.getElementById("timeline-info").textContent += `; ${d.undated} undated`;
  }));
  if (want("network")) jobs.push(getJSON(`/api/network?${q}`, controller.signal).then((d) => {
    network.draw(d, state.filters.country);
    const busiest = [...d.nodes].sort((a, b) => b.count - a.count)[0];
    if (busiest) isolation.fallback = busiest.id;
    document.getElementById("network-info").textContent = `${d.nodes.length} state(s), ${d.edges.length} pair(s)`;
    const list = document.getElementById("states");
    list.replaceChildren(...d.nodes.map((node) => Object.assign(document.createElement("option"), { value: node.id, label: node.name })));
  }));
  if (want("events")) jobs.push(getJSON(`/api/events?${query({ limit: PAGE, offset: state.offset })}`, controller.signal).then(drawTable));
  try {
    await Promise.all(jobs);
    if (want("isolation")) await isolation.refresh(state.filters, controller.signal);
    status.textContent = `updated in ${Math.round(performance.now() - started)} ms`;
    document.body.dataset.ready = "true";
    document.body.dataset.draws = String(Number(document.body.dataset.draws || 0) + 1);
  } catch (error) {
    if (error.name !== "AbortError") status.textContent = `error: ${error.message}`;
  }
}

function bindForm() {
  const select = form.elements.type;
  for (const type of TYPES) select.appendChild(Object.assign(document.createElement("option"), { value: type, textContent: type }));
  let timer = null;
  form.addEventListener("input", (event) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const input = event.target;
      if (input.validity && !input.validity.valid) return;
      setFilters({ [input.name]: input.type === "checkbox" ? input.checked : input.value.trim() });
    }, inputDelay(event.target));
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("reset", (event) => { event.preventDefault(); state.filters = {}; setFilters({}); });
  document.getElementById("period-clear").addEventListener("click", () => setFilters({ since: "", until: "" }));
  document.getElementById("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh({ only: ["events"] }); });
  document.getElementById("next").addEventListener("click", () => { state.offset += PAGE; refresh({ only: ["events"] }); });
  document.getElementById("zoom-in").addEventListener("click", () => map.zoomAt(map.view.x + map.view.w / 2, map.view.y + map.view.h / 2, 0.5));
  document.getElementById("zoom-out").addEventListener("click", () => map.zoomAt(map.view.x + map.view.w / 2, map.view.y + map.view.h / 2, 2));
  document.getElementById("zoom-reset").addEventListener("click", () => map.reset());
  isolation.bind(() => refresh({ only: ["isolation"] }));
}

function inputDelay(input) {
  return input.type === "checkbox" || input.tagName === "SELECT" ? 0 : 350;
}

async function start() {
  bindForm();
  state.filters = readHash();
  fillForm();
  await map.loadOutlines("/static/world.json");
  await refresh();
}

start();
