import { describe, expect, it } from 'vitest';
import { ContentReport } from '../../src/parse/content-error.ts';
import { parseRecap } from '../../src/parse/parse-recap.ts';
import { splitSpeakers } from '../../src/parse/split-speakers.ts';

const FRONT = '---\ntitle: T\nconference: kcd-france-2023\nauthors: [A]\norganisation: O\nlang: fr\npublished: 2023-03-10\n---\n\n';

function parse(body: string) {
  const report = new ContentReport();
  const draft = parseRecap('content/recaps/test.md', FRONT + body, report);
  return { draft: draft!, report };
}

describe('parseRecap', () => {
  it('reads a talk from a heading followed by English metadata', () => {
    const { draft, report } = parse(
      '## Building images\n- Speakers: Laurent Bernaille (Datadog), Mayeul Blanzat (Datadog)\n- Video: https://www.youtube.com/watch?v=abc\n- Slides: https://example.org/s.pdf\n- Tools: BuildKit, strace\n- Kind: deep-dive\n- Id: builds\n\nNotes.\n',
    );
    expect(report.errors).toEqual([]);
    expect(draft.talks).toHaveLength(1);
    expect(draft.talks[0]).toMatchObject({
      title: 'Building images',
      line: 10,
      explicitId: 'builds',
      kind: 'deep-dive',
      video: 'https://www.youtube.com/watch?v=abc',
      slides: 'https://example.org/s.pdf',
      speakers: [
        { name: 'Laurent Bernaille', company: 'Datadog' },
        { name: 'Mayeul Blanzat', company: 'Datadog' },
      ],
      toolNames: [{ name: 'BuildKit' }, { name: 'strace' }],
    });
  });

  it('reads French keys, case-insensitively, and French kinds', () => {
    const { draft, report } = parse('### Table ronde\n- INTERVENANTS: Zineb Benhiba et Rémi Verchère\n- Vidéo: https://youtu.be/x\n- outils: Kubernetes\n- Type: table ronde\n\nNotes.\n');
    expect(report.errors).toEqual([]);
    expect(draft.talks[0]).toMatchObject({ kind: 'panel', video: 'https://youtu.be/x', speakers: [{ name: 'Zineb Benhiba' }, { name: 'Rémi Verchère' }] });
  });

  it.each(['Orateurs', 'Par', 'Speaker'])('reads speakers under "%s"', (key) => {
    const { draft } = parse(`## Talk\n- ${key}: Ada Lovelace (Analytical)\n`);
    expect(draft.talks[0].speakers).toEqual([{ name: 'Ada Lovelace', company: 'Analytical' }]);
  });

  it('takes the URL of a Markdown link as the video', () => {
    const { draft } = parse('## Talk\n- Speakers: A\n- Video: [la vidéo](https://youtu.be/abc)\n');
    expect(draft.talks[0].video).toBe('https://youtu.be/abc');
  });

  it('reads a talk named only by its company', () => {
    const { draft, report } = parse('## Incident\n- Company: InfluxData\n\nNotes.\n');
    expect(report.errors).toEqual([]);
    expect(draft.talks[0]).toMatchObject({ speakers: [], companies: ['InfluxData'] });
  });

  it('accepts "Speakers: unknown" when the recap does not say who spoke', () => {
    const { draft, report } = parse('## Canary\n- Speakers: unknown\n');
    expect(report.errors).toEqual([]);
    expect(draft.talks[0]).toMatchObject({ speakers: [], speakersUnknown: true });
  });

  it('does not take a "##" inside a code block for a heading', () => {
    const { draft } = parse('## Talk\n- Speakers: A\n\n```md\n## Not a talk\n- Speakers: B\n```\n\nafter\n');
    expect(draft.talks).toHaveLength(1);
    expect(draft.talks[0].notes.map((n) => n.type)).toEqual(['code', 'paragraph']);
  });

  it('treats a heading without metadata as prose, and a grouping heading as holding the talks under it', () => {
    const { draft } = parse(
      'Intro.\n\n## Keynotes\n\n### First keynote\n- Speakers: A\n- Kind: keynote\n\nFirst notes.\n\n#### A detail\n\nStill first.\n\n### Second keynote\n- Speakers: B\n\nSecond notes.\n\n## Conclusion\n\nThe end.\n',
    );
    expect(draft.talks.map((t) => t.title)).toEqual(['First keynote', 'Second keynote']);
    expect(draft.talks[0].notes.map((n) => n.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(draft.talks[1].notes.map((n) => n.type)).toEqual(['paragraph']);
    // Prose parts keep the intro, the grouping heading and the conclusion, in order.
    expect(draft.parts.map((p) => (p.talk ? `talk:${p.talk.title}` : p.nodes.map((n) => n.type).join('+')))).toEqual([
      'paragraph+heading',
      'talk:First keynote',
      'talk:Second keynote',
      'heading+paragraph',
    ]);
  });

  it('ends notes at the next heading of the same or a higher level', () => {
    const { draft } = parse('### Talk\n- Speakers: A\n\nNotes.\n\n## Other section\n\nNot notes.\n');
    expect(draft.talks[0].notes).toHaveLength(1);
  });

  it('keeps an ordinary list after a prose heading as prose', () => {
    const { draft, report } = parse('## Ce que nous retenons\n- Kubernetes est partout\n- Les operateurs aussi\n');
    expect(report.errors).toEqual([]);
    expect(draft.talks).toEqual([]);
  });

  it('removes raw HTML and MDX code from what it keeps', () => {
    const report = new ContentReport();
    const draft = parseRecap('content/recaps/x.mdx', `${FRONT}import X from './x.js'\n\n## Talk\n- Speakers: A\n\n<Note>Keep this</Note>\n`, report)!;
    expect(draft.talks[0].notes.map((n) => n.type)).toEqual(['paragraph']);
    expect(report.warnings.map((w) => w.field)).toEqual(['mdxjsEsm', 'mdxJsxTextElement']);
  });
});

describe('splitSpeakers', () => {
  it.each([
    ['A (X), B (Y)', ['A', 'B']],
    ['A and B', ['A', 'B']],
    ['A et B', ['A', 'B']],
    ['A & B', ['A', 'B']],
    ['A, B et C', ['A', 'B', 'C']],
  ])('splits "%s"', (value, names) => {
    expect(splitSpeakers(value).map((s) => s.name)).toEqual(names);
  });

  it('keeps separators inside a company name', () => {
    expect(splitSpeakers('Ada (Procter & Gamble, Paris) and Bob (R and D)')).toEqual([
      { name: 'Ada', company: 'Procter & Gamble, Paris' },
      { name: 'Bob', company: 'R and D' },
    ]);
  });

  it('does not split a name containing "et" or "and" inside a word', () => {
    expect(splitSpeakers('Pierre Etienne, Sandy Anderson').map((s) => s.name)).toEqual(['Pierre Etienne', 'Sandy Anderson']);
  });
});
