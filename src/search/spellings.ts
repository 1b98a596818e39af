/**
 * The ways people type a tool's name: "Argo CD" is also searched as "argocd" and "argo-cd",
 * "cert-manager" as "cert manager" and "certmanager". Written on the tool's page (and weighted)
 * so that each of them finds the page first.
 */
export function spellingsOf(name: string, aliases: readonly string[]): string[] {
  const variants = new Set<string>();
  for (const written of [name, ...aliases]) {
    const words = written.split(/[\s_.-]+/).filter(Boolean);
    variants.add(written);
    if (words.length > 1) {
      variants.add(words.join(' '));
      variants.add(words.join('-'));
      variants.add(words.join(''));
    }
  }
  return [...variants].filter((v) => v !== name);
}

/**
 * How a CNCF project is named: its id, its name, and the name's parts where the landscape adds
 * an acronym or a maker ("Open Policy Agent (OPA)" is also "Open Policy Agent" and "OPA").
 */
export function projectSpellings(id: string, name: string): string[] {
  const parts = /^(.+?)\s*\((.+)\)$/.exec(name);
  return [id, name, ...(parts ? [parts[1], parts[2]] : [])];
}
