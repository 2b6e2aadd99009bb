import { lazyPage } from './lazy-page';
import { Navigate } from 'react-router';
import { homePath, useViewer } from './viewer';

const StartPage = lazyPage(() => import('../features/start/routes/StartPage'));

/** "/": the start page of staff and the steering group; the admin starts on the teams list. */
export function RoleHome() {
  const { role } = useViewer();
  return role === 'ADMIN' ? <Navigate to={homePath(role)} replace /> : <StartPage />;
}

/** The start page's code, loaded at start-up beside the session (main.tsx). */
RoleHome.preload = StartPage.preload;
