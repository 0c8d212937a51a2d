export type { BasicAuthFromEnvOptions } from './basic-auth-from-env.js';
export { basicAuthFromEnv } from './basic-auth-from-env.js';
export type { BasicAuth, BasicAuthJson, BasicAuthOptions } from './create-basic-auth.js';
export { createBasicAuth } from './create-basic-auth.js';
