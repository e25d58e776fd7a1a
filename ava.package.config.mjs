// `npm run test:package`: what the package ships, after `npm run build`:
// generated/ fresh from proto/, the packed tarball installed into consumer
// projects, the quickstart (`npm start`) and the chaos script over dist/.
export default {
  files: ['.build/test/package/**/*.test.js'],
  timeout: '120s',
  workerThreads: true,
};
