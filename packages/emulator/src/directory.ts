import type { SeedApplication, SeedUser } from './types/seed.js';
import { createHexId } from './utils/random.js';
import { secretEqual } from './utils/secret-equal.js';

/** A user as the emulator keeps it: the seed user with its id filled in. */
export type DirectoryUser = SeedUser & { user_id: string };

/** Applications and users: who may call, and with which role. */
export interface Directory {
  application(appId: string): SeedApplication | undefined;
  /** The application, if `appKey` is its key. */
  verifyApplication(appId: string, appKey: string): SeedApplication | undefined;
  /** The user of `appId` with this email and password, if any. */
  verifyUser(appId: string, email: string, password: string): DirectoryUser | undefined;
}

export function createDirectory(applications: SeedApplication[], users: SeedUser[]): Directory {
  const apps = new Map(applications.map((app) => [app.appId, app]));
  const usersByLogin = new Map<string, DirectoryUser>();
  for (const user of users) {
    usersByLogin.set(loginKey(user.appId, user.email), {
      ...user,
      user_id: user.user_id ?? createHexId(),
    });
  }

  return {
    application: (appId) => apps.get(appId),

    verifyApplication(appId, appKey) {
      const app = apps.get(appId);
      // Compare even when the APP_ID is unknown, so timing does not tell the two apart.
      const keyMatches = secretEqual(appKey, app?.appKey ?? '');

      return app && keyMatches ? app : undefined;
    },

    verifyUser(appId, email, password) {
      const user = usersByLogin.get(loginKey(appId, email));
      const passwordMatches = secretEqual(password, user?.password ?? '');

      return user && passwordMatches && apps.has(appId) ? user : undefined;
    },
  };
}

function loginKey(appId: string, email: string): string {
  return `${appId}\n${email.trim().toLowerCase()}`;
}
