import { useState } from 'react';
import { formatRupiah } from '../../../domain/money';
import { provinceNames, type Province } from '../../../domain/province';
import { type ApiData, asApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorNotice, SelectField } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { OfferSettingsTabs } from '../offer-settings/offer-settings-tabs';
import { MinimumWageForm } from './minimum-wage-form';
import './minimum-wages.css';

const provinceName = (province: string) => provinceNames[province as Province] ?? province;

export type MinimumWageOutput = ApiData<'get', '/api/admin/minimum-wages'>['items'][number];

const listPath = '/api/admin/minimum-wages';

/** Admins keep the UMP and UMK table up to date, year by year, with each decree. */
export function MinimumWagesPage() {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery(listPath, {});
  const [year, setYear] = useState<number | 'all' | undefined>();
  const [editing, setEditing] = useState<MinimumWageOutput | 'new' | undefined>();
  const items = data?.items ?? [];
  const years = [...new Set(items.map((wage) => wage.year))].sort((a, b) => b - a);
  const shownYear = year ?? years[0] ?? 'all';
  const shown = items.filter((wage) => shownYear === 'all' || wage.year === shownYear);
  return (
    <>
      <OfferSettingsTabs />
      <p className="muted">{t('minimumWages.intro')}</p>
      <p className="notice">{t('minimumWages.verify')}</p>
      {data && data.citiesWithoutUmk.length > 0 && (
        <p className="notice" role="note" data-testid="cities-without-umk">
          {t('minimumWages.citiesWithoutUmk', {
            places: data.citiesWithoutUmk
              .map(({ province, city }) => `${city} (${provinceName(province)})`)
              .join(', '),
          })}
        </p>
      )}
      <LoadError error={error} retry={refetch} />
      <div className="minimum-wages__toolbar">
        <SelectField
          label={t('minimumWages.year')}
          name="yearFilter"
          value={String(shownYear)}
          onChange={(e) => setYear(e.target.value === 'all' ? 'all' : Number(e.target.value))}
        >
          <option value="all">{t('minimumWages.allYears')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        {editing === undefined && (
          <button
            className="button button--primary"
            type="button"
            onClick={() => setEditing('new')}
          >
            {t('minimumWages.add')}
          </button>
        )}
      </div>
      {editing !== undefined && (
        <MinimumWageForm
          key={editing === 'new' ? 'new' : editing.id}
          wage={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(undefined)}
        />
      )}
      {data && shown.length === 0 && <p className="muted">{t('minimumWages.empty')}</p>}
      {shown.length > 0 && <WageTable wages={shown} onEdit={setEditing} />}
    </>
  );
}

function WageTable({
  wages,
  onEdit,
}: {
  wages: MinimumWageOutput[];
  onEdit(wage: MinimumWageOutput): void;
}) {
  const { t } = useI18n();
  const deleting = useApiMutation('delete', '/api/admin/minimum-wages/{minimumWageId}', {
    invalidates: [listPath],
  });
  const [askingToDelete, setAskingToDelete] = useState<MinimumWageOutput>();
  const regionOf = (wage: MinimumWageOutput) =>
    wage.city ?? provinceNames[wage.province as Province] ?? wage.province;
  return (
    <>
      <ErrorNotice error={deleting.error ? asApiError(deleting.error) : undefined} />
      <div className="table-scroll minimum-wages__frame">
        <table className="comparison minimum-wages__table">
          <thead>
            <tr>
              <th scope="col">{t('minimumWages.province')}</th>
              <th scope="col">{t('minimumWages.city')}</th>
              <th scope="col">{t('minimumWages.year')}</th>
              <th scope="col">{t('minimumWages.amount')}</th>
              <th scope="col">{t('minimumWages.decree')}</th>
              <th scope="col">{t('minimumWages.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {wages.map((wage) => (
              <tr key={wage.id}>
                <th scope="row">{provinceNames[wage.province as Province] ?? wage.province}</th>
                <td>{wage.city ?? <span className="muted">{t('minimumWages.ump')}</span>}</td>
                <td>{wage.year}</td>
                <td className="minimum-wages__amount">{formatRupiah(wage.monthlyAmount)}</td>
                <td className="minimum-wages__decree">{wage.decree}</td>
                <td className="minimum-wages__actions">
                  <button
                    className="button button--small"
                    type="button"
                    onClick={() => onEdit(wage)}
                  >
                    {t('minimumWages.edit')}
                  </button>
                  <button
                    className="button button--small button--quiet"
                    type="button"
                    onClick={() => setAskingToDelete(wage)}
                  >
                    {t('minimumWages.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {askingToDelete && (
        <ConfirmDialog
          title={t('minimumWages.deleteTitle')}
          confirmLabel={t('minimumWages.delete')}
          onConfirm={() => deleting.mutate({ path: { minimumWageId: askingToDelete.id } })}
          onClose={() => setAskingToDelete(undefined)}
        >
          <p>
            {t('minimumWages.confirmDelete', {
              region: regionOf(askingToDelete),
              year: askingToDelete.year,
            })}
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
