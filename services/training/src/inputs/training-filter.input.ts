import { Field, ID, InputType } from 'type-graphql';
import { TrainingCategory } from '../types/training-category.enum.js';
import { TrainingForm } from '../types/training-form.enum.js';

@InputType({ description: 'Catalog search; every given criterion must hold.' })
export class TrainingFilter {
  @Field(() => Boolean, { nullable: true, description: 'Also list retired trainings (administration screens).' })
  includeRetired?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Only the signed-in user's agency's own trainings (none for other callers): what its administrator keeps.",
  })
  ownOnly?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words in the code, title or description (case-insensitive).' })
  text?: string;

  @Field(() => TrainingCategory, { nullable: true, description: 'Only this category.' })
  category?: TrainingCategory;

  @Field(() => TrainingForm, { nullable: true, description: 'Only this form.' })
  form?: TrainingForm;

  @Field(() => ID, { nullable: true, description: 'Only trainings that develop this competency.' })
  competencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Only trainings of this provider.' })
  providerId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only trainings with a session starting in this month, YYYY-MM.',
  })
  month?: string;
}
