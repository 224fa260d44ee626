/**
 * A word looked up in a table written as an object literal. `table[word]` would find Object.prototype's members for
 * words such as "constructor" or "toString" (a function, not undefined), and news text contains such words; this
 * reads only the table's own entries.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
