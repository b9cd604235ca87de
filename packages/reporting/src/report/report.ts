import { z } from "zod";
import { CalendarDateSchema, LocalizedTextSchema, RecordIdSchema, defineEnumLabels } from "@dangjian/core";

/**
 * The version of the report model; a renderer or a reader of the JSON output checks it.
 *
 * @category Report model
 */
export const REPORT_FORMAT_VERSION = "1";

/**
 * The kinds of values a table column holds.
 *
 * @category Report model
 */
export const REPORT_CELL_KINDS = ["text", "number", "quantity", "ratio"] as const;

/**
 * The kind of value a table column holds: text, a number, a loose quantity, or a ratio.
 *
 * @category Report model
 */
export const ReportCellKindSchema = z.enum(REPORT_CELL_KINDS);

/**
 * The kind of value a table column holds.
 *
 * @category Report model
 */
export type ReportCellKind = z.infer<typeof ReportCellKindSchema>;

/**
 * A text cell, in both languages.
 *
 * @category Report model
 */
export const TextCellSchema = z.object({
  /** Always `text`. */
  kind: z.literal("text"),
  /** The text in both languages. */
  text: LocalizedTextSchema,
});

/**
 * A number cell: the value, and its display text in both languages.
 *
 * @category Report model
 */
export const NumberCellSchema = z.object({
  /** Always `number`. */
  kind: z.literal("number"),
  /** The value. */
  value: z.number(),
  /** The value as shown, in both languages (`1,234`). */
  text: LocalizedTextSchema,
});

/**
 * A loose-quantity cell: the figure as stated in both languages, with its bounds for a spreadsheet.
 *
 * @category Report model
 */
export const QuantityCellSchema = z.object({
  /** Always `quantity`. */
  kind: z.literal("quantity"),
  /** The figure as shown (`400余名`, `400+`). */
  text: LocalizedTextSchema,
  /** The lower bound, null when unbounded. */
  min: z.number().nullable(),
  /** The upper bound, null when unbounded. */
  max: z.number().nullable(),
  /** Whether the figure is exact (min equals max, both inclusive). */
  exact: z.boolean(),
});

/**
 * A ratio cell (a coverage rate): the value between 0 and 1, null when the denominator is zero, and its text.
 *
 * @category Report model
 */
export const RatioCellSchema = z.object({
  /** Always `ratio`. */
  kind: z.literal("ratio"),
  /** The ratio between 0 and 1; null when nothing was to be covered. */
  value: z.number().nullable(),
  /** The ratio as shown, in both languages (`30/30（100%）`). */
  text: LocalizedTextSchema,
});

/**
 * An empty cell: nothing to show.
 *
 * @category Report model
 */
export const EmptyCellSchema = z.object({
  /** Always `empty`. */
  kind: z.literal("empty"),
});

/**
 * One cell of a report table. Every cell carries its display text in both languages, so a renderer only picks.
 *
 * @category Report model
 */
export const ReportCellSchema = z.discriminatedUnion("kind", [TextCellSchema, NumberCellSchema, QuantityCellSchema, RatioCellSchema, EmptyCellSchema]);

/**
 * One cell of a report table.
 *
 * @category Report model
 */
export type ReportCell = z.infer<typeof ReportCellSchema>;

/**
 * A column of a report table.
 *
 * @category Report model
 */
export const ReportColumnSchema = z.object({
  /** The key of the column's cells in each row. */
  key: z.string().min(1),
  /** The column's header. */
  label: LocalizedTextSchema,
  /** The kind of value it holds; an empty cell may stand in any column. */
  kind: ReportCellKindSchema,
});

/**
 * A column of a report table.
 *
 * @category Report model
 */
export type ReportColumn = z.infer<typeof ReportColumnSchema>;

/**
 * One row of a report table.
 *
 * @category Report model
 */
export const ReportRowSchema = z.object({
  /** The cells by column key; a missing key is an empty cell. */
  cells: z.record(z.string(), ReportCellSchema),
  /** The depth of the row in a tree-shaped table (0 for the top), for indenting. */
  depth: z.number().int().nonnegative().optional(),
  /** `total` for a row that sums the others. */
  emphasis: z.enum(["total"]).optional(),
});

/**
 * One row of a report table.
 *
 * @category Report model
 */
export type ReportRow = z.infer<typeof ReportRowSchema>;

/**
 * A table of a report: columns and rows, every cell with its text in both languages.
 *
 * @category Report model
 */
export const ReportTableSchema = z.object({
  /** The table's id, unique in the report; file and sheet names derive from it. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The table's title. */
  title: LocalizedTextSchema,
  /** The columns, in order. */
  columns: z.array(ReportColumnSchema),
  /** The rows, in order. */
  rows: z.array(ReportRowSchema),
  /** A note shown under the table. */
  note: LocalizedTextSchema.optional(),
});

/**
 * A table of a report.
 *
 * @category Report model
 */
export type ReportTable = z.infer<typeof ReportTableSchema>;

/**
 * A chart of a report: a Vega-Lite specification per language, data inline. The HTML renderer turns it into SVG.
 *
 * @category Report model
 */
export const ReportChartSchema = z.object({
  /** The chart's id, unique in the report. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The chart's title. */
  title: LocalizedTextSchema,
  /** The Vega-Lite specification in each language, with its data inline. */
  spec: z.object({
    /** The specification with Chinese labels. */
    "zh-CN": z.record(z.string(), z.unknown()),
    /** The specification with English labels. */
    en: z.record(z.string(), z.unknown()),
  }),
});

/**
 * A chart of a report.
 *
 * @category Report model
 */
export type ReportChart = z.infer<typeof ReportChartSchema>;

/**
 * The kinds of report sections, in the order a report shows them by default.
 *
 * @category Report model
 */
export const REPORT_SECTION_KINDS = ["narrative", "figures", "roll-up", "coverage", "reconciliation", "findings", "charts"] as const;

/**
 * A kind of report section.
 *
 * @category Report model
 */
export const ReportSectionKindSchema = z.enum(REPORT_SECTION_KINDS);

/**
 * A kind of report section.
 *
 * @category Report model
 */
export type ReportSectionKind = z.infer<typeof ReportSectionKindSchema>;

/**
 * The zh-CN and en labels of every report section kind, used as default section titles.
 *
 * @category Report model
 */
export const reportSectionKindLabels = defineEnumLabels("ReportSectionKind", REPORT_SECTION_KINDS, {
  narrative: { "zh-CN": "综述", en: "Summary" },
  figures: { "zh-CN": "主要数据", en: "Figures" },
  "roll-up": { "zh-CN": "逐级汇总", en: "Roll-up" },
  coverage: { "zh-CN": "全覆盖情况", en: "Coverage" },
  reconciliation: { "zh-CN": "数据核对", en: "Reconciliation" },
  findings: { "zh-CN": "规则检查", en: "Rule findings" },
  charts: { "zh-CN": "图表", en: "Charts" },
});

/**
 * A section of a report: a title, then paragraphs, tables and charts, shown in that order. What each kind
 * computed is in its tables; `details` keeps the same results as data for programs reading the JSON model.
 *
 * @category Report model
 */
export const ReportSectionSchema = z.object({
  /** The section's id, unique in the report. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** What the section holds. */
  kind: ReportSectionKindSchema,
  /** The section's heading. */
  title: LocalizedTextSchema,
  /** Paragraphs of text, in order. */
  paragraphs: z.array(LocalizedTextSchema),
  /** Tables, in order. */
  tables: z.array(ReportTableSchema),
  /** Charts, in order. */
  charts: z.array(ReportChartSchema),
  /** The section's results as data (roll-ups, coverage results, reconciliations, findings); renderers ignore it. */
  details: z.unknown().optional(),
});

/**
 * A section of a report.
 *
 * @category Report model
 */
export type ReportSection = z.infer<typeof ReportSectionSchema>;

/**
 * A document a report cites, as the dataset lists it.
 *
 * @category Report model
 */
export const ReportSourceSchema = z.object({
  /** The document's id in the dataset. */
  documentId: RecordIdSchema,
  /** Its title. */
  title: LocalizedTextSchema,
  /** Its date as stated (`2022-08`), if known. */
  date: z.string().optional(),
});

/**
 * A document a report cites.
 *
 * @category Report model
 */
export type ReportSource = z.infer<typeof ReportSourceSchema>;

/**
 * A report: a plain data model that holds everything a renderer shows, every text in both languages. Built by
 * `buildReport`; rendered by `renderMarkdown`, `renderHtml`, `renderCsv`, `renderXlsx` and `renderJson`, which
 * never compute a figure.
 *
 * @category Report model
 */
export const ReportSchema = z.object({
  /** The model's version, {@link REPORT_FORMAT_VERSION}. */
  formatVersion: z.literal(REPORT_FORMAT_VERSION),
  /** The report's title. */
  title: LocalizedTextSchema,
  /** The scope and period in one line, under the title (renderers add the as-of day). */
  subtitle: LocalizedTextSchema,
  /** What the report is about: an organization or a region, and everything under it. */
  scope: z.object({
    /** `organization` or `region`. */
    type: z.enum(["organization", "region"]),
    /** The record's id. */
    id: RecordIdSchema,
    /** The record's name. */
    name: LocalizedTextSchema,
  }),
  /** The span the figures fall in; both ends inclusive, absent for an open end. */
  period: z.object({
    /** The first day, `YYYY-MM-DD`. */
    from: CalendarDateSchema.optional(),
    /** The last day, `YYYY-MM-DD`. */
    to: CalendarDateSchema.optional(),
    /** The period as shown (`2022年第三季度`, `2022 Q3`). */
    label: LocalizedTextSchema,
  }),
  /** The day rules and coverage are judged for. */
  asOf: CalendarDateSchema,
  /** Whether personal data (resident ID numbers, phone numbers) is masked, the default, or shown as the caller asked. */
  personalData: z.enum(["masked", "visible"]),
  /** The documents the figures come from. */
  sources: z.array(ReportSourceSchema),
  /** The sections, in order. */
  sections: z.array(ReportSectionSchema),
});

/**
 * A report.
 *
 * @category Report model
 */
export type Report = z.infer<typeof ReportSchema>;
