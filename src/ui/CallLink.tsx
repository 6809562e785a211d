import './CallLink.css';

interface CallLinkProps {
  /** Number for the tel: link, international form where it is not a short code. */
  tel: string;
  /** The number as people write it. */
  shown: string;
  name: string;
  when: string;
  urgent?: boolean;
}

/** A whole-width tap-to-call link: who, the number, and when to call. */
export function CallLink({ tel, shown, name, when, urgent }: CallLinkProps) {
  return (
    <li>
      <a class={urgent ? 'call-link urgent' : 'call-link'} href={`tel:${tel}`}>
        <span class="call-name">{name}</span>
        <span class="call-number">{shown}</span>
        <span class="call-when">{when}</span>
        <svg class="call-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.6a1 1 0 0 1-.25 1z" />
        </svg>
      </a>
    </li>
  );
}
