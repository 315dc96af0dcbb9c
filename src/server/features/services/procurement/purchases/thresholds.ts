import {
  type AuthorityKind,
  type ContractKind,
  EU_THRESHOLDS,
  type ThresholdCheck,
} from '../../../../../shared/contracts/services-procurement.ts';

/**
 * The EU threshold that applies to a purchase (by the year of its needs deadline, the moment the
 * value is estimated for), and whether the estimated value reaches it (§ 106 GWB: from the threshold
 * on, EU-wide). A year outside the listed periods takes the nearest period.
 */
export function thresholdCheck(
  estimatedValueCents: number,
  contractKind: ContractKind,
  authorityKind: AuthorityKind,
  at: Date,
): ThresholdCheck {
  const day = at.toISOString().slice(0, 10);
  const period =
    EU_THRESHOLDS.find((p) => p.validFrom <= day && day <= p.validTo) ??
    (day < EU_THRESHOLDS[0].validFrom ? EU_THRESHOLDS[0] : EU_THRESHOLDS[EU_THRESHOLDS.length - 1]) ??
    EU_THRESHOLDS[0];
  const thresholdCents =
    contractKind === 'works'
      ? period.worksCents
      : authorityKind === 'central'
        ? period.suppliesServicesCentralCents
        : period.suppliesServicesSubCentralCents;
  return {
    thresholdCents,
    above: estimatedValueCents >= thresholdCents,
    validFrom: period.validFrom,
    validTo: period.validTo,
    source: period.source,
  };
}
