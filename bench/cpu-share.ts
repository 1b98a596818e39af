/**
 * How much CPU other processes took while the bench ran: the machine's busy time (/proc/stat)
 * minus the bench's own (this process and every child it waited for, /proc/self/stat). On a
 * shared two-core machine a test run next door can double the timings; the report says so.
 */
import { cpus } from 'node:os';
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

function machineBusyTicks(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields;
  return user + nice + system + irq + softirq + (steal ?? 0);
}

function ownTicks(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Fields after the command name: utime, stime, cutime, cstime are the 12th to 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
  return fields[11] + fields[12] + fields[13] + fields[14];
}

export interface CpuShare {
  wall_seconds: number;
  /** CPU seconds the bench and its children used. */
  own_seconds: number;
  /** CPU seconds other processes used meanwhile. */
  others_seconds: number;
  /** others_seconds over the CPU time the machine had (wall x cores). */
  others_share: number;
}

/** Starts watching; `stop()` tells what others took since. Null where /proc is missing. */
export function watchCpu(): { stop(): CpuShare | null } {
  let start: { busy: number; own: number; at: number } | undefined;
  try {
    start = { busy: machineBusyTicks(), own: ownTicks(), at: performance.now() };
  } catch {
    start = undefined;
  }
  return {
    stop() {
      if (!start) return null;
      const wall = (performance.now() - start.at) / 1000;
      const busy = (machineBusyTicks() - start.busy) / TICKS_PER_SECOND;
      const own = (ownTicks() - start.own) / TICKS_PER_SECOND;
      const others = Math.max(0, busy - own);
      return { wall_seconds: wall, own_seconds: own, others_seconds: others, others_share: others / (wall * cpus().length) };
    },
  };
}
