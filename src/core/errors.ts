/**
 * Errors about the input, with stable codes, so the CLI can print one clear line naming the input and the problem
 * (and a JSON error object), and a batch can record the failure and go on. Bugs stay plain Errors.
 */
export type SiftErrorCode =
  | "E_NOT_FOUND"
  | "E_IS_DIRECTORY"
  | "E_EMPTY"
  | "E_BINARY"
  | "E_TOO_LARGE"
  | "E_ENCODING"
  | "E_PARSE"
  | "E_NO_TEXT"
  | "E_READ"
  | "E_USAGE";

export class SiftError extends Error {
  readonly code: SiftErrorCode;
  /** The input the error is about: a path, a URL or "-". */
  readonly input: string;
  constructor(code: SiftErrorCode, input: string, message: string) {
    super(message);
    this.name = "SiftError";
    this.code = code;
    this.input = input;
  }

  /** The one line a person reads: "path: problem". */
  toLine(): string {
    return `${this.input}: ${this.message}`;
  }

  toJSON(): { error: { code: string; input: string; message: string } } {
    return { error: { code: this.code, input: this.input, message: this.message } };
  }
}

export function isSiftError(e: unknown): e is SiftError {
  return e instanceof SiftError;
}
