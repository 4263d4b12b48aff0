/**
 * npm run new -- article "<title>": scaffolds an analysis article with valid
 * frontmatter in content/articles/<slug>.mdx; npm run new -- story "<title>"
 * a story in content/stories/<slug>.yaml. Quotes, claims, people and events:
 * ./new-record.ts.
 */
import { join } from 'node:path';
import { stringify } from 'yaml';
import { contentRoot } from '../src/lib/archive/paths.ts';
import { slugify } from '../src/lib/archive/slug.ts';
import { EditorError, gitUser, today, writeNewFile } from '../src/lib/editor/files.ts';
import { chooseStories, storyFile } from '../src/lib/editor/stories.ts';
import { fail, parseCommandLine, printWritten } from './cli.ts';
import { newRecord, RECORD_HELP, RECORD_OPTIONS } from './new-record.ts';

const HELP = `Usage: npm run new -- article "<title>" [--author NAME] [--description TEXT] [--slug ID] [--story ID]
       npm run new -- story "<title>" [--slug ID]

Creates content/articles/<slug>.mdx with valid frontmatter (published today)
and a first paragraph showing the <Quote>, <Cite> and <ClaimRef> components.
Never overwrites a file.

Options:
  --author NAME        byline (default: git config user.name)
  --description TEXT   the dek: one or two sentences under the headline
  --slug ID            the file name and URL slug (default: from the title)
  --story ID           the story the article analyses (repeat for several); may
                       be left out when the content has one story

A story is created as content/stories/<slug>.yaml, developing, started today,
with a dek and summary to replace.

${RECORD_HELP}`;

const { values, positionals } = parseCommandLine(
  {
    allowPositionals: true,
    options: {
      author: { type: 'string' },
      description: { type: 'string' },
      slug: { type: 'string' },
      ...RECORD_OPTIONS,
      story: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  },
  HELP,
);
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

try {
  const [what, title, ...extra] = positionals;
  if (await newRecord(positionals, values, gitUser)) process.exit(0);
  if (what !== 'article' && what !== 'story')
    throw new EditorError(
      'say what to create: npm run new -- article "<title>", or story "<title>"',
    );
  if (!title?.trim())
    throw new EditorError(`give the ${what} a title: npm run new -- ${what} "<title>"`);
  if (extra.length > 0)
    throw new EditorError(`put the title in quotes; unexpected ${extra.join(' ')}`);
  if (what === 'story') {
    const id = values.slug ?? slugify(title);
    if (!id) throw new EditorError(`cannot make a file name from "${title}": pass --slug`);
    const path = join(contentRoot(), 'stories', `${id}.yaml`);
    printWritten([writeNewFile(path, storyFile(title.trim()), 'choose another title or --slug')]);
    console.log(
      `Replace the dek and summary, then file sources and articles under it with --story ${id}.`,
    );
    process.exit(0);
  }
  const author = values.author ?? gitUser();
  if (!author) throw new EditorError('no byline: pass --author "Your Name"');
  const slug = values.slug ?? slugify(title);
  if (!slug) throw new EditorError(`cannot make a file name from "${title}": pass --slug`);
  const stories = chooseStories(contentRoot(), values.story ?? []);
  const frontmatter = stringify({
    title: title.trim(),
    description: values.description ?? `What the archive shows about ${title.trim()}.`,
    stories,
    published: today(),
    authors: [author],
    tags: [],
  });
  const body = [
    '{/* Quote the archive with <Quote source="source-id" annotation="annotation-id">the exact words</Quote>,',
    '    cite a passage with <Cite source="source-id" annotation="annotation-id" />,',
    '    and point to the claim ledger with <ClaimRef id="claim-id" />. See EDITING.md. */}',
    '',
    'Write the analysis here.',
    '',
  ].join('\n');
  const path = join(contentRoot(), 'articles', `${slug}.mdx`);
  printWritten([
    writeNewFile(path, `---\n${frontmatter}---\n\n${body}`, 'choose another title or --slug'),
  ]);
  console.log('npm run check verifies every quote against the archive before you build.');
} catch (error) {
  fail(error);
}
