// What every view gets from its panel.
import type { Target } from "./evidence";

export interface ViewContext {
  // evidence opens the evidence popover for what was clicked.
  evidence(target: Target, ev: MouseEvent): void;
  // select makes id the dashboard's entity.
  select(id: string): void;
  // page reruns the panel from a connection cursor (null: the first page).
  page(after: string | null): void;
  // rerun runs the panel's query with some variables replaced.
  rerun(vars: Record<string, unknown>): Promise<any>;
  // vars are the variables the panel ran with; doc is its document.
  vars: Record<string, unknown>;
  doc: string;
  hasPrev: boolean;
}

// firstList finds the rows of a result: the first list in it, in field
// order, or the nodes of the first connection.
export function firstList(data: unknown): { rows: any[]; conn?: any } | undefined {
  if (Array.isArray(data)) return { rows: data };
  if (data && typeof data === "object") {
    const o = data as Record<string, any>;
    if (Array.isArray(o.edges)) return { rows: o.edges.map((e: any) => e.node), conn: o };
    for (const v of Object.values(o)) {
      const found = firstList(v);
      if (found) return found;
    }
  }
  return undefined;
}

// countSeries are the `{key count}` lists of a result, by alias.
export function countSeries(data: Record<string, any>): [string, { key: string; count: number }[]][] {
  return Object.entries(data ?? {}).filter(([, v]) =>
    Array.isArray(v) && v.every((x) => x && typeof x === "object" && "key" in x && "count" in x)) as any;
}

// countFilter is the event filter behind one count: the panel's period,
// plus what the key is (a month, a country, a kind), plus the kinds the
// series' alias filters on in the document.
export function countFilter(ctx: ViewContext, alias: string, key: string): Record<string, unknown> {
  const f: Record<string, unknown> = {};
  if (typeof ctx.vars.from === "string") f.from = ctx.vars.from;
  if (typeof ctx.vars.to === "string") f.to = ctx.vars.to;
  if (/^\d{4}(-\d{2}){0,2}$/.test(key)) { f.from = key; f.to = key; }
  else if (/^[A-Z]{2}$/.test(key)) f.countries = [key];
  else if (/^[A-Z_]+$/.test(key)) f.kinds = [key];
  const m = new RegExp(`\\b${alias}\\s*:\\s*eventCounts\\([^)]*kinds:\\s*\\[([A-Z_,\\s]+)\\]`).exec(ctx.doc);
  if (m) f.kinds = m[1].split(/[\s,]+/).filter(Boolean);
  return f;
}
