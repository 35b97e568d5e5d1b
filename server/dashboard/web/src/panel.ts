// One panel on the page: fetches its saved query's document, runs it with
// the variables the parameters give, renders the view, and refreshes when
// the live subscriptions say its result may have changed.
import { gql, Live, run, runSaved } from "./api";
import { h, clear } from "./dom";
import { showEvidence } from "./evidence";
import { declaredVariables, panelVariables, type Panel } from "./model";
import { renderTable } from "./table";
import { renderChart } from "./charts";
import { renderMap } from "./map";
import { renderTimeline } from "./timeline";
import { renderCard } from "./card";
import type { ViewContext } from "./views";

// touchesEvents says whether a document reads events, so that new events
// should refresh it.
const touchesEvents = (doc: string) => /\b(events|eventCounts|timeline|sanctions|event)\b/.test(doc);

export class PanelView {
  readonly el: HTMLElement;
  private body: HTMLElement;
  private stamp: HTMLElement;
  private doc = "";
  private version = 0;
  private vars: Record<string, unknown> = {};
  private cursors: (string | null)[] = [null];
  private unsubscribe: (() => void)[] = [];
  private timer = 0;
  private seq = 0;

  constructor(readonly panel: Panel, private live: Live, private select: (id: string) => void) {
    this.body = h("div", { class: "panel-body" }, h("p", { class: "muted" }, "Loading…"));
    this.stamp = h("span", { class: "stamp muted small" });
    const playground = h("a", { class: "small", target: "_blank", title: "Open this panel's saved query in the playground" }, "query");
    this.el = h("section", { class: `panel view-${panel.view.toLowerCase()} w${panel.width || 1}`, "data-title": panel.title },
      h("header", {}, h("h2", {}, panel.title), h("span", { class: "muted small" }, `${panel.query}${panel.queryVersion ? " v" + panel.queryVersion : ""}`), playground, this.stamp),
      this.body);
    this.playground = playground;
  }
  private playground: HTMLAnchorElement;

  // setDocument gives the panel its saved query's document and version.
  setDocument(doc: string, version: number): void {
    this.doc = doc;
    this.version = version;
    this.playground.href = `/playground?query=${encodeURIComponent(doc)}`;
  }

  private async fetchDocument(): Promise<void> {
    const d = await run("panelDocument", { n: this.panel.query, v: this.panel.queryVersion });
    if (!d.savedQuery) throw new Error(`saved query ${this.panel.query} not found`);
    this.setDocument(d.savedQuery.document, d.savedQuery.version);
  }

  // update runs the panel for the parameters' values, from the first page,
  // and then subscribes for them unless told to wait (live).
  async update(values: Record<string, string>, live = true): Promise<void> {
    this.vars = panelVariables(this.panel, values);
    this.cursors = [null];
    if (!this.doc) await this.fetchDocument().catch(() => undefined); // run shows the error
    await this.run("");
    // After the first result, so the subscriptions' own first runs on the
    // server (savedQueryChanged runs the query once) do not hold it up.
    if (live) this.resubscribe();
  }

  // goLive subscribes for the variables of the last update.
  goLive(): void {
    this.resubscribe();
  }

  private async run(why: string): Promise<void> {
    const seq = ++this.seq;
    try {
      if (!this.doc) await this.fetchDocument();
      const missing = declaredVariables(this.doc).filter((d) => d.required && !(d.name in this.vars));
      if (missing.length) {
        this.show(h("p", { class: "empty" }, `Pick ${missing.map((m) => m.name).join(", ")} above.`), why);
        return;
      }
      const vars = { ...this.vars };
      const after = this.cursors[this.cursors.length - 1];
      if (after) vars.after = after;
      const result = await this.query(vars);
      if (seq !== this.seq) return; // a newer run started
      const box = h("div", { class: "view" });
      this.show(box, why);
      this.render(box, result);
    } catch (err) {
      if (seq === this.seq) this.show(h("p", { class: "error" }, String(err instanceof Error ? err.message : err)), why);
    }
  }

  // query runs the panel's saved query with vars, by its document's hash
  // (runSavedQuery would do by name, but its JSON result loses the field
  // order the table's columns follow). A server that runs only trusted
  // documents trusts a saved query's latest version; a panel pinned to an
  // older one sends its text, which there only an admin key may.
  private query(vars: Record<string, unknown>): Promise<any> {
    return this.panel.queryVersion === null ? runSaved(this.doc, vars) : gql(this.doc, vars);
  }

  private show(content: HTMLElement, why: string): void {
    clear(this.body);
    this.body.append(content);
    this.stamp.textContent = `updated ${new Date().toLocaleTimeString()}${why}`;
    this.el.dataset.updated = String(Date.now());
  }

  private render(box: HTMLElement, data: any): void {
    const ctx: ViewContext = {
      evidence: (t, e) => showEvidence(t, { x: e.clientX ?? 100, y: e.clientY ?? 100 }),
      select: this.select,
      page: (after) => {
        if (after === null) this.cursors = [null];
        else this.cursors.push(after);
        this.run("");
      },
      rerun: (v) => this.query({ ...this.vars, ...v }),
      vars: this.vars,
      doc: this.doc,
      hasPrev: this.cursors.length > 1,
    };
    switch (this.panel.view) {
      case "TABLE": return renderTable(box, data, ctx);
      case "BAR": return renderChart(box, data, ctx, "bar");
      case "LINE": return renderChart(box, data, ctx, "line");
      case "MAP": return renderMap(box, data, ctx);
      // cytoscape.js is loaded when a graph is first drawn, not with the page.
      case "GRAPH": import("./graphview").then((m) => m.renderGraph(box, data, ctx)); return;
      case "TIMELINE": return renderTimeline(box, data, ctx);
      case "ENTITY_CARD": return renderCard(box, data, ctx);
    }
  }

  // refresh reruns the panel soon, once for a burst of notifications.
  private refresh(why: string, reload = false): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(async () => {
      if (reload) {
        const before = this.version;
        await this.fetchDocument().catch(() => undefined);
        if (this.version !== before) why += ` (query v${this.version})`;
      }
      this.run(why);
    }, 200);
  }

  // resubscribe listens for new events matching the panel's variables and,
  // for a panel on the latest version of its query, for changes to it.
  private resubscribe(): void {
    this.unsubscribe.forEach((u) => u());
    this.unsubscribe = [];
    if (!this.doc) return;
    if (touchesEvents(this.doc)) {
      const f: Record<string, unknown> = {};
      for (const k of ["from", "to"]) if (typeof this.vars[k] === "string") f[k] = this.vars[k];
      if (typeof this.vars.entity === "string") f.participants = [this.vars.entity];
      this.unsubscribe.push(this.live.subscribe("panelEvents", { f },
        () => this.refresh(" · live: new event")));
    }
    if (this.panel.queryVersion === null) {
      let first = true;
      this.unsubscribe.push(this.live.subscribe("panelQueryChanged",
        { n: this.panel.query, v: this.vars }, () => {
          // The first answer comes once the server holds this subscription
          // (and, on the same socket, the ones sent before it).
          if (first) { first = false; this.el.dataset.live = "1"; return; }
          this.refresh(" · live: query changed", true);
        }));
    }
  }

  dispose(): void {
    this.unsubscribe.forEach((u) => u());
    clearTimeout(this.timer);
  }
}
