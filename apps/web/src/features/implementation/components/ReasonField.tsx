/** A labelled textarea whose hint and error are linked with aria-describedby. */
export function ReasonField({
  id,
  label,
  hint,
  error,
  maxLength = 1000,
  defaultValue,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  maxLength?: number;
  defaultValue?: string;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <textarea id={id} name={id} rows={3} maxLength={maxLength} defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={described} />
    </div>
  );
}
