// A progress bar for long loads on a terminal ("[#######-----]  52%  52,000/100,000 relationships"), redrawn
// in place at most ten times a second; without a terminal, one line per tenth of the way.

export interface ProgressBar {
  update(done: number, label: string): void;
  finish(): void;
}

const WIDTH = 30;

export function renderBar(done: number, total: number, label: string): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(fraction * WIDTH);
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${percent}  ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${label}`;
}

export function createProgressBar(total: number, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  let lastDraw = 0;
  let lastTenth = -1;
  let last = '';
  return {
    update(done, label) {
      last = renderBar(done, total, label);
      if (stream.isTTY) {
        const now = Date.now();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        stream.write(`\r${last}\u001b[K`);
      } else {
        const tenth = Math.floor((done / total) * 10);
        if (tenth === lastTenth) return;
        lastTenth = tenth;
        stream.write(`${last}\n`);
      }
    },
    finish() {
      if (stream.isTTY && last) stream.write(`\r${last}\u001b[K\n`);
    },
  };
}
