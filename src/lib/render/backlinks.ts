/** Backlinks computed once per archive: which articles refer to each claim. */

/** What the backlinks need of an article. */
export interface ReferencingArticle {
  id: string;
  published: string;
  references: readonly { claim?: string }[];
}

const memo = new WeakMap<readonly ReferencingArticle[], Map<string, ReferencingArticle[]>>();

/**
 * The articles that refer to each claim with `<ClaimRef>`, newest first,
 * keyed by claim id. Computed once per list of articles.
 */
export function articlesByClaim<A extends ReferencingArticle>(
  articles: readonly A[],
): Map<string, A[]> {
  const cached = memo.get(articles);
  if (cached) return cached as Map<string, A[]>;
  const map = new Map<string, A[]>();
  const newestFirst = [...articles].sort((a, b) =>
    a.published < b.published ? 1 : a.published > b.published ? -1 : a.id < b.id ? -1 : 1,
  );
  for (const article of newestFirst) {
    for (const claim of new Set(article.references.flatMap((r) => (r.claim ? [r.claim] : [])))) {
      const list = map.get(claim) ?? [];
      list.push(article);
      map.set(claim, list);
    }
  }
  memo.set(articles, map);
  return map;
}
