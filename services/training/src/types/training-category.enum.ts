// What a catalog training is, in the vocabulary of Peraturan LAN 10/2018 and the leadership programmes (LAN 5/2022).
import { registerEnumType } from 'type-graphql';

export enum TrainingCategory {
  DEGREE = 'DEGREE',
  LEADERSHIP = 'LEADERSHIP',
  LATSAR = 'LATSAR',
  TECHNICAL = 'TECHNICAL',
  FUNCTIONAL = 'FUNCTIONAL',
  MANAGERIAL = 'MANAGERIAL',
  SOCIO_CULTURAL = 'SOCIO_CULTURAL',
  SEMINAR = 'SEMINAR',
  WORKSHOP = 'WORKSHOP',
  COURSE = 'COURSE',
  TECHNICAL_GUIDANCE = 'TECHNICAL_GUIDANCE',
  E_LEARNING = 'E_LEARNING',
  COACHING = 'COACHING',
  MENTORING = 'MENTORING',
  INTERNSHIP = 'INTERNSHIP',
  SECONDMENT = 'SECONDMENT',
  BENCHMARKING = 'BENCHMARKING',
  LEARNING_COMMUNITY = 'LEARNING_COMMUNITY',
}

registerEnumType(TrainingCategory, {
  name: 'TrainingCategory',
  description: 'The kind of programme; the leadership programmes (PKN I, PKN II, PKA, PKP) are told apart by code.',
  valuesConfig: {
    DEGREE: { description: 'A degree (tugas belajar / izin belajar).' },
    LEADERSHIP: { description: 'Leadership training: PKN Tingkat I, PKN Tingkat II, PKA, PKP.' },
    LATSAR: { description: 'Latihan Dasar CPNS, for every candidate civil servant.' },
    TECHNICAL: { description: 'Technical training for a field of work.' },
    FUNCTIONAL: { description: 'Training for a functional position (jabatan fungsional).' },
    MANAGERIAL: { description: 'Managerial competency training.' },
    SOCIO_CULTURAL: { description: 'Socio-cultural competency training (Perekat Bangsa).' },
    SEMINAR: { description: 'Seminar or conference.' },
    WORKSHOP: { description: 'Workshop (lokakarya).' },
    COURSE: { description: 'Course (kursus) or penataran.' },
    TECHNICAL_GUIDANCE: { description: 'Bimbingan teknis (bimtek) or sosialisasi.' },
    E_LEARNING: { description: 'E-learning or distance training.' },
    COACHING: { description: 'Coaching.' },
    MENTORING: { description: 'Mentoring.' },
    INTERNSHIP: { description: 'Internship (magang), often with a university partner.' },
    SECONDMENT: { description: 'Secondment (detasering) or exchange.' },
    BENCHMARKING: { description: 'Benchmarking visit (studi banding).' },
    LEARNING_COMMUNITY: { description: 'Learning community or self-study.' },
  },
});
