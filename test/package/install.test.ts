import test from 'ava';
import { execFile as execFileCallback, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root } from '../helpers/paths.js';

const execFile = promisify(execFileCallback);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = join(root, 'node_modules/typescript/bin/tsc');

/*
 * The packed tarball installed once into a fresh directory; each consumer
 * project is a subdirectory with its own package.json ("type") and resolves
 * riak-pb from the shared node_modules above it, as a monorepo package would.
 * `npm run test:package` builds dist/ before ava runs, so packing skips the prepack build.
 */
let dir = '';

test.before(() => {
  dir = mkdtempSync(join(tmpdir(), 'riak-pb-pack-'));
  execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: root, stdio: 'pipe' });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (tarball === undefined) throw new Error('npm pack wrote no tarball');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumers', private: true }));
  execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${tarball}`], { cwd: dir, stdio: 'pipe' });
});

test.after.always(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

/** A consumer project: its package.json, files and optional tsconfig. */
function project(name: string, type: 'module' | 'commonjs', files: Record<string, string>, compilerOptions?: Record<string, unknown>): string {
  const at = join(dir, name);
  mkdirSync(at);
  writeFileSync(join(at, 'package.json'), JSON.stringify({ name, private: true, type }));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(at, file), text);
  if (compilerOptions !== undefined) {
    const typeRoots = [join(root, 'node_modules/@types')];
    writeFileSync(
      join(at, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { ...compilerOptions, typeRoots, types: ['node'], outDir: 'out' }, files: ['use.ts'] }),
    );
  }
  return at;
}

async function run(cwd: string, script: string, args: string[] = []): Promise<string> {
  const { stdout } = await execFile(process.execPath, [...args, script], { cwd, encoding: 'utf8' });
  return stdout.trim();
}

function compile(cwd: string): void {
  try {
    execFileSync(process.execPath, [tsc, '-p', cwd], { cwd, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    throw new Error(`tsc failed in ${cwd}:\n${(error as { stdout?: string }).stdout ?? ''}`, { cause: error });
  }
}

/** The README's quick example, against a dev server from `riak-pb/dev-server`; prints the value read back. */
const QUICK_EXAMPLE = `
  const server = await startDevServer({ port: 0 });
  const client = new RiakClient(server.url);
  await client.put({ bucket: 'users', key: 'ada', value: JSON.stringify({ name: 'Ada' }), contentType: 'application/json' });
  const user = await client.get({ bucket: 'users', key: 'ada', r: 'quorum' });
  if (user.found) console.log(user.value?.toString());
  await client.delete({ bucket: 'users', key: 'ada', vclock: user.vclock });
  await client.close();
  await server.close();`;

test.serial('CommonJS JavaScript: require() of riak-pb and riak-pb/dev-server runs the quick example', async (t) => {
  const cwd = project('cjs-js', 'commonjs', {
    'use.js': `const { RiakClient, RiakServerError } = require('riak-pb');
      const { startDevServer } = require('riak-pb/dev-server');
      if (!(new RiakServerError('x', 0) instanceof Error)) throw new Error('bad error class');
      (async () => {${QUICK_EXAMPLE.replace('user.value?.toString()', 'user.value && user.value.toString()')}
      })().catch((error) => { console.error(error); process.exitCode = 1; });`,
    // A call with a message body: the generated classes load through a dynamic import, under require() too.
    'lazy.js': `const { RiakClient } = require('riak-pb');
      const { startDevServer } = require('riak-pb/dev-server');
      (async () => {
        const server = await startDevServer({ port: 0 });
        const client = new RiakClient(server.url);
        console.log((await client.getBucketProps({ bucket: 'b' })).nVal);
        await client.close();
        await server.close();
      })().catch((error) => { console.error(error); process.exitCode = 1; });`,
  });
  t.is(await run(cwd, 'use.js'), '{"name":"Ada"}');
  t.is(await run(cwd, 'lazy.js'), '3');
});

test.serial('CommonJS TypeScript (module commonjs, and nodenext): compiles to require() calls that run', async (t) => {
  const source = `import { RiakClient, type GetResult } from 'riak-pb';
    import { startDevServer } from 'riak-pb/dev-server';
    async function main(): Promise<void> {${QUICK_EXAMPLE}
      const typed: GetResult | undefined = undefined;
      void typed;
    }
    main().catch((error: unknown) => { console.error(error); process.exitCode = 1; });`;
  for (const module of ['commonjs', 'nodenext']) {
    const cwd = project(`cjs-ts-${module}`, 'commonjs', { 'use.ts': source }, { strict: true, module, target: 'ES2022', esModuleInterop: true });
    compile(cwd);
    t.regex(readFileSync(join(cwd, 'out/use.js'), 'utf8'), /require\("riak-pb"\)/, module);
    t.is(await run(cwd, 'out/use.js'), '{"name":"Ada"}', module);
  }
});

test.serial('ESM JavaScript: the quick example; each entry exports its own names', async (t) => {
  const cwd = project('esm-js', 'module', {
    'use.js': `import { RiakClient } from 'riak-pb';
      import { startDevServer } from 'riak-pb/dev-server';
      ${QUICK_EXAMPLE}`,
    'exports.js': `import * as root from 'riak-pb';
      import * as devServer from 'riak-pb/dev-server';
      import * as protocol from 'riak-pb/protocol';
      const names = (ns) => Object.keys(ns).sort().join(',');
      console.log(JSON.stringify({
        rootHasClient: typeof root.RiakClient === 'function' && typeof root.MapUpdate === 'function' && typeof root.RiakError === 'function',
        rootHasServerOrCodec: ['startDevServer', 'messages', 'emptyFrame', 'encodeMessage', 'FrameDecoder', 'MessageCode'].filter((n) => n in root),
        devServer: names(devServer),
        protocol: protocol.MessageCode.RpbGetReq === 9 && protocol.encodeMessage('RpbPingReq').length === 5 && typeof protocol.messages.RpbGetReq.decode === 'function' && typeof protocol.FrameDecoder === 'function',
      }));`,
  });
  t.is(await run(cwd, 'use.js'), '{"name":"Ada"}');
  t.deepEqual(JSON.parse(await run(cwd, 'exports.js')), { rootHasClient: true, rootHasServerOrCodec: [], devServer: 'startDevServer', protocol: true });
});

test.serial('the package ships its LICENSE, and every source map points at a shipped file', (t) => {
  const installed = join(dir, 'node_modules/riak-pb');
  t.regex(readFileSync(join(installed, 'LICENSE'), 'utf8'), /Apache License\s+Version 2\.0, January 2004/);
  const maps = (readdirSync(join(installed, 'dist'), { recursive: true }) as string[]).filter((file) => file.endsWith('.map'));
  t.true(maps.length > 100);
  const missing: string[] = [];
  for (const map of maps) {
    const at = join(installed, 'dist', map, '..');
    const { sources } = JSON.parse(readFileSync(join(installed, 'dist', map), 'utf8')) as { sources: string[] };
    for (const source of sources) if (!existsSync(join(at, source))) missing.push(`${map} -> ${source}`);
  }
  // A map whose source is gone is a stale build output left in dist/: `npm run build` starts from an empty dist/.
  t.deepEqual(missing, [], 'dist/ holds output of deleted sources: run `npm run build` (it empties dist/ first)');
});

test.serial('import "riak-pb" loads the client only: no dev-server or CLI module', async (t) => {
  const cwd = project('esm-loads', 'module', {
    // A resolve hook (it runs in the loader's thread) appends every resolved URL to a file.
    'hooks.js': `import { appendFileSync } from 'node:fs';
      export async function resolve(specifier, context, next) {
        const resolved = await next(specifier, context);
        appendFileSync(process.env.LOADS_FILE, resolved.url + '\\n');
        return resolved;
      }`,
    'register.js': `import { register } from 'node:module';
      register('./hooks.js', import.meta.url);`,
    'root.js': `await import('riak-pb');`,
    'dev-server.js': `await import('riak-pb/dev-server');`,
  });
  const loads = async (script: string): Promise<string[]> => {
    const file = join(cwd, `${script}.loads`);
    writeFileSync(file, '');
    await execFile(process.execPath, ['--import', './register.js', script], { cwd, env: { ...process.env, LOADS_FILE: file } });
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((url) => url.includes('/node_modules/riak-pb/'));
  };
  const root = await loads('root.js');
  t.true(root.some((url) => url.endsWith('/dist/client/riak-client.js')));
  t.deepEqual(
    root.filter((url) => /\/dist\/(server|cli)\//.test(url)),
    [],
  );
  // Nor the generated classes: the first call that needs them loads them.
  t.deepEqual(
    root.filter((url) => /\/generated\/riak\.js$|\/dist\/codec\/message-table\.js$/.test(url)),
    [],
  );
  // The hook sees the dev server's modules when they are asked for.
  t.true((await loads('dev-server.js')).some((url) => url.endsWith('/dist/server/dev-server.js')));
});

test.serial('the generated classes load on the first call that needs them; a load that fails rejects that call with a RiakError', async (t) => {
  const cwd = project('esm-lazy', 'module', {
    // The client's load of the message table fails (the dev server's own import of it does not), as in a bundle that dropped its chunk.
    'hooks.js': `export async function resolve(specifier, context, next) {
        if (process.env.BREAK_TABLE && specifier === './message-table.js' && context.parentURL?.endsWith('/codec/load-message-table.js')) throw new Error('simulated missing module');
        return next(specifier, context);
      }`,
    'register.js': `import { register } from 'node:module';
      register('./hooks.js', import.meta.url);`,
    'use.js': `import { RiakClient, RiakError } from 'riak-pb';
      import { startDevServer } from 'riak-pb/dev-server';
      const server = await startDevServer({ port: 0 });
      const client = new RiakClient({ url: server.url });
      await client.put({ bucket: 'b', key: 'k', value: 'v' });
      const props = await client.getBucketProps({ bucket: 'b' }).then((p) => 'nVal ' + p.nVal, (e) => (e instanceof RiakError ? 'RiakError: ' + e.message : 'other: ' + e));
      const raw = await client.requestRaw(7).then((r) => 'raw ' + r.code, (e) => (e instanceof RiakError ? 'raw RiakError' : 'raw other: ' + e));
      console.log((await client.get({ bucket: 'b', key: 'k' })).value.toString(), raw, props);
      await client.close();
      await server.close();`,
  });
  t.is(await run(cwd, 'use.js', ['--import', './register.js']), 'v raw 8 nVal 3');
  const broken = await execFile(process.execPath, ['--import', './register.js', 'use.js'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, BREAK_TABLE: '1' },
  });
  t.regex(
    broken.stdout.trim(),
    /^v raw RiakError RiakError: riak-pb could not load its generated protobuf classes \(generated\/riak\.js\): .*simulated missing module/,
  );
});

test.serial('strict TypeScript ESM (NodeNext, exactOptionalPropertyTypes): compiles and runs, with `await using`', async (t) => {
  const cwd = project(
    'esm-ts',
    'module',
    {
      'use.ts': `import { RiakClient, RiakError, type GetResult, type ResponseOf } from 'riak-pb';
        import { startDevServer, type DevServer } from 'riak-pb/dev-server';
        import { MessageCode, type MessageName } from 'riak-pb/protocol';
        await using server: DevServer = await startDevServer({ port: 0 });
        {
          await using client = new RiakClient({ url: server.url, requestTimeout: 5000 });
          await client.put({ bucket: 'users', key: 'ada', value: JSON.stringify({ name: 'Ada' }), contentType: 'application/json' });
          const user: GetResult = await client.get({ bucket: 'users', key: 'ada', r: 'quorum' });
          const resp: ResponseOf<'RpbGetReq'> = await client.request('RpbGetReq', { bucket: new TextEncoder().encode('users'), key: new TextEncoder().encode('ada') });
          const name: MessageName = 'RpbGetReq';
          if (user.found && resp.content.length === 1 && MessageCode[name] === 9) console.log(user.value?.toString());
          const failure: unknown = await client.get({ bucket: '', key: 'k' }).catch((error: unknown) => error);
          if (!(failure instanceof RiakError)) throw new Error('expected a RiakError');
        }`,
    },
    {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      target: 'ES2022',
      lib: ['ES2023', 'esnext.disposable'],
    },
  );
  compile(cwd);
  t.is(await run(cwd, 'out/use.js'), '{"name":"Ada"}');
});
