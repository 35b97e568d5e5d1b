// The dashboard page: picks a dashboard (?name=, default the overview),
// shows its parameters and pages of panels, and lets an analyst with a key
// create dashboards, add panels from saved queries, export and import.
import { apiKey, run, Live, setAPIKey } from "./api";
import { h, clear } from "./dom";
import { closeEvidence } from "./evidence";
import type { Dashboard } from "./model";
import { PanelView } from "./panel";
import { addPanelForm, exportForm, importForm, newDashboardForm } from "./editor";

const defaultName = "Geopolitical overview";
const live = new Live();
const url = new URL(location.href);
const values: Record<string, string> = {};
let dash: Dashboard;
let pageIndex = 0;
let panels: PanelView[] = [];
let painted = false;

const root = document.getElementById("app")!;

async function main(): Promise<void> {
  const name = url.searchParams.get("name") ?? defaultName;
  pageIndex = Number(url.searchParams.get("page") ?? 0) || 0;
  try {
    const d = await run("dashboard", { n: name });
    if (!d.dashboard) throw new Error(`no dashboard named "${name}"`);
    dash = d.dashboard;
    for (const p of dash.parameters) values[p.name] = url.searchParams.get(p.name) ?? p.default ?? "";
    document.title = `${dash.name} · geograph`;
    renderShell(d.dashboards.map((x: { name: string }) => x.name));
    await showPage();
  } catch (err) {
    clear(root);
    root.append(h("p", { class: "error" }, String(err instanceof Error ? err.message : err)));
  }
  document.addEventListener("keydown", (e) => e.key === "Escape" && closeEvidence());
  document.addEventListener("click", (e) => {
    const t = e.target as HTMLElement;
    if (!t.closest(".evidence") && !t.closest(".clickable, .has-data, canvas, .graph")) closeEvidence();
  });
}

function go(name: string): void {
  location.href = `/dashboard?name=${encodeURIComponent(name)}`;
}

function renderShell(names: string[]): void {
  clear(root);
  const keyInput = h("input", { type: "password", placeholder: "API key (to edit)", value: apiKey(), class: "key",
    onchange: (e: Event) => { setAPIKey((e.target as HTMLInputElement).value.trim()); location.reload(); } });
  const picker = h("select", { class: "picker", onchange: (e: Event) => go((e.target as HTMLSelectElement).value) },
    names.map((n) => h("option", { value: n, selected: n === dash.name }, n)));
  const edit = apiKey() ? [
    h("button", { "data-action": "new-dashboard", onclick: () => newDashboardForm(go) }, "New dashboard"),
    h("button", { "data-action": "open-add-panel", onclick: () => addPanelForm(dash, pageIndex, () => go(dash.name)) }, "Add panel"),
    h("button", { "data-action": "import", onclick: () => importForm(go) }, "Import"),
  ] : [];
  root.append(
    h("header", { class: "top" },
      h("h1", {}, "geograph"), picker, h("span", { class: "muted small" }, `v${dash.version} by ${dash.owner}`),
      h("span", { class: "spacer" }), ...edit,
      h("button", { "data-action": "export", onclick: () => exportForm(dash.name) }, "Export"), keyInput),
    dash.description ? h("p", { class: "description muted" }, dash.description) : "",
    h("div", { class: "params" }, dash.parameters.map(paramInput)),
    dash.pages.length > 1 ? h("nav", { class: "tabs" }, dash.pages.map((p, i) =>
      h("button", { class: i === pageIndex ? "active" : "", onclick: () => { pageIndex = i; showPage(); } }, p.title))) : "",
    h("main", { class: "grid", id: "grid" }));
}

function paramInput(p: Dashboard["parameters"][number]): HTMLElement {
  const set = (v: string) => {
    values[p.name] = v;
    url.searchParams.set(p.name, v);
    history.replaceState(null, "", url);
    for (const pv of panels) if (pv.panel.variables.some((x) => x.parameter?.split(".")[0] === p.name)) pv.update(values);
  };
  const label = p.label || p.name;
  if (p.kind === "PERIOD") {
    const [from, to] = (values[p.name] || "/").split("/");
    const a = h("input", { name: `${p.name}.from`, placeholder: "from YYYY[-MM[-DD]]", value: from ?? "", size: 12 });
    const b = h("input", { name: `${p.name}.to`, placeholder: "to", value: to ?? "", size: 12 });
    const change = () => set(`${a.value.trim()}/${b.value.trim()}`);
    a.addEventListener("change", change);
    b.addEventListener("change", change);
    return h("label", { class: "param" }, label, a, "–", b);
  }
  if (p.kind === "ENTITY") return entitySearch(p.name, label, set);
  const input = h("input", { name: p.name, value: values[p.name], size: 12,
    placeholder: p.kind === "DATE" ? "YYYY-MM-DD (today)" : p.kind === "COUNTRY" ? "alpha-2" : "",
    onchange: (e: Event) => set((e.target as HTMLInputElement).value.trim()) });
  return h("label", { class: "param" }, label, input);
}

// entitySearch is the search box: full-text search as one types, and the
// picked entity becomes the parameter's value.
function entitySearch(name: string, label: string, set: (v: string) => void): HTMLElement {
  const input = h("input", { name, class: "search", placeholder: "Search an entity…", autocomplete: "off", size: 28 });
  const list = h("ul", { class: "hits" });
  let timer = 0;
  if (values[name]) {
    input.value = values[name];
    run("name", { id: values[name] })
      .then((d) => { if (d.node?.name) input.value = d.node.name; }).catch(() => undefined);
  }
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const text = input.value.trim();
      if (text.length < 2) return list.replaceChildren();
      const d = await run("search", { t: text });
      list.replaceChildren(...d.search.map((hit: any) => h("li", {
        class: "hit", "data-id": hit.node.id,
        onclick: () => { input.value = hit.node.name; list.replaceChildren(); set(hit.node.id); },
      }, hit.node.name, " ", h("span", { class: "chip" }, hit.node.kind))));
    }, 150);
  });
  selectEntity = (id) => {
    input.value = id;
    run("name", { id }).then((d) => { if (d.node?.name) input.value = d.node.name; }).catch(() => undefined);
    set(id);
  };
  return h("label", { class: "param entity" }, label, h("span", { class: "search-box" }, input, list));
}

let selectEntity: (id: string) => void = () => undefined;

async function showPage(): Promise<void> {
  panels.forEach((p) => p.dispose());
  const grid = document.getElementById("grid")!;
  clear(grid);
  const page = dash.pages[pageIndex] ?? dash.pages[0];
  if (!page || page.panels.length === 0) {
    grid.append(h("p", { class: "empty" }, apiKey() ? "No panels yet: add one." : "No panels yet."));
    markPainted();
    return;
  }
  panels = page.panels.map((p) => new PanelView(p, live, (id) => selectEntity(id)));
  grid.append(...panels.map((p) => p.el));
  // The dashboard query brought each panel's document along.
  page.panels.forEach((p, i) => p.savedQuery && panels[i].setDocument(p.savedQuery.document, p.savedQuery.version));
  // Subscribing only once every panel has drawn: each savedQueryChanged
  // subscription runs its query once on the server, which would otherwise
  // compete with the panels still loading.
  await Promise.all(panels.map((p) => p.update(values, false)));
  markPainted();
  panels.forEach((p) => p.goLive());
}

// markPainted records when the first page's panels first all showed their
// results, which the browser test reads as first meaningful paint.
function markPainted(): void {
  if (painted) return;
  painted = true;
  requestAnimationFrame(() => {
    performance.mark("dashboard-painted");
    document.body.dataset.painted = "1";
  });
}

main();
