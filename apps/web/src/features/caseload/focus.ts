/** Focus an element after React has rendered it (or re-rendered the part it lives in). */
export function focusLater(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
