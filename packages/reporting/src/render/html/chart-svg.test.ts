import { afterEach, describe, expect, it, vi } from "vitest";
import { normalizeChartSvg, renderChartSvg } from "./chart-svg.js";

const barChart = (label: string) => ({
  data: { values: [{ name: label, count: 3 }, { name: "乙", count: 5 }] },
  mark: { type: "bar", clip: true },
  encoding: { x: { field: "name", type: "nominal" }, y: { field: "count", type: "quantitative" } },
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("normalizeChartSvg", () => {
  it("renames ids after the chart in order of appearance and keeps references pointing at them", () => {
    const svg = '<svg><defs><clipPath id="clip7"/><linearGradient id="gradient_x"/></defs><g clip-path="url(#clip7)" fill="url(#gradient_x)"><use href="#clip7"/></g></svg>';
    expect(normalizeChartSvg(svg, "posts")).toBe(
      '<svg><defs><clipPath id="posts-svg-1"/><linearGradient id="posts-svg-2"/></defs><g clip-path="url(#posts-svg-1)" fill="url(#posts-svg-2)"><use href="#posts-svg-1"/></g></svg>',
    );
  });

  it("drops links and images that point outside the SVG", () => {
    const svg = '<svg><a xlink:href="javascript:alert(1)"><path/></a><image href="https://example.invalid/x.png"/><a href="">x</a></svg>';
    expect(normalizeChartSvg(svg, "c")).toBe("<svg><a><path/></a><image/><a>x</a></svg>");
  });
});

describe("renderChartSvg", () => {
  it("draws a Vega-Lite bar chart as SVG with text from data escaped", async () => {
    const svg = await renderChartSvg(barChart("<script>alert(1)</script> & \"q\""), "c");
    expect(svg).toMatch(/^<svg [^>]*viewBox="/);
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp;");
    expect(svg).toContain('clip-path="url(#c-svg-1)"');
  });

  it("gives the same SVG every time", async () => {
    expect(await renderChartSvg(barChart("甲"), "c")).toBe(await renderChartSvg(barChart("甲"), "c"));
  });

  it("fetches nothing: a chart whose data is a URL is not drawn", async () => {
    const fetch = vi.spyOn(globalThis, "fetch");
    const spec = { data: { url: "https://example.invalid/data.json" }, mark: "bar", encoding: { x: { field: "a", type: "nominal" } } };
    expect(await renderChartSvg(spec, "c")).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("writes no link from data into the SVG", async () => {
    const spec = { ...barChart("甲"), encoding: { ...barChart("甲").encoding, href: { value: "javascript:alert(1)" } } };
    const svg = await renderChartSvg(spec, "c");
    expect(svg).toMatch(/^<svg /);
    expect(svg).not.toContain("javascript:");
    expect(svg).not.toMatch(/href="(?!#)/);
  });

  it("gives null for a specification that cannot be drawn", async () => {
    expect(await renderChartSvg({ mark: "no-such-mark" }, "c")).toBeNull();
    expect(await renderChartSvg({ ...barChart("甲"), transform: [{ calculate: "datum.count +", as: "broken" }] }, "c")).toBeNull();
  });
});
