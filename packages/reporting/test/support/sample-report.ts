import type { Report } from "../../src/report/report.js";

/**
 * A small hand-written report for the renderers' tests and golden files: loose quantities, a ratio, a tree
 * table with a total row, a bar chart, and text that must be escaped, neutralized or masked. Not exported
 * from the package.
 *
 * @internal
 */
export const sampleReport: Report = {
  formatVersion: "1",
  title: { "zh-CN": "示例州基层党建工作报告", en: "Grassroots Party-building in Sample Prefecture" },
  subtitle: { "zh-CN": "示例州及所辖各县 · 2022年", en: "Sample Prefecture and its counties · 2022" },
  scope: { type: "region", id: "990000", name: { "zh-CN": "示例州", en: "Sample Prefecture" } },
  period: { from: "2022-01-01", to: "2022-12-31", label: { "zh-CN": "2022年", en: "2022" } },
  asOf: "2022-12-31",
  // a hand-edited model that claims to be masked but is not: renderers mask again
  personalData: "masked",
  sources: [
    { documentId: "doc-report", title: { "zh-CN": "示例州委组织部《工作情况汇报》", en: "Work report of the Sample Prefecture organization department" }, date: "2022-08" },
    { documentId: "doc-notes", title: { "zh-CN": "走访记录 & <附件>", en: "Visit notes & <annex>" } },
  ],
  sections: [
    {
      id: "summary",
      kind: "narrative",
      title: { "zh-CN": "综述", en: "Summary" },
      paragraphs: [
        {
          "zh-CN": "甲县各级党组织设定党员先锋岗52个，划定党员责任区224个；全州组织党员400余名参与服务，投入资金20万元以上。",
          en: "Party organizations at every level of County A set up 52 vanguard posts and 224 responsibility zones; 400+ members served across the prefecture, with at least 200,000 yuan invested.",
        },
        {
          "zh-CN": "联系人：张三，电话13800138000，身份证号11010519491231002X。",
          en: "Contact: Zhang San, phone 13800138000, ID 11010519491231002X.",
        },
        {
          "zh-CN": "备注：<script>alert(\"x\")</script> & “引号” 'single'\n# 不是标题\n- 不是列表 *不是强调* [不是链接](http://example.invalid)",
          en: "Note: <script>alert(\"x\")</script> & \"quotes\" 'single'\n# not a heading\n- not a list *not emphasis* [not a link](http://example.invalid)",
        },
      ],
      tables: [],
      charts: [],
    },
    {
      id: "figures",
      kind: "figures",
      title: { "zh-CN": "主要数据", en: "Figures" },
      paragraphs: [],
      tables: [
        {
          id: "figures",
          title: { "zh-CN": "主要数据", en: "Figures" },
          columns: [
            { key: "indicator", label: { "zh-CN": "指标", en: "Indicator" }, kind: "text" },
            { key: "value", label: { "zh-CN": "数值", en: "Value" }, kind: "quantity" },
            { key: "change", label: { "zh-CN": "较上年", en: "Change" }, kind: "number" },
            { key: "remark", label: { "zh-CN": "说明", en: "Remark" }, kind: "text" },
          ],
          rows: [
            {
              cells: {
                indicator: { kind: "text", text: { "zh-CN": "党员先锋岗", en: "Vanguard posts" } },
                value: { kind: "quantity", text: { "zh-CN": "52个", en: "52" }, min: 52, max: 52, exact: true },
                change: { kind: "number", value: -3, text: { "zh-CN": "-3", en: "-3" } },
                remark: { kind: "text", text: { "zh-CN": "=SUM(A1)", en: "=SUM(A1)" } },
              },
            },
            {
              cells: {
                indicator: { kind: "text", text: { "zh-CN": "参与服务的党员", en: "Members serving" } },
                value: { kind: "quantity", text: { "zh-CN": "400余名", en: "400+" }, min: 400, max: 500, exact: false },
                change: { kind: "number", value: 1234.5, text: { "zh-CN": "1,234.5", en: "1,234.5" } },
                remark: { kind: "text", text: { "zh-CN": "-cmd", en: "-cmd" } },
              },
            },
            {
              cells: {
                indicator: { kind: "text", text: { "zh-CN": "投入资金", en: "Funds invested" } },
                value: { kind: "quantity", text: { "zh-CN": "20万元以上", en: "at least 200,000 yuan" }, min: 200000, max: null, exact: false },
                change: { kind: "empty" },
                remark: { kind: "text", text: { "zh-CN": "@x", en: "@x" } },
              },
            },
            {
              cells: {
                indicator: { kind: "text", text: { "zh-CN": "走访户数 | 备注", en: "Households visited | note" } },
                value: { kind: "quantity", text: { "zh-CN": "近1万户", en: "nearly 10,000" }, min: 9000, max: 10000, exact: false },
                remark: { kind: "text", text: { "zh-CN": "甲, 乙 \"丙\"\n第二行 \\ 反斜杠", en: "A, B \"C\"\nsecond line \\ backslash" } },
              },
            },
            {
              cells: {
                indicator: { kind: "text", text: { "zh-CN": "联系人电话", en: "Contact phone" } },
                remark: { kind: "text", text: { "zh-CN": "13800138000；+1；\t制表", en: "13800138000; +1; \ttab" } },
              },
            },
          ],
          note: { "zh-CN": "400余名按（400, 500）计；<b>不加粗</b>", en: "400+ is read as (400, 500); <b>not bold</b>" },
        },
      ],
      charts: [],
    },
    {
      id: "roll-up",
      kind: "roll-up",
      title: { "zh-CN": "逐级汇总", en: "Roll-up" },
      paragraphs: [{ "zh-CN": "参与服务的党员按组织逐级汇总。", en: "Members serving, rolled up the organization tree." }],
      tables: [
        {
          id: "roll-up-members",
          title: { "zh-CN": "参与服务的党员：逐级汇总", en: "Members serving: roll-up" },
          columns: [
            { key: "organization", label: { "zh-CN": "组织", en: "Organization" }, kind: "text" },
            { key: "members", label: { "zh-CN": "党员", en: "Members" }, kind: "quantity" },
            { key: "posts", label: { "zh-CN": "先锋岗", en: "Vanguard posts" }, kind: "number" },
          ],
          rows: [
            {
              depth: 0,
              cells: {
                organization: { kind: "text", text: { "zh-CN": "示例州委", en: "Sample Prefecture committee" } },
                members: { kind: "quantity", text: { "zh-CN": "452至552名", en: "452 to 552" }, min: 452, max: 552, exact: false },
                posts: { kind: "number", value: 52, text: { "zh-CN": "52", en: "52" } },
              },
            },
            {
              depth: 1,
              cells: {
                organization: { kind: "text", text: { "zh-CN": "甲县委", en: "County A committee" } },
                members: { kind: "quantity", text: { "zh-CN": "400余名", en: "400+" }, min: 400, max: 500, exact: false },
                posts: { kind: "number", value: 40, text: { "zh-CN": "40", en: "40" } },
              },
            },
            {
              depth: 2,
              cells: {
                organization: { kind: "text", text: { "zh-CN": "甲县某镇党委", en: "Town committee in County A" } },
                members: { kind: "quantity", text: { "zh-CN": "52名", en: "52" }, min: 52, max: 52, exact: true },
                posts: { kind: "number", value: 12, text: { "zh-CN": "12", en: "12" } },
              },
            },
            {
              emphasis: "total",
              cells: {
                organization: { kind: "text", text: { "zh-CN": "合计", en: "Total" } },
                members: { kind: "quantity", text: { "zh-CN": "452至552名", en: "452 to 552" }, min: 452, max: 552, exact: false },
                posts: { kind: "number", value: 52, text: { "zh-CN": "52", en: "52" } },
              },
            },
          ],
        },
      ],
      charts: [],
    },
    {
      id: "coverage",
      kind: "coverage",
      title: { "zh-CN": "全覆盖情况", en: "Coverage" },
      paragraphs: [],
      tables: [
        {
          id: "coverage-training",
          title: { "zh-CN": "乡镇党员教育培训中心：全覆盖情况", en: "Training centers in every township: coverage" },
          columns: [
            { key: "county", label: { "zh-CN": "县", en: "County" }, kind: "text" },
            { key: "ratio", label: { "zh-CN": "覆盖率", en: "Coverage" }, kind: "ratio" },
            { key: "missing", label: { "zh-CN": "未覆盖", en: "Missing" }, kind: "text" },
          ],
          rows: [
            {
              cells: {
                county: { kind: "text", text: { "zh-CN": "甲县", en: "County A" } },
                ratio: { kind: "ratio", value: 1, text: { "zh-CN": "30/30（100%）", en: "30/30 (100%)" } },
                missing: { kind: "empty" },
              },
            },
            {
              cells: {
                county: { kind: "text", text: { "zh-CN": "乙县", en: "County B" } },
                ratio: { kind: "ratio", value: 29 / 30, text: { "zh-CN": "29/30（96.7%）", en: "29/30 (96.7%)" } },
                missing: { kind: "text", text: { "zh-CN": "乙县某乡", en: "A township in County B" } },
              },
            },
            {
              cells: {
                county: { kind: "text", text: { "zh-CN": "丙县", en: "County C" } },
                ratio: { kind: "ratio", value: null, text: { "zh-CN": "0/0（无对象）", en: "0/0 (none to cover)" } },
              },
            },
          ],
        },
      ],
      charts: [],
    },
    {
      id: "charts",
      kind: "charts",
      title: { "zh-CN": "图表", en: "Charts" },
      paragraphs: [],
      tables: [],
      charts: [
        {
          id: "chart-posts",
          title: { "zh-CN": "各县党员先锋岗", en: "Vanguard posts by county" },
          spec: {
            "zh-CN": {
              $schema: "https://vega.github.io/schema/vega-lite/v6.json",
              data: {
                values: [
                  { county: "甲县", posts: 40 },
                  { county: "乙县<script>alert(1)</script>", posts: 12 },
                  { county: "丙县 13800138000", posts: 0 },
                ],
              },
              mark: "bar",
              encoding: {
                x: { field: "county", type: "nominal", title: "县", sort: null },
                y: { field: "posts", type: "quantitative", title: "先锋岗（个）" },
              },
            },
            en: {
              $schema: "https://vega.github.io/schema/vega-lite/v6.json",
              data: {
                values: [
                  { county: "County A", posts: 40 },
                  { county: "County B<script>alert(1)</script>", posts: 12 },
                  { county: "County C 13800138000", posts: 0 },
                ],
              },
              mark: "bar",
              encoding: {
                x: { field: "county", type: "nominal", title: "County", sort: null },
                y: { field: "posts", type: "quantitative", title: "Vanguard posts" },
              },
            },
          },
        },
      ],
    },
  ],
};
