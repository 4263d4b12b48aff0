/**
 * The phases of an `astro build`, read from its output: the time until the
 * content is loaded and checked, the archive checks' own figure, bundling,
 * rendering (Astro's "generating static routes" step) and Pagefind indexing.
 */
import type { TimedLine } from './process.ts';

/** Phase durations in seconds; null when the output did not show the phase. */
export interface Phases {
  /** From the start until Astro reports the content synced (startup, config, checks, loaders). */
  loadCheckSeconds: number | null;
  /** What the archive-checks integration reports for its own run. */
  archiveChecksSeconds: number | null;
  /** From "Building static entrypoints" to "generating static routes". */
  bundleSeconds: number | null;
  /** Astro's own figure for generating the static routes. */
  renderSeconds: number | null;
  /** What the Pagefind integration reports: `indexed N pages in X ms`. */
  indexSeconds: number | null;
}

/** The phases as the bench's JSON line names them. */
export type PhaseFigures = Record<
  'load_check_s' | 'archive_checks_s' | 'bundle_s' | 'render_s' | 'index_s',
  number | null
>;

/** The phases under the names of the bench's JSON line (scripts/bench/main.ts, shards.ts). */
export function phaseFigures(phases: Phases): PhaseFigures {
  return {
    load_check_s: phases.loadCheckSeconds,
    archive_checks_s: phases.archiveChecksSeconds,
    bundle_s: phases.bundleSeconds,
    render_s: phases.renderSeconds,
    index_s: phases.indexSeconds,
  };
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Reads the phases from a build's timed output lines. */
export function parsePhases(lines: readonly TimedLine[]): Phases {
  // Astro colours its output when it thinks it can; strip escape codes before matching.
  const plain = lines.map((l) => ({ t: l.t, text: l.text.replace(/\u001b\[[0-9;]*m/g, '') }));
  const at = (pattern: RegExp): TimedLine | undefined => plain.find((l) => pattern.test(l.text));
  const index = plain.findIndex((l) => /generating static routes/.test(l.text));
  const synced = at(/\[content\] Synced content/);
  const bundling = at(/Building static entrypoints/);
  const routes = index >= 0 ? plain[index] : undefined;
  const completed = plain.slice(index + 1).find((l) => /Completed in \d/.test(l.text));
  const checks = at(/archive-checks\] checked .* in (\d+) ms/);
  const indexed = at(/indexed \d+ pages in (\d+) ms/);
  // Astro writes "Completed in 812ms.", "Completed in 28.36s." or "Completed in 1m 5s.".
  const seconds = (text: string | undefined): number | null => {
    const match = text ? /Completed in (?:(\d+)m\s*)?([\d.]+)\s*(ms|s)\b/.exec(text) : null;
    if (!match) return null;
    const minutes = Number(match[1] ?? 0);
    return round(minutes * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1));
  };
  const ms = (line: TimedLine | undefined, pattern: RegExp): number | null => {
    const match = line ? pattern.exec(line.text) : null;
    return match ? round(Number(match[1]) / 1000) : null;
  };
  return {
    loadCheckSeconds: synced ? round(synced.t) : null,
    archiveChecksSeconds: ms(checks, /in (\d+) ms/),
    bundleSeconds: bundling && routes ? round(routes.t - bundling.t) : null,
    renderSeconds: index >= 0 ? seconds(completed?.text) : null,
    indexSeconds: ms(indexed, /pages in (\d+) ms/),
  };
}
