export * from './cofog.ts';
export * from './legal-forms.ts';
export * from './states.ts';
export * from './task-fields.ts';
