// The evidence behind anything a panel shows: an event's quotes, the
// articles with source and date, confidence and modality; for a count, the
// events it counts with theirs.
import { run } from "./api";
import { h, clear } from "./dom";

// Target is what was clicked: one event or route, or the events matching a
// filter.
export type Target = { event: string } | { route: string } | { filter: Record<string, unknown>; title: string };

let open: HTMLElement | undefined;

export function closeEvidence(): void {
  open?.remove();
  open = undefined;
}

export async function showEvidence(target: Target, at: { x: number; y: number }): Promise<void> {
  closeEvidence();
  const body = h("div", { class: "ev-body" }, "Loading evidence…");
  const pop = h("div", { class: "evidence", role: "dialog" },
    h("button", { class: "ev-close", title: "Close", onclick: closeEvidence }, "×"), body);
  pop.style.left = Math.max(8, Math.min(at.x, innerWidth - 440)) + "px";
  pop.style.top = Math.max(8, at.y + scrollY + 8) + "px";
  document.body.append(pop);
  open = pop;
  try {
    let events: any[];
    let heading: string;
    let total = 0;
    if ("event" in target) {
      const d = await run("evidence", { id: target.event });
      events = d.event ? [d.event] : [];
      heading = d.event?.name || d.event?.kind || target.event;
    } else if ("route" in target) {
      const d = await run("routeEvidence", { id: target.route });
      events = d.route ? [d.route] : [];
      heading = d.route?.name || target.route;
    } else {
      const d = await run("countEvidence", { f: target.filter });
      events = d.events.edges.map((e: any) => e.node);
      total = d.events.totalCount;
      heading = target.title;
    }
    clear(body);
    body.append(h("h3", {}, heading));
    if (total > events.length) body.append(h("p", { class: "muted" }, `${events.length} of ${total} events, newest first`));
    if (events.length === 0) body.append(h("p", {}, "No events."));
    for (const ev of events) body.append(eventEvidence(ev));
  } catch (err) {
    clear(body);
    body.append(h("p", { class: "error" }, String(err)));
  }
}

function eventEvidence(ev: any): HTMLElement {
  return h("section", { class: "ev-event" },
    h("div", { class: "ev-head" },
      h("strong", {}, ev.name || ev.kind), " ",
      h("span", { class: "chip" }, ev.kind), " ",
      h("span", { class: "chip modality" }, ev.modality), " ",
      h("span", { class: "muted" }, `${ev.date?.value || "undated"} · confidence ${ev.confidence.toFixed(2)}`)),
    ev.date?.derivation ? h("div", { class: "muted small" }, "date: " + ev.date.derivation) : null,
    ev.evidence.map((e: any) => h("blockquote", {},
      h("p", { class: "quote" }, "“" + e.quote + "”"),
      h("footer", {},
        e.article.url ? h("a", { href: e.article.url, target: "_blank", rel: "noreferrer" }, e.article.title || e.article.url) : (e.article.title || "article"),
        ` — ${e.article.source || "unknown source"}, ${e.article.published || "undated"} · confidence ${e.confidence.toFixed(2)}`))));
}
