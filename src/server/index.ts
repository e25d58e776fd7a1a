export { startDevServer, type DevServerOptions, type DevServer, type BucketTypeProps } from './dev-server.js';
export type { BucketTypePropValue } from './bucket-type-options.js';
export type { DeleteMode } from './store/database.js';
