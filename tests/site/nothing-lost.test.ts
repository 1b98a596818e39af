import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { describe, expect, inject, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.ts';
import { urls } from '../../src/urls.ts';
import { pageAt } from '../helpers/built-site.ts';
import { HOSTILE, VALID } from '../helpers/fixtures.ts';

/** Runs of letters or digits: the words a reader looks for. */
const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Every word of a recap's body as written: text, code, link texts and image descriptions (raw
 * HTML tags and inline scripts left out). A talk's `Id:` line is a key joining recaps, never shown, so not text.
 */
function writtenWords(file: string): string[] {
  const tree = parseMarkdown(readFileSync(file, 'utf8'), file.endsWith('.mdx'));
  const texts: string[] = [];
  // Text between inline <script> and </script> (or style) is code the sanitiser removes with its element.
  let inScript = false;
  visit(tree, (node) => {
    if (node.type === 'yaml') return SKIP;
    if (node.type === 'html') inScript = /^<(script|style)\b/i.test(node.value) ? !/<\/(script|style)>\s*$/i.test(node.value) : inScript && !/^<\/(script|style)>/i.test(node.value);
    if (inScript) return CONTINUE;
    if (node.type === 'listItem' && /^\s*id\s*:/i.test(toString(node))) return SKIP;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') texts.push(node.value);
    if (node.type === 'image') texts.push(node.alt ?? '');
    return CONTINUE;
  });
  return wordsOf(texts.join(' '));
}

/** The words a reader of the recap's page sees (each text node on its own), images' descriptions included. */
function pageWords(dist: string, id: string): Set<string> {
  const $ = pageAt(dist, urls.recap(id));
  const texts = $('main *').contents().filter((_, node) => node.type === 'text').map((_, node) => $(node).text()).get();
  const alts = $('main img').map((_, img) => $(img).attr('alt') ?? '').get();
  return new Set(wordsOf([...texts, ...alts].join(' ')));
}

const recapsOf = (folder: string) => readdirSync(join(folder, 'recaps')).filter((name) => /\.mdx?$/.test(name));
const cases: [string, string, string][] = [
  ...recapsOf('content').map((name): [string, string, string] => [`content/recaps/${name}`, join('content/recaps', name), 'siteDist']),
  ...recapsOf(VALID).map((name): [string, string, string] => [`tests/fixtures/valid/recaps/${name}`, join(VALID, 'recaps', name), 'fixtureDist']),
  ...recapsOf(HOSTILE).map((name): [string, string, string] => [`tests/fixtures/hostile/recaps/${name}`, join(HOSTILE, 'recaps', name), 'hostileDist']),
];

describe('no text of a recap is lost between the file and the page', () => {
  it.each(cases)('every word of %s is on its recap page', (_, file, dist) => {
    const id = file.split('/').pop()!.replace(/\.mdx?$/, '');
    const shown = pageWords(inject(dist as 'siteDist'), id);
    const missing = [...new Set(writtenWords(file))].filter((word) => !shown.has(word));
    expect(missing).toEqual([]);
  });
});
