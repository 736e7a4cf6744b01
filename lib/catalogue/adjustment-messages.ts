import type { getTranslations } from "next-intl/server";
import { MAX_CAPITAL_TY, type CapitalField, type QueryAdjustment } from "./catalogue-query";
import { defaultSort } from "./catalogue-sort";

/** The catalogue's texts in the page's language (messages/<locale>/catalogue.json). */
export type CatalogueTranslator = Awaited<ReturnType<typeof getTranslations<"catalogue">>>;

const CAPITAL_LABELS = { minCapital: "adjustments.capitalFrom", maxCapital: "adjustments.capitalTo" } as const;
const UNKNOWN_CODE = {
  sector: "adjustments.unknownSector",
  location: "adjustments.unknownLocation",
  form: "adjustments.unknownForm",
} as const;

/** The short message shown under a capital input the catalogue could not read. */
export function capitalFieldMessage(
  adjustment: Extract<QueryAdjustment, { field: CapitalField }>,
  t: CatalogueTranslator,
): string {
  return adjustment.kind === "capital-unreadable"
    ? t("adjustments.capitalUnreadableField", { input: adjustment.input })
    : t("adjustments.capitalOutOfRangeField", { max: MAX_CAPITAL_TY });
}

/** What the catalogue tells the visitor about one thing it ignored or changed in the address. */
export function adjustmentMessage(adjustment: QueryAdjustment, q: string, t: CatalogueTranslator): string {
  switch (adjustment.kind) {
    case "capital-unreadable":
      return t("adjustments.capitalUnreadable", { input: adjustment.input, field: t(CAPITAL_LABELS[adjustment.field]) });
    case "capital-out-of-range":
      return t("adjustments.capitalOutOfRange", {
        input: adjustment.input,
        field: t(CAPITAL_LABELS[adjustment.field]),
        max: MAX_CAPITAL_TY,
      });
    case "capital-swapped":
      return t("adjustments.capitalSwapped");
    case "unknown-code":
      return t(UNKNOWN_CODE[adjustment.field], { input: adjustment.input });
    case "unknown-sort":
      return t("adjustments.unknownSort", { input: adjustment.input, sort: t(`sortOptions.${defaultSort(q)}`) });
    case "page-unreadable":
      return t("adjustments.pageUnreadable", { input: adjustment.input });
    case "page-past-end":
      return t("adjustments.pagePastEnd", { pageCount: adjustment.pageCount, requested: adjustment.requested });
    case "keyword-shortened":
      return t("adjustments.keywordShortened", { maxLength: adjustment.maxLength });
  }
}
