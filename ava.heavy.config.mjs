// `npm run test:heavy`: the heavy tier, the *.heavy.test.ts files bundled by
// scripts/build-tests.mjs into .build/heavy/: tests about scale and stress
// (megabytes of keys, thousands of objects or connections, a server killed
// under load). CI (.ci/run) runs it after `npm test`. A process per file:
// some measure the memory of their process.
export default {
  files: ['.build/heavy/**/*.test.js'],
  timeout: '120s',
  workerThreads: false,
};
