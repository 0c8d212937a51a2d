import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { AppEnv, EmulatorState } from './app-env.js';
import { ApiError, notFound, validationError } from './errors.js';
import { injectFaults } from './middleware/inject-faults.js';
import { logRequests } from './middleware/log-requests.js';
import { replyError } from './reply.js';
import { customerRoutes } from './routes/customers.js';
import { loginRoutes } from './routes/login.js';

/** The versioned base path every route lives under. */
export const BASE_PATH = '/ucaas/v1';

/** The Hono app: one instance serves in-process `fetch` and the Node HTTP server alike. */
export function createApp(state: EmulatorState): Hono<AppEnv> {
  const api = new Hono<AppEnv>()
    .use(injectFaults)
    .use(
      bodyLimit({
        maxSize: state.bodyLimitBytes,
        onError: (c) =>
          replyError(
            c as Context<AppEnv>,
            validationError({ body: `must be at most ${state.bodyLimitBytes} bytes` }),
          ),
      }),
    )
    .route('/', loginRoutes)
    .route('/', customerRoutes);

  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('state', state);
      await next();
    })
    .use(logRequests)
    .use(
      cors({
        origin: state.corsOrigins,
        allowHeaders: ['Authorization', 'X-Api-Id', 'Content-Type'],
        allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
        exposeHeaders: ['Retry-After'],
        maxAge: 600,
      }),
    )
    .route(BASE_PATH, api);

  app.notFound((c) => replyError(c, notFound('route')));
  app.onError(handleError);
  api.notFound((c) => replyError(c, notFound('route')));
  api.onError(handleError);

  return app;
}

/** Turns any thrown error into an envelope; nothing a caller sends may crash the emulator. */
function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof ApiError) {
    if (error.fault) c.set('fault', error.fault);

    return replyError(c, error);
  }

  return replyError(c, new ApiError(500, 0, 'Internal error', 'The emulator failed to answer.'));
}
