/** An in-memory `Storage` (the Web Storage interface), as browsers give it, for Node tests. */
export class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  failWrites = false;

  get length() {
    return this.#items.size;
  }

  clear() {
    this.#items.clear();
  }

  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }

  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }

  removeItem(key: string) {
    this.#items.delete(key);
  }

  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('quota exceeded', 'QuotaExceededError');
    this.#items.set(key, String(value));
  }

  /** Everything written, for asserting that no password ever lands here. */
  dump() {
    return JSON.stringify([...this.#items]);
  }
}
