// RFC 5646 (BCP 47) syntax: language[-extlang][-script][-region](-variant)*(-extension)*[-privateuse],
// or a private-use tag alone. Irregular grandfathered tags (i-klingon, en-GB-oed) are not accepted.
const LANGUAGE = '(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})';
const SCRIPT = '(?:-[a-z]{4})?';
const REGION = '(?:-(?:[a-z]{2}|[0-9]{3}))?';
const VARIANTS = '(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*';
const EXTENSIONS = '(?:-[a-wyz0-9](?:-[a-z0-9]{2,8})+)*';
const PRIVATE_USE = 'x(?:-[a-z0-9]{1,8})+';
const TAG = new RegExp(
  `^(?:${LANGUAGE}${SCRIPT}${REGION}${VARIANTS}${EXTENSIONS}(?:-${PRIVATE_USE})?|${PRIVATE_USE})$`,
  'i',
);

/**
 * Whether a language tag is well-formed BCP 47, as XLIFF requires for its language attributes.
 * Leichte Sprache has no registered subtag; German with a private-use subtag, e.g. `de-x-ls`, is
 * well-formed (private-use subtags are 1 to 8 letters or digits each).
 */
export function isWellFormedLanguageTag(tag: string): boolean {
  return tag.length <= 64 && TAG.test(tag);
}
