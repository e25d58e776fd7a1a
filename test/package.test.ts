import test from 'ava';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// `npm test` builds dist/ before ava runs, so packing skips the prepack build.
test('npm pack installs into a fresh project and works from ESM JavaScript and TypeScript', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'riak-pb-pack-'));
  try {
    execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: root, stdio: 'pipe' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    t.truthy(tarball);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${tarball}`], { cwd: dir, stdio: 'pipe' });

    writeFileSync(
      join(dir, 'use.mjs'),
      `import { RiakClient, RiakServerError, MessageCode, encodeMessage, messages } from 'riak-pb';
       if (typeof RiakClient !== 'function' || MessageCode.RpbGetReq !== 9) throw new Error('bad exports');
       if (!(new RiakServerError('x', 0) instanceof Error)) throw new Error('bad error class');
       if (encodeMessage('RpbPingReq').length !== 5 || typeof messages.RpbGetReq.decode !== 'function') throw new Error('bad codec');
       console.log('ok');`,
    );
    t.is(execFileSync(process.execPath, ['use.mjs'], { cwd: dir, encoding: 'utf8' }).trim(), 'ok');

    writeFileSync(
      join(dir, 'use.ts'),
      `import { RiakClient, type GetResult, type ResponseOf } from 'riak-pb';
       const client = new RiakClient({ nodes: ['127.0.0.1:8087'] });
       export async function f(): Promise<number> {
         const r: GetResult = await client.get({ bucket: 'b', key: 'k', r: 'quorum' });
         const resp: ResponseOf<'RpbGetReq'> = await client.request('RpbGetReq', { bucket: new Uint8Array(1), key: new Uint8Array(1) });
         return r.siblings.length + resp.content.length;
       }`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, typeRoots: [join(root, 'node_modules/@types')], types: ['node'] },
        files: ['use.ts'],
      }),
    );
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir, stdio: 'pipe' });
    t.pass();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
