export default function Timeline() {
  return <h1>Log</h1>;
}
