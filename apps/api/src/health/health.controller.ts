import { Controller, Get, HttpCode, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { Database } from '@app/persistence';

/** A health check must answer quickly even when the database hangs rather than refuses. */
const PING_TIMEOUT_MS = 2_000;

function pingWithin(db: Database, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([db.ping(), timeout]).finally(() => clearTimeout(timer));
}

@Controller('health')
export class HealthController {
  constructor(@Inject(Database) private readonly db: Database) {}

  /** 200 {"status":"ok"} while the database answers; 503 {"status":"unavailable"} while it does not. */
  @Get()
  @HttpCode(200)
  async health(): Promise<{ status: string; database: string }> {
    if (!(await pingWithin(this.db, PING_TIMEOUT_MS))) {
      throw new HttpException({ status: 'unavailable', database: this.db.kind }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'ok', database: this.db.kind };
  }
}
