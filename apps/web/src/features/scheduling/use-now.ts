import { useState } from 'react';

/** The time the component first rendered: "is it over yet?" stays the same across re-renders. */
export function useNow(): number {
  const [now] = useState(() => Date.now());
  return now;
}
