import { describe, expect, it } from "vitest";
import type { Report } from "../../report/report.js";
import { expectGolden } from "../../../test/support/expect-golden.js";
import { sampleReport } from "../../../test/support/sample-report.js";
import { renderMarkdown } from "./render-markdown.js";

function reportWithText(text: string): Report {
  const first = sampleReport.sections[1];
  if (!first) throw new Error("fixture");
  const table = first.tables[0];
  if (!table) throw new Error("fixture");
  const cell = { kind: "text" as const, text: { "zh-CN": text, en: text } };
  return {
    ...sampleReport,
    title: { "zh-CN": text, en: text },
    sections: [{ ...first, paragraphs: [{ "zh-CN": text, en: text }], tables: [{ ...table, rows: [{ cells: { indicator: cell, remark: cell } }] }] }],
    sources: [],
  };
}

describe("renderMarkdown", () => {
  it("matches the golden files in both languages", () => {
    expectGolden("markdown.zh-CN.md", renderMarkdown(sampleReport));
    expectGolden("markdown.en.md", renderMarkdown(sampleReport, { locale: "en" }));
  });

  it("writes sections as ## headings, tables as GFM tables with numbers right-aligned, the note in italics", () => {
    const markdown = renderMarkdown(sampleReport);
    expect(markdown.startsWith("# 示例州基层党建工作报告\n\n示例州及所辖各县 · 2022年\n")).toBe(true);
    expect(markdown).toContain("\n## 逐级汇总\n");
    expect(markdown).toContain("| 指标 | 数值 | 较上年 | 说明 |\n| --- | ---: | ---: | --- |\n");
    expect(markdown).toContain("\n*400余名按（400, 500）计；\\<b\\>不加粗\\</b\\>*\n");
    expect(markdown.endsWith("\n")).toBe(true);
  });

  it("indents a tree table's deeper rows and writes the total row in bold", () => {
    const markdown = renderMarkdown(sampleReport);
    expect(markdown).toContain("| 　甲县委 | 400余名 | 40 |");
    expect(markdown).toContain("| 　　甲县某镇党委 | 52名 | 12 |");
    expect(markdown).toContain("| **合计** | **452至552名** | **52** |");
  });

  it("names each chart in one line, since Markdown cannot draw it", () => {
    expect(renderMarkdown(sampleReport)).toContain("\n图表：各县党员先锋岗（图形见 HTML 版）\n");
    expect(renderMarkdown(sampleReport, { locale: "en" })).toContain("\nChart: Vanguard posts by county (drawn in the HTML version)\n");
  });

  it("escapes cell text so no character becomes markup: pipes, backslashes, newlines, HTML, emphasis, links", () => {
    const markdown = renderMarkdown(reportWithText('a | b \\ c\n<script>alert("x")</script> *em* _u_ `code` [l](http://x.invalid) ~~s~~ &amp; www.x.invalid'));
    const row = markdown.split("\n").find((line) => line.startsWith("| a "));
    expect(row).toBe(
      '| a \\| b \\\\ c<br>\\<script\\>alert("x")\\</script\\> \\*em\\* \\_u\\_ \\`code\\` \\[l\\](http\\://x.invalid) \\~\\~s\\~\\~ \\&amp; www\\.x.invalid |  |  | a \\| b \\\\ c<br>\\<script\\>alert("x")\\</script\\> \\*em\\* \\_u\\_ \\`code\\` \\[l\\](http\\://x.invalid) \\~\\~s\\~\\~ \\&amp; www\\.x.invalid |',
    );
    // every row of the table has as many unescaped pipes as the header
    const pipes = (line: string) => line.replace(/\\\\/g, "").replace(/\\\|/g, "").split("|").length;
    const table = markdown.split("\n").filter((line) => line.startsWith("|"));
    expect(new Set(table.map(pipes)).size).toBe(1);
    expect(markdown).not.toMatch(/(?<!\\)<script/);
  });

  it("keeps paragraph and heading text from starting a block: headings, lists, quotes, ordered lists", () => {
    const markdown = renderMarkdown(reportWithText("# 标题\n- 列表\n+ 加号\n> 引用\n1. 第一\n    缩进\n=== \n\n第二段"));
    expect(markdown.split("\n")[0]).toBe("# \\# 标题 - 列表 + 加号 \\> 引用 1. 第一 缩进 === 第二段");
    expect(markdown).toContain("\n\\# 标题\\\n\\- 列表\\\n\\+ 加号\\\n\\> 引用\\\n1\\. 第一\\\n缩进\\\n\\===\\\n第二段\n");
  });

  it("masks personal data even when the model claims to be masked, and shows it only when asked", () => {
    const masked = renderMarkdown(sampleReport);
    expect(masked).not.toContain("13800138000");
    expect(masked).not.toContain("11010519491231002X");
    expect(masked).toContain("138\\*\\*\\*\\*8000");
    const visible = renderMarkdown(sampleReport, { personalData: "visible" });
    expect(visible).toContain("13800138000");
    expect(renderMarkdown({ ...sampleReport, personalData: "visible" })).toContain("13800138000");
    expect(renderMarkdown({ ...sampleReport, personalData: "visible" }, { personalData: "masked" })).not.toContain("13800138000");
  });

  it("throws DangjianError for an unknown locale", () => {
    expect(() => renderMarkdown(sampleReport, { locale: "fr" as never })).toThrow(expect.objectContaining({ code: "unknown_locale" }));
  });
});
