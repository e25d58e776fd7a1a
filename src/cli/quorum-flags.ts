import { QUORUM_SENTINELS, type Quorum } from '../index.js';
import { UsageError } from './command.js';

/** The quorum flags of the KV commands: `--r`, `--pr`, `--w`, `--dw`, `--pw`, `--rw`. */
export type QuorumFlag = 'r' | 'pr' | 'w' | 'dw' | 'pw' | 'rw';

const MEANING: Record<QuorumFlag, string> = {
  r: 'replicas that must answer a read',
  pr: 'primary replicas that must answer a read',
  w: 'replicas that must acknowledge a write',
  dw: 'replicas that must write durably',
  pw: 'primary replicas that must acknowledge a write',
  rw: 'replicas that must acknowledge a delete (legacy)',
};

const NAMES = Object.keys(QUORUM_SENTINELS).join(', ');

/** parseArgs options, `--help` lines and a parser for the quorum flags a command takes. */
export function quorumFlags<F extends QuorumFlag>(flags: readonly F[]) {
  const options = Object.fromEntries(flags.map((flag) => [flag, { type: 'string' as const }])) as Record<F, { type: 'string' }>;
  const help = `${flags.map((flag) => `  --${flag} N|NAME`.padEnd(25) + MEANING[flag]).join('\n')}\n${' '.repeat(25)}(a count or one of ${NAMES})`;
  /** The flags given, as client params; a value that is neither a count nor a quorum name is a usage error. */
  const parse = (values: Partial<Record<F, string>>): Partial<Record<F, Quorum>> => {
    const params: Partial<Record<F, Quorum>> = {};
    for (const flag of flags) {
      const value = values[flag];
      if (value === undefined) continue;
      if (/^\d+$/.test(value) && Number(value) <= 0xffffffff) params[flag] = Number(value);
      else if (Object.hasOwn(QUORUM_SENTINELS, value)) params[flag] = value as Quorum;
      else throw new UsageError(`--${flag} ${JSON.stringify(value)}: expected a count or one of ${NAMES}`);
    }
    return params;
  };
  return { options, help, parse };
}
