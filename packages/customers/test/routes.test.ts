import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Customer, CustomersApi } from '../src/index.js';
import {
  AUTH_KINDS,
  type EmulatorFixture,
  MODES,
  newCustomer,
  startEmulator,
} from './helpers/start-emulator.js';

describe.each(MODES)('createCustomersApi against the emulator ($mode mode)', ({ quirks }) => {
  let fixture: EmulatorFixture;
  beforeAll(async () => {
    fixture = await startEmulator(quirks);
  });
  afterAll(() => fixture.close());

  describe.each(AUTH_KINDS)('with %s auth', (kind) => {
    let customers: CustomersApi;
    beforeAll(() => {
      customers = fixture.customersAs('reseller', kind);
    });
    beforeEach(() => fixture.emulator.requestLog.clear());

    it('create sends snake_case and returns the stored record in camelCase', async () => {
      const input = {
        ...newCustomer('Create'),
        customerLegalName: 'Create Legal GmbH',
        customerCode: 'CR-1',
        individual: true,
        status: 'S' as const,
        officeAddress: { address1: 'Hauptstrasse 1', city: 'Berlin', countryId: 'DE' },
      };
      const created = await customers.create(input);

      expect(created).toMatchObject({
        customerName: input.customerName,
        customerLegalName: 'Create Legal GmbH',
        contactEmail: input.contactEmail,
        individual: true,
        status: 'S',
        statusEx: 'Suspended',
        officeAddress: { address1: 'Hauptstrasse 1', city: 'Berlin', countryId: 'DE' },
      });
      expect(created.customerId).toMatch(/^[0-9a-f]{24}$/);
      expect(typeof created.createdAt).toBe('string');
      // The emulator stored the wire names, so the conversion happened on the way out.
      const stored = fixture.emulator.customers
        .all()
        .find((customer) => customer.customer_id === created.customerId);
      expect(stored).toMatchObject({
        customer_legal_name: 'Create Legal GmbH',
        office_address: { address_1: 'Hauptstrasse 1', country_id: 'DE' },
        owner: 'demo-reseller',
      });
      expect(fixture.requests()).toEqual([
        { method: 'POST', path: '/ucaas/v1/customers', query: '', status: 200, auth: kind },
      ]);
    });

    it('get reads one customer by id', async () => {
      const created = await customers.create(newCustomer('Get'));
      const read = await customers.get(created.customerId);

      expect(read).toEqual(created);
      expect(Object.keys(read).every((key) => !key.includes('_'))).toBe(true);
    });

    it('update changes only the given fields and returns the whole record', async () => {
      const created = await customers.create(newCustomer('Update'));
      const updated = await customers.update(created.customerId, {
        customerCode: 'UP-2',
        billingAddress: { address2: 'Floor 3' },
      });

      expect(updated).toMatchObject({
        customerId: created.customerId,
        customerName: created.customerName,
        customerCode: 'UP-2',
        billingAddress: { address2: 'Floor 3' },
      });
      expect(await customers.get(created.customerId)).toEqual(updated);
      expect(fixture.requests().map(({ method }) => method)).toEqual(['POST', 'PATCH', 'GET']);
    });

    it('delete removes the customer, after which get gives UCAAS_NOT_FOUND', async () => {
      const created = await customers.create(newCustomer('Delete'));

      await expect(customers.delete(created.customerId)).resolves.toBeUndefined();
      await expect(customers.get(created.customerId)).rejects.toMatchObject({
        code: 'UCAAS_NOT_FOUND',
        status: 404,
      });
    });

    it('list reads one page, with total in normal mode and undefined in quirks mode', async () => {
      const visible = fixture.emulator.customers
        .all()
        .filter((customer) => customer.owner === 'demo-reseller').length;
      const page = await customers.list({ page: 2, pageLength: 5 });

      expect(page.customers).toHaveLength(5);
      expect(page.page).toBe(2);
      expect(page.pageLength).toBe(5);
      expect(page.total).toBe(quirks ? undefined : visible);
      expect(fixture.requests()).toEqual([
        {
          method: 'GET',
          path: '/ucaas/v1/customers',
          query: 'page=2&page_length=5',
          status: 200,
          auth: kind,
        },
      ]);
    });

    it('list searches and sorts with camelCase field names', async () => {
      const marker = `Zebra ${kind} ${quirks}`;
      const first = await customers.create({ ...newCustomer(), customerName: `${marker} B` });
      const second = await customers.create({ ...newCustomer(), customerName: `${marker} A` });
      const page = await customers.list({
        searchBy: 'customerName',
        search: marker.toUpperCase(),
        orderBy: 'customerName',
        order: 'asc',
      });

      expect(page.customers.map((customer) => customer.customerId)).toEqual([
        second.customerId,
        first.customerId,
      ]);
      expect(Object.fromEntries(new URLSearchParams(fixture.requests()[2]?.query))).toEqual({
        page: '1',
        page_length: '10',
        search_by: 'customer_name',
        search_string: marker.toUpperCase(),
        order_by: 'customer_name',
        order_qualify: 'asc',
      });
      const descending = await customers.list({
        searchBy: 'customerName',
        search: marker,
        orderBy: 'customerName',
        order: 'desc',
      });
      expect(descending.customers.map((customer) => customer.customerId)).toEqual([
        first.customerId,
        second.customerId,
      ]);
    });

    it('iterate yields every visible customer once, in order', async () => {
      const visible = fixture.emulator.customers
        .all()
        .filter((customer) => customer.owner === 'demo-reseller');
      const seen: Customer[] = [];
      for await (const customer of customers.iterate({ pageLength: 7, orderBy: 'createdAt' })) {
        seen.push(customer);
      }

      expect(seen).toHaveLength(visible.length);
      expect(new Set(seen.map((customer) => customer.customerId)).size).toBe(visible.length);
      expect(seen.every((customer) => customer.customerId.length === 24)).toBe(true);
    });
  });
});
