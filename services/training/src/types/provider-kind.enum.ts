import { registerEnumType } from 'type-graphql';

export enum ProviderKind {
  BPSDM = 'BPSDM',
  LAN = 'LAN',
  MINISTRY = 'MINISTRY',
  UNIVERSITY = 'UNIVERSITY',
  PROFESSIONAL_BODY = 'PROFESSIONAL_BODY',
  OTHER = 'OTHER',
}

registerEnumType(ProviderKind, {
  name: 'ProviderKind',
  description: 'Who organises a training.',
  valuesConfig: {
    BPSDM: { description: 'A regional training agency (Badan Pengembangan SDM).' },
    LAN: { description: 'Lembaga Administrasi Negara, the national civil-service training institute.' },
    MINISTRY: { description: 'A ministry or national agency.' },
    UNIVERSITY: { description: 'A university in partnership.' },
    PROFESSIONAL_BODY: { description: 'A professional body or association.' },
    OTHER: { description: 'Any other organiser.' },
  },
});
