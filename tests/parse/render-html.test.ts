import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.ts';
import { renderHtml } from '../../src/parse/render-html.ts';

import { shiftHeadings } from '../../src/site/shift-headings.ts';

const render = (markdown: string) => renderHtml(parseMarkdown(markdown, false).children);

describe('renderHtml', () => {
  it('drops raw HTML, so a recap cannot inject a script', () => {
    const html = render('Hello <script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/<script|onerror|<iframe/i);
  });

  it('removes javascript: URLs from links', () => {
    const html = render('[click](javascript:alert(1)) and [ok](https://example.org)');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="https://example.org"');
  });

  it('marks external links noopener noreferrer, and leaves internal ones alone', () => {
    const html = render('[out](https://example.org) [in](/tools/argo-cd/)');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer external">out</a>');
    expect(html).toContain('<a href="/tools/argo-cd/">in</a>');
  });

  it('renders GFM tables, strikethrough and autolinks', () => {
    const html = render('| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ www.example.org');
    expect(html).toContain('<table>');
    expect(html).toContain('<del>old</del>');
    expect(html).toContain('href="http://www.example.org"');
  });

  it('shifts headings under the page title, never to h1', () => {
    expect(shiftHeadings(render('### Detail'), 0)).toBe('<h3>Detail</h3>');
    expect(shiftHeadings(render('#### Detail'), -1)).toBe('<h3>Detail</h3>');
    expect(shiftHeadings(render('## Detail\n\n<p>x</p>'), -3)).toBe('<h2>Detail</h2>');
  });
});
