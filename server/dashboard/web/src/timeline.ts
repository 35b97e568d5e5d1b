// TIMELINE: events in date order with kind and modality filters; clicking
// an event opens its evidence.
import { h, label } from "./dom";
import { firstList, type ViewContext } from "./views";

export function renderTimeline(el: HTMLElement, data: any, ctx: ViewContext): void {
  const events = (firstList(data)?.rows ?? []).filter((e) => e && e.kind);
  if (events.length === 0) {
    el.append(h("p", { class: "empty" }, "No events."));
    return;
  }
  events.sort((a, b) => (a.date?.value ?? "").localeCompare(b.date?.value ?? ""));
  const hidden = new Set<string>();
  const list = h("ol", { class: "timeline" });
  const fill = () => {
    list.replaceChildren(...events.filter((e) => !hidden.has(e.kind) && !hidden.has(e.modality)).map((e) =>
      h("li", { class: "clickable", title: "Show the evidence", onclick: (m: MouseEvent) => ctx.evidence({ event: e.id }, m) },
        h("span", { class: "date" }, e.date?.value || "undated"),
        h("span", { class: "chip" }, e.kind), e.modality !== "ASSERTED" ? h("span", { class: "chip modality" }, e.modality) : null,
        h("span", {}, e.name || label(e.participants))),
    ));
  };
  const toggles = (values: string[]) => values.map((v) => h("label", { class: "toggle" },
    h("input", { type: "checkbox", checked: true, onchange: (ev: Event) => { (ev.target as HTMLInputElement).checked ? hidden.delete(v) : hidden.add(v); fill(); } }), v));
  el.append(h("div", { class: "filters" },
    toggles([...new Set(events.map((e) => e.kind as string))]), h("span", { class: "sep" }, "|"),
    toggles([...new Set(events.map((e) => e.modality as string))])), list);
  fill();
}
