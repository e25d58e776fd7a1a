/**
 * The LevelDB thread: owns the classic-level database and answers the
 * server thread's requests one at a time (sync-bridge.ts). Plain JavaScript
 * run with `new Worker(source, { eval: true })`, so it works the same from
 * the TypeScript sources and from the build. classic-level is imported here,
 * from the path the server thread resolved, so the native module loads only
 * when a LevelDB backend is asked for.
 *
 * Requests: open; get {key}; getMany {keys}; batch {ops, sync}; range {gte, lt, values,
 * limit, maxBytes} (one ordered chunk, its iterator opened and closed here);
 * iterate {gte, lt, values}; next {id, size}; end {id}; close. Each answer is posted, then the shared
 * flag is set and notified: the server thread waits on that flag and reads
 * the answer with receiveMessageOnPort.
 */
export const LEVEL_WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { port, signal, moduleUrl, location } = workerData;
const flag = new Int32Array(signal);
const iterators = new Map();
let db;
let nextId = 1;

function answer(reply) {
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

// An iterator holds a LevelDB snapshot: one left behind by a listing nobody
// finished is closed after a minute unused.
const sweep = setInterval(() => {
  const now = Date.now();
  for (const [id, entry] of iterators) {
    if (now - entry.used > 60000) {
      iterators.delete(id);
      entry.it.close().catch(() => {});
    }
  }
}, 15000);
sweep.unref();

async function handle(msg) {
  switch (msg.op) {
    case 'open': {
      const mod = await import(moduleUrl);
      const ClassicLevel = mod.ClassicLevel ?? mod.default?.ClassicLevel;
      db = new ClassicLevel(location, { keyEncoding: 'view', valueEncoding: 'view' });
      await db.open();
      return null;
    }
    case 'get':
      return db.getSync(msg.key) ?? null;
    case 'getMany':
      return (await db.getMany(msg.keys)).map((value) => value ?? null);
    case 'batch':
      await db.batch(msg.ops, { sync: msg.sync });
      return null;
    case 'range': {
      // Up to limit entries, fewer once maxBytes of keys and values are read.
      const it = db.iterator({ gte: msg.gte, lt: msg.lt, values: msg.values, limit: msg.limit });
      const out = [];
      let bytes = 0;
      try {
        while (out.length < msg.limit && bytes < msg.maxBytes) {
          const batch = await it.nextv(msg.limit - out.length);
          if (batch.length === 0) break;
          for (const entry of batch) {
            out.push(entry);
            bytes += entry[0].length + (entry[1] ? entry[1].length : 0);
          }
        }
      } finally {
        await it.close();
      }
      return out;
    }
    case 'iterate': {
      const id = nextId++;
      iterators.set(id, { it: db.iterator({ gte: msg.gte, lt: msg.lt, values: msg.values }), used: Date.now() });
      return id;
    }
    case 'next': {
      const entry = iterators.get(msg.id);
      if (entry === undefined) throw new Error('LevelDB iterator closed (left unused for a minute)');
      entry.used = Date.now();
      return await entry.it.nextv(msg.size);
    }
    case 'end': {
      const entry = iterators.get(msg.id);
      iterators.delete(msg.id);
      if (entry !== undefined) await entry.it.close();
      return null;
    }
    case 'close': {
      clearInterval(sweep);
      for (const entry of iterators.values()) await entry.it.close();
      iterators.clear();
      if (db !== undefined) await db.close();
      return null;
    }
    default:
      throw new Error('unknown LevelDB request ' + msg.op);
  }
}

port.on('message', (msg) => {
  handle(msg).then(
    (result) => answer({ result }),
    (err) => answer({ error: String((err && err.message) || err), code: err && err.code, cause: err && err.cause && String(err.cause.message || err.cause) }),
  );
});
`;
