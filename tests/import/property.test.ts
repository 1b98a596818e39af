import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importContext, importPost, PostError } from '../../src/import/import-post.ts';
import { parseContent } from '../../src/parse/load-content.ts';
import { fixtureSources } from '../helpers/fixtures.ts';

const sources = fixtureSources();
const ctx = importContext(sources, 'content');

// Posts made of the pieces real posts have, in any order, plus arbitrary text.
const markdownPiece = fc.oneof(
  fc.constantFrom('## ', '### ', '# ', '- ', '* ', '1. ', '```', '> ', '---', '+++', '\n', '\n\n', '**', '_', '[a](', ')', '![i](img.png)', '<iframe src="https://www.youtube.com/embed/AAAAAAAAAAA"></iframe>', '{{< youtube AAAAAAAAAAA >}}', '{% youtube BBBBBBBBBBB %}', '<script>alert(1)</script>', '|a|b|\n|-|-|', '[x]: /rel'),
  fc.constantFrom('Speakers: ', 'Présenté par ', 'by ', ' - ', ' – ', ', ', ' et ', ' (', 'Keynotes', 'Day 1', 'Conclusion', 'Talk', 'conférence', 'KubeCon Europe 2019', 'KCD France', 'Paris'),
  fc.constantFrom('Ada Lovelace', 'Grace Hopper (Navy)', 'Jane Doe, CTO, Acme', 'Argo CD', 'kind', 'https://youtu.be/CCCCCCCCCCC', 'https://speakerdeck.com/a/b', 'title: T', 'date: 2019-05-21'),
  fc.string(),
);
const markdown = fc.array(markdownPiece, { maxLength: 40 }).map((parts) => parts.join(''));
const htmlPiece = fc.oneof(
  fc.constantFrom('<article>', '</article>', '<main>', '<nav>menu</nav>', '<aside>x</aside>', '<h1>', '</h1>', '<h2>', '</h2>', '<h3>', '<p>', '</p>', '<ul><li>', '</li></ul>', '<strong>', '</strong>', '<a href="/x">', '<a href="https://youtu.be/AAAAAAAAAAA">', '</a>', '<img src="a.png">', '<iframe src="//www.youtube.com/embed/AAAAAAAAAAA"></iframe>', '<div class="comments">', '</div>', '<meta name="author" content="Ada Lovelace">', '<html lang="fr">'),
  fc.constantFrom('KubeCon Europe 2022', 'Conférence présentée par :', 'Ada Lovelace - Engineer Acme', 'Keynote', '&amp;', '&#0;'),
  fc.string(),
);
const html = fc.array(htmlPiece, { maxLength: 40 }).map((parts) => parts.join(''));

/** The importer's contract: a recap that passes the check, or a PostError saying why not. */
function importOrReport(file: string, text: string, forced: boolean): void {
  let recap;
  try {
    // Forcing the edition takes most posts past the conference guess, to the talks.
    recap = importPost(file, text, ctx, { conference: forced ? 'kubecon-eu-2019' : undefined });
  } catch (error) {
    expect(error).toBeInstanceOf(PostError);
    expect((error as Error).message.length).toBeGreaterThan(0);
    return;
  }
  const withRecap = new Map(sources).set(recap.checkedAs, recap.text);
  if (recap.conferences) withRecap.set('content/conferences.yaml', recap.conferences);
  expect(parseContent(withRecap, 'content').report.errors).toEqual([]);
}

describe('the importer on arbitrary posts', () => {
  it('never crashes on arbitrary Markdown: it writes a recap that passes the check, or reports an error', () => {
    fc.assert(fc.property(markdown, fc.boolean(), (text, forced) => importOrReport('posts/arbitrary.md', text, forced)), { numRuns: 150 });
  });

  it('never crashes on arbitrary HTML', () => {
    fc.assert(fc.property(html, fc.boolean(), (text, forced) => importOrReport('posts/arbitrary.html', text, forced)), { numRuns: 100 });
  });

  it('never crashes on arbitrary plain text', () => {
    fc.assert(fc.property(markdown, fc.boolean(), (text, forced) => importOrReport('posts/arbitrary.txt', text, forced)), { numRuns: 100 });
  });
});
