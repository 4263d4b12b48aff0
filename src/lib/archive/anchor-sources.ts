/**
 * Step 3 of the check: for each source, the archived text. Recomputes its
 * SHA-256 against the recorded one, splits its paragraphs, and anchors each
 * annotation (../text/anchor.ts), reporting duplicates, misses and ambiguities
 * with the words the editor can copy. Anchoring runs even when the fields (or
 * other parts of an annotation) are invalid, so every problem is reported at
 * once; only a fully valid source joins the archive.
 */
import { createAnchorer, type AnchorResult, type QuoteSelector } from '../text/anchor.ts';
import { formatWordDiff } from '../text/diff.ts';
import { textSha256 } from '../text/hash.ts';
import { countWords, lineIndex, paragraphAt, paragraphsOf } from '../text/lines.ts';
import type { CheckedSource, WrittenAnnotation, WrittenSource } from './check-context.ts';
import { locate, reportError } from './diagnostics.ts';
import type { Annotation, Diagnostic, Location, Source } from './model.ts';
import type { RawRecord } from './read.ts';
import { reported, sharedWeakMap, type Reported } from './reuse.ts';
import { SHA256_PATTERN } from '../../schemas/fields.ts';
import type { DiagnosticCode } from './diagnostic-codes.ts';

/** Each source file's checked form, by its record (./reuse.ts). */
const checkedSources = sharedWeakMap<RawRecord, Reported<CheckedSource>>('checkedSources');

/**
 * Checks and anchors every source; returns each by id, in reading order, valid
 * or not. With `reuse`, a source whose file is unchanged (the same record)
 * keeps its checked form and diagnostics from the check before: they depend
 * on the file alone. It gets its own copy of the source and its annotations,
 * which the later steps fill in (an annotation's drift).
 */
export function anchorSources(
  written: WrittenSource[],
  diagnostics: Diagnostic[],
  reuse = false,
): Map<string, CheckedSource> {
  const checked = new Map<string, CheckedSource>();
  const memo = reuse ? checkedSources : undefined;
  for (const w of written) {
    const c = reported(memo, w.record, diagnostics, (own) => checkSource(w, own));
    checked.set(w.record.id, reuse ? copy(c) : c);
  }
  return checked;
}

/** A checked source whose source and annotations are copies, so a check can add to them. */
function copy(c: CheckedSource): CheckedSource {
  return {
    ...c,
    source: { ...c.source, annotations: c.source.annotations.map((a) => ({ ...a })) },
  };
}

/** Checks a source's text and hash, then anchors its annotations. */
function checkSource(
  { record: r, fields, written, writtenIds }: WrittenSource,
  diagnostics: Diagnostic[],
): CheckedSource {
  const text = (r.body ?? '').replace(/\n+$/, '');
  const hasText = text.trim() !== '';
  if (!hasText) {
    reportError(
      diagnostics,
      { file: r.file, line: r.bodyLine ?? 1, column: 1 },
      'empty-text',
      'has no archived text after the frontmatter',
      'paste the verbatim excerpts below the closing `---` line',
    );
  } else {
    const recorded = (r.data as Record<string, unknown>)['sha256'];
    const actual = textSha256(text);
    // Checked against the recorded value whenever it is well-formed, even if other fields are not.
    if (typeof recorded === 'string' && SHA256_PATTERN.test(recorded) && actual !== recorded) {
      reportError(
        diagnostics,
        locate(r, ['sha256']),
        'hash-mismatch',
        `archived text changed since capture: its SHA-256 is ${actual}, but the file records ${recorded}`,
        `if the change is deliberate, record it with \`npm run archive:rehash -- ${r.file}\`; otherwise restore the text exactly as captured`,
      );
    }
  }
  const source: Source = {
    ...(fields ?? ({} as NonNullable<typeof fields>)),
    id: r.id,
    text,
    paragraphs: paragraphsOf(text),
    annotations: [],
    words: countWords(text),
    textLine: r.bodyLine ?? 1,
    location: locate(r),
  };
  if (hasText) source.annotations = anchorAnnotations(source, written, r, diagnostics);
  else reportDuplicateIds(written, r, diagnostics);
  return { record: r, source, valid: Boolean(fields) && hasText, writtenIds, hasText };
}

/** Reports annotation ids used twice in a source that has no text to anchor them in. */
function reportDuplicateIds(
  written: WrittenAnnotation[],
  record: RawRecord,
  diagnostics: Diagnostic[],
): void {
  const seen = new Map<string, number>();
  for (const { index, raw } of written) {
    const id = raw['id'];
    if (typeof id !== 'string') continue;
    const previous = seen.get(id);
    if (previous === undefined) {
      seen.set(id, index);
      continue;
    }
    diagnostics.push(duplicateId(record, index, id, previous));
  }
}

function duplicateId(record: RawRecord, index: number, id: string, previous: number): Diagnostic {
  return {
    severity: 'error',
    code: 'duplicate-id',
    file: record.file,
    ...record.at(['annotations', index, 'id']),
    message: `annotation id "${id}" is used twice in this source (first at line ${record.at(['annotations', previous, 'id']).line})`,
    fix: 'give each annotation its own id; ids appear in links, so keep the older one and rename the new one',
  };
}

/** Anchors a source's annotations, reporting duplicates, misses and ambiguities. */
function anchorAnnotations(
  source: Source,
  written: WrittenAnnotation[],
  record: RawRecord,
  diagnostics: Diagnostic[],
): Annotation[] {
  const anchorer = createAnchorer(source.text);
  const lineOf = lineIndex(source.text, record.bodyLine ?? 1);
  const seen = new Map<string, number>();
  const anchored: Annotation[] = [];
  for (const { index, valid, raw } of written) {
    const location = locate(record, ['annotations', index]);
    const at = (field: string): Location => ({
      file: record.file,
      ...record.at(['annotations', index, field]),
    });
    const report = (where: Location, code: DiagnosticCode, message: string, fix?: string): void => {
      diagnostics.push({ severity: 'error', code, ...where, message, ...(fix ? { fix } : {}) });
    };
    const id = raw['id'];
    if (typeof id === 'string') {
      const previous = seen.get(id);
      if (previous !== undefined) {
        diagnostics.push(duplicateId(record, index, id, previous));
        continue;
      }
      seen.set(id, index);
    }
    // An invalid annotation is still anchored when its selector is usable, to report both at once.
    const { exact, prefix, suffix } = raw;
    const usable =
      typeof exact === 'string' &&
      exact.trim() !== '' &&
      (prefix === undefined || typeof prefix === 'string') &&
      (suffix === undefined || typeof suffix === 'string');
    if (!usable) continue;
    const selector: QuoteSelector = {
      exact,
      ...(typeof prefix === 'string' ? { prefix } : {}),
      ...(typeof suffix === 'string' ? { suffix } : {}),
    };
    const result = anchorer.anchor(selector);
    const label = typeof id === 'string' ? `annotation "${id}"` : `annotation ${index + 1}`;
    switch (result.status) {
      case 'found':
        if (valid) {
          anchored.push({
            ...valid,
            start: result.start,
            end: result.end,
            sourceId: source.id,
            text: source.text.slice(result.start, result.end),
            paragraph: paragraphAt(source.paragraphs, result.start),
            location,
          });
        }
        continue;
      case 'empty':
        report(
          at('exact'),
          'anchor-empty',
          `${label} has an \`exact\` with no visible characters`,
          'copy the passage from the archived text into `exact`',
        );
        continue;
      case 'ambiguous': {
        const lines = result.starts.map((s) => lineOf(s)).join(', ');
        const s = result.suggestion;
        const parts = [
          s?.prefix !== undefined ? `\`prefix: ${JSON.stringify(s.prefix)}\`` : '',
          s?.suffix !== undefined ? `\`suffix: ${JSON.stringify(s.suffix)}\`` : '',
        ].filter(Boolean);
        const fix =
          parts.length > 0
            ? `to mark the first one (line ${lineOf(result.starts[0] as number)}), add ${parts.join(' and ')} to the annotation; for another, copy the words just before or after it into \`prefix\` or \`suffix\``
            : 'add a `prefix` or `suffix`: the words just before or after the passage you mean';
        report(
          at('exact'),
          'anchor-ambiguous',
          `${label}: \`exact\` occurs ${result.count} times in the archived text (lines ${lines}), so it is not clear which one is meant`,
          fix,
        );
        continue;
      }
      case 'not-found': {
        if (selector.prefix !== undefined || selector.suffix !== undefined) {
          const bare = anchorer.anchor({ exact });
          if (bare.status === 'found' || bare.status === 'ambiguous') {
            report(
              at(selector.prefix !== undefined ? 'prefix' : 'suffix'),
              'anchor-context-not-found',
              `${label}: \`exact\` is in the archived text, but not with this ${contextNames(selector)}`,
              contextFix(source.text, selector, bare, lineOf),
            );
            continue;
          }
        }
        const near = result.nearest;
        report(
          at('exact'),
          'anchor-not-found',
          `${label}: \`exact\` is not in the archived text`,
          near
            ? `nearest passage, line ${lineOf(near.start)}: "${near.text}"\n    word diff (exact → archived): ${formatWordDiff(near.diff)}\n    copy the passage exactly as archived`
            : 'copy the passage exactly as it appears below the frontmatter',
        );
        continue;
      }
    }
  }
  return anchored;
}

function contextNames(selector: QuoteSelector): string {
  if (selector.prefix !== undefined && selector.suffix !== undefined)
    return '`prefix` and `suffix`';
  return selector.prefix !== undefined ? '`prefix`' : '`suffix`';
}

/** Shows what really surrounds the passage, so the editor can copy a working prefix or suffix. */
function contextFix(
  text: string,
  selector: QuoteSelector,
  bare: AnchorResult,
  lineOf: (offset: number) => number,
): string {
  const occurrences =
    bare.status === 'found'
      ? [{ start: bare.start, end: bare.end }]
      : bare.status === 'ambiguous'
        ? bare.starts.map((start) => ({ start, end: start }))
        : [];
  const first = occurrences[0];
  if (!first) return 'copy the words just before or after the passage exactly';
  const wordsBefore = text
    .slice(Math.max(0, first.start - 60), first.start)
    .replace(/\s+/g, ' ')
    .trimStart();
  const before = wordsBefore.split(' ').slice(-5).join(' ').trim();
  const end = first.end > first.start ? first.end : first.start + selector.exact.length;
  const after = text
    .slice(end, end + 60)
    .replace(/\s+/g, ' ')
    .split(' ')
    .slice(0, 6)
    .join(' ')
    .trim();
  const unique = bare.status === 'found';
  return [
    `at line ${lineOf(first.start)} the text before it is "…${before}" and after it "${after}…"`,
    unique
      ? `the passage occurs only once, so it needs no ${contextNames(selector)}: remove it, or copy it from there exactly`
      : 'copy the prefix or suffix from there exactly',
  ].join('\n    ');
}
