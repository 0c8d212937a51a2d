/**
 * Declares `Symbol.dispose` and `Symbol.asyncDispose` for projects whose TypeScript `lib` lacks
 * `esnext.disposable` (an ES2022 project, for example), so that {@link Closable} type-checks
 * there too. It is the augmentation `@types/node` ships; where the lib or `@types/node` declares
 * the two symbols already, these declarations merge with theirs.
 */
declare global {
  interface SymbolConstructor {
    readonly dispose: unique symbol;
    readonly asyncDispose: unique symbol;
  }
}

/** Something that holds a timer or a request open until it is closed, with `using` support. */
export interface Closable {
  /** Stops the refresher, aborts a login under way and forgets the token. Later calls reject. */
  close(): void;
  /** `close()`, for `using`. */
  [Symbol.dispose](): void;
  /** `close()`, for `await using`. */
  [Symbol.asyncDispose](): Promise<void>;
}
