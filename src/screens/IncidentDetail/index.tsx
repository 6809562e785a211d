export default function IncidentDetail({ id }: { id: string }) {
  return <h1>{id}</h1>;
}
