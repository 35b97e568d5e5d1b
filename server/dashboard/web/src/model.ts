// Dashboards as the schema describes them, and how a panel's variables are
// worked out from the parameters the viewer picked.

export type View = "TABLE" | "BAR" | "LINE" | "MAP" | "GRAPH" | "TIMELINE" | "ENTITY_CARD";
export const views: View[] = ["TABLE", "BAR", "LINE", "MAP", "GRAPH", "TIMELINE", "ENTITY_CARD"];

export interface Parameter { name: string; label: string; kind: string; default: string | null }
export interface Variable { name: string; value: unknown; parameter: string | null }
export interface Panel {
  title: string; query: string; queryVersion: number | null; view: View; variables: Variable[]; width: number;
  savedQuery?: { document: string; version: number } | null;
}
export interface Page { title: string; panels: Panel[] }
export interface Dashboard {
  name: string; description: string; parameters: Parameter[]; pages: Page[];
  owner: string; version: number; savedAt: string;
}

// Declared is one variable a GraphQL document declares.
export interface Declared { name: string; type: string; required: boolean }

// declaredVariables reads the operation's variable definitions; enough of
// the grammar for saved queries, which the server has validated.
export function declaredVariables(doc: string): Declared[] {
  const head = doc.slice(0, doc.indexOf("{"));
  const out: Declared[] = [];
  for (const m of head.matchAll(/\$(\w+)\s*:\s*([\w\[\]!]+)(\s*=)?/g)) {
    out.push({ name: m[1], type: m[2], required: m[2].endsWith("!") && !m[3] });
  }
  return out;
}

// paramValue is a parameter's value, or one end of a PERIOD ("p.from").
export function paramValue(values: Record<string, string>, binding: string): string {
  const [name, part] = binding.split(".");
  const v = values[name] ?? "";
  if (!part) return v;
  const [from, to] = v.split("/");
  return (part === "from" ? from : to) ?? "";
}

// panelVariables are the variables a panel runs with: fixed ones as they
// are, bound ones from the parameters, leaving out empty ones so the
// query's defaults apply.
export function panelVariables(p: Panel, values: Record<string, string>): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const v of p.variables) {
    if (v.parameter) {
      const val = paramValue(values, v.parameter);
      if (val !== "") vars[v.name] = val;
    } else if (v.value !== null && v.value !== undefined) {
      vars[v.name] = v.value;
    }
  }
  return vars;
}

// The ID prefixes of events and of routes (graph.NewID's).
const eventPrefixes = ["summit", "meeting", "visit", "sanction", "agreement", "military", "statement"];
const routePrefixes = ["route", "dependency"];

export function isEventID(id: unknown): id is string {
  return typeof id === "string" && eventPrefixes.includes(id.split(":")[0]);
}

export function isRouteID(id: unknown): id is string {
  return typeof id === "string" && routePrefixes.includes(id.split(":")[0]);
}
