// East Asian wide and full-width characters take two columns of a monospace grid, as in a spreadsheet.
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

/**
 * The width of a text in spreadsheet columns: a CJK or full-width character counts two, others one; for text
 * over several lines, its widest line.
 *
 * @param text - any text
 * @returns its width in character columns
 * @internal
 */
export function textWidth(text: string): number {
  let widest = 0;
  for (const line of text.split(/\r\n?|\n/)) {
    let width = 0;
    for (const character of line) width += WIDE.test(character) ? 2 : 1;
    widest = Math.max(widest, width);
  }
  return widest;
}
