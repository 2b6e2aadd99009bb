import { Navigate } from 'react-router';
import { homePath, useViewer } from './viewer';

export function RoleHome() {
  return <Navigate to={homePath(useViewer().role)} replace />;
}
