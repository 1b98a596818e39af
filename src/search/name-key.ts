import { nameKey } from '../parse/normalise.ts';

/**
 * How a typed name is compared with a tool's names: the catalogue's nameKey without its spaces
 * ("Argo CD", "argocd" and "argo-cd" are one key). The search page's client does the same.
 */
export function searchNameKey(text: string): string {
  return nameKey(text).replaceAll(' ', '');
}
