import { t } from '../i18n/ui.ts';

/**
 * The types of the pages found by name: indexed in the named bundle (named-bundle.ts), shown as
 * a row of "also" links under a query's talks, first when the query is their name.
 */
export const namedTypes: readonly string[] = [t.types.tool, t.types.project, t.types.speaker];
