/** A message file's contents: texts, grouped under nested keys. */
export type MessageTree = { [key: string]: string | MessageTree };

/**
 * Every text of a message tree under its dotted key (`openData.dictionary.title`), the way
 * next-intl names it, so tests can compare the two languages key by key. `prefix` names the tree
 * itself, for a file read on its own (`enquiry`).
 */
export function messageLeaves(tree: MessageTree, prefix = ""): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") result.set(name, value);
    else for (const [inner, text] of messageLeaves(value, name)) result.set(inner, text);
  }
  return result;
}
