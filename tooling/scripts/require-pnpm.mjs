// npm or yarn would install only the root and write a second lockfile; stop them early.
const agent = process.env.npm_config_user_agent ?? '';
if (!agent.startsWith('pnpm/')) {
  console.error('This repository uses pnpm. Run: npx -y pnpm@10.34.9 install --frozen-lockfile');
  process.exit(1);
}
