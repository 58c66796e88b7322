// A Server Component page: the elements live in a Client Component, which the server renders to HTML
// and the browser hydrates.
import { Charts } from './charts';

export default function Page() {
  return (
    <main>
      <h1>conflict-viz in Next.js</h1>
      <Charts />
    </main>
  );
}
