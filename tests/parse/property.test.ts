import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentReport } from '../../src/parse/content-error.ts';
import { parseRecap } from '../../src/parse/parse-recap.ts';
import { fixtureSources } from '../helpers/fixtures.ts';
import { parseContent } from '../../src/parse/load-content.ts';

// Markdown made of the pieces recaps use, in any order, plus arbitrary text.
const piece = fc.oneof(
  fc.constantFrom('## ', '### ', '# ', '- ', '* ', '1. ', '```', '~~~', '> ', '---', '|a|b|\n|-|-|', '\n', '\n\n', '<script>', '{', '<X>', ': '),
  fc.constantFrom('Speakers: ', 'Intervenants: ', 'Video: ', 'Tools: ', 'Kind: ', 'Id: ', 'Company: ', 'Speakrs: '),
  fc.constantFrom('Ada (Acme)', 'et', '&', ',', 'https://x.org', 'not a url', 'keynote', 'Argo CD', 'kind', 'Flux'),
  fc.string(),
);
const body = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const frontmatter = fc.oneof(
  fc.constant('---\ntitle: T\nconference: kcd-france-2023\nauthors: [A]\norganisation: O\nlang: fr\npublished: 2023-03-10\n---\n'),
  fc.string().map((s) => `---\n${s}\n---\n`),
  fc.constant(''),
);

describe('the parser on arbitrary Markdown', () => {
  it('never throws: everything wrong becomes a located content error', () => {
    fc.assert(
      fc.property(frontmatter, body, fc.boolean(), (front, text, mdx) => {
        const report = new ContentReport();
        parseRecap(`content/recaps/x.${mdx ? 'mdx' : 'md'}`, front + text, report);
        for (const issue of [...report.errors, ...report.warnings]) {
          expect(issue.file).toBe(`content/recaps/x.${mdx ? 'mdx' : 'md'}`);
          expect(issue.line).toBeGreaterThanOrEqual(1);
          expect(issue.field.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws while assembling a whole site around an arbitrary recap', () => {
    fc.assert(
      fc.property(frontmatter, body, (front, text) => {
        const sources = fixtureSources(undefined, { 'recaps/arbitrary.md': front + text });
        const { report } = parseContent(sources, 'content');
        for (const issue of report.errors) expect(issue.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });
});
