// `npm test`: the tests compiled with the sources by tsc (tsconfig.test.json)
// into .build/, run as plain JavaScript in worker threads: no per-file
// TypeScript loader. The package's own build (dist/) is tested separately by
// `npm run test:package` (ava.package.config.mjs).
export default {
  files: ['.build/test/**/*.test.js', '!.build/test/package/**'],
  timeout: '60s',
  workerThreads: true,
};
