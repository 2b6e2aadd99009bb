export * from './types';
export * from './model';
export * from './standard-version';
export { Enrolments, addMonths, itemWindow, monthParts, periodMonths, trailingWindow, type MonthPart } from './windows';
export * from './staffing';
export * from './staffing-history';
export * from './services';
export * from './report';
