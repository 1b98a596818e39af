import { distance } from 'fastest-levenshtein';

/** "did you mean kubecon-eu-2019?" for a value close enough to a known one, else undefined. */
export function didYouMean(value: string, known: Iterable<string>): string | undefined {
  const wanted = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(wanted, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(2, Math.floor(wanted.length / 3));
  return best !== undefined && bestDistance <= tolerance ? `did you mean ${best}?` : undefined;
}
