// A progress bar on stderr for long batches. Drawn only on a terminal (or when forced), redrawn at
// most ~10 times a second so it never costs measurable time.

export class Progress {
  private done = 0;
  private failed = 0;
  private lastDraw = 0;
  private readonly t0 = performance.now();

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream,
    private readonly tty: boolean,
  ) {}

  tick(ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    const now = performance.now();
    if (now - this.lastDraw < (this.tty ? 100 : 1000) && this.done < this.total) return;
    this.lastDraw = now;
    this.draw(now);
  }

  private draw(now: number): void {
    const secs = (now - this.t0) / 1000;
    const rate = this.done / Math.max(secs, 1e-3);
    const pct = this.total ? this.done / this.total : 1;
    const failed = this.failed ? `, ${this.failed} failed` : '';
    const line = `${this.done}/${this.total} documents (${Math.round(pct * 100)}%${failed}) ${rate.toFixed(0)} docs/s`;
    if (this.tty) {
      const width = 24;
      const filled = Math.round(pct * width);
      this.stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${line}\x1b[K`);
    } else {
      this.stream.write(`${line}\n`);
    }
  }

  end(): void {
    if (this.tty) this.stream.write('\r\x1b[K');
  }
}
