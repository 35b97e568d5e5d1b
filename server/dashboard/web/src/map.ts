// MAP: countries shaded by a `{key count}` list keyed by alpha-2 code, drawn
// offline from Natural Earth's 1:110m TopoJSON with d3-geo; clicking a
// country opens the events it counts.
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import { whereAlpha2 } from "iso-3166-1";
import atlas from "world-atlas/countries-110m.json";
import { h } from "./dom";
import { countFilter, countSeries, type ViewContext } from "./views";

const svgNS = "http://www.w3.org/2000/svg";
const world = feature(atlas as any, (atlas as any).objects.countries) as any;

// shade runs from a pale to a deep blue on a square-root scale, so one
// country with many events does not wash out the rest.
function shade(n: number, max: number): string {
  if (n <= 0) return "#eef0f3";
  const t = Math.sqrt(n / max);
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  return `rgb(${mix(198, 8)},${mix(219, 48)},${mix(239, 107)})`;
}

export function renderMap(el: HTMLElement, data: any, ctx: ViewContext): void {
  const [alias, counts] = countSeries(data)[0] ?? ["", []];
  const byNumeric = new Map<string, { key: string; count: number }>();
  for (const c of counts) {
    const iso = whereAlpha2(c.key);
    if (iso) byNumeric.set(iso.numeric, c);
  }
  const max = Math.max(1, ...counts.map((c) => c.count));
  const width = 960, height = 470;
  const projection = geoNaturalEarth1().fitSize([width, height], world);
  const path = geoPath(projection);
  const svg = document.createElementNS(svgNS, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("class", "map");
  for (const f of world.features) {
    const c = byNumeric.get(String(f.id));
    const p = document.createElementNS(svgNS, "path");
    p.setAttribute("d", path(f) ?? "");
    p.setAttribute("fill", shade(c?.count ?? 0, max));
    if (c) {
      p.setAttribute("class", "country has-data");
      p.setAttribute("data-country", c.key);
      p.addEventListener("click", (e) => ctx.evidence({ filter: countFilter(ctx, alias, c.key), title: `${f.properties.name}: ${c.count} events` }, e));
    } else p.setAttribute("class", "country");
    const title = document.createElementNS(svgNS, "title");
    title.textContent = `${f.properties.name}: ${c?.count ?? 0}`;
    p.append(title);
    svg.append(p);
  }
  el.append(svg);
  const top = [...counts].sort((a, b) => b.count - a.count).slice(0, 5);
  el.append(h("div", { class: "legend muted" }, top.length ? "Most: " + top.map((c) => `${c.key} ${c.count}`).join(" · ") : "No events in the period."));
}
