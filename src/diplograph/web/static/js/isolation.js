// The isolation panel: needs the analysis endpoints, which this build does not have yet.
export class Isolation {
  constructor(svg, info) {
    this.svg = svg;
    this.info = info;
  }

  bind() {
    this.info.textContent = "not available in this build";
  }

  async refresh() {}
}
