import { z } from 'zod';
import { cncfCorrectionSchema, cncfProjectFileSchema, type CncfProject } from '../schemas/cncf-project.ts';
import { historyFromLandscape } from './cncf-maturity.ts';
import type { ContentReport } from './content-error.ts';
import { didYouMean } from './did-you-mean.ts';
import { readYaml } from './read-yaml.ts';
import { validate } from './validate.ts';

export type ProjectDraft = Omit<CncfProject, 'tools' | 'talks'>;

/**
 * The CNCF projects: the generated landscape file, with the corrections file's histories
 * replacing the landscape's where it knows better (OpenEBS was sandbox in 2019).
 */
export function parseCncf(
  projects: { file: string; text: string },
  corrections: { file: string; text: string } | undefined,
  report: ContentReport,
): ProjectDraft[] {
  let raw: unknown;
  try {
    raw = JSON.parse(projects.text);
  } catch (error) {
    report.error({
      file: projects.file,
      line: 1,
      field: 'JSON',
      message: (error as Error).message,
      expected: 'the file written by `npm run cncf:import`',
      hint: 'run npm run cncf:import to write it again',
    });
    return [];
  }
  const parsed = validate(z.array(cncfProjectFileSchema), raw, { file: projects.file, report, lineOf: () => 1 });
  if (!parsed) return [];
  const byId = new Map<string, ProjectDraft>(parsed.map((p) => [p.id, { ...p, history: historyFromLandscape(p) }]));

  if (corrections) {
    const yaml = readYaml(corrections.text, corrections.file, report);
    const value = yaml && validate(z.record(z.string(), cncfCorrectionSchema), yaml.value ?? {}, { file: corrections.file, report, lineOf: yaml.lineOf });
    for (const [id, correction] of Object.entries(value ?? {})) {
      const project = byId.get(id);
      if (!project) {
        report.error({
          file: corrections.file,
          line: yaml?.lineOf([id]) ?? 1,
          field: id,
          message: `unknown CNCF project "${id}"`,
          expected: 'the id of a project in content/cncf/projects.json',
          hint: didYouMean(id, byId.keys()),
        });
        continue;
      }
      project.history = [...correction.history].sort((a, b) => a.date.localeCompare(b.date));
    }
  }
  return [...byId.values()];
}
