import {
  FIDELITY_SUBSCALE_NAMES_DA,
  FIDELITY_SUBSCALES,
  type FidelityItemDefinition,
  type FidelityItemResult,
  type FidelityModelVersion,
  type FidelityScore,
  type FidelitySubscale,
} from '@act/domain';
import type { StoredFidelityReport } from '@act/db';
import type {
  FidelityBasisEntryModel,
  FidelityItemDefinitionModel,
  FidelityItemResultModel,
  FidelityManualRatingModel,
  FidelitySubscaleScoreModel,
  FidelityTrendPointModel,
} from './fidelity.model';

export function basisEntries(basis: Readonly<Record<string, number>> | null | undefined): FidelityBasisEntryModel[] | null {
  return basis ? Object.entries(basis).map(([key, value]) => ({ key, value })) : null;
}

export function definitionModel(item: FidelityItemDefinition): FidelityItemDefinitionModel {
  return {
    itemId: item.id,
    subscale: item.subscale,
    name: item.nameDa,
    definition: item.definitionDa,
    kind: item.kind,
    unit: item.kind === 'computed' ? item.unit : 'rating',
    rule: item.kind === 'computed' ? { direction: item.rule.direction, cutoffs: [...item.rule.cutoffs] } : null,
    windowMonths: item.kind === 'computed' ? item.windowMonths : null,
  };
}

/** One item of a computed report; `manual` (the rating with its note and rater) only for the team. */
export function itemModel(item: FidelityItemDefinition, r: FidelityItemResult, manual: FidelityManualRatingModel | null): FidelityItemResultModel {
  const d = definitionModel(item);
  return {
    itemId: d.itemId,
    subscale: d.subscale,
    name: d.name,
    definition: d.definition,
    unit: d.unit,
    kind: d.kind,
    needsHumanRating: item.kind === 'manual',
    value: r.value,
    basis: basisEntries(r.basis),
    rating: r.rating,
    rule: d.rule,
    windowFrom: r.window?.from ?? null,
    windowTo: r.window?.to ?? null,
    manualRating: manual,
    unratedReason: r.unratedReason,
  };
}

/** One item of a stored report (the steering group's view: figures only). */
export function storedItemModel(item: FidelityItemDefinition, r: StoredFidelityReport['items'][number]): FidelityItemResultModel {
  const d = definitionModel(item);
  return {
    itemId: d.itemId,
    subscale: d.subscale,
    name: d.name,
    definition: d.definition,
    unit: d.unit,
    kind: d.kind,
    needsHumanRating: item.kind === 'manual',
    value: r.value,
    basis: basisEntries(r.basis),
    rating: r.rating,
    rule: d.rule,
    windowFrom: r.windowFrom,
    windowTo: r.windowTo,
    manualRating: null,
    unratedReason: r.unratedReason,
  };
}

export function subscaleModels(subscales: Record<FidelitySubscale, FidelityScore>): FidelitySubscaleScoreModel[] {
  return FIDELITY_SUBSCALES.map((s) => ({ subscale: s, name: FIDELITY_SUBSCALE_NAMES_DA[s], ...subscales[s] }));
}

export function trendPoint(stored: StoredFidelityReport): FidelityTrendPointModel {
  return { from: stored.from, to: stored.to, modelVersionId: stored.modelVersionId, total: stored.total, subscales: subscaleModels(stored.subscales) };
}

export function itemsOf(version: FidelityModelVersion): Map<string, FidelityItemDefinition> {
  return new Map(version.items.map((i) => [i.id, i]));
}
