import { createContext, useContext } from 'react';
import type { ViewerFieldsFragment } from '../gql/graphql';

export type Viewer = ViewerFieldsFragment;
export type Role = Viewer['role'];

export const ViewerContext = createContext<Viewer | null>(null);

/** The logged-in user; only used below the app shell, which guarantees one. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside the app shell');
  return viewer;
}

/** Where each role starts after login. */
export function homePath(role: Role): string {
  switch (role) {
    case 'ADMIN':
      return '/admin/teams';
    case 'STEERING_GROUP':
    case 'TEAM_LEADER':
    case 'TEAM_MEMBER':
      return '/';
  }
}
