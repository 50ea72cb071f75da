import { Controller, Get, HttpCode, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { Database } from '@app/persistence';

@Controller('health')
export class HealthController {
  constructor(@Inject(Database) private readonly db: Database) {}

  @Get()
  @HttpCode(200)
  async health(): Promise<{ status: string; database: string }> {
    if (!(await this.db.ping())) {
      throw new HttpException({ status: 'unavailable', database: this.db.kind }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'ok', database: this.db.kind };
  }
}
