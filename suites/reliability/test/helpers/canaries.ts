import { inspect } from 'node:util';
import { createDefaultSeed, type Seed } from '@ucaas/emulator';

/**
 * Canary credentials: unique strings that appear nowhere but where the SDK is given them, so any
 * sighting in output is a leak. The app id and the email are not secrets (they name who calls),
 * so only the key, the passwords and the tokens are searched for.
 */
export const CANARY = {
  appId: 'canary-app-5b0c',
  appKey: 'canary-appkey-7f3e9b2c5a14d6e8',
  /** A second, wrong key: Basic with it gets 401, and it must not leak either. */
  wrongKey: 'canary-wrongkey-0d9a8c7b6e5f4a3b',
  email: 'canary.reseller@example.com',
  password: 'canary-password-91c4e0a7b3f25d68',
  /** A wrong password: the login is refused, and it must not leak either. */
  wrongPassword: 'canary-wrongpass-2e4f6a8c0b1d3e5f',
  /** A user of the customer role (HTTP 403 on `/customers`), with its own canary password. */
  customerEmail: 'canary.customer@example.com',
  customerPassword: 'canary-custpass-a1b2c3d4e5f60718',
  /** The customer the canary customer user belongs to; fixed so the seed can name it. */
  customerId: 'cafe0000cafe0000cafe0001',
} as const;

/** The demo seed plus a reseller project, its user and a customer-role user, all canaries. */
export function createCanarySeed(): Seed {
  const seed = createDefaultSeed();
  seed.applications.push({ appId: CANARY.appId, appKey: CANARY.appKey, role: 'reseller' });
  seed.users.push(
    {
      appId: CANARY.appId,
      email: CANARY.email,
      password: CANARY.password,
      user_type: 'reseller',
      first_name: 'Cana',
      last_name: 'Ryreseller',
    },
    {
      appId: CANARY.appId,
      email: CANARY.customerEmail,
      password: CANARY.customerPassword,
      user_type: 'customer',
      first_name: 'Cana',
      last_name: 'Rycustomer',
      customer_id: CANARY.customerId,
    },
  );
  seed.customers.push({
    owner: CANARY.appId,
    customer_id: CANARY.customerId,
    customer_name: 'Canary Holdings',
    contact_name: 'Cana Rycustomer',
    contact_email: 'contact@canary-holdings.example',
  });

  return seed;
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/**
 * Every form in which a secret could surface: as is, base64 and base64url (alone and, for an app
 * key, as the Basic pair), URL-encoded, form-encoded and JSON-escaped. The base64 padding is
 * dropped, so a form cut off at the end of a longer base64 string still matches.
 */
export function formsOf(secret: string, appId?: string): string[] {
  const forms = [
    secret,
    base64(secret),
    base64url(secret),
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
  ];
  if (appId) forms.push(base64(`${appId}:${secret}`), base64url(`${appId}:${secret}`));

  return [...new Set(forms.map((form) => form.replace(/=+$/, '')))];
}

/** The static secrets of {@link CANARY} in all their forms. */
export function canaryForms(): string[] {
  return [
    ...formsOf(CANARY.appKey, CANARY.appId),
    ...formsOf(CANARY.wrongKey, CANARY.appId),
    ...formsOf(CANARY.password),
    ...formsOf(CANARY.wrongPassword),
    ...formsOf(CANARY.customerPassword),
  ];
}

/** Every canary form found in `text`, with a little context for the failure message. */
export function findLeaks(text: string, forms: Iterable<string>): string[] {
  const leaks: string[] = [];
  for (const form of forms) {
    const at = text.indexOf(form);
    if (at >= 0) leaks.push(`${form} in ...${text.slice(Math.max(0, at - 80), at + 80)}...`);
  }

  return leaks;
}

/**
 * Every way an error (or any value) is commonly turned into text: its message and stack, its
 * `JSON.stringify`, `String()`, and `util.inspect` at depth 10, with and without hidden members.
 * The `cause` chain is rendered too.
 */
export function renderings(value: unknown): string[] {
  const texts: string[] = [];
  const safe = (render: () => string) => {
    try {
      texts.push(render());
    } catch (error) {
      texts.push(`<render failed: ${String(error)}>`);
    }
  };
  let current: unknown = value;
  for (let depth = 0; depth < 10 && current !== undefined && current !== null; depth++) {
    const error = current as { message?: unknown; stack?: unknown; cause?: unknown };
    safe(() => String(error.message));
    safe(() => String(error.stack));
    safe(() => String(current));
    safe(() => JSON.stringify(current) ?? '');
    safe(() => inspect(current, { depth: 10 }));
    safe(() => inspect(current, { depth: 10, showHidden: true }));
    current = typeof current === 'object' ? error.cause : undefined;
  }

  return texts;
}
