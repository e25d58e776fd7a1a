// `npm run test:package`: what the package ships (dist/, after `npm run
// build`): the packed tarball installed into consumer projects, the
// quickstart (`npm start`) and the chaos script.
export default {
  files: ['.build/test/package/**/*.test.js'],
  timeout: '120s',
  workerThreads: true,
};
