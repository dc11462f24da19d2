/** A select's options from Italian names by value (categories, functions, kinds, style choices), in the record's order. */
export function NamedOptions({ names }: { names: Readonly<Record<string, string>> }) {
  return (
    <>
      {Object.entries(names).map(([value, name]) => (
        <option key={value} value={value}>
          {name}
        </option>
      ))}
    </>
  );
}
