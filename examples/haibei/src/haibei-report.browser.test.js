// The HTML report as a reader sees it: opened in Debian's Chromium (never a downloaded browser) through
// playwright-core, at phone width and at desktop width, with a screenshot of each kept under out/screenshots.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { render } from "@dangjian/reporting";
import { buildHaibeiReport } from "./report.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const screenshots = fileURLToPath(new URL("../out/screenshots/", import.meta.url));

// CI installs Chromium (.ci/run), so there a missing browser is a failure, not a skip
if (!hasChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)`);
if (!hasChromium) console.warn(`skipping the browser test: ${CHROMIUM} is missing (apt-get install chromium)`);

describe.runIf(hasChromium)("the Haibei HTML report in Chromium", () => {
  /** @type {import("playwright-core").Browser} */
  let browser;
  /** @type {Record<"zh-CN" | "en", string>} */
  const html = { "zh-CN": "", en: "" };

  beforeAll(async () => {
    const { chromium } = await import("playwright-core");
    const built = await buildHaibeiReport({
      dataset: new URL("../data/haibei.dataset.json", import.meta.url),
      spec: new URL("../data/haibei.report.json", import.meta.url),
      locale: "zh-CN",
    });
    for (const locale of ["zh-CN", "en"]) html[locale] = await render(built.report, "html", { locale });
    await mkdir(screenshots, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(locale, width) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    // the page must need nothing from the network: every request fails the test
    const requests = [];
    page.on("request", (request) => {
      if (!request.url().startsWith("data:") && request.url() !== "about:blank") requests.push(request.url());
    });
    await page.setContent(html[locale], { waitUntil: "load" });
    return { page, requests };
  }

  for (const locale of ["zh-CN", "en"]) {
    it(`shows the figures table and the charts at phone width, without horizontal scrolling (${locale})`, async () => {
      const { page, requests } = await open(locale, 360);
      const rows = page.locator('[data-table-id="figures"] tbody tr');
      expect(await rows.count()).toBe(32);
      await expect.poll(() => rows.first().isVisible()).toBe(true);
      const charts = page.locator("[data-chart-id] svg");
      expect(await charts.count()).toBeGreaterThanOrEqual(2);
      // a chart with marks: vega draws bars as paths inside the SVG
      expect(await page.locator('[data-chart-id="coverage"] svg path').count()).toBeGreaterThan(0);
      const box = await charts.first().boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await page.locator("h1").innerText()).toBe(locale === "zh-CN" ? "海北州基层党建：党旗飘扬在一线" : "Haibei Prefecture grassroots Party building: the Party flag on the front line");
      await page.screenshot({ path: `${screenshots}haibei.${locale}.phone.png`, fullPage: true });
      expect(requests).toEqual([]);
      await page.close();
    }, 60_000);
  }

  it("lays the report out at desktop width and prints it", async () => {
    const { page } = await open("zh-CN", 1280);
    await page.screenshot({ path: `${screenshots}haibei.zh-CN.desktop.png`, fullPage: true });
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.close();
  }, 60_000);
});
