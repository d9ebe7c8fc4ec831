// The SIASN riwayat sertifikasi export as typed objects: one record per verified certificate, in SIASN's field
// names (docs/siasn.md), with the same rows as CSV text.
import { DateScalar } from '@asn/common';
import { Field, ObjectType } from 'type-graphql';
import { Employee } from '../external/employee.js';

@ObjectType({ description: 'One verified certificate in the shape of a SIASN riwayat sertifikasi record.' })
export class SiasnSertifikasi {
  @Field(() => Employee, { description: 'The holder.' })
  employee: Employee;

  @Field(() => String, { nullable: true, description: 'The holder’s NIP, grouped 8-6-1-3.' })
  nipBaru: string | null;

  @Field(() => String, { description: 'SIASN namaSertifikasi: the scheme’s name.' })
  namaSertifikasi: string;

  @Field(() => String, { description: 'SIASN nomorSertifikat: the number as printed.' })
  nomorSertifikat: string;

  @Field(() => DateScalar, { description: 'SIASN tanggalSertifikat: the date of issue.' })
  tanggalSertifikat: string;

  @Field(() => DateScalar, { description: 'SIASN masaBerlakuSertMulai: first valid day (the date of issue).' })
  masaBerlakuSertMulai: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'SIASN masaBerlakuSertSelasai (its spelling): last valid day; null for lifetime.',
  })
  masaBerlakuSertSelasai: string | null;

  @Field(() => String, { description: 'SIASN lembagaSertifikasiNama: the issuer, or the LSP that assessed.' })
  lembagaSertifikasiNama: string;
}

@ObjectType({ description: 'Verified certificates issued in a period as SIASN riwayat sertifikasi: records and CSV.' })
export class SiasnSertifikasiExport {
  @Field(() => DateScalar, { description: 'First day of the period (by date of issue).' })
  from: string;

  @Field(() => DateScalar, { description: 'Last day of the period.' })
  to: string;

  @Field(() => [SiasnSertifikasi], { description: 'The records, by person then date of issue.' })
  records: SiasnSertifikasi[];

  @Field(() => String, {
    description:
      'The same records as CSV (comma, UTF-8, header row): nipBaru, namaSertifikasi, nomorSertifikat, ' +
      'tanggalSertifikat, masaBerlakuSertMulai, masaBerlakuSertSelasai (DD-MM-YYYY), lembagaSertifikasiNama.',
  })
  csv: string;
}
