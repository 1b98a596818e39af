import type { ImportedRecap } from './import-post.ts';

export interface ImportError {
  source: string;
  message: string;
}

/** The --json report: one object, the shape issue #11 gives. */
export function jsonReport(recaps: readonly (ImportedRecap & { file: string })[], errors: readonly ImportError[]): string {
  return JSON.stringify(
    {
      recaps: recaps.map((r) => ({
        source: r.source,
        file: r.file,
        conference: r.conference,
        review: [...r.notes, ...r.review],
        talks: r.talks.map(({ title, line, speakers, video, slides, tools }) => ({ title, line, speakers, video, slides, tools })),
      })),
      errors,
    },
    null,
    2,
  );
}

/** The report a writer reads: per recap, its talks with speakers, companies, video and tools, then what to review. */
export function textReport(recap: ImportedRecap & { file: string }, written: boolean): string {
  const lines = [`${recap.source} -> ${recap.file} (${recap.conference})${written ? '' : ' [dry run, not written]'}`, `  ${recap.talks.length} talks:`];
  for (const talk of recap.talks) {
    const speakers = talk.speakers.map((s) => (s.company ? `${s.name} (${s.company})` : s.name)).join(', ') || (talk.companies?.length ? `unknown, company: ${talk.companies.join(', ')}` : 'unknown');
    lines.push(`  - line ${talk.line}: ${talk.title}`, `      speakers: ${speakers}`);
    if (talk.video) lines.push(`      video: ${talk.video}`);
    if (talk.slides) lines.push(`      slides: ${talk.slides}`);
    if (talk.tools.length) lines.push(`      tools: ${talk.tools.join(', ')}`);
  }
  lines.push(...recap.notes.map((note) => `  ${note}`));
  if (recap.review.length) lines.push('  to review (also in the recap\'s review: list):', ...recap.review.map((entry) => `  * ${entry}`));
  return lines.join('\n');
}
