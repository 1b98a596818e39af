/**
 * npm run check [-- --talks]: validates the content folder without building the site.
 * Prints every error and warning with its file and line, then the counts; exits 1 on any error.
 */
import { formatIssue } from '../parse/content-error.ts';
import { languageName } from '../languages/language-tag.ts';
import { loadContentInParallel } from '../parse/load-content.ts';
import { isStemmed } from '../search/stemming.ts';

const started = performance.now();
const { content, report, drafts } = await loadContentInParallel();
const listTalks = process.argv.includes('--talks');

for (const warning of report.warnings) console.warn(`warning  ${formatIssue(warning)}`);
for (const file of drafts) console.log(`draft  ${file}: shown by npm run dev, left out of the build`);
for (const error of report.errors) console.error(`error  ${formatIssue(error)}`);

if (listTalks) {
  const titles = new Map(content.talks.map((t) => [t.id, t.title]));
  for (const recap of content.recaps) {
    console.log(`\n${recap.file} (${recap.conference}): ${recap.talks.length} talks`);
    for (const id of recap.talks) console.log(`  - ${titles.get(id)}  [${id}]`);
  }
  console.log('');
}

const counts = [
  `${content.editions.length} conferences`,
  `${content.recaps.length} recaps`,
  `${content.talks.length} talks`,
  `${content.speakers.length} speakers`,
  `${content.tools.length} tools`,
  `${content.projects.length} projects`,
  ...(drafts.length ? [`${drafts.length} draft${drafts.length === 1 ? '' : 's'} left out`] : []),
].join(', ');
// What search does with each language that has content.
const notesByLang = new Map<string, number>();
for (const talk of content.talks) for (const note of talk.notes) notesByLang.set(note.lang, (notesByLang.get(note.lang) ?? 0) + 1);
for (const [lang, notes] of [...notesByLang].sort(([a], [b]) => a.localeCompare(b))) {
  const how = isStemmed(lang) ? 'stemmed by search' : 'indexed unstemmed (exact words and prefixes, accents folded)';
  console.log(`${lang} (${languageName(lang, 'en')}): ${notes} talk note${notes === 1 ? '' : 's'}, ${how}`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`${counts} (${report.errors.length} errors, ${report.warnings.length} warnings, ${seconds} s)`);
process.exitCode = report.ok ? 0 : 1;
