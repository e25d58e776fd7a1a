// One test file from its sources while developing, without compiling:
//   npx ava --config ava.dev.config.mjs test/server/kv.test.ts
// Tests that run the library as a child process use dist/ here (`npm run build`).
export default {
  files: ['test/**/*.test.ts'],
  extensions: { ts: 'module' },
  nodeArguments: ['--import=tsx'],
  timeout: '60s',
  workerThreads: false,
};
