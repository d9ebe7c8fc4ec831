// A TypeORM logger that counts the SQL statements a process sends: the N+1 rule made measurable.
import type { Logger as TypeormLogger } from 'typeorm';

export class SqlStatementCounter implements TypeormLogger {
  statements = 0;

  logQuery(query: string): void {
    // Transaction bookkeeping is not a data access; counting it would punish writes that are atomic.
    if (/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i.test(query)) return;
    this.statements += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
