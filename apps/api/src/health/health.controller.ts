import { Controller, Get, HttpCode, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { Database } from '@app/persistence';

/** A health check must answer quickly even when the database hangs rather than refuses. */
const PING_TIMEOUT_MS = 2_000;
/** Under load many checks arrive at once: they share one ping, and its answer for this long. */
const ANSWER_TTL_MS = 1_000;

function pingWithin(db: Database, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([db.ping(), timeout]).finally(() => clearTimeout(timer));
}

@Controller('health')
export class HealthController {
  private last: { ok: boolean; at: number } | null = null;
  private inFlight: Promise<boolean> | null = null;

  constructor(@Inject(Database) private readonly db: Database) {}

  /** 200 {"status":"ok"} while the database answers; 503 {"status":"unavailable"} while it does not. */
  @Get()
  @HttpCode(200)
  async health(): Promise<{ status: string; database: string }> {
    if (!(await this.databaseAnswers())) {
      throw new HttpException({ status: 'unavailable', database: this.db.kind }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'ok', database: this.db.kind };
  }

  private async databaseAnswers(): Promise<boolean> {
    if (this.last && Date.now() - this.last.at < ANSWER_TTL_MS) return this.last.ok;
    this.inFlight ??= pingWithin(this.db, PING_TIMEOUT_MS)
      .then((ok) => {
        this.last = { ok, at: Date.now() };
        return ok;
      })
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }
}
