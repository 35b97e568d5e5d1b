// GRAPH: a subgraph (nodes and edges, or paths) drawn with cytoscape.js;
// clicking a node expands it by running the panel's query again around it.
import cytoscape from "cytoscape";
import { h } from "./dom";
import { isEventID, isRouteID } from "./model";
import type { ViewContext } from "./views";

interface Sub { nodes: { id: string; kind: string; name: string }[]; edges: { from: string; to: string; type: string }[] }

// subgraph finds the nodes and edges in a result: a Subgraph, or paths.
function subgraph(data: any): Sub {
  const out: Sub = { nodes: [], edges: [] };
  const walk = (v: any) => {
    if (!v || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach(walk);
    if (Array.isArray(v.nodes) && Array.isArray(v.edges)) {
      out.nodes.push(...v.nodes);
      out.edges.push(...v.edges);
      return;
    }
    Object.values(v).forEach(walk);
  };
  walk(data);
  return out;
}

const colours: Record<string, string> = {
  COUNTRY: "#2f6fb3", ORGANIZATION: "#7b4bb3", PERSON: "#c0622c", OFFICE: "#8a8a3a",
  PLACE: "#3a8a6a", INITIATIVE: "#b3436d", COMMODITY: "#6d6d6d",
};

export function renderGraph(el: HTMLElement, data: any, ctx: ViewContext): void {
  const sub = subgraph(data);
  if (sub.nodes.length === 0) {
    el.append(h("p", { class: "empty" }, "No graph: pick an entity."));
    return;
  }
  const box = h("div", { class: "graph" });
  const status = h("div", { class: "muted small graph-status" }, `${sub.nodes.length} nodes; click a node to expand it`);
  el.append(box, status);
  const cy = cytoscape({
    container: box,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 9, width: 14, height: 14, "background-color": "data(colour)", "text-valign": "bottom", "text-margin-y": 2 } },
      { selector: "node.event", style: { shape: "diamond", "background-color": "#d9a400" } },
      { selector: "node.expanded", style: { "border-width": 2, "border-color": "#111" } },
      { selector: "edge", style: { width: 1, "line-color": "#bbb", "curve-style": "bezier", "target-arrow-shape": "triangle", "target-arrow-color": "#bbb", "arrow-scale": 0.6 } },
    ],
  });
  // The instance hangs on its element for scripts driving the page (the
  // browser tests find nodes' positions through it).
  (box as any).cy = cy;
  const add = (s: Sub) => {
    const els: cytoscape.ElementDefinition[] = [];
    for (const n of s.nodes) {
      if (cy.getElementById(n.id).nonempty()) continue;
      els.push({ group: "nodes", data: { id: n.id, label: n.name || n.kind, kind: n.kind, colour: colours[n.kind] ?? "#999" }, classes: isEventID(n.id) || isRouteID(n.id) ? "event" : "" });
    }
    const known = new Set([...cy.nodes().map((n) => n.id()), ...els.map((e) => e.data.id)]);
    for (const e of s.edges) {
      const id = `${e.from}|${e.type}|${e.to}`;
      if (!known.has(e.from) || !known.has(e.to) || cy.getElementById(id).nonempty()) continue;
      els.push({ group: "edges", data: { id, source: e.from, target: e.to, label: e.type } });
    }
    cy.add(els);
    cy.layout({ name: "cose", animate: false, randomize: false, fit: true, padding: 16,
      nodeRepulsion: () => 400000, idealEdgeLength: () => 70, nodeOverlap: 20 } as any).run();
    return els.filter((e) => e.group === "nodes").length;
  };
  add(sub);
  const start = ctx.vars.entity;
  if (typeof start === "string") cy.getElementById(start).addClass("expanded");
  cy.on("tap", "node", async (evt) => {
    const node = evt.target;
    const id = node.id();
    if (isEventID(id) || isRouteID(id)) {
      ctx.evidence(isRouteID(id) ? { route: id } : { event: id }, (evt.originalEvent as MouseEvent) ?? new MouseEvent("click"));
    }
    if (node.hasClass("expanded")) return;
    if (!/\$entity\s*:/.test(ctx.doc)) {
      status.textContent = "this panel's query has no $entity to expand a node with";
      return;
    }
    node.addClass("expanded");
    status.textContent = `expanding ${node.data("label")}…`;
    try {
      const added = add(subgraph(await ctx.rerun({ entity: id })));
      status.textContent = `${cy.nodes().length} nodes; expanded ${node.data("label")} (+${added})`;
      box.dataset.expanded = String(cy.nodes(".expanded").length);
    } catch (err) {
      status.textContent = String(err);
    }
  });
}
