/** The public face of the AAE and NextGenRepl calls (`client.aae`), re-exported by src/index.ts. */
export { AaeClient } from './aae-client.js';
export type {
  AaeBucket,
  AaeRangeParams,
  AaeSegmentedRangeParams,
  ChangeMethod,
  ChangeParams,
  ClockEntry,
  FetchClocksParams,
  FindKeysParams,
  FoundKey,
  HashMethod,
  KeyClock,
  ModifiedRange,
  ObjectStats,
  RangeTreeParams,
  ReplFetchResult,
  ReplKeysParams,
  ReplObject,
  ReplPushParams,
  ReplPushResult,
  SegmentFilter,
} from './aae-types.js';
export { decodeReplObject, decodeClock } from './repl-object.js';
export { TictacTree, differingIndexes } from '../../aae/tictac-tree.js';
export { TREE_SIZES, keySegment, joinSegment, type TreeSize } from '../../aae/segment.js';
