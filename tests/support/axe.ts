import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.0, 2.1 and 2.2 A and AA rule sets every page is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules that depend on colour: all that can change with the colour scheme. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page as it is loaded and describes each violation as
 * `label rule [impact]: help at target`, with axe's summary of the failure.
 * `rules` limits the run to those rules (within the WCAG tags).
 *
 * Legacy mode runs axe.run() in the page itself. The default mode runs axe in
 * each frame and then finishes in a blank page it opens for every analysis,
 * which took about half of the time of each check here; its gain, testing
 * cross-origin frames, does not apply: the site has no frames, and the
 * privacy gate proves it loads nothing from another origin.
 */
export async function axeViolations(
  page: Page,
  label: string,
  rules?: readonly string[],
): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode();
  const results = await (rules ? builder.withRules([...rules]) : builder).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${label} ${violation.id} [${violation.impact ?? ''}]: ${violation.help} at ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`,
    ),
  );
}
