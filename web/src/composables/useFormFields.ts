// The form its BaseFormFields sit in, given once by the form: the prefix of their ids and the API's refusal.
import { inject, provide, type InjectionKey, type MaybeRefOrGetter } from 'vue';

export interface FormFields {
  idPrefix: MaybeRefOrGetter<string>;
  error: MaybeRefOrGetter<unknown>;
}

const FORM_FIELDS: InjectionKey<FormFields> = Symbol('form-fields');

export function provideFormFields(fields: FormFields): void {
  provide(FORM_FIELDS, fields);
}

export function injectFormFields(): FormFields {
  const fields = inject(FORM_FIELDS, null);
  if (!fields) throw new Error('A BaseFormField sits outside a form that called provideFormFields.');
  return fields;
}
