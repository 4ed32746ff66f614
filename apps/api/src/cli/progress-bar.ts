/** Where progress goes: a terminal redraws one line; anything else gets a plain line per 10 %. */
export interface ProgressOutput {
  isTTY?: boolean;
  write(text: string): unknown;
}

const WIDTH = 30;

/**
 * A progress bar on stderr. On a terminal it redraws one line ("[#####-----] 45 % 3600/8000");
 * without one (CI, a log file) it prints a line each time another tenth is done, so logs stay readable.
 */
export class ProgressBar {
  private lastTenth = -1;
  private finished = false;

  constructor(
    private readonly label: string,
    private readonly out: ProgressOutput = process.stderr,
  ) {}

  update(done: number, total: number): void {
    if (this.finished) return;
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const percent = Math.floor(fraction * 100);
    const counts = `${done}/${total}`;
    if (this.out.isTTY) {
      const filled = Math.round(fraction * WIDTH);
      this.out.write(`\r${this.label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)} % ${counts}`);
      if (fraction === 1) this.out.write('\n');
    } else {
      const tenth = Math.floor(fraction * 10);
      if (tenth > this.lastTenth) this.out.write(`${this.label}: ${tenth * 10} % (${counts})\n`);
      this.lastTenth = Math.max(this.lastTenth, tenth);
    }
    this.finished = fraction === 1;
  }
}
