import { useTranslation } from 'react-i18next';
import type { OrganisationSummary } from '../../../../shared/contracts/organisations.ts';
import { TextField } from '../../../ui/text-field.tsx';
import { useLaenderOutlines } from '../../alliances/queries.ts';
import { LocationMap } from './record-form-location-map.tsx';
import {
  coordinate,
  coordinateText,
  LOCATION_BOUNDS,
  type LocationMode,
  partnersCentre,
} from './record-form-location-state.ts';

interface LocationValue {
  locationMode: LocationMode;
  latitude: string;
  longitude: string;
}

const MODES: LocationMode[] = ['partners', 'point'];

/**
 * Where the record sits on the atlas map: the centre of its partners (the default, following them
 * when they change) or a point set by coordinates or, with the mouse, by a click on the map.
 */
export function LocationField({
  value,
  partners,
  onChange,
  errors,
  fieldId,
}: {
  value: LocationValue;
  partners: OrganisationSummary[];
  onChange: (patch: Partial<LocationValue>) => void;
  errors: Record<string, string>;
  fieldId: (name: string) => string;
}) {
  const { t } = useTranslation();
  const outlines = useLaenderOutlines();
  const centre = partnersCentre(partners);
  const id = fieldId('location');
  const lat = coordinate(value.latitude);
  const lon = coordinate(value.longitude);
  const typed =
    lat !== null && lon !== null && !Number.isNaN(lat) && !Number.isNaN(lon) ? { latitude: lat, longitude: lon } : null;
  const point = value.locationMode === 'point' ? typed : centre;
  const placedPartners = partners.flatMap((p) =>
    p.latitude !== null && p.longitude !== null ? [{ latitude: p.latitude, longitude: p.longitude }] : [],
  );

  function choose(mode: LocationMode) {
    // Setting a point starts from the partners' centre, so a small correction is a small step.
    if (mode === 'point' && !value.latitude && !value.longitude && centre) {
      onChange({
        locationMode: mode,
        latitude: coordinateText(centre.latitude),
        longitude: coordinateText(centre.longitude),
      });
    } else onChange({ locationMode: mode });
  }

  const mapDescription = !point
    ? t('atlas.form.location.mapNone')
    : t(value.locationMode === 'point' ? 'atlas.form.location.mapPoint' : 'atlas.form.location.mapCentre', {
        latitude: point.latitude,
        longitude: point.longitude,
      });

  return (
    <div className="location-field">
      <fieldset className="kern-fieldset" id={id} tabIndex={-1}>
        <legend className="kern-label">{t('atlas.form.location.legend')}</legend>
        <div className="kern-fieldset__body">
          {MODES.map((mode) => (
            <div key={mode} className="kern-form-check">
              <input
                className="kern-form-check__radio"
                type="radio"
                name={id}
                id={`${id}-${mode}`}
                checked={value.locationMode === mode}
                onChange={() => choose(mode)}
                aria-describedby={`${id}-${mode}-hint`}
              />
              <div className="location-field__choice">
                <label className="kern-label" htmlFor={`${id}-${mode}`}>
                  {t(`atlas.form.location.${mode}`)}
                </label>
                <div className="kern-hint" id={`${id}-${mode}-hint`}>
                  {mode === 'partners'
                    ? t(centre ? 'atlas.form.location.partnersHint' : 'atlas.form.location.partnersUnknown')
                    : t('atlas.form.location.pointHint')}
                </div>
              </div>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="location-field__body">
        {value.locationMode === 'point' ? (
          <div className="form-pair location-field__coordinates">
            <TextField
              id={fieldId('latitude')}
              label={t('atlas.form.labels.latitude')}
              hint={t('atlas.form.location.latitudeHint', LOCATION_BOUNDS.latitude)}
              value={value.latitude}
              onChange={(latitude) => onChange({ latitude })}
              error={errors.latitude}
              inputMode="decimal"
              maxLength={12}
              width="medium"
              autoComplete="off"
            />
            <TextField
              id={fieldId('longitude')}
              label={t('atlas.form.labels.longitude')}
              hint={t('atlas.form.location.longitudeHint', LOCATION_BOUNDS.longitude)}
              value={value.longitude}
              onChange={(longitude) => onChange({ longitude })}
              error={errors.longitude}
              inputMode="decimal"
              maxLength={12}
              width="medium"
              autoComplete="off"
            />
          </div>
        ) : null}
        {outlines.data ? (
          <figure className="map-figure location-field__map">
            <LocationMap
              outlines={outlines.data.features.map((f) => f.geometry)}
              partners={placedPartners}
              point={point}
              pointIsCentre={value.locationMode !== 'point'}
              title={t('atlas.form.location.mapTitle')}
              description={mapDescription}
              onPick={(place) =>
                onChange({
                  locationMode: 'point',
                  latitude: coordinateText(place.latitude),
                  longitude: coordinateText(place.longitude),
                })
              }
            />
            <figcaption className="kern-body kern-body--small map-figure__caption">
              {t('atlas.form.location.mapCaption')}
            </figcaption>
          </figure>
        ) : null}
      </div>
    </div>
  );
}
