import { describe, expect, it } from "vitest";
import { escapeHtml, escapeHtmlLines } from "./escape-html.js";

describe("escapeHtml", () => {
  it("escapes the five characters that matter in content and quoted attributes", () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
    expect(escapeHtml("党员先锋岗")).toBe("党员先锋岗");
  });

  it("keeps line breaks as <br> in content", () => {
    expect(escapeHtmlLines("a<b\r\nc\nd")).toBe("a&lt;b<br>c<br>d");
  });
});
