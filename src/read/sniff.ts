/** Decides whether an input is an HTML page, from its name and its first bytes. */

export function sniffHtml(bytes: Uint8Array, name: string): boolean {
  if (/\.x?html?(\.gz)?$/i.test(name)) return true;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /<(head|body|meta|title)[\s>]/.test(head);
}
