import { describe, expect, it } from 'vitest';
import { textSha256 } from '../../../src/lib/text/hash.ts';

describe('textSha256', () => {
  it('matches the SHA-256 that sha256sum gives for the same UTF-8 text', () => {
    // printf '%s' 'Everything is seen in China' | sha256sum
    expect(textSha256('Everything is seen in China')).toBe(
      '8f77615a13d95fea996bb79d61aacdd2eacd51996231113627ec2f004664c3de',
    );
    // printf '%s' '' | sha256sum
    expect(textSha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('gives the same hash for CRLF and LF line endings, a byte-order mark and trailing spaces', () => {
    const lf = textSha256('one\ntwo\n\nthree');
    expect(textSha256('one\r\ntwo\r\n\r\nthree\r\n')).toBe(lf);
    expect(textSha256('\uFEFFone\ntwo\n\nthree\n')).toBe(lf);
    expect(textSha256('one  \ntwo\t\n\nthree')).toBe(lf);
  });

  it('gives a different hash when one character changes', () => {
    const base = textSha256('Everything is seen in China');
    expect(textSha256('Everything is seen in China.')).not.toBe(base);
    expect(textSha256('everything is seen in China')).not.toBe(base);
  });

  it('treats curly and straight quotes as different text', () => {
    expect(textSha256('it’s')).not.toBe(textSha256("it's"));
  });
});
