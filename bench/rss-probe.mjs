// Preloaded into a measured Node process (node --import): at exit, writes the process's own peak RSS in kB
// (getrusage of itself, not of the git it spawns) to the file named by BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
