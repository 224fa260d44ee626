/**
 * FNV-1a, 32 bit, over UTF-16 code units: the one string hash of the hashed-feature models (check-worthiness,
 * propaganda) and the PTC split. It is a running hash, so hashing "w=house" is continuing the hash of "w=" over
 * "house": feature rows can be computed from a template's prefix state without building the feature string.
 */

/** The state before any character. */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Continues an FNV-1a state over `s`; the result is an unsigned 32-bit integer. */
export function fnvContinue(h: number, s: string): number {
  let state = h;
  for (let i = 0; i < s.length; i++) {
    state ^= s.charCodeAt(i);
    state = Math.imul(state, FNV_PRIME) >>> 0;
  }
  return state >>> 0;
}

/** FNV-1a of `s` (unsigned 32 bit). */
export const fnv1a = (s: string): number => fnvContinue(FNV_OFFSET, s);
