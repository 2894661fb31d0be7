/** "Did you mean …?" suggestions for mistyped names. */
import { distance } from 'fastest-levenshtein';

/** The candidate closest to `input`, if it is close enough to be a likely typo or prefix. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(needle));
  if (needle.length > 0 && prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  // Allow roughly one typo per three characters, so `apii` finds `api` but `db` does not find `cdn`.
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(needle.length / 3)) ? best : undefined;
}

/** ` Did you mean \`x\`?` when a close candidate exists, else an empty string. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const match = closestMatch(input, candidates);
  return match === undefined ? '' : ` Did you mean \`${match}\`?`;
}
