import { load } from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siteUrls } from '../../src/urls.ts';
import { compileRecap } from '../../src/parse/compile-recap.ts';
import { ContentReport } from '../../src/parse/content-error.ts';
import { ToolMatcher } from '../../src/parse/tool-matcher.ts';
import { prepareForIndex } from '../../src/search/prepare-html.ts';
import { scriptingAttributes } from '../helpers/built-site.ts';

// The property test of the whole notes pipeline: arbitrary Markdown with raw HTML, links,
// images, code and hostile strings, through parse, compile, render and the indexer's HTML.

const FRONT = '---\ntitle: T\nconference: kcd-france-2023\nauthors: [A]\norganisation: O\nlang: en\npublished: 2023-03-10\n---\n\n';
const matcher = new ToolMatcher([
  { id: 'argo-cd', name: 'Argo CD', aliases: ['ArgoCD'], commonWord: false },
  { id: 'kind', name: 'kind', aliases: [], commonWord: true },
]);

/** Strings that have broken HTML sanitisers: script URLs in all spellings, handlers, breakouts. */
const HOSTILE = [
  '"><script>alert(1)</script>',
  "javascript:alert(1)",
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  "';alert(1)//",
  '<a href="javascript:alert(1)">x</a>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<form><button formaction="javascript:alert(1)">x</button></form>',
  '<object data="javascript:alert(1)"></object>',
  '<body onload=alert(1)>',
  '<input onfocus=alert(1) autofocus>',
  '<details open ontoggle=alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<!--<script>alert(1)</script>-->',
];
/** Hostile strings that leave an element open, so what follows them is inside removed markup. */
const UNCLOSED = ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '<script>', '<style>', '<!--', '<a href="', '<textarea>', '<plaintext>', '<xmp>'];
const hostile = fc.constantFrom(...HOSTILE);
const url = fc.constantFrom('https://example.org/a?b=1', 'http://example.org/', '/tools/argo-cd/', '#notes', 'mailto:a@example.org', ...HOSTILE.slice(1, 7));
/** A word the reader must find: letters, then digits, never a tool name or an HTML word. */
const word = fc.tuple(fc.stringMatching(/^[a-z]{2,6}$/), fc.nat(999)).map(([letters, n]) => `q${letters}${n}`);

/** A run of notes holding one word in a place where a reader sees it, and markup around it. */
const visible = fc.oneof(
  word.map((w) => [w, w] as const),
  fc.tuple(word, fc.constantFrom('*', '**', '_', '~~', '`')).map(([w, m]) => [`${m}${w}${m}`, w] as const),
  fc.tuple(word, url).map(([w, u]) => [`[${w}](${u})`, w] as const),
  fc.tuple(word, url).map(([w, u]) => [`![alt](${u}) ${w}`, w] as const),
  fc.tuple(word, url).map(([w, u]) => [`<a href="${u.replaceAll('"', '&quot;')}" onclick="alert(1)" target="_blank">${w}</a>`, w] as const),
  fc.tuple(word, fc.constantFrom('span', 'b', 'font', 'div', 'p', 'u', 'marquee', 'center', 'svg', 'strong', 'abbr'), fc.constantFrom('onmouseover="alert(1)"', 'style="x:expression(alert(1))"', 'class="c"', 'id="main"', ''))
    .map(([w, tag, attribute]) => [`<${tag} ${attribute}>${w}</${tag}>`, w] as const),
  word.map((w) => [`<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe> ${w}`, w] as const),
  word.map((w) => [`<iframe src="javascript:alert(1)">fallback</iframe> ${w}`, w] as const),
  word.map((w) => [`<script>alert("${w}x")</script> ${w}`, w] as const),
  word.map((w) => [`<!-- hidden --> ${w}`, w] as const),
  fc.tuple(word, hostile).map(([w, h]) => [`${w} ${h}`, w] as const),
);
/** A block: a paragraph, a list, a quote, code, a table, an HTML block or a disclosure. */
const block = fc
  .tuple(fc.array(visible, { minLength: 1, maxLength: 4 }), fc.constantFrom('p', 'list', 'quote', 'fence', 'table', 'div', 'details', 'iframe-block'))
  .map(([runs, shape]) => {
    const text = runs.map(([markdown]) => markdown).join(' ');
    const words = runs.map(([, w]) => w);
    const plain = words.join(' ');
    const markdown = {
      p: text,
      list: `- ${text}\n- ${plain}`,
      quote: `> ${text}`,
      fence: `\`\`\`\n${text}\n\`\`\``,
      table: `| ${plain} | x |\n|---|---|\n| ${text.replaceAll('|', '\\|')} | y |`,
      div: `<div onclick="alert(1)">\n\n${text}\n\n</div>`,
      details: `<details><summary>${plain}</summary>\n\n${text}\n\n</details>`,
      'iframe-block': `<iframe src="https://player.vimeo.com/video/123456789"></iframe> and ${plain}\n${plain}`,
    }[shape];
    return { markdown, words };
  });
/** Anything at all after the last tracked word: it may open a tag it never closes. */
const tail = fc.array(fc.oneof(hostile, fc.string(), fc.constantFrom(...UNCLOSED)), { maxLength: 6 }).map((parts) => parts.join(' '));

const wordsOf = (text: string) => new Set(text.split(/[^\p{L}\p{N}]+/u));

describe('the notes pipeline on arbitrary and hostile Markdown', () => {
  it('never lets a handler, a script URL or a script through, and loses no word outside removed markup', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), tail, fc.boolean(), (blocks, end, withVideo) => {
        const video = withVideo ? '- Video: https://youtu.be/abcdefghijk\n' : '';
        const notes = [...blocks.map((b) => b.markdown), end].join('\n\n');
        const recap = compileRecap('content/recaps/x.md', `${FRONT}## A talk\n- Speakers: Ada\n${video}\nNotes start here.\n\n${notes}\n`, matcher, new ContentReport(), siteUrls('/'));
        const html = recap?.talks[0]?.html ?? '';
        const page = `<!doctype html><html lang="en"><head><title>A talk</title></head><body><main data-pagefind-body>${html}</main></body></html>`;
        const indexed = prepareForIndex(page);
        for (const rendered of [html, indexed]) {
          const $ = load(rendered);
          expect($('script').length).toBe(0);
          expect(scriptingAttributes($), rendered).toEqual([]);
        }
        const shown = wordsOf(load(html).text());
        const found = wordsOf(load(indexed)('body').text());
        for (const w of blocks.flatMap((b) => b.words)) {
          expect(shown.has(w), `"${w}" not in the rendered notes:\n${notes}\n---\n${html}`).toBe(true);
          expect(found.has(w), `"${w}" not in the indexed text`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
