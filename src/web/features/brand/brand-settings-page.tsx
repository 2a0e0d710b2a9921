import { useState, type FormEvent } from 'react';
import { contrastWithWhite, minimumContrastWithWhite } from '../../../domain/brand';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useDraft } from '../../components/draft';
import {
  ErrorNotice,
  FormError,
  TextArea,
  TextField,
  useFieldErrors,
} from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { WhatsappTemplates } from './whatsapp-templates';
import type { ApiData } from '../../api/client';

type BrandSettings = ApiData<'get', '/api/admin/brand'>;

const brandReads = ['/api/admin/brand', '/api/brand'];

/** Admins set the brand candidates see, and the WhatsApp messages HR sends them. */
export function BrandSettingsPage() {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/admin/brand', {});
  return (
    <>
      <h1>{t('brand.title')}</h1>
      <p className="muted">{t('brand.intro')}</p>
      <LoadError error={error} retry={refetch} />
      {data && <LogoForm settings={data} />}
      {data && <BrandForm key={data.updatedAt} settings={data} />}
      <WhatsappTemplates />
    </>
  );
}

function BrandForm({ settings }: { settings: BrandSettings }) {
  const { t, dateTime } = useI18n();
  const saving = useApiMutation('put', '/api/admin/brand', { invalidates: brandReads });
  const { draft, set, bind } = useDraft(
    {
      companyName: settings.companyName,
      brandColour: settings.brandColour ?? '',
      aboutId: settings.aboutId,
      aboutEn: settings.aboutEn,
      careersIntroId: settings.careersIntroId,
      careersIntroEn: settings.careersIntroEn,
      candidateContactEmail: settings.candidateContactEmail ?? '',
    },
    saving.error,
  );
  const colourValid = /^#[0-9a-fA-F]{6}$/.test(draft.brandColour);
  const contrast = colourValid ? contrastWithWhite(draft.brandColour.toLowerCase()) : undefined;
  const save = (event: FormEvent) => {
    event.preventDefault();
    saving.mutate({
      body: {
        ...draft,
        brandColour: draft.brandColour.trim() || null,
        candidateContactEmail: draft.candidateContactEmail.trim() || null,
      },
    });
  };
  return (
    <form className="fieldset brand-form" onSubmit={save} noValidate>
      <TextField
        label={t('brand.companyName')}
        maxLength={120}
        hint={
          settings.companyNameIsDefault
            ? t('brand.companyNameDefault', { name: settings.companyName })
            : undefined
        }
        {...bind('companyName')}
      />
      <TextField
        label={t('brand.contactEmail')}
        type="email"
        maxLength={254}
        hint={t('brand.contactEmailHint')}
        {...bind('candidateContactEmail')}
      />
      <div className="brand-form__colour">
        <TextField
          label={t('brand.colour')}
          placeholder={t('brand.colourDefault')}
          hint={t('brand.colourHint')}
          {...bind('brandColour')}
        />
        <input
          type="color"
          aria-label={t('brand.colour')}
          value={colourValid ? draft.brandColour : '#0f5e59'}
          onChange={(e) => set('brandColour', e.target.value)}
        />
        {contrast !== undefined && (
          <span
            className={`brand-form__sample${contrast < minimumContrastWithWhite ? ' brand-form__sample--poor' : ''}`}
            style={{ background: draft.brandColour }}
          >
            {t('brand.previewButton')}
          </span>
        )}
        {contrast !== undefined && (
          <small role="status">{t('brand.contrast', { ratio: contrast.toFixed(1) })}</small>
        )}
      </div>
      <TextArea label={t('brand.introId')} rows={3} {...bind('careersIntroId')} />
      <TextArea label={t('brand.introEn')} rows={3} {...bind('careersIntroEn')} />
      <TextArea label={t('brand.aboutId')} {...bind('aboutId')} />
      <TextArea label={t('brand.aboutEn')} {...bind('aboutEn')} />
      <FormError error={saving.error} />
      <div className="form__actions">
        <button className="button button--primary" type="submit" disabled={saving.isPending}>
          {t('brand.save')}
        </button>
        {saving.isSuccess && <small role="status">{t('common.saved')}</small>}
        {settings.updatedByName && (
          <small className="muted">
            {t('brand.updated', {
              name: settings.updatedByName,
              date: dateTime(settings.updatedAt),
            })}
          </small>
        )}
      </div>
    </form>
  );
}

function LogoForm({ settings }: { settings: BrandSettings }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const uploading = useApiMutation('put', '/api/admin/brand/logo', { invalidates: brandReads });
  const removing = useApiMutation('delete', '/api/admin/brand/logo', { invalidates: brandReads });
  const fieldError = useFieldErrors(uploading.error);
  const upload = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return;
    const body = new FormData();
    body.append('logo', file, file.name);
    const form = event.currentTarget;
    uploading.mutate({ body }, { onSuccess: () => (form.reset(), setFile(null)) });
  };
  return (
    <form className="fieldset brand-logo" onSubmit={upload} noValidate>
      <h2>{t('brand.logo')}</h2>
      {settings.logoPath ? (
        <img className="brand-logo__image" src={settings.logoPath} alt={t('brand.logo')} />
      ) : (
        <p className="muted">{t('brand.noLogo')}</p>
      )}
      <ErrorNotice error={uploading.error?.field('logo') ? null : uploading.error} />
      <TextField
        label={t('brand.logoUpload')}
        name="logo"
        type="file"
        accept="image/png,image/jpeg"
        hint={t('brand.logoHint')}
        error={fieldError('logo')}
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <div className="form__actions">
        <button className="button" type="submit" disabled={!file || uploading.isPending}>
          {t('brand.logoUpload')}
        </button>
        {settings.logoPath && (
          <button
            className="button button--quiet"
            type="button"
            disabled={removing.isPending}
            onClick={() => removing.mutate({})}
          >
            {t('brand.logoRemove')}
          </button>
        )}
      </div>
    </form>
  );
}
