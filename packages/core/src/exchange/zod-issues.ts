import type { z } from "zod";
import type { Issue } from "../issue/issue.js";
import { createIssue } from "../issue/message.js";
import { toJsonPointer } from "../issue/json-pointer.js";
import { exchangeMessages as messages } from "./messages.js";

const TYPE_NAMES_ZH: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  boolean: "布尔值",
  object: "对象",
  array: "数组",
  null: "空值",
  undefined: "空缺",
  bigint: "大整数",
};

const FORMATS: Record<string, { zh: string; en: string }> = {
  date: { zh: "应为 YYYY-MM-DD 格式的真实日期", en: "a real date as YYYY-MM-DD" },
  url: { zh: "应为网址", en: "a URL" },
  email: { zh: "应为电子邮箱地址", en: "an email address" },
};

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function show(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  return text.length > 60 ? text.slice(0, 57) + "…" : text;
}

function carried(issue: z.core.$ZodIssue): Issue | undefined {
  if (issue.code !== "custom") return undefined;
  const params = (issue as { params?: { dangjian?: Issue } }).params;
  return params?.dangjian;
}

function flattenUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] | undefined {
  if (issue.code !== "invalid_union") return undefined;
  // a union whose every branch failed on a carried issue of ours (a quantity text) reports that issue
  const found: z.core.$ZodIssue[] = [];
  for (const branch of issue.errors) for (const inner of branch) if (carried(inner)) found.push({ ...inner, path: [...issue.path, ...inner.path] });
  return found.length > 0 ? found : undefined;
}

/**
 * Turns zod's issues for one record into our located, bilingual issues.
 *
 * @param zodIssues - the issues zod reported for the record
 * @param record - the record as given, to say which value was wrong
 * @param base - the path of the record from the document root
 * @returns our issues, with JSON pointers from the document root
 * @example
 * ```ts
 * const result = PartyOrganizationSchema.safeParse(input);
 * if (!result.success) fromZodIssues(result.error.issues, input, ["organizations", 3]);
 * ```
 * @category Exchange
 */
export function fromZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  record: unknown,
  base: readonly PropertyKey[],
): Issue[] {
  const out: Issue[] = [];
  for (const raw of zodIssues) {
    for (const issue of flattenUnion(raw) ?? [raw]) out.push(fromZodIssue(issue, record, base));
  }
  return out;
}

function fromZodIssue(issue: z.core.$ZodIssue, record: unknown, base: readonly PropertyKey[]): Issue {
  const path = [...base, ...issue.path];
  const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "(record)";
  const value = valueAt(record, issue.path);
  const inner = carried(issue);
  if (inner) {
    const { location, ...rest } = inner;
    return { ...rest, path: toJsonPointer(path) + (inner.path === "" ? "" : inner.path), ...(location ? { location } : {}) };
  }
  switch (issue.code) {
    case "invalid_type": {
      if (value === undefined) return createIssue("shape.required", messages["shape.required"], { path, params: { field } });
      const received = typeOf(value);
      return createIssue("shape.invalid_type", messages["shape.invalid_type"], {
        path,
        params: {
          field,
          expected: issue.expected,
          received,
          expectedZh: TYPE_NAMES_ZH[issue.expected] ?? issue.expected,
          receivedZh: TYPE_NAMES_ZH[received] ?? received,
        },
      });
    }
    case "too_small":
      return createIssue("shape.too_small", messages["shape.too_small"], {
        path,
        params: { field, minimum: String(issue.minimum), value: show(value) },
      });
    case "too_big":
      return createIssue("shape.too_big", messages["shape.too_big"], {
        path,
        params: { field, maximum: String(issue.maximum), value: show(value) },
      });
    case "invalid_format": {
      const known = FORMATS[issue.format];
      const pattern = "pattern" in issue && typeof issue.pattern === "string" ? issue.pattern : undefined;
      return createIssue("shape.invalid_format", messages["shape.invalid_format"], {
        path,
        params: {
          field,
          value: show(value),
          format: issue.format,
          formatZh: known?.zh ?? (pattern ? `应符合 ${pattern}` : issue.message),
          formatEn: known?.en ?? (pattern ? `of the form ${pattern}` : issue.message),
        },
      });
    }
    case "invalid_value":
      return createIssue("shape.invalid_value", messages["shape.invalid_value"], {
        path,
        params: { field, value: show(value), allowed: issue.values.map((v) => String(v)).join(", ") },
      });
    case "invalid_union":
      return createIssue("shape.invalid_union", messages["shape.invalid_union"], {
        path,
        params: { field, value: show(value) },
      });
    default:
      return createIssue("shape.invalid", messages["shape.invalid"], {
        path,
        params: { field, detail: issue.message, zodCode: issue.code },
      });
  }
}
