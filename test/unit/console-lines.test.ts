// Which console line a request takes (inFlight.ts), on lines made up here: an idle line on the least busy thread
// first, never a line whose thread died (nor one that died while the request waited for it), and a new line only
// when no idle one lives.
import { describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/driver.ts';
import { ConsoleConnections, type ConsoleLine, type LineSource } from '../../server/console/inFlight.ts';

interface FakeLine extends ConsoleLine {
  load: number;
  alive: boolean;
  ready: Promise<void>;
}

function fakeLine(tag: string, load: number): FakeLine {
  const fail = () => Promise.reject(new Error('not used'));
  return { tag, load, alive: true, ready: Promise.resolve(), drop: async () => {}, explain: fail, stream: fail, functions: fail, captionRules: fail };
}

function source(lines: FakeLine[]): LineSource & { opened: number } {
  const made = {
    opened: 0,
    open: () => {
      const line = lines[made.opened++];
      if (!line) throw new Error('no more lines');
      return line;
    },
    close: async () => {},
  };
  return made;
}

const settings = { total: 3, perClient: 3, wallClockMs: 5_000 };
const noDb = {} as Database;

describe('console lines', () => {
  it('takes the idle line whose thread is least busy', async () => {
    const [busy, idle, middle] = [fakeLine('busy', 3), fakeLine('idle', 0), fakeLine('middle', 1)];
    const connections = new ConsoleConnections(noDb, settings, Date.now, source([busy, idle, middle]));
    await connections.warm();
    expect(await connections.run('a', async (line) => line.tag)).toBe('idle');
    idle.load = 5;
    expect(await connections.run('a', async (line) => line.tag)).toBe('middle');
    middle.load = 9;
    expect(await connections.run('a', async (line) => line.tag)).toBe('busy');
  });

  it('never hands out a line whose thread died, and opens a new one when no idle line lives', async () => {
    const [dead, alive, fresh] = [fakeLine('dead', 0), fakeLine('alive', 2), fakeLine('fresh', 0)];
    const made = source([dead, alive, fresh]);
    const connections = new ConsoleConnections(noDb, { ...settings, total: 2 }, Date.now, made);
    await connections.warm();
    expect(made.opened).toBe(2);
    dead.alive = false;
    expect(await connections.run('a', async (line) => line.tag)).toBe('alive');
    alive.alive = false;
    expect(await connections.run('a', async (line) => line.tag)).toBe('fresh');
    expect(made.opened).toBe(3);
  });

  it('takes another line when the one it waited for died meanwhile (its thread was ended while closing a line)', async () => {
    const [doomed, fresh] = [fakeLine('doomed', 0), fakeLine('fresh', 0)];
    let settle!: () => void;
    // The thread is closing another line: the request waits, and the thread is ended before it is quiet again.
    doomed.ready = new Promise<void>((resolve) => (settle = resolve)).then(() => {
      doomed.alive = false;
    });
    const made = source([doomed, fresh]);
    const connections = new ConsoleConnections(noDb, { ...settings, total: 2 }, Date.now, made);
    const answer = connections.run('a', async (line) => line.tag);
    settle();
    expect(await answer).toBe('fresh');
    expect(made.opened).toBe(2);
    expect(connections.inFlight).toBe(0);
  });

  it('takes another line when the one it waited for failed to open because its thread was ended', async () => {
    const [doomed, fresh] = [fakeLine('doomed', 0), fakeLine('fresh', 0)];
    let fail!: (error: Error) => void;
    doomed.ready = new Promise<void>((_resolve, reject) => (fail = reject));
    doomed.ready.catch(() => {});
    const made = source([doomed, fresh]);
    const connections = new ConsoleConnections(noDb, { ...settings, total: 2 }, Date.now, made);
    const answer = connections.run('a', async (line) => line.tag);
    doomed.alive = false;
    fail(new Error('The console ended this thread.'));
    expect(await answer).toBe('fresh');
  });

  it('still fails a request whose live line could not start', async () => {
    const [slow] = [fakeLine('slow', 0)];
    slow.ready = Promise.reject(new Error('no connection'));
    slow.ready.catch(() => {});
    const connections = new ConsoleConnections(noDb, { ...settings, total: 2 }, Date.now, source([slow]));
    await expect(connections.run('a', async (line) => line.tag)).rejects.toThrow('no connection');
    expect(connections.inFlight).toBe(0);
  });

  it('keeps two idle lines apart: both requests at once get a line each', async () => {
    const [first, second] = [fakeLine('first', 0), fakeLine('second', 0)];
    const connections = new ConsoleConnections(noDb, { ...settings, total: 2 }, Date.now, source([first, second]));
    await connections.warm();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const one = connections.run('a', async (line) => (await held, line.tag));
    const two = connections.run('b', async (line) => line.tag);
    release();
    expect(new Set([await one, await two])).toEqual(new Set(['first', 'second']));
  });
});
