/** The machine the figures were measured on, printed beside them: speed depends on it and on its load. */
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';

export interface MachineDescription {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  /** One-minute load average when the evaluation started (0 on platforms without one). */
  readonly loadAverage: number;
  readonly node: string;
  readonly os: string;
}

export function describeMachine(): MachineDescription {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
    node: process.version,
    os: `${platform()} ${release()}`,
  };
}

export function machineLine(machine: MachineDescription): string {
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, load ${machine.loadAverage} at start, Node ${machine.node}, ${machine.os}`;
}
