/** One "Name (Company)" entry of a Speakers line. */
export interface SpeakerCredit {
  name: string;
  company?: string;
}

const SEPARATOR = /^(?:,|&|;|\s+(?:and|et)\s+)/i;

/** Splits a list on commas, "and", "et", "&" or ";" outside parentheses ("Acme (R&D, Paris)" stays whole). */
export function splitList(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0) {
      const separator = SEPARATOR.exec(value.slice(i));
      if (separator) {
        parts.push(current);
        current = '';
        i += separator[0].length - 1;
        continue;
      }
    }
    current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/** "Laurent Bernaille (Datadog), Mayeul Blanzat (Datadog)" -> two credits with their company. */
export function splitSpeakers(value: string): SpeakerCredit[] {
  return splitList(value).map((entry) => {
    const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(entry);
    if (!match) return { name: entry };
    const company = match[2].trim();
    return company ? { name: match[1].trim(), company } : { name: match[1].trim() };
  });
}
