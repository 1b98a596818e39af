import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

/** A post's text split into its front matter (YAML `---` or TOML `+++`) and its body. */
export interface SplitPost {
  data: Record<string, unknown>;
  /** The body with the front matter replaced by as many empty lines, so lines stay the file's lines. */
  body: string;
}

const FENCES = [
  { pattern: /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/, parse: (text: string) => parseYaml(text) as unknown },
  { pattern: /^\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/, parse: (text: string) => parseToml(text) as unknown },
];

/** Splits off the front matter; throws (with the parser's message) when it is not valid YAML or TOML. */
export function splitFrontMatter(text: string): SplitPost {
  const source = text.replace(/^\uFEFF/, '');
  for (const { pattern, parse } of FENCES) {
    const match = pattern.exec(source);
    if (!match) continue;
    const value = parse(match[1]);
    const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    const lines = match[0].split('\n').length - 1;
    return { data, body: '\n'.repeat(lines) + source.slice(match[0].length) };
  }
  return { data: {}, body: source };
}
