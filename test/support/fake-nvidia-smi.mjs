#!/usr/bin/env node
// A stand-in for nvidia-smi that prints what the real one prints (formats from NVIDIA's documentation and
// real machines: `-L`, `--query-gpu`, `--query-compute-apps` with csv,noheader,nounits), from a JSON
// scenario named by $FAKE_NVIDIA_SMI_CONFIG. Per-process GPU memory follows a schedule indexed by how many
// times the compute apps were queried since the process appeared, so a sampler's peak can be checked.
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const config = JSON.parse(readFileSync(process.env.FAKE_NVIDIA_SMI_CONFIG, 'utf8'));
const args = process.argv.slice(2);
if (config.callsLog) appendFileSync(config.callsLog, `${args.join(' ')}\n`);

if (config.failure === 'driver') {
  process.stdout.write(
    "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.\n\n",
  );
  process.exit(9);
}
if (config.failure === 'no-devices') {
  process.stdout.write('No devices were found\n');
  process.exit(6);
}
if (config.failure === 'no-devices-exit-0') {
  // Some driver versions say so and still exit 0.
  process.stdout.write('No devices were found\n');
  process.exit(0);
}
if (config.failure === 'unknown-format') {
  process.stdout.write('Device 0 [Hypothetical GPU 5000]\n');
  process.exit(0);
}

// A counter is replaced by rename, never rewritten in place: the processes under test poll it with `cat`,
// and an in-place write (truncate, then write) lets a reader on a loaded machine see an empty file.
function writeCounter(file, value) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, String(value));
  renameSync(tmp, file);
}

const na = (value) => (value === null || value === undefined ? '[N/A]' : String(value));
const gpus = config.gpus ?? [];

function fields(flag) {
  const arg = args.find((a) => a.startsWith(`${flag}=`));
  return arg.slice(flag.length + 1).split(',');
}

function requireCsvNoheaderNounits() {
  if (!args.includes('--format=csv,noheader,nounits')) {
    process.stdout.write('fake nvidia-smi only speaks --format=csv,noheader,nounits\n');
    process.exit(2);
  }
}

if (args.length === 1 && args[0] === '-L') {
  gpus.forEach((gpu, index) => {
    process.stdout.write(`GPU ${index}: ${gpu.name} (UUID: ${gpu.uuid})\n`);
    (gpu.mig ?? []).forEach((mig, i) => {
      process.stdout.write(`  MIG ${mig.profile.padEnd(11)} Device ${String(i).padStart(2)}: (UUID: ${mig.uuid})\n`);
    });
  });
  process.exit(0);
}

if (args.some((a) => a.startsWith('--query-gpu='))) {
  requireCsvNoheaderNounits();
  const values = {
    index: (gpu, i) => i,
    uuid: (gpu) => gpu.uuid,
    name: (gpu) => gpu.name,
    'memory.total': (gpu) => na(gpu.totalMiB),
    'memory.used': (gpu) => na(Array.isArray(gpu.usedMiB) ? gpu.usedMiB[Math.min(gpuCounter, gpu.usedMiB.length - 1)] : gpu.usedMiB),
  };
  // memory.used may be a schedule too, indexed by how many times the GPUs were queried.
  const gpuCounter = config.gpuCounterFile && existsSync(config.gpuCounterFile) ? Number(readFileSync(config.gpuCounterFile, 'utf8')) : 0;
  if (config.gpuCounterFile) writeCounter(config.gpuCounterFile, gpuCounter + 1);
  for (const [i, gpu] of gpus.entries()) {
    process.stdout.write(
      `${fields('--query-gpu')
        .map((f) => values[f](gpu, i))
        .join(', ')}\n`,
    );
  }
  process.exit(0);
}

if (args.some((a) => a.startsWith('--query-compute-apps='))) {
  requireCsvNoheaderNounits();
  const rows = [];
  let counted = false;
  const counter = config.counterFile && existsSync(config.counterFile) ? Number(readFileSync(config.counterFile, 'utf8')) : 0;
  for (const app of config.apps ?? []) {
    let pid = app.pid;
    if (app.pidFile) {
      if (!existsSync(app.pidFile)) continue;
      pid = Number(readFileSync(app.pidFile, 'utf8').trim());
      if (!pid) continue;
      counted = true;
    }
    const used = Array.isArray(app.usedMiB) ? app.usedMiB[Math.min(counter, app.usedMiB.length - 1)] : app.usedMiB;
    rows.push({ gpu_uuid: app.gpuUuid, pid, used_memory: na(used) });
  }
  if (counted && config.counterFile) writeCounter(config.counterFile, counter + 1);
  for (const row of rows)
    process.stdout.write(
      `${fields('--query-compute-apps')
        .map((f) => row[f])
        .join(', ')}\n`,
    );
  process.exit(0);
}

process.stdout.write("Invalid combination of input arguments. Please run 'nvidia-smi -h' for help.\n");
process.exit(2);
