export default function IncidentEditor({ id }: { id?: string }) {
  return <h1>{id ? 'Edit' : 'New'}</h1>;
}
