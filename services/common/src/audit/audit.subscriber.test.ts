import 'reflect-metadata';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import {
  Column,
  Entity,
  PrimaryGeneratedColumn,
  Table,
  type DataSource,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '../auth-context.js';
import { buildSubgraph } from '../build-subgraph.js';
import { idColumn } from '../migration-columns.js';
import type { RequestInfo } from '../serve.js';
import { createTestSubgraph, TEST_ADMIN, type TestSubgraph } from '../testing/index.js';
import { inTransaction } from '../transaction.js';
import { AuditEntry } from './audit-entry.entity.js';
import { auditedWrite } from './audit.subscriber.js';

@ObjectType({ description: 'A note.' })
@Entity('note')
class Note {
  @Field(() => ID, { description: 'id' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'text' })
  @Column({ type: 'varchar', length: 50 })
  text: string;
}

class CreateNote1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner) {
    await queryRunner.createTable(
      new Table({ name: 'note', columns: [idColumn(), { name: 'text', type: 'varchar', length: '50' }] }),
    );
  }
  async down(queryRunner: QueryRunner) {
    await queryRunner.dropTable('note');
  }
}

type Context = RequestInfo & { dataSource: DataSource };

@Resolver(() => Note)
class NoteResolver {
  @Query(() => [Note], { description: 'notes' })
  notes(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(Note).find();
  }

  @Mutation(() => Note, { description: 'add' })
  async addNote(@Arg('text', () => String) text: string, @Ctx() { dataSource }: Context) {
    return dataSource.getRepository(Note).save({ text });
  }

  @Mutation(() => Note, { description: 'edit' })
  async editNote(
    @Arg('id', () => ID) id: string,
    @Arg('text', () => String) text: string,
    @Ctx() { dataSource }: Context,
  ) {
    const repository = dataSource.getRepository(Note);
    const note = await repository.findOneByOrFail({ id: Number(id) });
    note.text = text;
    return repository.save(note);
  }

  @Mutation(() => Boolean, { description: 'rename by criteria, the way guarded writes are made' })
  async renameNotes(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() { dataSource }: Context,
  ) {
    await inTransaction(dataSource, (manager) =>
      auditedWrite(manager, Note, { text: from }, () =>
        manager.getRepository(Note).update({ text: from }, { text: to }),
      ),
    );
    return true;
  }

  @Mutation(() => Boolean, { description: 'delete by criteria' })
  async dropNotes(@Arg('text', () => String) text: string, @Ctx() { dataSource }: Context) {
    await inTransaction(dataSource, (manager) =>
      auditedWrite(manager, Note, { text }, () => manager.getRepository(Note).delete({ text })),
    );
    return true;
  }
}

const OTHER_AGENCY_ADMIN: Identity = { kind: 'user', userId: 'admin-2', role: 'ADMIN', agencyId: '2' };
const ASN: Identity = { kind: 'user', userId: 'asn-1', role: 'ASN', agencyId: '1', employeeId: '1' };

describe('the audit log', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await createTestSubgraph<Context>(
      {
        service: 'notes',
        defaultPort: 0,
        entities: [Note],
        migrations: [CreateNote1700000000000],
        buildSchema: () => buildSubgraph<Context>({ service: 'notes', resolvers: [NoteResolver], references: {} }),
        createContext: (dataSource, request) => ({ ...request, dataSource }),
        seed: async (dataSource) => void (await dataSource.getRepository(Note).insert({ text: 'seeded' })),
      },
      { seed: true },
    );
  });
  afterAll(() => subgraph.stop());

  it('records who inserted and updated what, before and after, but not the seed', async () => {
    await subgraph.execute('mutation { addNote(text: "a") { id } }');
    await subgraph.execute('mutation { editNote(id: "2", text: "b") { id } }');
    const entries = await subgraph.dataSource.getRepository(AuditEntry).find({ order: { id: 'ASC' } });
    expect(entries.map((entry) => [entry.action, entry.entityName, entry.entityId, entry.actor])).toEqual([
      ['INSERT', 'note', '2', 'user:admin-1'],
      ['UPDATE', 'note', '2', 'user:admin-1'],
    ]);
    expect(JSON.parse(entries[1]!.before!)).toMatchObject({ text: 'a' });
    expect(JSON.parse(entries[1]!.after!)).toMatchObject({ text: 'b' });
  });

  it('shows an administrator their agency’s changes only, and refuses everyone else', async () => {
    const query = '{ notesAuditLog(first: 10) { action entityName actor } }';
    expect((await subgraph.execute(query, {}, { identity: TEST_ADMIN })).data?.notesAuditLog).toHaveLength(2);
    expect((await subgraph.execute(query, {}, { identity: OTHER_AGENCY_ADMIN })).data?.notesAuditLog).toEqual([]);
    const refused = await subgraph.execute(query, {}, { identity: ASN });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('filters by who, what and when, and refuses a malformed kind or time', async () => {
    const entries = await subgraph.dataSource.getRepository(AuditEntry).find({ order: { id: 'ASC' } });
    const [inserted, updated] = [entries[0]!, entries[1]!];
    const log = async (args: string) =>
      (await subgraph.execute(`{ notesAuditLog(first: 10, ${args}) { id } }`, {}, { identity: TEST_ADMIN })).data
        ?.notesAuditLog as { id: string }[];
    expect(await log('action: "UPDATE"')).toEqual([{ id: String(updated.id) }]);
    expect(await log('actor: "user:admin-1", entityName: "note"')).toHaveLength(2);
    expect(await log('actor: "user:someone-else"')).toEqual([]);
    expect(await log(`since: "${updated.occurredAt}"`)).toContainEqual({ id: String(updated.id) });
    expect(await log(`until: "${inserted.occurredAt}", since: "${inserted.occurredAt}"`)).toContainEqual({
      id: String(inserted.id),
    });
    expect(await log('until: "2000-01-01T00:00:00.000Z"')).toEqual([]);
    for (const bad of ['action: "DROP"', 'since: "yesterday"', 'until: "2026-12-01"']) {
      const refused = await subgraph.execute(`{ notesAuditLog(${bad}) { id } }`, {}, { identity: TEST_ADMIN });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('names every row a criteria update or delete touched, with its values before and after', async () => {
    await subgraph.execute('mutation { addNote(text: "x") { id } }');
    await subgraph.execute('mutation { addNote(text: "x") { id } }');
    const from = (await subgraph.dataSource.getRepository(AuditEntry).count()) + 1;
    await subgraph.execute('mutation { renameNotes(from: "x", to: "y") }');
    await subgraph.execute('mutation { dropNotes(text: "y") }');
    const entries = await subgraph.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .where('e.id >= :from', { from })
      .orderBy('e.id')
      .getMany();
    expect(
      entries.map((e) => [e.action, e.entityId, e.before && JSON.parse(e.before), e.after && JSON.parse(e.after)]),
    ).toEqual([
      ['UPDATE', '3', { id: 3, text: 'x' }, { id: 3, text: 'y' }],
      ['UPDATE', '4', { id: 4, text: 'x' }, { id: 4, text: 'y' }],
      ['REMOVE', '3', { id: 3, text: 'y' }, null],
      ['REMOVE', '4', { id: 4, text: 'y' }, null],
    ]);
  });
});
