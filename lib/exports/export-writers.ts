import "server-only";
import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import { CSV_BOM, csvLine, type CsvSeparator } from "@/lib/csv/csv";
import { EXPORT_COLUMNS, KIND_LABELS, type ExportColumn, type ExportProject } from "./export-columns";
import { calendarDate, vietnamDateIso } from "./export-dates";
import type { PublishedExport } from "./published-export-rows";

// The three formats, each written a batch at a time: nothing holds more than one batch of projects.

/** CSV in UTF-8 with a BOM; the semicolon variant also writes decimals with a comma, as Excel in Vietnamese reads them. */
export async function* csvExport(data: PublishedExport, origin: string, separator: CsvSeparator): AsyncGenerator<string> {
  const number = separator === "semicolon" ? (value: number) => String(value).replace(".", ",") : String;
  const text = (column: ExportColumn, project: ExportProject) => {
    const value = column.value(project, origin);
    if (value instanceof Date) return vietnamDateIso(value);
    return typeof value === "number" ? number(value) : value;
  };
  yield (
    CSV_BOM +
    csvLine(
      EXPORT_COLUMNS.map((column) => column.label),
      separator,
    )
  );
  for await (const batch of data.batches()) {
    yield batch
      .map((project) =>
        csvLine(
          EXPORT_COLUMNS.map((column) => text(column, project)),
          separator,
        ),
      )
      .join("");
  }
}

export interface JsonExportHeader {
  licence: { name: string; url: string };
  source: string;
  generatedAt: string;
  query: Record<string, unknown>;
}

/** A JSON object: who publishes it, the query, the count, then the projects under the API's names. */
export async function* jsonExport(data: PublishedExport, origin: string, header: JsonExportHeader): AsyncGenerator<string> {
  const opening = JSON.stringify({ ...header, total: data.total });
  yield `${opening.slice(0, -1)},"projects":[`;
  let first = true;
  for await (const batch of data.batches()) {
    const parts = batch.map((project) => {
      const entry: Record<string, unknown> = {};
      for (const column of EXPORT_COLUMNS) {
        const value = column.list ? column.list(project) : column.value(project, origin);
        entry[column.key] = value instanceof Date ? value.toISOString() : value;
      }
      return JSON.stringify(entry);
    });
    if (parts.length === 0) continue;
    yield `${first ? "" : ","}${parts.join(",")}`;
    first = false;
  }
  yield "]}";
}

const NUMBER_FORMAT = (decimals = 0) => (decimals > 0 ? `#,##0.${"#".repeat(decimals)}` : "#,##0");
const DATE_FORMAT = "dd/mm/yyyy";

function excelValue(column: ExportColumn, project: ExportProject, origin: string): ExcelJS.CellValue {
  const value = column.value(project, origin);
  return value instanceof Date ? calendarDate(value) : value;
}

/** The parts of exceljs's streaming writer that say whether the zip has taken what was written. */
interface SheetStream {
  pipes?: { _writableState?: { needDrain?: boolean }; once: (event: "drain", listener: () => void) => void }[];
}

/**
 * exceljs pushes a sheet's XML into the zip without waiting for the compressor, so rows written
 * faster than they are compressed pile up in memory: wait until the compressor and the response have
 * taken what was written before writing more.
 */
async function caughtUp(sheet: ExcelJS.Worksheet, output: PassThrough): Promise<void> {
  for (const pipe of (sheet as unknown as { stream: SheetStream }).stream.pipes ?? []) {
    if (pipe._writableState?.needDrain) await new Promise<void>((resolve) => pipe.once("drain", resolve));
  }
  if (output.writableNeedDrain) await new Promise((resolve) => output.once("drain", resolve));
}

/**
 * An Excel workbook: the projects on the first sheet with typed columns (numbers and dates as
 * numbers and dates, in the unit the header names; addresses as text), the field dictionary on the
 * second. Written through exceljs's streaming writer, a batch at a time: each row leaves memory once
 * compressed. (No hyperlink cells: exceljs keeps every one until the sheet ends.)
 */
export function xlsxExport(data: PublishedExport, origin: string, generatedAt: Date): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "Cổng thông tin kêu gọi đầu tư";
  workbook.created = generatedAt;

  const write = async () => {
    const sheet = workbook.addWorksheet("Dự án", { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = EXPORT_COLUMNS.map((column) => ({
      header: column.label,
      key: column.key,
      width: column.kind === "text" && !column.unit ? 30 : column.kind === "url" ? 40 : 16,
      style:
        column.kind === "number"
          ? { numFmt: NUMBER_FORMAT(column.decimals) }
          : column.kind === "date"
            ? { numFmt: DATE_FORMAT }
            : { alignment: { wrapText: false } },
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const batch of data.batches()) {
      for (const project of batch) {
        sheet.addRow(EXPORT_COLUMNS.map((column) => excelValue(column, project, origin))).commit();
      }
      await caughtUp(sheet, output);
    }
    sheet.commit();

    const dictionary = workbook.addWorksheet("Từ điển dữ liệu", { views: [{ state: "frozen", ySplit: 1 }] });
    dictionary.columns = [
      { header: "Cột", key: "label", width: 40 },
      { header: "Tên trong JSON và API", key: "key", width: 22 },
      { header: "Tên tiếng Anh", key: "labelEn", width: 36 },
      { header: "Kiểu dữ liệu", key: "kind", width: 12 },
      { header: "Đơn vị", key: "unit", width: 12 },
      { header: "Bắt buộc", key: "required", width: 10 },
      { header: "Mục của mẫu", key: "section", width: 36 },
      { header: "Mô tả", key: "description", width: 80 },
    ];
    dictionary.getRow(1).font = { bold: true };
    for (const column of EXPORT_COLUMNS) {
      dictionary
        .addRow({
          label: column.label,
          key: column.key,
          labelEn: column.labelEn,
          kind: KIND_LABELS[column.kind],
          unit: column.unit ?? "",
          required: column.required ? "Có" : "Không",
          section: column.section,
          description: column.description,
        })
        .commit();
    }
    dictionary.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}
