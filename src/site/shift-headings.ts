/**
 * Moves the headings of an HTML fragment by `offset` levels (never above h2 nor below h6):
 * notes written under a "###" talk keep their hierarchy under the talk page's own headings.
 */
export function shiftHeadings(html: string, offset: number): string {
  if (offset === 0) return html;
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, close: string, level: string) => `<${close}h${Math.min(6, Math.max(2, Number(level) + offset))}`);
}
