/** The element with this id, typed; a missing one is a bug in index.html, so it throws. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);

  return element as T;
}

/** Shows one element and hides the others. */
export function showOnly(visible: HTMLElement, ...hidden: HTMLElement[]): void {
  visible.hidden = false;
  for (const element of hidden) element.hidden = true;
}

/** A table cell holding text; text only, never HTML, since customer data comes from users. */
export function textCell(text: string): HTMLTableCellElement {
  const cell = document.createElement('td');
  cell.textContent = text;

  return cell;
}
