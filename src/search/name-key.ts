/**
 * How a typed name is compared with a tool's names: no case, accents, spaces or punctuation
 * ("Argo CD", "argocd" and "argo-cd" are one key). The search page's client does the same.
 */
export function searchNameKey(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
}
