import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who wrote or posted a document: a news byline, a Telegram channel post's signature, the member
 * who wrote in a group chat. Optional; documents stored before have none.
 */
export class DocumentAuthor1765000000000 implements MigrationInterface {
  name = 'DocumentAuthor1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE documents ADD COLUMN IF NOT EXISTS author text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE documents DROP COLUMN IF EXISTS author`);
  }
}
