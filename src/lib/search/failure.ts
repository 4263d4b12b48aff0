/**
 * Why search failed, in words a reader can pass on. The search page never
 * swallows an error: it shows that search (or a part of it) failed, this
 * cause beside it, and logs the error itself to the console.
 */

/** A one-line cause for an error of any kind: its name and message, or what was thrown. */
export function failureCause(error: unknown): string {
  if (error instanceof Error) {
    const message = error.message.trim().replace(/\s+/g, ' ');
    const name = error.name && error.name !== 'Error' ? `${error.name}: ` : '';
    return message ? `${name}${message}` : error.name || 'unknown error';
  }
  if (typeof error === 'string' && error.trim()) return error.trim();
  return 'unknown error';
}
