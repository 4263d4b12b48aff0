/** Every content schema, in one place for the checker and src/content.config.ts. */
export * from './annotation.ts';
export * from './article.ts';
export * from './fields.ts';
export * from './records.ts';
export * from './source.ts';
export * from './site.ts';
export * from './story.ts';
