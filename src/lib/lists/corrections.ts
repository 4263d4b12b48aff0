/** Published corrections, across articles or for one: what the corrections page, the article foot and the feed list. */
import type { Article } from '../archive/model.ts';

/** One correction with the article it corrects. */
export interface ListedCorrection {
  article: Article;
  /** Its position in the article's `corrections` list as written, from 0 (stable: new ones are added). */
  index: number;
  /** Day the correction was made, YYYY-MM-DD. */
  date: string;
  /** What was wrong and what is right. */
  text: string;
}

function listed(article: Article): ListedCorrection[] {
  return article.corrections.map((c, index): ListedCorrection => ({ article, index, ...c }));
}

/**
 * Every correction of every article, newest first; on the same day, by the
 * article's title, then in the order the article lists them.
 */
export function correctionsNewestFirst(articles: readonly Article[]): ListedCorrection[] {
  return articles
    .flatMap(listed)
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        a.article.title.localeCompare(b.article.title) ||
        a.article.id.localeCompare(b.article.id) ||
        a.index - b.index,
    );
}

/** An article's corrections oldest first (then as written), as its foot lists them. */
export function correctionsInOrder(article: Article): ListedCorrection[] {
  return listed(article).sort((a, b) => a.date.localeCompare(b.date) || a.index - b.index);
}
