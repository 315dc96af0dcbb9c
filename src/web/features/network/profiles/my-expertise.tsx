import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EXPERTISE_LEVELS,
  type Expertise,
  type ExpertiseLevel,
  NETWORK_PROFILE_LIMITS,
  type PersonProfile,
  type ProofInput,
  type Tag,
} from '../../../../shared/contracts/network-profiles.ts';
import { Button } from '../../../ui/button.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { Form } from '../../../ui/form.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { AtlasRecordPicker, type PickedRecord } from './atlas-record-picker.tsx';
import { Counts, LevelBadge, ProofList } from './expertise-parts.tsx';
import {
  useAddExpertise,
  useAddProof,
  useChangeLevel,
  useMyProjects,
  useRemoveExpertise,
  useRemoveProof,
} from './profile-queries.ts';
import { TagPicker } from './tag-picker.tsx';

const p = 'networkProfiles.expertise';

/** My expertise: add one from the shared vocabulary (or a new name), change its level, name proofs, remove it. */
export function MyExpertise({ profile }: { profile: PersonProfile }) {
  const { t } = useTranslation();
  const expertise = profile.details?.expertise ?? [];
  return (
    <div className="form-stack">
      <AddExpertise />
      {expertise.length === 0 ? (
        <p className="kern-body">{t(`${p}.none`)}</p>
      ) : (
        <ul className="plain-list np-expertise-list" aria-label={t(`${p}.listLabel`)}>
          {expertise.map((item) => (
            <MyExpertiseItem key={item.tag.id} item={item} />
          ))}
        </ul>
      )}
    </div>
  );
}

function AddExpertise() {
  const { t } = useTranslation();
  const form = useFormErrors('expertise');
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<Tag | null>(null);
  const [level, setLevel] = useState<ExpertiseLevel>('familiar');
  const add = useAddExpertise();
  return (
    <Form
      form={form}
      busy={add.isPending}
      error={add.error}
      submit={t(`${p}.add`)}
      submitVariant="secondary"
      check={() => ({ name: name.trim() === '' ? t(`${p}.nameMissing`) : undefined })}
      onValid={() => {
        const tag = picked && picked.name === name ? { tagId: picked.id } : { name: name.trim() };
        add.mutate(
          { ...tag, level },
          {
            onSuccess: () => {
              setName('');
              setPicked(null);
            },
            onError: (error) => form.failFromServer(error, ['name', 'level']),
          },
        );
      }}
    >
      <TagPicker
        id={form.id('name')}
        label={t(`${p}.name`)}
        hint={t(`${p}.nameHint`)}
        error={form.errors.name}
        value={name}
        onChange={(value) => setName(value.slice(0, NETWORK_PROFILE_LIMITS.tagName))}
        onPick={setPicked}
      />
      <SelectField
        id={form.id('level')}
        label={t(`${p}.level`)}
        value={level}
        onChange={(value) => setLevel(value as ExpertiseLevel)}
        options={EXPERTISE_LEVELS.map((value) => ({ value, label: t(`networkProfiles.level.${value}`) }))}
      />
    </Form>
  );
}

function MyExpertiseItem({ item }: { item: Expertise }) {
  const { t } = useTranslation();
  const id = useId();
  const change = useChangeLevel();
  const remove = useRemoveExpertise();
  const removeProof = useRemoveProof();
  return (
    <li className="np-expertise">
      <h3 className="kern-heading-small np-expertise__name">
        {item.tag.name} <LevelBadge level={item.level} />
      </h3>
      <Counts endorsements={item.endorsementCount} accepted={item.acceptedAnswerCount} />
      <SelectField
        id={`${id}-level`}
        label={t(`${p}.levelOf`, { name: item.tag.name })}
        value={item.level}
        disabled={change.isPending}
        onChange={(value) => change.mutate({ tagId: item.tag.id, level: value as ExpertiseLevel })}
        options={EXPERTISE_LEVELS.map((value) => ({ value, label: t(`networkProfiles.level.${value}`) }))}
      />
      <ProblemAlert error={change.error ?? remove.error ?? removeProof.error} />
      <ProofList
        expertise={item}
        actions={(proof) => (
          <Button
            variant="tertiary"
            small
            onClick={() => removeProof.mutate({ tagId: item.tag.id, proofId: proof.id })}
            aria-label={t(`${p}.removeProof`, { name: proof.label || proof.title || proof.url || '' })}
          >
            {t('networkProfiles.remove')}
          </Button>
        )}
      />
      <AddProof
        tagId={item.tag.id}
        tagName={item.tag.name}
        recordIds={item.proofs.flatMap((proof) =>
          proof.kind === 'cooperation' && proof.targetId ? [proof.targetId] : [],
        )}
      />
      <div className="np-expertise__remove">
        <ConfirmButton
          variant="tertiary"
          small
          question={t(`${p}.removeQuestion`, { name: item.tag.name })}
          confirmLabel={t('networkProfiles.remove')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate(item.tag.id)}
        >
          {t(`${p}.remove`, { name: item.tag.name })}
        </ConfirmButton>
      </div>
    </li>
  );
}

type ProofKind = ProofInput['kind'];
const PROOF_KINDS: readonly ProofKind[] = ['link', 'project', 'cooperation'];

function AddProof({ tagId, tagName, recordIds }: { tagId: string; tagName: string; recordIds: readonly string[] }) {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  const form = useFormErrors(`proof-${id}`);
  const [kind, setKind] = useState<ProofKind>('link');
  const [url, setUrl] = useState('');
  const [projectId, setProjectId] = useState('');
  const [recordText, setRecordText] = useState('');
  const [record, setRecord] = useState<PickedRecord | null>(null);
  const [label, setLabel] = useState('');
  const projects = useMyProjects(kind === 'project');
  const add = useAddProof();
  // A record counts as chosen while the field still shows its title; typing again searches anew.
  const chosen = record !== null && record.title === recordText ? record : null;
  function proofOf(): ProofInput {
    if (kind === 'project') return { kind, targetId: projectId, label };
    if (kind === 'cooperation') return { kind, targetId: chosen?.id ?? '', label };
    return { kind, url: url.trim(), label };
  }
  function check() {
    if (kind === 'link') return { url: /^https:\/\/\S+$/i.test(url.trim()) ? undefined : t(`${p}.urlInvalid`) };
    if (kind === 'project') return { targetId: projectId ? undefined : t(`${p}.projectMissing`) };
    return { targetId: chosen ? undefined : t(`${p}.recordMissing`) };
  }
  return (
    <details className="np-add-proof">
      <summary className="kern-link">{t(`${p}.addProofFor`, { name: tagName })}</summary>
      <Form
        form={form}
        busy={add.isPending}
        error={add.error}
        submit={t(`${p}.addProof`)}
        submitVariant="secondary"
        check={check}
        onValid={() =>
          add.mutate(
            { tagId, proof: proofOf() },
            {
              onSuccess: () => {
                setUrl('');
                setProjectId('');
                setRecordText('');
                setRecord(null);
                setLabel('');
              },
              onError: (error) => form.failFromServer(error, ['url', 'targetId', 'label']),
            },
          )
        }
      >
        <SelectField
          id={form.id('kind')}
          label={t(`${p}.proofKind`)}
          value={kind}
          onChange={(value) => setKind(PROOF_KINDS.find((k) => k === value) ?? 'link')}
          options={PROOF_KINDS.map((value) => ({ value, label: t(`networkProfiles.proofs.kind.${value}`) }))}
        />
        {kind === 'link' ? (
          <TextField
            id={form.id('url')}
            label={t(`${p}.url`)}
            hint={t(`${p}.urlHint`)}
            type="url"
            value={url}
            onChange={setUrl}
            maxLength={NETWORK_PROFILE_LIMITS.url}
            error={form.errors.url}
          />
        ) : kind === 'project' ? (
          <SelectField
            id={form.id('targetId')}
            label={t('networkProfiles.proofs.kind.project')}
            value={projectId}
            onChange={setProjectId}
            error={form.errors.targetId}
            options={[
              { value: '', label: t(`${p}.chooseProject`) },
              ...(projects.data?.projects ?? []).map((project) => ({
                value: project.id,
                label: `${project.name} (${project.workspace.name})`,
              })),
            ]}
          />
        ) : (
          <AtlasRecordPicker
            id={form.id('targetId')}
            error={form.errors.targetId}
            text={recordText}
            onTextChange={setRecordText}
            exclude={recordIds}
            onPick={(picked) => {
              setRecord(picked);
              setRecordText(picked.title);
            }}
          />
        )}
        <TextField
          id={form.id('label')}
          label={t(`${p}.label`)}
          optional
          value={label}
          onChange={setLabel}
          maxLength={NETWORK_PROFILE_LIMITS.proofLabel}
          error={form.errors.label}
        />
      </Form>
    </details>
  );
}
