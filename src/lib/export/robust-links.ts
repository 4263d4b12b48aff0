/**
 * Robust Links: a link to an original web page carries the original's
 * address and the address and date of an archived copy, so the text stays
 * reachable if the original changes or disappears. This site's archived copy
 * of a source is its source page; its date is the capture day.
 *
 * @see https://robustlinks.mementoweb.org/spec/
 */
import type { Source } from '../archive/model.ts';
import { absolute, known, siteInfo } from './site.ts';
import { urls } from '../urls.ts';

/** The data-* attributes of a robust link to a source's original. */
export interface RobustLinkAttributes {
  'data-originalurl'?: string;
  'data-versionurl'?: string;
  'data-versiondate'?: string;
}

/**
 * The attributes to spread on a link to `source`'s original (`{...robustLinkAttributes(source, Astro.site)}`);
 * none when the original address is unknown.
 */
export function robustLinkAttributes(
  source: Pick<Source, 'id' | 'url' | 'captured'>,
  site: URL | string | undefined,
): RobustLinkAttributes {
  const original = known(source.url);
  if (original === undefined) return {};
  return {
    'data-originalurl': original,
    'data-versionurl': absolute(siteInfo(site), urls.source(source.id)),
    'data-versiondate': source.captured,
  };
}
