import type { Talk } from '../schemas/talk.ts';

/** At most this many talks of one tool are looked at per talk: keeps the work linear in talks. */
const CANDIDATES_PER_TOOL = 40;

/**
 * Talks related to each talk, by shared speakers (strongest) and shared tools (rarer tools
 * weigh more). Linear in the number of talks: a popular tool (Kubernetes, in half the talks)
 * contributes a bounded number of candidates, its neighbours in the list.
 */
export function relatedTalks(talks: readonly Talk[], limit = 5): Map<string, string[]> {
  const bySpeaker = new Map<string, string[]>();
  const byTool = new Map<string, string[]>();
  const position = new Map<string, number>();
  // Where each talk stands in each of its tools' lists, so finding it there costs nothing.
  const placeInTool = new Map<string, number>();
  talks.forEach((talk, i) => {
    position.set(talk.id, i);
    for (const s of talk.speakers) (bySpeaker.get(s.speaker) ?? bySpeaker.set(s.speaker, []).get(s.speaker)!).push(talk.id);
    for (const tool of talk.tools) {
      const list = byTool.get(tool) ?? byTool.set(tool, []).get(tool)!;
      placeInTool.set(`${tool}\0${talk.id}`, list.length);
      list.push(talk.id);
    }
  });
  const toolWeight = (tool: string) => 1 / Math.log2(1 + (byTool.get(tool)?.length ?? 1));

  const related = new Map<string, string[]>();
  for (const talk of talks) {
    const scores = new Map<string, number>();
    const add = (id: string, score: number) => {
      if (id !== talk.id) scores.set(id, (scores.get(id) ?? 0) + score);
    };
    for (const s of talk.speakers) for (const id of bySpeaker.get(s.speaker) ?? []) add(id, 3);
    for (const tool of talk.tools) {
      const list = byTool.get(tool) ?? [];
      const at = placeInTool.get(`${tool}\0${talk.id}`)!;
      const from = Math.max(0, Math.min(at - CANDIDATES_PER_TOOL / 2, list.length - CANDIDATES_PER_TOOL));
      for (const id of list.slice(from, from + CANDIDATES_PER_TOOL)) add(id, toolWeight(tool));
    }
    const best = [...scores]
      .sort((a, b) => b[1] - a[1] || position.get(a[0])! - position.get(b[0])!)
      .slice(0, limit)
      .map(([id]) => id);
    related.set(talk.id, best);
  }
  return related;
}
