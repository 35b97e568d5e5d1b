// TABLE: rows of the first list in the result, sortable by any column, paged
// through the connection's cursors.
import { h, label } from "./dom";
import { isEventID, isRouteID } from "./model";
import { firstList, type ViewContext } from "./views";

// columns flattens a row into named cells: scalars and objects one level
// down (date.value), lists and deeper objects as their labels.
function cells(row: Record<string, any>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row ?? {})) {
    if (k === "id" || k === "__typename") continue;
    if (v && typeof v === "object" && !Array.isArray(v)) {
      for (const [k2, v2] of Object.entries(v)) if (k2 !== "id") out[`${k}.${k2}`] = v2;
    } else out[k] = v;
  }
  return out;
}

// rowEntity is the entity a row is about, if any: its own ID, or the
// person of a leaders row.
function rowEntity(row: any): string | undefined {
  if (row?.id && !isEventID(row.id) && !isRouteID(row.id)) return row.id;
  return row?.person?.id ?? row?.entity?.id;
}

export function renderTable(el: HTMLElement, data: any, ctx: ViewContext): void {
  const found = firstList(data);
  if (!found || found.rows.length === 0) {
    el.append(h("p", { class: "empty" }, "No rows."));
    return;
  }
  const rows = found.rows.map((r) => ({ raw: r, cells: cells(r) }));
  // Columns empty in every row (a sanction without a name) say nothing.
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r.cells)))].filter((c) => rows.some((r) => label(r.cells[c]) !== ""));
  let sortCol = "", asc = true;
  const tbody = h("tbody");
  const fill = () => {
    tbody.replaceChildren();
    const sorted = sortCol ? [...rows].sort((a, b) => {
      const x = a.cells[sortCol], y = b.cells[sortCol];
      const c = typeof x === "number" && typeof y === "number" ? x - y : label(x).localeCompare(label(y));
      return asc ? c : -c;
    }) : rows;
    for (const r of sorted) {
      const ev = isEventID(r.raw.id) || isRouteID(r.raw.id) ? r.raw.id : undefined;
      const ent = rowEntity(r.raw);
      tbody.append(h("tr", {
        class: ev || ent ? "clickable" : "",
        title: ev ? "Show the evidence" : ent ? "Select this entity" : undefined,
        onclick: (e: MouseEvent) => ev ? ctx.evidence(isRouteID(ev) ? { route: ev } : { event: ev }, e) : ent && ctx.select(ent),
      }, cols.map((c) => h("td", {}, typeof r.cells[c] === "number" && !Number.isInteger(r.cells[c]) ? (r.cells[c] as number).toFixed(2) : label(r.cells[c])))));
    }
  };
  const head = h("tr", {}, cols.map((c) => h("th", {
    class: "sortable", title: "Sort",
    onclick: () => { asc = sortCol === c ? !asc : true; sortCol = c; fill(); },
  }, c)));
  fill();
  el.append(h("table", { class: "table" }, h("thead", {}, head), tbody));
  const conn = found.conn;
  if (conn?.pageInfo) {
    el.append(h("div", { class: "pager" },
      h("button", { disabled: !ctx.hasPrev, onclick: () => ctx.page(null) }, "First"),
      h("span", { class: "muted" }, `${rows.length} of ${conn.totalCount ?? "?"}`),
      h("button", { disabled: !conn.pageInfo.hasNextPage, onclick: () => ctx.page(conn.pageInfo.endCursor) }, "Next")));
  }
}
