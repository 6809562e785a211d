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
      </a>
    </li>
  );
}
