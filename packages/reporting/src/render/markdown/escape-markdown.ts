// Characters that start inline markup anywhere in a line (GFM: emphasis, code, links, HTML, entities, tables,
// strikethrough, math on some hosts, headings' closing sequence, email autolinks). Any ASCII punctuation may be
// backslash-escaped in CommonMark, so escaping more than needed is harmless.
const INLINE_SPECIALS = /[\\`*_[\]<>|~$&#@]/g;
// Extended autolinks (GFM) need no markup: break the scheme or the `www.` so the text stays text.
const AUTOLINK = /\b(https?|ftp)(:\/\/)|\b(www)(\.)/gi;
// Markers that start a block at the beginning of a line: list items, setext underlines, ordered lists.
const LINE_START = /^([+\-=])|^(\d+)([.)])/;

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * Escapes text for a Markdown inline context (a table cell, emphasis) so no character of it becomes markup.
 * Newlines are left to the caller.
 *
 * @param text - plain text
 * @returns the text with every Markdown special escaped
 * @internal
 */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(INLINE_SPECIALS, (c) => "\\" + c)
    .replace(AUTOLINK, (_match, scheme?: string, separator?: string, www?: string, dot?: string) =>
      scheme !== undefined ? `${scheme}\\${separator ?? ""}` : `${www ?? ""}\\${dot ?? ""}`,
    );
}

/**
 * Escapes one line of text that starts a block (a paragraph line, a heading, a list item): inline specials, and
 * what would start a list, a setext heading or an ordered list at its start. Blanks at either end are dropped,
 * since four of them first would start a code block and two last a line break.
 *
 * @param line - one line of plain text
 * @returns the escaped line
 * @internal
 */
export function escapeMarkdownLine(line: string): string {
  return escapeMarkdownInline(line.replace(/^[ \t]+|[ \t]+$/g, "")).replace(LINE_START, (_match, marker?: string, digits?: string, delimiter?: string) =>
    marker !== undefined ? "\\" + marker : `${digits ?? ""}\\${delimiter ?? ""}`,
  );
}

/**
 * Escapes a paragraph: each line as a block line, joined by hard line breaks; blank lines dropped so the text
 * stays one paragraph.
 *
 * @param text - plain text, possibly with newlines
 * @returns Markdown for one paragraph
 * @internal
 */
export function escapeMarkdownParagraph(text: string): string {
  return normalizeNewlines(text)
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map(escapeMarkdownLine)
    .join("\\\n");
}

/**
 * Escapes text for a heading or a list item: one line, newlines become spaces.
 *
 * @param text - plain text
 * @returns Markdown for one line
 * @internal
 */
export function escapeMarkdownOneLine(text: string): string {
  return escapeMarkdownLine(normalizeNewlines(text).replace(/\s*\n\s*/g, " ").trim());
}

/**
 * Escapes text for a GFM table cell: inline specials and `|`, newlines as `<br>`.
 *
 * @param text - plain text
 * @returns Markdown for one cell
 * @internal
 */
export function escapeMarkdownCell(text: string): string {
  return normalizeNewlines(text)
    .split("\n")
    .map((line) => escapeMarkdownInline(line.trim()))
    .join("<br>");
}
