import type { Customer } from '@ucaas/customers';
import { describeError, isNotFound, isSessionLost } from './describe-error.js';
import { byId, textCell } from './dom.js';
import type { Session } from './session.js';

const PAGE_LENGTH = 10;

export interface CustomersViewOptions {
  /** Shows a message above the view; `error` styles it as a failure. */
  notify: (message: string, kind?: 'info' | 'error') => void;
  /** The token is gone for good (refused login, rejected token): back to the login form. */
  onSessionLost: (message: string) => void;
}

export interface CustomersView {
  /** Starts on page 1 with no search, for a new session. */
  show(session: Session): Promise<void>;
  /** Forgets the session and empties the table. */
  reset(): void;
}

/** The customers table with paging and search, and the create form; deletes from each row. */
export function createCustomersView({
  notify,
  onSessionLost,
}: CustomersViewOptions): CustomersView {
  const table = byId<HTMLTableElement>('customers');
  const tbody = table.tBodies[0] as HTMLTableSectionElement;
  const pageInfo = byId('page-info');
  const prev = byId<HTMLButtonElement>('prev');
  const next = byId<HTMLButtonElement>('next');
  const searchForm = byId<HTMLFormElement>('search-form');
  const searchInput = byId<HTMLInputElement>('search');
  const createForm = byId<HTMLFormElement>('create-form');

  let session: Session | undefined;
  let page = 1;
  let pages = 1;
  let search = '';
  // Only the answer to the latest load may reach the table, however the answers arrive.
  let loads = 0;

  async function run(action: () => Promise<void>) {
    try {
      await action();
    } catch (error) {
      if (isSessionLost(error)) {
        onSessionLost(describeError(error));

        return;
      }

      notify(describeError(error), 'error');
      // Someone else deleted it meanwhile: show the list as it is now.
      if (isNotFound(error)) await load().catch(() => undefined);
    }
  }

  async function load() {
    if (!session) return;
    const mine = ++loads;
    table.setAttribute('aria-busy', 'true');

    const params = search ? { searchBy: 'customerName' as const, search } : {};
    const result = await session.customers
      .list({ ...params, page, pageLength: PAGE_LENGTH })
      .finally(() => table.removeAttribute('aria-busy'));
    if (mine !== loads) return;

    const total = result.total ?? result.customers.length;
    pages = Math.max(1, Math.ceil(total / PAGE_LENGTH));
    // A delete can empty the last page: step back to the new last one.
    if (result.customers.length === 0 && page > 1) {
      page = pages;
      await load();

      return;
    }

    tbody.replaceChildren(...result.customers.map(renderRow));
    if (result.customers.length === 0) tbody.append(emptyRow(search));
    const matching = search ? ` matching "${search}"` : '';
    pageInfo.textContent = `Page ${page} of ${pages} · ${total} customers${matching}`;
    prev.disabled = page <= 1;
    next.disabled = page >= pages;
  }

  prev.addEventListener('click', () => {
    page = Math.max(1, page - 1);
    void run(load);
  });
  next.addEventListener('click', () => {
    page = Math.min(pages, page + 1);
    void run(load);
  });

  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    search = searchInput.value.trim();
    page = 1;
    void run(load);
  });
  byId('search-clear').addEventListener('click', () => {
    searchInput.value = '';
    search = '';
    page = 1;
    void run(load);
  });

  createForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(createForm);
    void run(async () => {
      const created = await (session as Session).customers.create({
        customerName: String(data.get('customerName')),
        contactName: String(data.get('contactName')),
        contactEmail: String(data.get('contactEmail')),
      });
      createForm.reset();
      notify(`Created ${created.customerName}.`);
      await load();
    });
  });

  // One listener for every row's Delete button.
  tbody.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-id]');
    if (!button?.dataset.id) return;

    const { id, name } = button.dataset;
    button.disabled = true;
    void run(async () => {
      await (session as Session).customers.delete(id);
      notify(`Deleted ${name}.`);
      await load();
    }).finally(() => {
      button.disabled = false;
    });
  });

  return {
    async show(nextSession) {
      session = nextSession;
      page = 1;
      search = '';
      searchInput.value = '';
      await run(load);
    },
    reset() {
      session = undefined;
      loads++;
      tbody.replaceChildren();
      pageInfo.textContent = '';
    },
  };
}

function renderRow(customer: Customer): HTMLTableRowElement {
  const row = document.createElement('tr');
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = 'Delete';
  remove.dataset.id = customer.customerId;
  remove.dataset.name = customer.customerName;
  remove.setAttribute('aria-label', `Delete ${customer.customerName}`);

  const actions = document.createElement('td');
  actions.append(remove);
  row.append(
    textCell(customer.customerName),
    textCell(customer.customerCode),
    textCell(customer.contactName),
    textCell(customer.contactEmail),
    textCell(customer.statusEx || customer.status),
    actions,
  );

  return row;
}

function emptyRow(search: string): HTMLTableRowElement {
  const row = document.createElement('tr');
  const cell = textCell(search ? `No customer name contains "${search}".` : 'No customers yet.');
  cell.colSpan = 6;
  row.append(cell);

  return row;
}
