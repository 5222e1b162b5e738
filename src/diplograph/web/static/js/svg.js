// Small helpers shared by the panels: SVG elements, colours, and fetching JSON.
const NS = "http://www.w3.org/2000/svg";

export function el(name, attrs = {}, parent = null) {
  const node = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) node.setAttribute(key, value);
  }
  if (parent) parent.appendChild(node);
  return node;
}

export function title(node, text) {
  el("title", {}, node).textContent = text;
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

const COOP = [33, 102, 172];
const CONFLICT = [178, 24, 43];
const NEUTRAL = "#888888";

// Blue for cooperation, red for conflict, mixed by their shares; grey when neither.
export function lean(cooperation, conflict) {
  const total = cooperation + conflict;
  if (!total) return NEUTRAL;
  const t = conflict / total;
  const mix = COOP.map((c, i) => Math.round(c + (CONFLICT[i] - c) * t));
  return `rgb(${mix.join(",")})`;
}

export async function getJSON(url, signal) {
  const response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `${response.status}`);
  return body;
}
