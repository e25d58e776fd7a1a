import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { RiakInvalidArgumentError } from '../../../errors.js';

/** The npm package the LevelDB backend runs on: an optional dependency, never needed by the client. */
export const CLASSIC_LEVEL = 'classic-level';

/**
 * Where classic-level is installed, as a URL the LevelDB thread imports
 * (with a dynamic import(), only once a LevelDB backend is asked for). A
 * missing package is a clear error naming it.
 */
export function classicLevelUrl(name = CLASSIC_LEVEL): string {
  try {
    return pathToFileURL(createRequire(import.meta.url).resolve(name)).href;
  } catch (err) {
    throw new RiakInvalidArgumentError(
      `The LevelDB backend (dataDir, riak-pb serve --data-dir) needs the optional package ${name}, which is not installed: run \`npm install ${name}\``,
      { cause: err },
    );
  }
}
