export * from './load-input';
export * from './model-versions';
