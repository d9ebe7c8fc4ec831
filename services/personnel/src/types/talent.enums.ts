// The two axes of the talent 9-box and the predikat they start from; the values are the rule's.
import { registerEnumType } from 'type-graphql';
import { enumOf } from '@asn/common';

export const PERFORMANCE_PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export const PerformancePredikat = enumOf(PERFORMANCE_PREDIKATS);
export const Kinerja = enumOf(['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const);
export const Potensial = enumOf(['TINGGI', 'MENENGAH', 'RENDAH'] as const);

registerEnumType(PerformancePredikat, {
  name: 'PerformancePredikat',
  description: "The year's performance predikat (PermenPANRB 6/2022).",
});
registerEnumType(Kinerja, {
  name: 'Kinerja',
  description: 'Performance axis of the 9-box: above, meeting or below expectations.',
});
registerEnumType(Potensial, { name: 'Potensial', description: 'Potential axis of the 9-box: high, middle or low.' });
