// Forms that change dashboards: create one, add a panel from a saved query,
// export and import JSON. The server checks roles and ownership.
import { gql, run } from "./api";
import { h } from "./dom";
import { declaredVariables, views, type Dashboard, type Panel } from "./model";

function modal(title: string, ...content: HTMLElement[]): { close: () => void; error: (e: unknown) => void } {
  const err = h("p", { class: "error" });
  const box = h("div", { class: "modal-back" }, h("div", { class: "modal", role: "dialog" },
    h("h3", {}, title), ...content, err,
    h("button", { class: "cancel", onclick: () => box.remove() }, "Close")));
  document.body.append(box);
  return { close: () => box.remove(), error: (e) => { err.textContent = String(e instanceof Error ? e.message : e); } };
}

// toInput is a dashboard as saveDashboard takes it.
export function toInput(d: Dashboard): Record<string, unknown> {
  return {
    name: d.name, description: d.description,
    parameters: d.parameters.map((p) => ({ name: p.name, label: p.label, kind: p.kind, default: p.default })),
    pages: d.pages.map((pg) => ({ title: pg.title, panels: pg.panels.map(panelInput) })),
  };
}

function panelInput(p: Panel): Record<string, unknown> {
  return {
    title: p.title, query: p.query, queryVersion: p.queryVersion, view: p.view, width: p.width || 1,
    variables: p.variables.map((v) => v.parameter ? { name: v.name, parameter: v.parameter } : { name: v.name, value: v.value }),
  };
}

const save = `mutation Save($in: DashboardInput!) { saveDashboard(input: $in) { name version } }`;

export function newDashboardForm(go: (name: string) => void): void {
  const name = h("input", { name: "new-name", placeholder: "Name" });
  const m = modal("New dashboard", h("label", {}, "Name ", name), h("button", {
    class: "primary", "data-action": "create",
    onclick: async () => {
      try {
        const d = await gql(save, { in: {
          name: name.value.trim(),
          parameters: [{ name: "entity", label: "Entity", kind: "ENTITY" }, { name: "period", label: "Period", kind: "PERIOD", default: "/" }, { name: "date", label: "Date", kind: "DATE" }],
          pages: [{ title: "Page 1", panels: [] }],
        } });
        m.close();
        go(d.saveDashboard.name);
      } catch (e) { m.error(e); }
    },
  }, "Create"));
}

export async function addPanelForm(dash: Dashboard, page: number, done: () => void): Promise<void> {
  const d = await run("savedQueries");
  // The page's own queries (dashboard.*) are no panels.
  const queries: any[] = d.savedQueries.filter((q: { name: string }) => !q.name.startsWith("dashboard."));
  const query = h("select", { name: "panel-query" }, queries.map((q) => h("option", { value: q.name }, q.name)));
  const view = h("select", { name: "panel-view" }, views.map((v) => h("option", { value: v }, v)));
  const title = h("input", { name: "panel-title", placeholder: "Title" });
  const width = h("select", { name: "panel-width" }, [1, 2, 3].map((w) => h("option", { value: w }, `${w} column${w > 1 ? "s" : ""}`)));
  const varsBox = h("div", { class: "vars" });
  const bindings = dash.parameters.flatMap((p) => p.kind === "PERIOD" ? [`${p.name}.from`, `${p.name}.to`] : [p.name]);
  const showVars = () => {
    const q = queries.find((x) => x.name === query.value);
    varsBox.replaceChildren(...declaredVariables(q?.document ?? "").map((v) => {
      const guess = bindings.find((b) => b === v.name || b.endsWith("." + v.name));
      return h("div", { class: "var", "data-var": v.name }, h("code", {}, "$" + v.name + ": " + v.type), " ",
        h("select", { class: "bind" }, h("option", { value: "" }, "fixed value / default"),
          bindings.map((b) => h("option", { value: b, selected: b === guess }, "parameter " + b))),
        h("input", { class: "fixed", placeholder: "JSON or text" }));
    }));
    if (!title.value && q) title.value = q.description || q.name;
  };
  query.addEventListener("change", showVars);
  showVars();
  const m = modal("Add a panel from a saved query",
    h("label", {}, "Saved query ", query), h("label", {}, "View ", view), h("label", {}, "Title ", title), h("label", {}, "Width ", width),
    h("p", { class: "muted small" }, "Variables:"), varsBox,
    h("button", {
      class: "primary", "data-action": "add-panel",
      onclick: async () => {
        const variables = [...varsBox.querySelectorAll<HTMLElement>(".var")].flatMap((el): Record<string, unknown>[] => {
          const bind = el.querySelector<HTMLSelectElement>(".bind")!.value;
          const fixed = el.querySelector<HTMLInputElement>(".fixed")!.value.trim();
          if (bind) return [{ name: el.dataset.var!, parameter: bind }];
          if (!fixed) return [];
          let value: unknown = fixed;
          try { value = JSON.parse(fixed); } catch { /* text */ }
          return [{ name: el.dataset.var!, value }];
        });
        const input = toInput(dash) as any;
        const pg = input.pages[Math.min(page, input.pages.length - 1)];
        pg.panels.push({ title: title.value.trim() || query.value, query: query.value, view: view.value, width: Number(width.value), variables });
        try {
          await gql(save, { in: input });
          m.close();
          done();
        } catch (e) { m.error(e); }
      },
    }, "Add panel"));
}

export async function exportForm(name: string): Promise<void> {
  const d = await run("export", { n: name });
  const text = h("textarea", { rows: 16, cols: 80, readonly: true }, d.dashboard.json);
  const link = h("a", { href: URL.createObjectURL(new Blob([d.dashboard.json], { type: "application/json" })), download: `${name}.json` }, "Download JSON");
  modal(`Export "${name}"`, text, link);
}

export function importForm(go: (name: string) => void): void {
  const text = h("textarea", { rows: 16, cols: 80, placeholder: "Paste a dashboard's JSON" });
  const m = modal("Import a dashboard", text, h("button", {
    class: "primary",
    onclick: async () => {
      try {
        const d = await gql(`mutation Import($j: String!) { importDashboard(json: $j) { name } }`, { j: text.value });
        m.close();
        go(d.importDashboard.name);
      } catch (e) { m.error(e); }
    },
  }, "Import"));
}
