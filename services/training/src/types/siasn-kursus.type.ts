// The SIASN riwayat diklat/kursus export as typed objects: one record per completed activity, in SIASN's field
// names (docs/siasn.md), with the same rows as CSV text in the columns the import reads.
import { DateScalar } from '@asn/common';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Employee } from '../external/employee.js';
import { TrainingCategory } from './training-category.enum.js';

export enum SiasnKursusSource {
  ENROLMENT = 'ENROLMENT',
  PAST_TRAINING = 'PAST_TRAINING',
}

registerEnumType(SiasnKursusSource, {
  name: 'SiasnKursusSource',
  description: 'Where an exported riwayat kursus record comes from.',
  valuesConfig: {
    ENROLMENT: { description: 'A completed enrolment in a catalog session.' },
    PAST_TRAINING: { description: 'A verified past or external training.' },
  },
});

@ObjectType({ description: 'One completed training in the shape of a SIASN riwayat diklat/kursus record.' })
export class SiasnKursus {
  @Field(() => Employee, { description: 'Whose record it is.' })
  employee: Employee;

  @Field(() => String, { nullable: true, description: 'SIASN nipBaru: the NIP, grouped 8-6-1-3.' })
  nipBaru: string | null;

  @Field(() => String, { description: 'SIASN namaKursus: the title.' })
  namaKursus: string;

  @Field(() => String, { description: 'SIASN jenisKursus: the kind, in SIASN’s words where it has them.' })
  jenisKursus: string;

  @Field(() => TrainingCategory, { description: 'The kind as our category (what jenisKursus reads back to).' })
  category: TrainingCategory;

  @Field(() => Int, { description: 'SIASN jumlahJam: the JP credited.' })
  jumlahJam: number;

  @Field(() => DateScalar, { description: 'SIASN tanggalKursus: first day.' })
  tanggalKursus: string;

  @Field(() => DateScalar, { description: 'SIASN tanggalSelesaiKursus: last day (the JP count in its year).' })
  tanggalSelesaiKursus: string;

  @Field(() => Int, { description: 'SIASN tahunKursus: the year of the last day.' })
  tahunKursus: number;

  @Field(() => String, { nullable: true, description: 'SIASN institusiPenyelenggara: the organiser.' })
  institusiPenyelenggara: string | null;

  @Field(() => String, { nullable: true, description: 'SIASN nomorSertipikat: the certificate (STTPP) number.' })
  nomorSertipikat: string | null;

  @Field(() => SiasnKursusSource, { description: 'A completed enrolment or a verified past training.' })
  source: SiasnKursusSource;
}

@ObjectType({ description: 'Completed trainings of a period as SIASN riwayat diklat/kursus: typed records and CSV.' })
export class SiasnKursusExport {
  @Field(() => DateScalar, { description: 'First day of the period (by the activity’s last day).' })
  from: string;

  @Field(() => DateScalar, { description: 'Last day of the period.' })
  to: string;

  @Field(() => [SiasnKursus], { description: 'The records, by person then last day.' })
  records: SiasnKursus[];

  @Field(() => String, {
    description:
      'The same records as CSV (comma, UTF-8, header row) in the columns the past-trainings import reads: ' +
      'nipBaru, namaKursus, jenisKursus, jumlahJam, tanggalKursus, tanggalSelesaiKursus (DD-MM-YYYY), ' +
      'tahunKursus, institusiPenyelenggara, nomorSertipikat.',
  })
  csv: string;
}
