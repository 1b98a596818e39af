import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.ts';
import { describeRemovals, removalsByLine, renderHtml, renderNotes } from '../../src/parse/render-html.ts';

import { shiftHeadings } from '../../src/site/shift-headings.ts';

const render = (markdown: string) => renderHtml(parseMarkdown(markdown, false).children);

describe('renderHtml', () => {
  it('removes scripts, event handlers and foreign frames from raw HTML, so a recap cannot inject a script', () => {
    const html = render('Hello <script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/<script|onerror|<iframe|alert/i);
    expect(html).toContain('Hello');
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
    expect(shiftHeadings(render('## Detail\n\n<p>x</p>'), -3)).toBe('<h2>Detail</h2>\n<p>x</p>');
  });
});

describe('raw HTML in notes is parsed, sanitised and kept', () => {
  const notes = (markdown: string, takeVideo = false) => renderNotes(parseMarkdown(markdown, false).children, { takeVideo });
  const warnings = (markdown: string) => removalsByLine(notes(markdown).removals).map(describeRemovals);

  it('keeps the prose of an HTML block that starts with an iframe, to the blank line and after', () => {
    const { html } = notes('<iframe src="https://evil.example/x"></iframe> and the first line\nsecond line\nthird line\n\nNext paragraph');
    expect(html).not.toContain('<iframe');
    for (const words of ['and the first line', 'second line', 'third line', 'Next paragraph']) expect(html).toContain(words);
  });

  it('keeps a paragraph inside a div, without the div', () => {
    expect(notes('<div class="note">\n\nInside a *div*\n\n</div>').html.trim()).toBe('<p>Inside a <em>div</em></p>');
    expect(notes('<div><p>Raw paragraph</p></div>').html).toBe('<p>Raw paragraph</p>');
  });

  it('keeps the elements of blog posts that notes may use', () => {
    const html = notes('<p align="center">Centred</p>\n\n<details><summary>More</summary>\n\nHidden *words*\n\n</details>\n\n<figure><img src="https://example.org/a.png" alt="A diagram"><figcaption>Caption</figcaption></figure>').html;
    expect(html).toContain('<p align="center">Centred</p>');
    expect(html).toContain('<details><summary>More</summary>');
    expect(html).toContain('<p>Hidden <em>words</em></p>');
    expect(html).toContain('<figure><img src="https://example.org/a.png" alt="A diagram"><figcaption>Caption</figcaption></figure>');
  });

  it('drops HTML comments without a warning', () => {
    const rendered = notes('Before <!-- a note to self --> after');
    expect(rendered.html).toBe('<p>Before  after</p>');
    expect(rendered.removals).toEqual([]);
  });

  it('drops a script or a style with its content, and says so', () => {
    const rendered = notes('Text\n\n<script>alert("x")</script>\n\n<style>p { color: red }</style>\n\nEnd');
    expect(rendered.html).not.toMatch(/alert|color/);
    expect(rendered.html).toContain('End');
    expect(warnings('Text\n\n<script>alert("x")</script>')).toEqual(['script at line 3 removed with its content']);
  });

  it('names each removed element and attribute with its line, as the check prints them', () => {
    const markdown = 'Intro\n\n<p onclick="steal()">Click <span style="color:red">here</span></p>\n\n[x](javascript:alert(1)) <img src="data:image/png;base64,AA" alt="pic">\n\n<svg onload="alert(1)"><text>drawn</text></svg>';
    expect(warnings(markdown)).toEqual([
      'onclick at line 3 dropped; span removed, its text kept',
      'href="javascript:alert(1)" at line 5 dropped; src="data:image/png;base64,AA" dropped',
      'svg at line 7 removed, its text kept',
    ]);
    const { html } = notes(markdown);
    for (const words of ['Click', 'here', 'drawn', 'pic']) expect(html).toContain(words);
    expect(html).not.toMatch(/onclick|javascript:|data:|<svg|style=/);
  });

  it('turns a YouTube or Vimeo iframe into a link to the video', () => {
    const rendered = notes('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="The talk"></iframe>\n\n<iframe src="https://player.vimeo.com/video/123456789"></iframe>');
    expect(rendered.html).toContain('<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer external">The talk</a>');
    expect(rendered.html).toContain('<a href="https://vimeo.com/123456789" rel="noopener noreferrer external">https://vimeo.com/123456789</a>');
    expect(removalsByLine(rendered.removals).map(describeRemovals)).toEqual(['iframe at line 1 replaced by a link', 'iframe at line 3 replaced by a link']);
  });

  it("makes the first video iframe the talk's video when asked, and the next ones links", () => {
    const rendered = notes('<iframe src="//www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe>\n\n<iframe src="https://youtu.be/abcdefghijk"></iframe>', true);
    expect(rendered.video?.watch).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(rendered.html).not.toContain('dQw4w9WgXcQ');
    expect(rendered.html).toContain('href="https://www.youtube.com/watch?v=abcdefghijk"');
    expect(rendered.removals.map((r) => r.outcome)).toEqual(["became the talk's video", 'replaced by a link']);
  });

  it('gives the text a reader sees, without markup or removed scripts', () => {
    expect(notes('Some <b>bold</b> words<script>evil()</script>').text).toBe('Some bold words');
  });
});
