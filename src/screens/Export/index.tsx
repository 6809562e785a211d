export default function Export() {
  return <h1>Export</h1>;
}
