// BAR and LINE: ECharts over the `{key count}` lists of a result, one series
// per list; clicking a bar or point opens the events it counts.
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import { h } from "./dom";
import { countFilter, countSeries, type ViewContext } from "./views";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function renderChart(el: HTMLElement, data: any, ctx: ViewContext, type: "bar" | "line"): void {
  const series = countSeries(data).filter(([, v]) => v.length > 0);
  if (series.length === 0) {
    el.append(h("p", { class: "empty" }, "No counts."));
    return;
  }
  const keys = [...new Set(series.flatMap(([, v]) => v.map((c) => c.key)))].sort();
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
