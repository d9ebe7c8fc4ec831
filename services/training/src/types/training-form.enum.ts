// Forms of competency development (PP 11/2017 as amended by PP 17/2020; docs/domain.md, "Forms of development").
import { registerEnumType } from 'type-graphql';

export enum TrainingForm {
  EDUCATION = 'EDUCATION',
  CLASSICAL = 'CLASSICAL',
  NON_CLASSICAL = 'NON_CLASSICAL',
}

registerEnumType(TrainingForm, {
  name: 'TrainingForm',
  description: 'Education (a degree), classical training (classroom) or non-classical training (on the job, online).',
  valuesConfig: {
    EDUCATION: { description: 'A degree programme: tugas belajar or izin belajar.' },
    CLASSICAL: { description: 'Classroom training: leadership, technical, functional, seminar, workshop, course.' },
    NON_CLASSICAL: { description: 'Coaching, mentoring, e-learning, secondment, internship (magang) and the like.' },
  },
});
