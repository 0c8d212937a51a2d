// The browser demo: log in with email and password (@ucaas/auth-oauth2, token in sessionStorage),
// then page, search, create and delete customers (@ucaas/customers over @ucaas/core). The API's
// URL comes from config.json at run time; the build holds no URL and no secret.
import { createCountdown } from './countdown.js';
import { createCustomersView } from './customers-view.js';
import { describeError } from './describe-error.js';
import { byId, showOnly } from './dom.js';
import { loadConfig } from './load-config.js';
import { logIn, type Session } from './session.js';

const loginView = byId('login-view');
const customersView = byId('customers-view');
const sessionBar = byId('session');
const loginForm = byId<HTMLFormElement>('login-form');
const loginError = byId('login-error');
const loginSubmit = byId<HTMLButtonElement>('login-submit');
const password = byId<HTMLInputElement>('password');
const notice = byId('notice');

const countdown = createCountdown(byId('countdown'));
let session: Session | undefined;

function notify(message: string, kind: 'info' | 'error' = 'info'): void {
  notice.textContent = message;
  notice.classList.toggle('error', kind === 'error');
  notice.hidden = false;
}

function showLogin(): void {
  password.value = '';
  sessionBar.hidden = true;
  showOnly(loginView, customersView);
  const email = byId<HTMLInputElement>('email');
  (email.value ? password : email).focus();
}

const customers = createCustomersView({
  notify,
  onSessionLost: (message) => void endSession(message, 'error'),
});

async function endSession(message: string, kind: 'info' | 'error' = 'info'): Promise<void> {
  const ending = session;
  session = undefined;
  await ending?.logout();
  countdown.clear();
  customers.reset();
  showLogin();
  notify(message, kind);
}

async function start(): Promise<void> {
  const config = await loadConfig();
  byId<HTMLInputElement>('api-id').value = config.apiId ?? '';

  loginForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(loginForm);
    loginSubmit.disabled = true;
    loginError.hidden = true;

    try {
      session = await logIn({
        baseUrl: config.baseUrl,
        apiId: String(data.get('apiId')).trim(),
        email: String(data.get('email')).trim(),
        password: String(data.get('password')),
        onTokenExpiry: (expiresAt) => countdown.set(expiresAt),
      });
    } catch (error) {
      loginError.textContent = describeError(error);
      loginError.hidden = false;

      return;
    } finally {
      // The password leaves the page's DOM as soon as the login is decided.
      password.value = '';
      loginSubmit.disabled = false;
    }

    notice.hidden = true;
    byId('signed-in-as').textContent = session.email;
    sessionBar.hidden = false;
    showOnly(customersView, loginView);
    await customers.show(session);
  });

  byId('logout').addEventListener('click', () => void endSession('You are logged out.'));
  showLogin();
}

start().catch((error: unknown) => notify(describeError(error), 'error'));
