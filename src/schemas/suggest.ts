/** "Did you mean …?" suggestions for mistyped names. */
import { distance } from 'fastest-levenshtein';

/**
 * Edits between two words, a swap of neighbours counting as one (`lsit` → `list`), the typo
 * fingers make most: Levenshtein's distance, less one for each swap it would count as two.
 */
function typoDistance(a: string, b: string): number {
  let swaps = 0;
  for (let i = 0; i + 1 < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i] && a[i] === b[i + 1] && a[i + 1] === b[i]) {
      swaps++;
      i++;
    }
  }
  return distance(a, b) - (swaps > 0 && a.length === b.length ? swaps : 0);
}

/** The candidate closest to `input`, if it is close enough to be a likely typo or prefix. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(needle));
  if (needle.length > 0 && prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const candidate of candidates) {
    // A word of a compound (`major` of `major_outage`) counts too: people type the word they mean.
    const forms = [candidate, ...candidate.split(/[_-]/).filter((word) => word.length > 2)].map((form) => form.toLowerCase());
    const d = Math.min(...forms.map((form) => typoDistance(needle, form)));
    if (d < bestDistance) [best, bestDistance, tied] = [candidate, d, false];
    else if (d === bestDistance) tied = true;
  }
  // Two equally close candidates: guessing one would mislead.
  if (tied) return undefined;
  // Allow roughly one typo per three characters, so `apii` finds `api` but `db` does not find `cdn`.
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(needle.length / 3)) ? best : undefined;
}

/** ` Did you mean \`x\`?` when a close candidate exists, else an empty string. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const match = closestMatch(input, candidates);
  return match === undefined ? '' : ` Did you mean \`${match}\`?`;
}
