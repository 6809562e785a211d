import { routeHref, type Route } from '../app/router';
import './BackLink.css';
import { Icon } from './Icon';

/** The way back from a sub-screen: the same arrow, wording and 44 px target everywhere. */
export function BackLink({ to, label }: { to: Route; label: string }) {
  return (
    <a class="back-link" href={routeHref(to)}>
      <Icon name="back" /> {label}
    </a>
  );
}
