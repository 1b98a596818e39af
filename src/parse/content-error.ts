/**
 * Problems found in the content folder. Parsing never stops at the first one: every stage
 * reports into a ContentReport, and the caller decides to fail once everything has been read.
 */
export interface ContentIssue {
  /** Path relative to the project root, as a writer would open it. */
  file: string;
  line: number;
  /** The field or key at fault (`conference`, `Speakers`, `tools[2]`...). */
  field: string;
  message: string;
  expected: string;
  hint?: string;
}

export class ContentReport {
  readonly errors: ContentIssue[] = [];
  readonly warnings: ContentIssue[] = [];

  error(issue: ContentIssue): void {
    this.errors.push(issue);
  }

  warn(issue: ContentIssue): void {
    this.warnings.push(issue);
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}

export function formatIssue(issue: ContentIssue): string {
  const hint = issue.hint ? `\n    hint: ${issue.hint}` : '';
  return `${issue.file}:${issue.line}  ${issue.field}: ${issue.message}\n    expected: ${issue.expected}${hint}`;
}

/** Thrown once parsing is over, carrying every error found, so one run reports them all. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];

  constructor(issues: ContentIssue[]) {
    const count = `${issues.length} content error${issues.length === 1 ? '' : 's'}`;
    super(`${count}:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}
