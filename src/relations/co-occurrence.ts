/**
 * For each item, the items that appear with it most often in the same groups (tools discussed
 * in the same talks, people on the same stage), most frequent first.
 */
export function coOccurrence(groups: Iterable<readonly string[]>, limit = 8): Map<string, { id: string; count: number }[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const group of groups) {
    const unique = [...new Set(group)];
    for (const a of unique) {
      const row = counts.get(a) ?? counts.set(a, new Map()).get(a)!;
      for (const b of unique) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  const result = new Map<string, { id: string; count: number }[]>();
  for (const [id, row] of counts) {
    result.set(
      id,
      [...row]
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .slice(0, limit)
        .map(([other, count]) => ({ id: other, count })),
    );
  }
  return result;
}
