import { COLLECTION_NAMES, RECORD_SCHEMAS } from "@dangjian/core";
import { describe, expect, it } from "vitest";
import { LIST_SEPARATORS, sheetColumns } from "./columns.js";
import { enumCode } from "./enum-values.js";
import { HEADER_CATALOGUE } from "./header-catalogue.js";
import { columnHeaders, findColumn, normalizeName } from "./headers.js";

describe("sheetColumns", () => {
  it("spreads small fixed objects over dotted columns and keeps the schema's field order", () => {
    expect(sheetColumns("observations").map((column) => `${column.key}:${column.kind}`)).toEqual([
      "id:text",
      "indicator:text",
      "scope.type:enum",
      "scope.id:text",
      "asOf:partial-date",
      "period.from:partial-date",
      "period.to:partial-date",
      "value:quantity",
      "sources:json",
      "note:text",
    ]);
  });

  it("gives every field of every record schema at least one column", () => {
    for (const collection of COLLECTION_NAMES) {
      const fields = new Set(sheetColumns(collection).map((column) => column.path[0]));
      expect([...fields]).toEqual(Object.keys(RECORD_SCHEMAS[collection].shape));
    }
  });

  it("reads lists of ids and of enum values, and keeps nested arrays of objects as JSON", () => {
    const kinds = Object.fromEntries(sheetColumns("activities").map((column) => [column.key, `${column.kind}/${column.itemKind ?? ""}`]));
    expect(kinds["teamIds"]).toBe("list/text");
    expect(kinds["teamKinds"]).toBe("list/enum");
    expect(kinds["sources"]).toBe("json/");
    expect(kinds["count"]).toBe("quantity/");
  });
});

describe("the header catalogue", () => {
  it("names every column of every collection in zh-CN and en", () => {
    const missing = COLLECTION_NAMES.flatMap((collection) =>
      sheetColumns(collection)
        .filter((column) => {
          const headers = columnHeaders(collection, column.key);
          return !headers?.["zh-CN"] || !headers.en;
        })
        .map((column) => `${collection}.${column.key}`),
    );
    expect(missing).toEqual([]);
  });

  it("has no entry for a column that does not exist", () => {
    for (const collection of COLLECTION_NAMES) {
      const keys = new Set(sheetColumns(collection).map((column) => column.key));
      expect(Object.keys(HEADER_CATALOGUE[collection]).filter((key) => !keys.has(key))).toEqual([]);
    }
  });

  it("never gives two columns of a sheet the same header, in either language or as a field path", () => {
    for (const collection of COLLECTION_NAMES) {
      for (const column of sheetColumns(collection)) {
        const headers = columnHeaders(collection, column.key);
        for (const name of [column.key, headers?.["zh-CN"] ?? "", headers?.en ?? ""]) {
          expect(findColumn(collection, name)?.key, `${collection}: ${name}`).toBe(column.key);
        }
      }
    }
  });

  it("matches headers regardless of case, width, spacing and a trailing required mark", () => {
    expect(findColumn("organizations", " PARENT organization id *")?.key).toBe("parentId");
    expect(findColumn("indicators", "统计对象(中文)")?.key).toBe("countsWhat.zh-CN");
    expect(normalizeName("Ｓｃｏｐｅ　ＩＤ")).toBe("scope id");
  });
});

describe("enum columns", () => {
  const enumColumns = COLLECTION_NAMES.flatMap((collection) =>
    sheetColumns(collection).filter((column) => column.values).map((column) => ({ collection, column })),
  );

  it("all have zh-CN and en labels from core's vocabulary", () => {
    expect(enumColumns.filter(({ column }) => !column.labels).map(({ collection, column }) => `${collection}.${column.key}`)).toEqual([]);
  });

  it("read every code and every label back as its value", () => {
    for (const { column } of enumColumns) {
      for (const value of column.values ?? []) {
        const label = column.labels?.labels[value];
        expect(enumCode(column, value)).toBe(value);
        // a label that spells another value's code reads as that code; writers then write the code instead
        if (label && enumCode(column, label["zh-CN"]) !== value) expect(column.values).toContain(label["zh-CN"]);
        if (label && enumCode(column, label.en) !== value) expect(column.values).toContain(normalizeName(label.en));
      }
    }
  });

  it("have no label holding a list separator, so lists of labels split cleanly", () => {
    const bad = enumColumns
      .filter(({ column }) => column.kind === "list")
      .flatMap(({ column }) => Object.values(column.labels?.labels ?? {}).flatMap((label) => [label["zh-CN"], label.en]))
      .filter((label) => LIST_SEPARATORS.some((separator) => label.includes(separator)));
    expect(bad).toEqual([]);
  });
});
