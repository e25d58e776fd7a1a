export { startDevServer, type DevServerOptions, type DevServer, type BucketTypeProps } from './dev-server.js';
export type { BucketTypePropValue } from './bucket-type-options.js';
export type { DeleteMode } from './store/database.js';
export type {
  DevServerAuthStats,
  DevServerGrant,
  DevServerGroup,
  DevServerSecurityOptions,
  DevServerSource,
  DevServerSecuritySource,
  DevServerTlsOptions,
  DevServerUser,
} from './security/options.js';
