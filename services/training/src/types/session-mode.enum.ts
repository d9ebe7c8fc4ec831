import { registerEnumType } from 'type-graphql';

export enum SessionMode {
  ONLINE = 'ONLINE',
  OFFLINE = 'OFFLINE',
  BLENDED = 'BLENDED',
}

registerEnumType(SessionMode, {
  name: 'SessionMode',
  description: 'How a session (angkatan) is delivered.',
  valuesConfig: {
    ONLINE: { description: 'Entirely online.' },
    OFFLINE: { description: 'In person, at its location.' },
    BLENDED: { description: 'Partly online, partly in person.' },
  },
});
