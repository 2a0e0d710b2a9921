/** The `{{name}}` placeholders a template may use, under their label (e-mail and letter templates). */
export function Placeholders({ label, names }: { label: string; names: readonly string[] }) {
  return (
    <>
      <p className="field__label">{label}</p>
      <p className="placeholders">
        {names.map((name) => (
          <code key={name}>{`{{${name}}}`}</code>
        ))}
      </p>
    </>
  );
}
