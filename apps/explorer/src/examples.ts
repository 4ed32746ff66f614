import readme from '../../../README.md?raw';

export interface Example {
  /** The README's sentence before the example, shortened. */
  title: string;
  query: string;
}

/** The README's GraphQL examples, taken at build time so the explorer offers exactly what the README shows. */
export function readmeExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  const block = /```graphql\n([\s\S]*?)```/g;
  let end = 0;
  for (let match = block.exec(markdown); match; match = block.exec(markdown)) {
    const before =
      markdown
        .slice(end, match.index)
        .trim()
        .split(/\n\s*\n/)
        .pop() ?? '';
    end = match.index + match[0].length;
    examples.push({ title: titleOf(before), query: match[1].trimEnd() + '\n' });
  }
  return examples;
}

function titleOf(paragraph: string): string {
  const text = paragraph
    .replace(/^#+\s*/, '')
    .replace(/[*`]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  // The first sentence, or more where it is only a lead-in such as "Time."
  const sentence = /^(.{30,}?[.:])(\s|$)/.exec(text)?.[1] ?? text;
  return sentence.length > 110 ? `${sentence.slice(0, 107)}…` : sentence || 'Eksempel';
}

export const EXAMPLES = readmeExamples(readme);

/** The sign-in mutation from the README, for the second tab. */
export const SIGN_IN = EXAMPLES.find((e) => e.query.includes('signIn('));

/** JSON with comments: GraphiQL sends only the live lines, so the hint stays until someone fills it in. */
export const signInHint = `{
  // Log ind med signIn (2. fane) og indsæt accessToken:
  // "Authorization": "Bearer <accessToken>"
}
`;
