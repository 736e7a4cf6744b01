import { Readable } from "node:stream";
import { NextResponse } from "next/server";
import { parseCatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { vietnamDateIso } from "@/lib/exports/export-dates";
import { EXPORT_FORMATS, exportFileName, exportFormatParam } from "@/lib/exports/export-formats";
import { csvExport, jsonExport, xlsxExport } from "@/lib/exports/export-writers";
import { publishedExport } from "@/lib/exports/published-export-rows";
import { PUBLIC_DATA_CACHE_CONTROL, publicApiPreflight, publicApiRoute } from "@/lib/http/public-api";
import { textStream } from "@/lib/http/text-stream";
import { OPEN_DATA_LICENCE } from "@/lib/open-data/licence";
import { catalogueRedirect } from "@/lib/reference/canonical-codes";

/** An export reads every matching project: it spends what ten pages of the API would. */
const EXPORT_COST = 10;

/**
 * Every published project of a catalogue view as a file — CSV (comma or semicolon), Excel or JSON —
 * with the catalogue's filters and order and no paging. Streamed a batch at a time. Public by design, with the API's CORS and rate limit.
 */
export const GET = publicApiRoute(
  async (request) => {
    const params = request.nextUrl.searchParams;
    const format = exportFormatParam(params.get("format"));
    if (format === null) {
      return NextResponse.json(
        { message: `Định dạng không hỗ trợ. Chọn một trong: ${Object.keys(EXPORT_FORMATS).join(", ")}.` },
        { status: 400 },
      );
    }
    const moved = await catalogueRedirect(request.nextUrl.pathname, params.toString());
    if (moved) return NextResponse.redirect(new URL(moved, request.nextUrl.origin), 308);

    const requested = parseCatalogueQuery(params);
    const data = await publishedExport(requested);
    const origin = request.nextUrl.origin;
    const now = new Date();
    const body =
      format === "xlsx"
        ? (Readable.toWeb(xlsxExport(data, origin, now)) as ReadableStream<Uint8Array>)
        : format === "json"
          ? textStream(
              jsonExport(data, origin, {
                licence: { name: OPEN_DATA_LICENCE.nameEn, url: OPEN_DATA_LICENCE.url },
                source: `${origin}/projects`,
                generatedAt: now.toISOString(),
                query: Object.fromEntries([...params].filter(([key]) => key !== "format")),
              }),
            )
          : textStream(csvExport(data, origin, format === "csv-semicolon" ? "semicolon" : "comma"));
    return new Response(body, {
      headers: {
        "Content-Type": EXPORT_FORMATS[format].contentType,
        "Content-Disposition": `attachment; filename="${exportFileName(format, vietnamDateIso(now))}"`,
        "X-Total-Count": String(data.total),
        "Cache-Control": PUBLIC_DATA_CACHE_CONTROL,
      },
    });
  },
  { cost: EXPORT_COST },
);

export const OPTIONS = publicApiPreflight;
