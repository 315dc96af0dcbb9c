import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useContentLang } from '../../ui/content-language.ts';
import { type Constraint, constraintsOf, fieldsOf, type JsonSchema, type TypeWords, typeText } from './openapi.ts';

/** Nesting shown at most; deeper fields are rare and would only narrow the page further. */
const DEPTH_MAX = 6;

export function typeWords(t: TFunction): TypeWords {
  return {
    string: t('apiDocs.types.string'),
    integer: t('apiDocs.types.integer'),
    number: t('apiDocs.types.number'),
    boolean: t('apiDocs.types.boolean'),
    object: t('apiDocs.types.object'),
    null: t('apiDocs.types.null'),
    any: t('apiDocs.types.any'),
    listOf: (item) => t('apiDocs.types.listOf', { item }),
    oneOf: (values) => t('apiDocs.types.oneOf', { values }),
    or: t('apiDocs.types.or'),
  };
}

function constraintText(t: TFunction, c: Constraint): string {
  switch (c.kind) {
    case 'length':
    case 'range':
    case 'items': {
      const suffix = c.min !== undefined && c.max !== undefined ? '' : c.min !== undefined ? 'Min' : 'Max';
      return t(`apiDocs.constraints.${c.kind}${suffix}`, { min: c.min, max: c.max });
    }
    case 'pattern':
      return t('apiDocs.constraints.pattern', { pattern: c.pattern });
    case 'default':
      return t('apiDocs.constraints.default', { value: c.value });
  }
}

/** A value's type and limits in one line: "Text (uuid) · höchstens 36 Zeichen". */
export function TypeLine({ schema }: { schema: JsonSchema }) {
  const { t } = useTranslation();
  const limits = constraintsOf(schema).map((c) => constraintText(t, c));
  return (
    <span className="api-schema__type">
      {typeText(schema, typeWords(t))}
      {limits.length > 0 ? <span className="api-schema__limits"> · {limits.join(' · ')}</span> : null}
    </span>
  );
}

/**
 * The fields of an object schema as a definition list: name and whether it is required, then type,
 * limits and description, and the fields of a nested object or list of objects below.
 */
export function SchemaView({ schema, depth = 0 }: { schema: JsonSchema; depth?: number }) {
  const { t } = useTranslation();
  const english = useContentLang('en');
  const object = fieldsOf(schema);
  if (!object?.properties) {
    return (
      <p className="kern-body api-schema__single">
        <TypeLine schema={schema} />
      </p>
    );
  }
  const required = new Set(object.required ?? []);
  return (
    <div className="api-schema">
      {object !== schema ? (
        <p className="kern-body kern-body--small api-schema__outer">
          <TypeLine schema={schema} />
        </p>
      ) : null}
      <dl className="api-schema__fields">
        {Object.entries(object.properties).map(([name, field]) => {
          const nested = depth < DEPTH_MAX ? fieldsOf(field) : null;
          return (
            <div className="api-schema__field" key={name}>
              <dt className="api-schema__name">
                <code>{name}</code>
                {required.has(name) ? (
                  <span className="api-schema__required"> {t('apiDocs.requiredField')}</span>
                ) : null}
              </dt>
              <dd className="api-schema__about">
                <TypeLine schema={field} />
                {field.description ? (
                  <span className="api-schema__description" lang={english}>
                    {' '}
                    – {field.description}
                  </span>
                ) : null}
                {nested?.properties ? <SchemaView schema={nested} depth={depth + 1} /> : null}
              </dd>
            </div>
          );
        })}
      </dl>
      {object.additionalProperties === false && depth === 0 ? (
        <p className="kern-body kern-body--small api-schema__closed">{t('apiDocs.closed')}</p>
      ) : null}
    </div>
  );
}
