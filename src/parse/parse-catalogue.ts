import type { z } from 'zod';
import { idFromFileName } from './file-id.ts';
import type { ContentReport } from './content-error.ts';
import { readYaml } from './read-yaml.ts';
import { validate } from './validate.ts';

export interface CatalogueFile {
  file: string;
  text: string;
}

export interface CatalogueEntry<T> {
  id: string;
  file: string;
  value: T;
  lineOf(path: ReadonlyArray<string | number>): number;
}

/**
 * A folder of YAML files, one entry per file named after its id (content/tools/argo-cd.yaml):
 * the shape shared by the tool catalogue and the speaker files.
 */
export function parseCatalogue<S extends z.ZodType>(
  files: readonly CatalogueFile[],
  schema: S,
  report: ContentReport,
): CatalogueEntry<z.infer<S>>[] {
  const entries: CatalogueEntry<z.infer<S>>[] = [];
  for (const { file, text } of files) {
    const id = idFromFileName(file, /\.ya?ml$/, 'argo-cd.yaml', report);
    if (!id) continue;
    const yaml = readYaml(text, file, report);
    if (!yaml) continue;
    const value = validate(schema, yaml.value ?? {}, { file, report, lineOf: yaml.lineOf });
    if (value !== undefined) entries.push({ id, file, value, lineOf: yaml.lineOf });
  }
  return entries;
}
