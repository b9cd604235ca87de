import type { LocalizedText } from "@dangjian/core";

/**
 * A message template split once into its text and its `{name}` placeholders: text at even positions, names at odd
 * ones. Filling it costs a concatenation per placeholder instead of a regular-expression pass per message.
 *
 * @internal
 */
export type CompiledTemplate = readonly string[];

/**
 * A localized message template, compiled in both languages.
 *
 * @internal
 */
export interface CompiledMessage {
  /** The zh-CN template. */
  readonly "zh-CN": CompiledTemplate;
  /** The en template. */
  readonly en: CompiledTemplate;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Splits a template into text and placeholders, as core's `renderMessage` reads it.
 *
 * @param template - the template
 * @returns the compiled template
 * @internal
 */
export function compileTemplate(template: string): CompiledTemplate {
  const parts: string[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, match.index), match[1]!);
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

/**
 * Compiles both languages of a message.
 *
 * @param message - the message
 * @returns the compiled message
 * @internal
 */
export function compileMessage(message: LocalizedText): CompiledMessage {
  return { "zh-CN": compileTemplate(message["zh-CN"]), en: compileTemplate(message.en) };
}

// as core's renderMessage formats a value: lists joined by commas, objects as JSON
function formatParam(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatParam).join(", ");
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return String(value);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * Fills a compiled template as core's `renderMessage` fills the template it came from: each placeholder with its
 * parameter, formatted the same way, and a placeholder without one left as it is. The parameters are the evidence,
 * with `subject` besides unless the evidence has its own.
 *
 * @param template - the compiled template
 * @param evidence - the values to fill in
 * @param subject - the value of `{subject}` when the evidence has none
 * @returns the message
 * @internal
 */
export function fillTemplate(template: CompiledTemplate, evidence: Readonly<Record<string, unknown>>, subject: string): string {
  let out = template[0]!;
  for (let i = 1; i < template.length; i += 2) {
    const name = template[i]!;
    const text = Object.hasOwn(evidence, name) ? formatParam(evidence[name]) : name === "subject" ? subject : `{${name}}`;
    out += text + template[i + 1]!;
  }
  return out;
}
