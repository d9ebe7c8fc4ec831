// The key a client makes up for one enrolment request, kept on the enrolment it made: a load balancer that sends a
// request again after the first attempt committed (an instance killed before it answered) gets that enrolment back
// instead of ALREADY_ENROLLED.
import { textColumn } from '@asn/common';
import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddEnrolmentRequestKey1769300000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('enrolment', new TableColumn(textColumn('request_key', 64, true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('enrolment', 'request_key');
  }
}
