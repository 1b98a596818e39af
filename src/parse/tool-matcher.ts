import type { Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { Mention } from '../schemas/talk.ts';

/** What the matcher needs of a catalogued tool. */
export interface MatchableTool {
  id: string;
  name: string;
  aliases: readonly string[];
  commonWord: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Letters and digits on either side mean the name is part of a longer word.
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';

/**
 * Finds catalogued tools in text: every name and alias in one regular expression, longest
 * first so "Argo CD" wins over "Argo". Built once per catalogue, run once per text node.
 */
export class ToolMatcher {
  private readonly pattern: RegExp | undefined;
  private readonly byLowerName = new Map<string, { tool: MatchableTool; exact: Set<string> }>();

  constructor(tools: Iterable<MatchableTool>) {
    for (const tool of tools) {
      for (const spelling of [tool.name, ...tool.aliases]) {
        const lower = spelling.toLowerCase();
        const entry = this.byLowerName.get(lower) ?? { tool, exact: new Set<string>() };
        entry.exact.add(spelling);
        this.byLowerName.set(lower, entry);
      }
    }
    const names = [...this.byLowerName.keys()].sort((a, b) => b.length - a.length).map(escape);
    this.pattern = names.length ? new RegExp(`${BEFORE}(?:${names.join('|')})${AFTER}`, 'giu') : undefined;
  }

  /** The tool a piece of text names, honouring case for names that are ordinary words. */
  private toolFor(written: string): MatchableTool | undefined {
    const entry = this.byLowerName.get(written.toLowerCase());
    if (!entry) return undefined;
    if (entry.tool.commonWord && !entry.exact.has(written)) return undefined;
    return entry.tool;
  }

  /** Each tool named in `text`, with where it stands, in order of appearance. */
  *matchesIn(text: string): Generator<{ tool: MatchableTool; index: number }> {
    if (!this.pattern) return;
    for (const match of text.matchAll(this.pattern)) {
      const tool = this.toolFor(match[0]);
      if (tool) yield { tool, index: match.index };
    }
  }

  /**
   * Tools mentioned in a talk's notes, each with the sentence that first names it.
   * Code is never read (code nodes hold no text nodes), nor link text that is its own URL.
   */
  mentionsIn(nodes: readonly Nodes[]): Mention[] {
    const mentions = new Map<string, Mention>();
    for (const node of nodes) {
      visitParents(node, 'text', (text: Text, ancestors: Parents[]) => {
        const parent = ancestors[ancestors.length - 1];
        if (parent?.type === 'link' && looksLikeUrl(text.value)) return;
        for (const { tool, index } of this.matchesIn(text.value)) {
          if (mentions.has(tool.id)) continue;
          const block = ancestors.findLast((a) => a.type === 'paragraph' || a.type === 'heading' || a.type === 'tableCell');
          const blockText = block ? toString(block) : text.value;
          const at = Math.max(0, blockText.indexOf(text.value)) + index;
          mentions.set(tool.id, { tool: tool.id, excerpt: sentenceAround(blockText, at) });
        }
      });
    }
    return [...mentions.values()];
  }

  /**
   * Turns the first mention of each tool in `tree` into a link to its page; never inside
   * code, an existing link or a heading.
   */
  linkFirstMentions(tree: Root, href: (toolId: string) => string): void {
    if (!this.pattern) return;
    const linked = new Set<string>();
    findAndReplace(
      tree,
      [
        this.pattern,
        (written: string): PhrasingContent | string | false => {
          const tool = this.toolFor(written);
          if (!tool || linked.has(tool.id)) return false;
          linked.add(tool.id);
          return { type: 'link', url: href(tool.id), data: { hProperties: { className: ['tool-link'] } }, children: [{ type: 'text', value: written }] };
        },
      ],
      { ignore: ['link', 'linkReference', 'heading', 'inlineCode', 'code'] },
    );
  }
}

function looksLikeUrl(text: string): boolean {
  return /^(?:https?:\/\/|www\.)/i.test(text.trim());
}

/** The sentence of `text` around offset `at`, trimmed to a readable length. */
function sentenceAround(text: string, at: number): string {
  const boundary = /[.!?…]\s/g;
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(boundary)) {
    if (match.index < at) start = match.index + match[0].length;
    else {
      end = match.index + 1;
      break;
    }
  }
  const sentence = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return sentence.length > 280 ? `${sentence.slice(0, 279)}…` : sentence;
}
