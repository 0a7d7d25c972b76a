// A password must be long and hard to guess. zxcvbn (the zxcvbn-ts port) knows the tens of thousands of passwords
// that fill breach lists, common names and words, keyboard walks and dates: its verdict is "breached-looking" without
// sending anything to an outside service (this portal may run where none is reachable).
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { MIN_PASSWORD_LENGTH } from './better-auth';

/** zxcvbn's scale: 3 is "safely unguessable" (about 10^10 guesses); below it is refused. */
const MIN_SCORE = 3;

let checker: ZxcvbnFactory | undefined;
const zxcvbn = () => {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return checker;
};

export type PasswordVerdict = { ok: true } | { ok: false; reason: string };

/** Judges a new password, also against the person's own email and name (a password made of them is weak). */
export function judgePassword(password: string, about: { email: string; name?: string }): PasswordVerdict {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { ok: false, reason: `the password is shorter than ${MIN_PASSWORD_LENGTH} characters` };
  }
  const inputs = [about.email, about.email.split('@')[0] ?? '', about.name ?? '', 'tripline'].filter(Boolean);
  const result = zxcvbn().check(password, inputs);
  if (result.score >= MIN_SCORE) return { ok: true };
  const common = result.sequence.some(
    (m) => m.pattern === 'dictionary' && String(m.dictionaryName).startsWith('passwords'),
  );
  const why = common
    ? 'it is built from a password that appears in breach lists'
    : (result.feedback.warning ?? 'it would be guessed quickly');
  const hint = result.feedback.suggestions.length ? ` (${result.feedback.suggestions.join(' ')})` : '';
  return { ok: false, reason: `the password is too easy to guess: ${why}${hint}` };
}
