import { type Context, Hono } from 'hono';
import type { AppEnv, Principal } from '../app-env.js';
import { toWire } from '../customer-record.js';
import { forbidden, notFound } from '../errors.js';
import { authenticate } from '../middleware/authenticate.js';
import { reply } from '../reply.js';
import type { StoredCustomer } from '../types/customer.js';
import { parseCustomerInput } from '../validation/customer-input.js';
import { readJsonBody } from '../validation/json-body.js';
import { type ListQuery, parseListQuery } from '../validation/list-query.js';

/** Customers list, get, add, edit (PATCH) and delete, for admin and reseller callers. */
export const customerRoutes = new Hono<AppEnv>()
  // In Hono `/customers/*` also matches `/customers`; one registration runs auth once.
  .use('/customers/*', authenticate, requireCustomerManager)

  .get('/customers', (c) => {
    const query = parseListQuery(new URL(c.req.url).searchParams);
    const principal = c.get('principal');
    const { customers, quirks } = c.get('state');
    const visible = customers.all().filter((customer) => canSee(principal, customer));
    const matching = sortCustomers(searchCustomers(visible, query), query);
    const start = (query.page - 1) * query.pageLength;
    const page = matching.slice(start, start + query.pageLength).map(toWire);

    // Quirks mode leaves out `total`, as the docs never show one.
    const total = quirks ? {} : { total: matching.length };

    return reply(c, 200, {
      result: 1,
      ...total,
      page: query.page,
      page_length: query.pageLength,
      customers: page,
    });
  })

  .post('/customers', async (c) => {
    const input = parseCustomerInput(await readJsonBody(c), 'create');
    const customer = c.get('state').customers.create(input, c.get('principal').appId);

    return reply(c, 200, { result: 1, customer: toWire(customer) });
  })

  .get('/customers/:customerId', (c) => {
    return reply(c, 200, { result: 1, customer: toWire(findVisible(c)) });
  })

  .patch('/customers/:customerId', async (c) => {
    const { customer_id } = findVisible(c);
    const input = parseCustomerInput(await readJsonBody(c), 'update');
    const customer = c.get('state').customers.update(customer_id, input);

    return reply(c, 200, { result: 1, customer: toWire(customer) });
  })

  .delete('/customers/:customerId', (c) => {
    const { customer_id } = findVisible(c);
    c.get('state').customers.remove(customer_id);

    return reply(c, 200, { result: 1 });
  });

async function requireCustomerManager(c: Context<AppEnv>, next: () => Promise<void>) {
  const { role } = c.get('principal');
  if (role !== 'admin' && role !== 'reseller') throw forbidden();

  await next();
}

/** Admin sees every customer; a reseller only those its account owns. */
function canSee(principal: Principal, customer: StoredCustomer): boolean {
  return principal.role === 'admin' || customer.owner === principal.appId;
}

/** Another reseller's customer is "not found", so that ids reveal nothing across accounts. */
function findVisible(c: Context<AppEnv>): StoredCustomer {
  const customer = c.get('state').customers.get(c.req.param('customerId') ?? '');
  if (!customer || !canSee(c.get('principal'), customer)) throw notFound('customer');

  return customer;
}

function searchCustomers(customers: StoredCustomer[], query: ListQuery): StoredCustomer[] {
  const { search } = query;
  if (!search) return customers;
  const needle = search.text.toLowerCase();

  return customers.filter((customer) => customer[search.by].toLowerCase().includes(needle));
}

function sortCustomers(customers: StoredCustomer[], query: ListQuery): StoredCustomer[] {
  const direction = query.descending ? -1 : 1;

  return [...customers].sort((a, b) => {
    const left = a[query.orderBy].toLowerCase();
    const right = b[query.orderBy].toLowerCase();
    // Ties break on the id, so pages never overlap or skip.
    if (left !== right) return left < right ? -direction : direction;

    return a.customer_id < b.customer_id ? -direction : direction;
  });
}
