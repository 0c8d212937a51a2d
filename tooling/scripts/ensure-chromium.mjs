// The browser tests drive Debian's Chromium (playwright-core downloads no browser). Find it, or
// install it from Debian's packages when this user can, or stop with instructions.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const install = ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium'];

function canRunAptGet() {
  if (!existsSync('/usr/bin/apt-get')) return false;
  return process.getuid?.() === 0;
}

if (!existsSync(path)) {
  if (process.env.CHROMIUM_PATH || !canRunAptGet()) {
    console.error(
      `Chromium not found at ${path}. The browser tests need it. Install it with:\n` +
        `  sudo ${install.join(' ')}\n` +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
    process.exit(1);
  }

  console.log(`Chromium not found at ${path}; installing Debian's chromium package...`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync(install[0], install.slice(1), {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
