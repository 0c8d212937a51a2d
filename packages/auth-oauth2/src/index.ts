export type { OAuth2Auth } from './create-oauth2-auth.js';
export { createOAuth2Auth } from './create-oauth2-auth.js';
export { isLoginError, LoginError } from './errors/login-error.js';
export { isTokenRefreshError, TokenRefreshError } from './errors/token-refresh-error.js';
export { createMemoryStore } from './stores/memory-store.js';
export type { WebStorageStoreOptions } from './stores/web-storage-store.js';
export { createWebStorageStore } from './stores/web-storage-store.js';
export type {
  Clock,
  Credentials,
  CredentialsInput,
  LogoutEvent,
  OAuth2AuthOptions,
  RefreshFailedEvent,
  StoredToken,
  TokenEvent,
  TokenStore,
} from './types.js';
