// `npm run bench --target host:port` (without `--`) does not hand `--target`
// to the script: npm takes every `--name` as its own config, exports it as
// npm_config_<name> ("true" when a separate word follows) and passes the
// words that follow as bare arguments, so bench.mjs would see only
// `host:port`. This puts the options npm took back into the command line:
//   --name=value     -> npm_config_name=value         -> --name value
//   --flag           -> npm_config_flag=true           -> --flag
//   --target h:p     -> npm_config_target=true + "h:p" -> --target h:p
// A value option whose value npm split off can be paired back only when it is
// the only one (the values come without their names): otherwise this says to
// write `npm run bench -- ...`.

/** The options bench.mjs takes, by npm's config name (dashes become underscores in the environment). */
const FLAGS = ['quick', 'riak-like', 'streams', 'json', 'verbose'];
const VALUED = [
  'target',
  'server',
  'server-args',
  'clients',
  'baseline',
  'rounds',
  'duration',
  'warmup',
  'concurrency',
  'get-size',
  'put-size',
  'keyspace',
  'stream-keys',
  'big-size',
  'big-concurrency',
  'out',
  'render',
  'profile',
  'profile-dir',
];

const HOST_PORT = /^\[?[^\s\]]+\]?:\d+$/;

/**
 * The command line bench.mjs should parse: `argv` as given, with the options
 * npm took back in front. Unchanged when not run by `npm run bench` or when
 * npm took nothing (`npm run bench -- --target host:port`).
 */
export function restoreNpmArgs(argv, env = process.env, warn = (line) => process.stderr.write(`${line}\n`)) {
  if (env.npm_lifecycle_event !== 'bench') return argv;
  const conf = (name) => env[`npm_config_${name.replaceAll('-', '_')}`];
  const front = [];
  const split = []; // value options npm took as "true": their values are among the bare words
  for (const name of FLAGS) if (conf(name) === 'true') front.push(`--${name}`);
  for (const name of VALUED) {
    const v = conf(name);
    if (v === undefined || v === '' || v === 'false') continue;
    if (v === 'true') split.push(name);
    // an .npmrc may set `target` for node-gyp (a Node.js version): not ours
    else if (name === 'target' && !HOST_PORT.test(v)) warn(`ignoring npm config target=${v} (not host:port)`);
    else front.push(`--${name}`, v);
  }
  if (split.length === 0) return [...front, ...argv];
  // the bare words at the start of argv are the split-off values (bench.mjs itself takes no bare word)
  const firstOption = argv.findIndex((a) => a.startsWith('-'));
  const bare = firstOption === -1 ? argv : argv.slice(0, firstOption);
  const rest = argv.slice(bare.length);
  const usage = `npm took ${split.map((n) => `--${n}`).join(', ')} as its own option(s): run \`npm run bench -- ${split.map((n) => `--${n} ...`).join(' ')}\` (with \`--\`) or write --name=value`;
  const pairs = [];
  let names = split;
  let words = bare;
  // --target's value is told apart by its form (host:port)
  const hostPorts = bare.filter((w) => HOST_PORT.test(w));
  if (split.includes('target') && hostPorts.length === 1) {
    pairs.push('--target', hostPorts[0]);
    names = split.filter((n) => n !== 'target');
    words = bare.filter((w) => w !== hostPorts[0]);
  }
  if (names.length === 1 && words.length === 1) pairs.push(`--${names[0]}`, words[0]);
  else if (names.length !== 0 || words.length !== 0) throw new Error(usage);
  return [...front, ...pairs, ...rest];
}
