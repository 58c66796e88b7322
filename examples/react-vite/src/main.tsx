import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Wrapped } from './Wrapped';
import { Tags } from './Tags';

// `?tags` shows the elements as plain JSX tags; otherwise through the @conflict-viz/react components.
const View = new URLSearchParams(location.search).has('tags') ? Tags : Wrapped;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <View />
  </StrictMode>,
);
