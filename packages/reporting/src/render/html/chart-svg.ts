import type { Loader } from "vega";

interface ChartLibraries {
  readonly vega: typeof import("vega");
  readonly vegaLite: typeof import("vega-lite");
}

// Loaded on the first chart only, so programs that never render HTML never load vega.
let libraries: Promise<ChartLibraries> | undefined;

function loadChartLibraries(): Promise<ChartLibraries> {
  libraries ??= Promise.all([import("vega"), import("vega-lite")]).then(([vega, vegaLite]) => ({ vega, vegaLite }));
  return libraries;
}

function refuse(uri: string): Promise<never> {
  return Promise.reject(new Error(`report charts carry their data inline; refused to load ${uri}`));
}

// Nothing is fetched while drawing: data must be inline, and data, images or links by URL are refused. A link
// or an image is sanitized to nothing rather than rejected, since vega's SVG writer fails on a rejected link.
const OFFLINE_LOADER: Loader = { load: refuse, sanitize: () => Promise.resolve({ href: "" }), http: refuse, file: refuse };

const ID_OR_REFERENCE = /\bid="([^"]*)"|url\(#([^)"]*)\)|href="#([^"]*)"/g;
const EXTERNAL_HREF = /\s(?:xlink:)?href="(?!#)[^"]*"/g;

/**
 * Makes vega's SVG safe to inline in a page with other charts: its ids (clip paths, gradients) are renamed
 * after the chart and numbered in order of first appearance, so they are stable from run to run and unique in
 * the page, and every link or image that is not a reference inside the SVG is dropped (a chart may link from
 * data; a self-contained page links nowhere).
 *
 * @param svg - the SVG vega wrote
 * @param chartId - the chart's id, unique in the report
 * @returns the SVG to inline
 * @internal
 */
export function normalizeChartSvg(svg: string, chartId: string): string {
  const renamed = new Map<string, string>();
  const rename = (id: string): string => {
    let name = renamed.get(id);
    if (name === undefined) {
      name = `${chartId}-svg-${renamed.size + 1}`;
      renamed.set(id, name);
    }
    return name;
  };
  return svg.replace(EXTERNAL_HREF, "").replace(ID_OR_REFERENCE, (_match, id?: string, url?: string, href?: string) => {
    if (id !== undefined) return `id="${rename(id)}"`;
    if (url !== undefined) return `url(#${rename(url)})`;
    return `href="#${rename(href ?? "")}"`;
  });
}

/**
 * Draws a Vega-Lite specification as SVG in memory, without a browser or a canvas: compiled with vega-lite,
 * run by a vega `View` with no renderer, written with `toSVG`. Text from data is escaped by vega. Nothing is
 * fetched. A specification that cannot be drawn (invalid, or data by URL) gives null, so the report still
 * renders.
 *
 * @param spec - a Vega-Lite specification, data inline
 * @param chartId - the chart's id, for the SVG's ids
 * @returns the SVG, or null when the chart cannot be drawn
 * @internal
 */
export async function renderChartSvg(spec: Record<string, unknown>, chartId: string): Promise<string | null> {
  const { vega, vegaLite } = await loadChartLibraries();
  // vega logs some failures (an expression failing at run time) as errors and draws an empty chart anyway
  let failed = false;
  const logger = vega.logger(vega.Error, "error", () => {
    failed = true;
  });
  let view: InstanceType<typeof vega.View> | undefined;
  try {
    const compiled = vegaLite.compile(spec as unknown as Parameters<typeof vegaLite.compile>[0], { logger });
    // data by URL would only log a warning and draw an empty chart: a chart without its data is not drawn
    if (compiled.spec.data?.some((data) => "url" in data)) return null;
    view = new vega.View(vega.parse(compiled.spec), { renderer: "none", loader: OFFLINE_LOADER, logger });
    const svg = await view.toSVG();
    return failed ? null : normalizeChartSvg(svg, chartId);
  } catch {
    return null;
  } finally {
    view?.finalize();
  }
}
