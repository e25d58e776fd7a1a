import test from 'ava';
import { PassThrough } from 'node:stream';
import { CommandError } from '../../src/cli/command.js';
import { promptPassword } from '../../src/cli/password-prompt.js';
import { until } from '../helpers/wait.js';

function fakeTerminal() {
  const modes: boolean[] = [];
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: (mode: boolean) => modes.push(mode) });
  const stderr = new PassThrough();
  let shown = '';
  stderr.on('data', (chunk) => (shown += chunk));
  return { stdin, stderr, modes, shown: () => shown };
}

test('reads up to Enter in raw mode, with Backspace, and echoes nothing', async (t) => {
  const term = fakeTerminal();
  const password = promptPassword(term, 'Password: ');
  term.stdin.write('sec');
  term.stdin.write('x\u007fret\rignored');
  t.is(await password, 'secret');
  t.deepEqual(term.modes, [true, false]);
  await until(() => term.shown().endsWith('\n'), 'the prompt line to be ended');
  t.is(term.shown(), 'Password: \n');
});

test('Ctrl-C cancels with exit code 130 and restores the terminal', async (t) => {
  const term = fakeTerminal();
  const password = promptPassword(term, 'Password: ');
  term.stdin.write('ab\u0003');
  const error = await t.throwsAsync(password, { instanceOf: CommandError, message: 'password prompt cancelled' });
  t.is((error as CommandError).exitCode, 130);
  t.deepEqual(term.modes, [true, false]);
});
