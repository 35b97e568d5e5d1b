// BAR and LINE: ECharts over the `{key count}` lists of a result, one series
// per list; clicking a bar or point opens the events it counts.
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import { h } from "./dom";
import { countFilter, countSeries, type ViewContext } from "./views";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

// months fills the gaps of a sorted run of YYYY-MM keys, so a quiet month
// shows as a zero rather than vanishing from the axis; other keys pass.
function months(keys: string[]): string[] {
  if (keys.length < 2 || !keys.every((k) => /^\d{4}-\d{2}$/.test(k))) return keys;
  const out: string[] = [];
  let [y, m] = keys[0].split("-").map(Number);
  const [ey, em] = keys[keys.length - 1].split("-").map(Number);
  while (y < ey || (y === ey && m <= em)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

export function renderChart(el: HTMLElement, data: any, ctx: ViewContext, type: "bar" | "line"): void {
  const series = countSeries(data).filter(([, v]) => v.length > 0);
  if (series.length === 0) {
    el.append(h("p", { class: "empty" }, "No counts."));
    return;
  }
  const keys = months([...new Set(series.flatMap(([, v]) => v.map((c) => c.key)))].sort());
  const box = h("div", { class: "chart" });
  el.append(box);
  const chart = echarts.init(box, undefined, { renderer: "canvas" });
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { top: 0, type: "scroll" },
    grid: { left: 40, right: 16, top: 32, bottom: 28 },
    xAxis: { type: "category", data: keys },
    yAxis: { type: "value", minInterval: 1 },
    series: series.map(([name, counts]) => {
      const by = new Map(counts.map((c) => [c.key, c.count]));
      return { name, type, stack: type === "bar" ? "total" : undefined, data: keys.map((k) => by.get(k) ?? 0) };
    }),
  });
  chart.on("click", (p: any) => {
    const key = keys[p.dataIndex];
    ctx.evidence({ filter: countFilter(ctx, p.seriesName, key), title: `${p.seriesName}, ${key}: ${p.value}` }, p.event?.event ?? new MouseEvent("click"));
  });
  new ResizeObserver(() => chart.resize()).observe(box);
}
