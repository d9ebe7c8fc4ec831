import { registerEnumType } from 'type-graphql';

export enum IssuerKind {
  BNSP = 'BNSP',
  LKPP = 'LKPP',
  LAN = 'LAN',
  MINISTRY = 'MINISTRY',
  PROFESSIONAL_BODY = 'PROFESSIONAL_BODY',
}

registerEnumType(IssuerKind, {
  name: 'IssuerKind',
  description: 'Who issues a certificate.',
  valuesConfig: {
    BNSP: { description: 'Badan Nasional Sertifikasi Profesi, through a licensed LSP (Lembaga Sertifikasi Profesi).' },
    LKPP: { description: 'Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah: procurement certificates.' },
    LAN: { description: 'Lembaga Administrasi Negara.' },
    MINISTRY: {
      description: 'A ministry or agency that guides a functional position (instansi pembina): its competency tests.',
    },
    PROFESSIONAL_BODY: { description: 'A professional association or body.' },
  },
});
