// ENTITY_CARD: an entity's names, offices and terms, and memberships.
import { h, label } from "./dom";
import type { ViewContext } from "./views";

function entityOf(data: any): any {
  for (const v of Object.values(data ?? {})) if (v && typeof v === "object" && !Array.isArray(v)) return v;
  return undefined;
}

function terms(title: string, rows: any[] | undefined, ctx: ViewContext, who: (r: any) => any, what: (r: any) => string): HTMLElement | null {
  if (!rows?.length) return null;
  return h("section", {}, h("h4", {}, title), h("ul", {}, rows.map((r) => {
    const ent = who(r);
    return h("li", {},
      ent?.id ? h("a", { href: "#", onclick: (e: Event) => { e.preventDefault(); ctx.select(ent.id); } }, ent.name) : label(ent),
      " ", what(r), h("span", { class: "muted" }, ` ${r.from || "?"} – ${r.to || "today"}`));
  })));
}

export function renderCard(el: HTMLElement, data: any, ctx: ViewContext): void {
  const e = entityOf(data);
  if (!e) {
    el.append(h("p", { class: "empty" }, "Search an entity above."));
    return;
  }
  el.append(h("div", { class: "card" },
    h("h3", { class: "entity-name" }, e.name, " ", h("span", { class: "chip" }, e.kind ?? e.__typename), e.code ? h("span", { class: "chip" }, e.code) : null),
    e.role ? h("p", {}, e.role) : null,
    e.country ? h("p", {}, "Country: ", e.country.name) : null,
    e.aliases?.length ? h("p", { class: "muted small" }, "Also: " + e.aliases.slice(0, 12).join(", ")) : null,
    terms("Office holders", e.leaders, ctx, (r) => r.person, (r) => label(r.office)),
    terms("Offices", e.offices, ctx, (r) => r.office, () => ""),
    terms("Member of", e.memberships, ctx, (r) => r.organization, () => ""),
    terms("Members", e.members, ctx, (r) => r.member, () => ""),
    e.names?.length ? h("p", {}, "Names: ", e.names.map((n: any) => `${n.name} (${n.from || "?"}–${n.to || "today"})`).join(", ")) : null,
  ));
}
