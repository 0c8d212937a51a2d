export type { EmulatorClock } from './clock.js';
export { createEmulator } from './create-emulator.js';
export type { DemoAccountCredentials, DemoUserCredentials } from './demo-credentials.js';
export { DEMO_CREDENTIALS } from './demo-credentials.js';
export { createDefaultSeed } from './seed/default-seed.js';
export type { Address, Customer } from './types/customer.js';
export type {
  Emulator,
  EmulatorCustomers,
  EmulatorOptions,
  EmulatorTokens,
  ListenOptions,
} from './types/emulator.js';
export type { EmulatorFaults, FaultKind, FaultOptions } from './types/faults.js';
export type { AuthKind, RequestLog, RequestLogEntry } from './types/request-log.js';
export type { Role, Seed, SeedApplication, SeedCustomer, SeedUser } from './types/seed.js';
