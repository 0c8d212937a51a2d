/** Credentials of an admin or reseller account: its application and its user. */
export interface DemoAccountCredentials {
  readonly appId: string;
  readonly appKey: string;
  readonly email: string;
  readonly password: string;
}

/** Credentials of a customer-level user: log in with `X-Api-Id: appId`. */
export interface DemoUserCredentials {
  readonly appId: string;
  readonly email: string;
  readonly password: string;
}

/**
 * The well-known demo credentials of the default seed (section 0, "Emulator defaults").
 *
 * Note: they are public and for local use only; never configure a real service with them.
 */
export const DEMO_CREDENTIALS: Readonly<{
  admin: DemoAccountCredentials;
  reseller: DemoAccountCredentials;
  reseller2: DemoAccountCredentials;
  customer: DemoUserCredentials;
  user: DemoUserCredentials;
}> = Object.freeze({
  admin: Object.freeze({
    appId: 'demo-admin',
    appKey: 'demo-admin-key',
    email: 'admin@example.com',
    password: 'demo-password',
  }),
  reseller: Object.freeze({
    appId: 'demo-reseller',
    appKey: 'demo-reseller-key',
    email: 'reseller@example.com',
    password: 'demo-password',
  }),
  reseller2: Object.freeze({
    appId: 'demo-reseller-2',
    appKey: 'demo-reseller-2-key',
    email: 'reseller2@example.com',
    password: 'demo-password',
  }),
  customer: Object.freeze({
    appId: 'demo-reseller',
    email: 'customer@example.com',
    password: 'demo-password',
  }),
  user: Object.freeze({
    appId: 'demo-reseller',
    email: 'user@example.com',
    password: 'demo-password',
  }),
});
